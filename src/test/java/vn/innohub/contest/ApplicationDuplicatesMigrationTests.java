package vn.innohub.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.innohub.IntegrationTest;
import vn.innohub.contest.internal.Contest;
import vn.innohub.contest.internal.ContestService;
import vn.innohub.contest.internal.ContestSpec;
import vn.innohub.contest.internal.ContestSpec.Criterion;
import vn.innohub.contest.internal.ContestSpec.EligibleGroup;
import vn.innohub.contest.internal.ContestSpec.FieldType;
import vn.innohub.contest.internal.ContestSpec.FormField;
import vn.innohub.contest.internal.ContestSpec.Round;
import vn.innohub.contest.internal.ContestSpec.RoundKind;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.identity.internal.AccountService;

/**
 * V53 on data that already holds duplicate applications (made by double-clicks before the unique key): per (contest,
 * member) a submitted application is kept before drafts, else the oldest; the others are copied to
 * contest_application_duplicate with the kept id, their votes move to the kept one, and the key is added. The test
 * lifts the key, stores duplicates, and runs the migration's statements again.
 */
@IntegrationTest
class ApplicationDuplicatesMigrationTests {

  @Autowired JdbcTemplate jdbc;
  @Autowired ContestService contests;
  @Autowired AccountService accounts;

  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  private final String run = UUID.randomUUID().toString().substring(0, 6);

  private long account(String name) {
    return accounts.create(new NewAccount(name + "-" + run, name, name + "-" + run + "@example.vn",
        "migration-password-1", Set.of(Role.MEMBER), Set.of())).id();
  }

  private long application(long contestId, long owner, String created, String submitted, String title) {
    Timestamp at = Timestamp.from(Instant.parse(created));
    jdbc.update("insert into contest_application (contest_id, owner_user_id, status, title, declared, answers, "
        + "submitted_at, created_at, updated_at, version) values (?, ?, ?, ?, false, '{}', ?, ?, ?, 0)", contestId,
        owner, submitted == null ? "DRAFT" : "SUBMITTED", title,
        submitted == null ? null : Timestamp.from(Instant.parse(submitted)), at, at);
    return jdbc.queryForObject("select max(id) from contest_application where owner_user_id = ?", Long.class, owner);
  }

  @Test
  void duplicatesKeepASubmittedApplicationElseTheOldestAndAreCopiedAside() throws Exception {
    Contest c = contests.create("Cuộc thi di trú " + run, "di-tru-" + run, true, new ContestSpec("Sở KH&CN", null,
        List.of(), List.of(), List.of(EligibleGroup.ANY_CITIZEN), null, null,
        List.of(new Round(RoundKind.INTAKE, LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 4, 1, 0, 0)),
            new Round(RoundKind.SEMI_FINAL, LocalDateTime.of(2026, 4, 15, 0, 0), LocalDateTime.of(2026, 5, 15, 0, 0))),
        List.of(new FormField("mo-ta", FieldType.LONG_TEXT, "Mô tả", true, List.of())),
        Map.of(RoundKind.SEMI_FINAL, List.of(new Criterion("Sáng tạo", null, 1, 10))), List.of(), null, null), admin);
    long a = account("a");
    long b = account("b");
    long voter = account("v");
    String script = new ClassPathResource("db/migration/V53__one_application_per_member.sql")
        .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
    jdbc.execute("ALTER TABLE contest_application DROP CONSTRAINT uq_contest_application_owner");
    try {
      long aOldDraft = application(c.getId(), a, "2026-03-01T01:00:00Z", null, "A nháp cũ");
      long aSubmitted = application(c.getId(), a, "2026-03-01T01:00:01Z", "2026-03-02T00:00:00Z", "A đã nộp");
      long aLaterDraft = application(c.getId(), a, "2026-03-01T01:00:02Z", null, "A nháp sau");
      long bOldest = application(c.getId(), b, "2026-03-01T02:00:00Z", null, "B cũ nhất");
      long bLater = application(c.getId(), b, "2026-03-01T02:00:00Z", null, "B cùng giờ, id sau");
      jdbc.update("insert into contest_vote (contest_id, application_id, user_id, created_at, voter_email) "
          + "values (?, ?, ?, ?, ?)", c.getId(), bLater, voter, Timestamp.from(Instant.parse("2026-04-02T00:00:00Z")),
          "v-" + run + "@example.vn");

      for (String statement : script.split(";\\s*\\n")) {
        if (!statement.isBlank() && !statement.strip().startsWith("CREATE TABLE")) {
          jdbc.execute(statement);
        }
      }

      assertThat(jdbc.queryForList("select id from contest_application where contest_id = ? order by id", Long.class,
          c.getId())).containsExactly(aSubmitted, bOldest);
      assertThat(jdbc.queryForList("select id, kept_id from contest_application_duplicate where contest_id = ? "
          + "order by id", c.getId())).extracting(r -> ((Number) r.get("id")).longValue() + "->"
          + ((Number) r.get("kept_id")).longValue())
          .containsExactly(aOldDraft + "->" + aSubmitted, aLaterDraft + "->" + aSubmitted, bLater + "->" + bOldest);
      assertThat(jdbc.queryForObject("select application_id from contest_vote where user_id = ?", Long.class, voter))
          .isEqualTo(bOldest);
    } finally {
      Long keys = jdbc.queryForObject("select count(*) from information_schema.table_constraints where "
          + "lower(constraint_name) = 'uq_contest_application_owner'", Long.class);
      if (keys == 0) {
        jdbc.execute("ALTER TABLE contest_application ADD CONSTRAINT uq_contest_application_owner "
            + "UNIQUE (contest_id, owner_user_id)");
      }
    }
  }

}
