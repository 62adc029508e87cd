package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code java -jar innohub.jar plan import FILE --dry-run --json}, run in-process against a private database. */
class PlanCommandTests {

  private static final String DB = "--spring.datasource.url=jdbc:h2:mem:cli-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
      + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      int exit = InnohubApplication.runCommand(args);
      return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void aDryRunPrintsTheUnderstoodPlanAsJsonOnStdout() throws Exception {
    Path seed = Path.of("..", "shared", "seeds", "003_4226c1e8246d4319.txt");
    Path file;
    if (Files.isReadable(seed)) {
      file = seed;
    } else {
      file = Files.createTempFile("plan", ".txt");
      Files.writeString(file, "KẾ HOẠCH\nThử năm 2026\n\n1. Hội thảo\n- Cơ quan chủ trì: Sở Tài chính\n- Thời gian thực hiện: Quý III/2026\n");
    }
    Run run = run("plan", "import", file.toString(), "--dry-run", "--json", DB);
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.has("title")).isTrue();
    assertThat(json.get("targets").isArray()).isTrue();
    assertThat(json.get("unparsed").isArray()).isTrue();
    JsonNode task = json.get("tasks").get(0);
    assertThat(task.has("code")).isTrue();
    assertThat(task.get("schedule").get("kind").asText()).isIn("DUE", "WINDOW", "YEARLY", "CONTINUOUS", "CONDITIONAL");
    if (file == seed) {
      assertThat(json.get("tasks")).hasSize(9);
      JsonNode contest = json.get("tasks").get(2);
      assertThat(contest.get("code").asText()).isEqualTo("3.1");
      assertThat(contest.get("schedule").get("kind").asText()).isEqualTo("WINDOW");
      assertThat(contest.get("schedule").get("start").asText()).isEqualTo("2026-07-01");
    }
  }

  @Test
  void unreadableInputExitsWithTwoAndSaysWhyOnStderr() throws Exception {
    Path binary = Files.createTempFile("scan", ".txt");
    Files.write(binary, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0});
    Run run = run("plan", "import", binary.toString(), "--dry-run", "--json", DB);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("The file is not text");

    Run missing = run("plan", "import", "/no/such/file.txt", "--dry-run", DB);
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("file not found");
  }
}
