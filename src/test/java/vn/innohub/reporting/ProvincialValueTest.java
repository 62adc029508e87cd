package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.innohub.plan.Aggregation;
import vn.innohub.plan.TargetMethod;

/** A target's provincial value by its method, with the breakdown by unit (issue 17). */
class ProvincialValueTest {

  private static final long DOST = 1;
  private static final long XA_A = 2;
  private static final long XA_B = 3;
  private static final long SO_TC = 4;

  private static ProvincialValue.Entry value(long unit, String name, boolean local, String v) {
    return new ProvincialValue.Entry(100 + unit, unit, name, local, new BigDecimal(v), null, null);
  }

  private static ProvincialValue.Entry parts(long unit, String name, String num, String den) {
    return new ProvincialValue.Entry(100 + unit, unit, name, true, null, num == null ? null : new BigDecimal(num),
        den == null ? null : new BigDecimal(den));
  }

  private static ProvincialValue.Text text(String key, Object... args) {
    return new ProvincialValue.Text(key, List.of(args));
  }

  @Test
  void sumAddsTheUnitsValuesAndCountsCommunes() {
    var r = ProvincialValue.compute(TargetMethod.SUM, "doanh nghiệp", null, null, Aggregation.SUM,
        List.of(value(XA_A, "Xã A", true, "3"), value(XA_B, "Xã B", true, "4")));
    assertThat(r.value()).isEqualByComparingTo("7");
    assertThat(r.label()).isEqualTo(text("provincial.label.sumLocal", 2));
    assertThat(r.lines()).extracting(ProvincialValue.Line::used).containsExactly(true, true);
  }

  @Test
  void sumOverUnitsOfDifferentKindsCountsUnits() {
    var r = ProvincialValue.compute(TargetMethod.SUM, "sự kiện", null, null, Aggregation.SUM,
        List.of(value(XA_A, "Xã A", true, "1"), value(SO_TC, "Sở Tài chính", false, "2.5")));
    assertThat(r.value()).isEqualByComparingTo("3.5");
    assertThat(r.label()).isEqualTo(text("provincial.label.sum", 2));
  }

  @Test
  void ratioDividesTheSumOfNumeratorsByTheSumOfDenominators() {
    // 12/20 and 33/40 → 45/60 = 75 %
    var r = ProvincialValue.compute(TargetMethod.RATIO, "%", null, null, Aggregation.LATEST,
        List.of(parts(XA_A, "Xã A", "12", "20"), parts(XA_B, "Xã B", "33", "40")));
    assertThat(r.value()).isEqualByComparingTo("75");
    assertThat(r.label()).isEqualTo(text("provincial.label.ratio", "45", "60", 2));
  }

  @Test
  void ratioNotInPercentIsAPlainQuotient() {
    var r = ProvincialValue.compute(TargetMethod.RATIO, "", null, null, Aggregation.LATEST,
        List.of(parts(XA_A, "Xã A", "1", "4")));
    assertThat(r.value()).isEqualByComparingTo("0.25");
  }

  @Test
  void ratioRefusesANumeratorAboveItsDenominatorAndABareValue() {
    // Xã B says 50 of 40: not counted; the DOST typed a bare 10: not counted; only Xã A's 12/20 → 60 %
    var r = ProvincialValue.compute(TargetMethod.RATIO, "%", null, null, Aggregation.LATEST,
        List.of(parts(XA_A, "Xã A", "12", "20"), parts(XA_B, "Xã B", "50", "40"),
            value(DOST, "Sở KH&CN", false, "10")));
    assertThat(r.value()).isEqualByComparingTo("60");
    assertThat(r.label()).isEqualTo(text("provincial.label.ratio", "12", "20", 1));
    assertThat(r.lines()).extracting(ProvincialValue.Line::used).containsExactly(true, false, false);
    assertThat(r.lines().get(1).reason()).isEqualTo(text("provincial.reason.numeratorAboveDenominator"));
    assertThat(r.lines().get(2).reason()).isEqualTo(text("provincial.reason.bareValue"));
  }

  @Test
  void ratioWithOnlyOnePartIsNotCounted() {
    var r = ProvincialValue.compute(TargetMethod.RATIO, "%", null, null, Aggregation.LATEST,
        List.of(parts(XA_A, "Xã A", "12", null)));
    assertThat(r.value()).isNull();
    assertThat(r.label()).isEqualTo(text("provincial.label.noData"));
  }

  @Test
  void reportedByTakesTheAgencysValueAndShowsTheOthersAsContributions() {
    var r = ProvincialValue.compute(TargetMethod.REPORTED_BY, "%", DOST, "Sở KH&CN", Aggregation.LATEST,
        List.of(value(XA_A, "Xã A", true, "10"), value(DOST, "Sở KH&CN", false, "55"),
            value(XA_B, "Xã B", true, "90")));
    assertThat(r.value()).isEqualByComparingTo("55");
    assertThat(r.label()).isEqualTo(text("provincial.label.reportedBy", "Sở KH&CN"));
    assertThat(r.lines()).extracting(ProvincialValue.Line::used).containsExactly(false, true, false);
    assertThat(r.lines().get(0).reason()).isEqualTo(text("provincial.reason.contribution", "Sở KH&CN"));
  }

  @Test
  void reportedByWithTheAgencySilentHasNoValueNotAnotherUnitsNumber() {
    var r = ProvincialValue.compute(TargetMethod.REPORTED_BY, "%", DOST, "Sở KH&CN", Aggregation.LATEST,
        List.of(value(XA_A, "Xã A", true, "10")));
    assertThat(r.value()).isNull();
    assertThat(r.label()).isEqualTo(text("provincial.label.reporterSilent", "Sở KH&CN"));
    assertThat(r.lines()).extracting(ProvincialValue.Line::used).containsExactly(false);
  }

  @Test
  void reportedByWithoutAnyReportingAgencyHasNoValue() {
    var r = ProvincialValue.compute(TargetMethod.REPORTED_BY, "%", null, null, Aggregation.LATEST,
        List.of(value(XA_A, "Xã A", true, "10")));
    assertThat(r.value()).isNull();
    assertThat(r.label()).isEqualTo(text("provincial.label.noReporter"));
  }

  @Test
  void rankIsTheAgencysRankWhateverCommunesTyped() {
    var r = ProvincialValue.compute(TargetMethod.RANK, "", DOST, "Sở KH&CN", Aggregation.LATEST,
        List.of(value(XA_A, "Xã A", true, "40"), value(DOST, "Sở KH&CN", false, "18")));
    assertThat(r.value()).isEqualByComparingTo("18");
    assertThat(r.lines()).extracting(ProvincialValue.Line::used).containsExactly(false, true);
  }

  @Test
  void unitsWithoutAnyValueAreLeftOutOfTheBreakdown() {
    var r = ProvincialValue.compute(TargetMethod.SUM, "dự án", null, null, Aggregation.SUM,
        List.of(new ProvincialValue.Entry(1, XA_A, "Xã A", true, null, null, null), value(XA_B, "Xã B", true, "2")));
    assertThat(r.value()).isEqualByComparingTo("2");
    assertThat(r.lines()).extracting(ProvincialValue.Line::unitName).containsExactly("Xã B");
  }
}
