package vn.innohub.plan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.innohub.plan.importing.ParsedPlan;
import vn.innohub.plan.importing.PlanJson;
import vn.innohub.plan.internal.PlanImports;
import vn.innohub.shared.CliOutput;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/**
 * {@code java -jar innohub.jar plan import FILE [--dry-run] [--json]}: reads a plan document against the configured
 * database's units and prints what was understood (JSON with --json) or, without --dry-run, commits it as a new
 * draft plan. Exit code 0 on success, 2 on unreadable input or bad usage, with the reason on stderr.
 */
@Component
@Profile("cli")
public class PlanCommand extends vn.innohub.shared.CliCommand {

  private final PlanImports imports;
  private final ObjectMapper json;
  private final Messages messages;

  public PlanCommand(PlanImports imports, ObjectMapper json, Messages messages) {
    this.imports = imports;
    this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    this.messages = messages;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> words = args.getNonOptionArgs();
    if (!words.isEmpty() && !words.get(0).equals("plan")) {
      return;
    }
    if (words.size() != 3 || !words.get(0).equals("plan") || !words.get(1).equals("import")) {
      fail("usage: java -jar innohub.jar plan import FILE [--dry-run] [--json]");
      return;
    }
    Path file = Path.of(words.get(2));
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      fail("error: file not found: " + file);
      return;
    } catch (IOException e) {
      fail("error: cannot read " + file + ": " + e.getMessage());
      return;
    }
    try {
      ParsedPlan plan = imports.read(file.getFileName().toString(), content);
      if (args.containsOption("dry-run")) {
        if (args.containsOption("json")) {
          CliOutput.out().println(json.writeValueAsString(PlanJson.of(plan)));
        } else {
          CliOutput.out().printf("%s%n%d targets, %d tasks, %d budget lines, %d flagged fields, %d unused lines%n", plan.title(),
              plan.targets().size(), plan.tasks().size(), plan.budget().size(), plan.flagCount(), plan.unparsed().size());
        }
      } else {
        long importId = imports.preview(file.getFileName().toString(), content, null);
        long planId = imports.commit(importId);
        CliOutput.out().println(args.containsOption("json") ? json.writeValueAsString(java.util.Map.of("planId", planId))
            : "imported as plan " + planId);
      }
      succeeded();
    } catch (DomainException e) {
      fail("error: " + messages.get(Messages.EN, e.code(), e.args()));
    } catch (IOException e) {
      fail("error: " + e.getMessage());
    }
  }
}
