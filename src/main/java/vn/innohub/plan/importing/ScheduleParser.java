package vn.innohub.plan.importing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.innohub.plan.Schedule;
import vn.innohub.plan.Schedule.Kind;
import vn.innohub.plan.Schedule.Phase;
import vn.innohub.shared.text.VietnameseText;

/**
 * Reads "Thời gian thực hiện" as officials write it: "Quý III/2026", "Tháng 2/2026", "Năm 2026", "Quý I, năm 2027",
 * "2026 - 2030", "Q4/2025 – Q2/2026", "Từ năm 2027 đến năm 2030", "Hằng năm", "Thường xuyên", phased windows,
 * and conditions ("Theo tiến độ hướng dẫn của Trung ương") that are kept as text and flagged for a human date.
 * Works on accent-less (OCR) text too. The plan's period fills open ends ("Từ năm 2027" runs to the plan's end).
 */
public final class ScheduleParser {

  private static final Pattern QUARTER = Pattern.compile("\\b(?:quy|q)\\s*(iv|iii|ii|i|[1-4])\\b\\s*(?:nam\\s*)?(\\d{4})");
  private static final Pattern MONTH_RANGE = Pattern.compile("\\bthang\\s*(\\d{1,2})\\s+(?:den\\s+(?:thang\\s+)?)?(\\d{1,2})\\s*(?:nam\\s*)?(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("\\bthang\\s*(\\d{1,2})\\s*(?:nam\\s*)?(\\d{4})");
  private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\b(20\\d{2}|21\\d{2})\\b");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final String[] CONDITIONS = {"theo tien do", "sau khi", "ngay sau", "theo de an", "theo huong dan",
      "khi co", "tuy theo", "theo chi dao", "theo ke hoach cua", "theo yeu cau"};

  private ScheduleParser() {}

  public static Schedule parse(String text, int planFrom, int planTo) {
    String original = text == null ? "" : String.join("\n",
        text.lines().map(VietnameseText::tidy).filter(l -> !l.isEmpty()).toList());
    if (original.isEmpty()) {
      return new Schedule(original, Kind.CONDITIONAL, null, null, null, List.of(), true);
    }
    List<String> segments = segments(original);
    if (segments.size() > 1) {
      List<Phase> phases = new ArrayList<>();
      for (String segment : segments) {
        Schedule s = single(segment, planFrom, planTo);
        LocalDate start = s.start() != null ? s.start() : s.due() == null ? null : s.due().withDayOfMonth(1);
        LocalDate end = s.deadline();
        if (end != null) {
          phases.add(new Phase(label(segment), start, end));
        }
      }
      if (phases.size() > 1) {
        LocalDate start = phases.stream().map(Phase::start).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        LocalDate end = phases.stream().map(Phase::end).max(LocalDate::compareTo).orElseThrow();
        return new Schedule(original, Kind.WINDOW, null, start, end, phases, false);
      }
    }
    Schedule s = single(original, planFrom, planTo);
    return new Schedule(original, s.kind(), s.due(), s.start(), s.end(), s.phases(), s.needsDate());
  }

  /** Phases are separated by ";" or by line-per-step lists ("- Tiếp nhận hồ sơ: Từ tháng 01 - 03, năm 2027."). */
  private static List<String> segments(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split("\\s*(?:;|\\n|(?<=\\.)\\s+-\\s+|^-\\s+)\\s*")) {
      if (!part.isBlank() && YEAR.matcher(part).find()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static String label(String segment) {
    int colon = segment.indexOf(':');
    String label = colon > 0 ? segment.substring(0, colon) : segment;
    return label.replaceFirst("^[-–•]\\s*", "").strip();
  }

  private static Schedule single(String text, int planFrom, int planTo) {
    String f = VietnameseText.fold(PARENTHESES.matcher(text).replaceAll(" "));
    for (String condition : CONDITIONS) {
      if (f.contains(condition)) {
        return new Schedule(text, Kind.CONDITIONAL, null, null, null, List.of(), true);
      }
    }
    List<Integer> years = years(f);
    if (f.contains("thuong xuyen") || f.contains("lien tuc")) {
      int from = years.isEmpty() ? planFrom : years.get(0);
      int to = years.isEmpty() ? planTo : years.get(years.size() - 1);
      return new Schedule(text, Kind.CONTINUOUS, null, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), List.of(), false);
    }
    if (f.contains("hang nam") || f.contains("dinh ky") || f.contains("moi nam")) {
      int from = years.isEmpty() ? planFrom : years.get(0);
      int to = years.size() > 1 ? years.get(years.size() - 1) : planTo;
      return new Schedule(text, Kind.YEARLY, null, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), List.of(), false);
    }
    boolean from = f.startsWith("tu ") || f.contains("bat dau tu") || f.startsWith("bat dau");
    List<LocalDate[]> quarters = new ArrayList<>();
    Matcher q = QUARTER.matcher(f);
    while (q.find()) {
      int quarter = quarter(q.group(1));
      int year = Integer.parseInt(q.group(2));
      LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
      quarters.add(new LocalDate[] {start, YearMonth.of(year, quarter * 3).atEndOfMonth()});
    }
    if (quarters.size() >= 2) {
      return window(text, quarters.get(0)[0], quarters.get(quarters.size() - 1)[1]);
    }
    if (quarters.size() == 1) {
      return from ? window(text, quarters.get(0)[0], LocalDate.of(Math.max(planTo, quarters.get(0)[1].getYear()), 12, 31))
          : due(text, quarters.get(0)[1]);
    }
    Matcher mr = MONTH_RANGE.matcher(f);
    if (mr.find()) {
      int year = Integer.parseInt(mr.group(3));
      int m1 = Integer.parseInt(mr.group(1));
      int m2 = Integer.parseInt(mr.group(2));
      if (valid(m1) && valid(m2) && m1 <= m2) {
        return window(text, LocalDate.of(year, m1, 1), YearMonth.of(year, m2).atEndOfMonth());
      }
    }
    Matcher m = MONTH.matcher(f);
    boolean monthFound = m.find();
    if (monthFound && !valid(Integer.parseInt(m.group(1)))) {
      return new Schedule(text, Kind.CONDITIONAL, null, null, null, List.of(), true); // a month that does not exist
    }
    if (monthFound) {
      YearMonth month = YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      return from ? window(text, month.atDay(1), LocalDate.of(Math.max(planTo, month.getYear()), 12, 31))
          : due(text, month.atEndOfMonth());
    }
    Matcher d = DATE.matcher(text);
    if (d.find()) {
      try {
        LocalDate date = LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
        return due(text, date);
      } catch (java.time.DateTimeException e) {
        return new Schedule(text, Kind.CONDITIONAL, null, null, null, List.of(), true);
      }
    }
    if (years.size() >= 2) {
      return window(text, LocalDate.of(years.get(0), 1, 1), LocalDate.of(years.get(years.size() - 1), 12, 31));
    }
    if (years.size() == 1) {
      int year = years.get(0);
      return from ? window(text, LocalDate.of(year, 1, 1), LocalDate.of(Math.max(planTo, year), 12, 31))
          : due(text, LocalDate.of(year, 12, 31));
    }
    return new Schedule(text, Kind.CONDITIONAL, null, null, null, List.of(), true);
  }

  private static List<Integer> years(String folded) {
    List<Integer> out = new ArrayList<>();
    Matcher y = YEAR.matcher(folded);
    while (y.find()) {
      out.add(Integer.parseInt(y.group(1)));
    }
    return out;
  }

  private static boolean valid(int month) {
    return month >= 1 && month <= 12;
  }

  private static int quarter(String token) {
    return switch (token.toLowerCase(Locale.ROOT)) {
      case "i", "1" -> 1;
      case "ii", "2" -> 2;
      case "iii", "3" -> 3;
      default -> 4;
    };
  }

  private static Schedule due(String text, LocalDate due) {
    return new Schedule(text, Kind.DUE, due, null, null, List.of(), false);
  }

  private static Schedule window(String text, LocalDate start, LocalDate end) {
    return new Schedule(text, Kind.WINDOW, null, start, end, List.of(), false);
  }
}
