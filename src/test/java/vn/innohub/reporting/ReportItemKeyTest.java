package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReportItemKeyTest {

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "task-12-progress,    TASK,   12, progress",
      "task-12,             TASK,   12, null",
      "target-3-actual,     TARGET, 3,  actual",
      "target-3-numerator,  TARGET, 3,  numerator",
      "target-3,            TARGET, 3,  null",
      "task-7-completedOn,  TASK,   7,  completedOn",
      "task-0-cancelReason, TASK,   0,  cancelReason"})
  void aFormFieldNameReadsAsItsItemAndFieldAndIsWrittenBackTheSame(String text, ReportItemKey.Kind kind, long id,
      String field) {
    ReportItemKey key = ReportItemKey.parse(text).orElseThrow();
    assertThat(key.kind()).isEqualTo(kind);
    assertThat(key.itemId()).isEqualTo(id);
    assertThat(key.field()).isEqualTo(field);
    assertThat(key.toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"difficulties", "proposals", "version", "task", "task-", "task-12-", "task--12",
      "task-+12", "task-x-progress", "TASK-12", "Task-12", "tasks-12", "target-3-actual-2", "target-3-ti_so",
      "task-12-progress ", " task-12", "task-١٢", "task-99999999999999999999", "item-12"})
  void anythingElseIsNotAnItemKey(String text) {
    assertThat(ReportItemKey.parse(text)).isEmpty();
  }

  @Test
  void buildersNameTheFormsFields() {
    assertThat(ReportItemKey.task(12, "progress")).hasToString("task-12-progress");
    assertThat(ReportItemKey.task(12).name("status")).isEqualTo("task-12-status");
    assertThat(ReportItemKey.target(3)).hasToString("target-3");
    assertThat(ReportItemKey.target(3, "denominator").item()).isEqualTo(ReportItemKey.target(3));
    assertThat(ReportItemKey.task(5)).isNotEqualTo(ReportItemKey.target(5));
  }

  @Test
  void aKeyThatCouldNotBeReadBackIsRefused() {
    assertThatThrownBy(() -> ReportItemKey.task(12, "progress-2")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportItemKey.task(12, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportItemKey.target(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReportItemKey(null, 1, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
