package vn.innohub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.innohub.IntegrationTest;
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitRegistry;
import vn.innohub.org.UnitSummary;
import vn.innohub.org.UnitType;

@IntegrationTest
class AuditChainTests {

  @Autowired AuditTrail trail;
  @Autowired UnitRegistry units;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired MockMvc mvc;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private UnitSummary createUnitAs(String actor) {
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
    String code = "AUD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    return units.create(new UnitDraft(code, "Đơn vị kiểm thử " + code, List.of("Tên khác " + code),
        UnitType.OTHER, null, true));
  }

  @Test
  void creatingAUnitRecordsWhoWhenAndTheValuesAfter() {
    UnitSummary unit = createUnitAs("auditor.one");

    var records = trail.search(new AuditQuery(null, "CREATE", "Unit", String.valueOf(unit.id()), null, null),
        PageRequest.of(0, 10)).getContent();

    assertThat(records).hasSize(1);
    AuditRecordView record = records.get(0);
    assertThat(record.actor()).isEqualTo("auditor.one");
    assertThat(record.changes()).contains("\"name\":{\"before\":null,\"after\":\"Đơn vị kiểm thử " + unit.code() + "\"}");
    assertThat(record.changes()).contains("Tên khác " + unit.code());
  }

  @Test
  void aChangeThatIsRolledBackLeavesNoRecord() {
    long before = jdbc.queryForObject("SELECT last_seq FROM audit_head WHERE id = 1", Long.class);
    assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
      createUnitAs("auditor.two");
      throw new IllegalStateException("abort");
    })).isInstanceOf(IllegalStateException.class);
    long after = jdbc.queryForObject("SELECT last_seq FROM audit_head WHERE id = 1", Long.class);
    assertThat(after).isEqualTo(before);
  }

  @Test
  void verifyFindsTheFirstRecordWhoseContentWasTamperedWith() {
    createUnitAs("auditor.three");
    UnitSummary victim = createUnitAs("auditor.three");
    createUnitAs("auditor.three");
    assertThat(trail.verify().intact()).isTrue();

    long seq = jdbc.queryForObject("SELECT seq FROM audit_record WHERE entity_type = 'Unit' AND entity_id = ? AND action = 'CREATE'",
        Long.class, String.valueOf(victim.id()));
    String original = jdbc.queryForObject("SELECT changes FROM audit_record WHERE seq = ?", String.class, seq);
    try {
      jdbc.update("UPDATE audit_record SET changes = ? WHERE seq = ?", original.replace("auditor", "someone"), seq);
      jdbc.update("UPDATE audit_record SET actor = 'someone.else' WHERE seq = ?", seq);

      ChainVerification result = trail.verify();

      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).isEqualTo(seq);
    } finally {
      jdbc.update("UPDATE audit_record SET changes = ?, actor = 'auditor.three' WHERE seq = ?", original, seq);
    }
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void verifyNoticesADeletedRecord() {
    createUnitAs("auditor.four");
    UnitSummary victim = createUnitAs("auditor.four");
    createUnitAs("auditor.four");
    Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_record WHERE entity_type = 'Unit' AND entity_id = ?",
        String.valueOf(victim.id()));
    long seq = ((Number) row.get("seq")).longValue();
    jdbc.update("DELETE FROM audit_record WHERE seq = ?", seq);
    try {
      ChainVerification result = trail.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).isEqualTo(seq);
    } finally {
      jdbc.update("INSERT INTO audit_record (seq, occurred_at, actor, action, entity_type, entity_id, changes, prev_hash, hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", seq, row.get("occurred_at"), row.get("actor"), row.get("action"),
          row.get("entity_type"), row.get("entity_id"), row.get("changes"), row.get("prev_hash"), row.get("hash"));
    }
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void theVerifyEndpointAnswersAdminsOnly() throws Exception {
    mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "admin-test-password")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.intact").value(true));
    mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
  }
}
