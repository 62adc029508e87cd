package vn.innohub.reporting;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.innohub.shared.text.VietnameseText;

/**
 * Reads the reporting rules a plan states in prose: "Báo cáo 6 tháng trước 15/6; Báo cáo năm trước 15/12",
 * "Định kỳ hằng năm (trước ngày 05/12) gửi báo cáo … về Sở Khoa học và Công nghệ" and "báo cáo UBND tỉnh … (trước ngày
 * 15/12)". A date sent to the DOST is the units' deadline; a date for reporting to the province or ministry is the
 * DOST's. Without any rule the usual six-month (15/6) and annual (15/12) units' deadlines apply.
 */
public final class ReportingRuleReader {

  private static final Pattern DUE = Pattern.compile("truoc (?:ngay )?(\\d{1,2}) (\\d{1,2})");

  private ReportingRuleReader() {}

  public static List<ReportingRule> read(List<String> lines) {
    Map<PeriodKind, MonthDay[]> found = new LinkedHashMap<>();
    for (String line : lines) {
      if (!VietnameseText.fold(line).contains("bao cao")) {
        continue;
      }
      for (String raw : line.split(";|\\.\\s")) {
        String clause = VietnameseText.fold(raw);
        Matcher m = DUE.matcher(clause);
        if (!m.find()) {
          continue;
        }
        MonthDay due;
        try {
          due = MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
          continue;
        }
        PeriodKind kind = clause.contains("6 thang") || clause.contains("sau thang") ? PeriodKind.SIX_MONTH
            : clause.matches(".*\\bbao cao (hang |hằng )?quy\\b.*") ? PeriodKind.QUARTERLY : PeriodKind.ANNUAL;
        boolean toDost = clause.contains("ve so khoa hoc") || clause.contains("gui bao cao") || clause.contains("cac so")
            || clause.contains("don vi");
        boolean fromDost = clause.contains("bao cao ubnd") || clause.contains("bao cao uy ban") || clause.contains("bo khoa hoc");
        MonthDay[] dues = found.computeIfAbsent(kind, k -> new MonthDay[2]);
        if (fromDost && !toDost) {
          dues[1] = dues[1] == null ? due : dues[1];
        } else {
          dues[0] = dues[0] == null ? due : dues[0];
        }
      }
    }
    if (found.isEmpty()) {
      return List.of(new ReportingRule(PeriodKind.SIX_MONTH, MonthDay.of(6, 15), null),
          new ReportingRule(PeriodKind.ANNUAL, MonthDay.of(12, 15), null));
    }
    List<ReportingRule> rules = new ArrayList<>();
    found.forEach((kind, dues) -> rules.add(new ReportingRule(kind, dues[0] != null ? dues[0] : dues[1],
        dues[0] != null ? dues[1] : null)));
    return rules;
  }
}
