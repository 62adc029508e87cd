package vn.innohub.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.innohub.dashboard.Dashboard;
import vn.innohub.reporting.PeriodResults;
import vn.innohub.reporting.ReportingFacts;
import vn.innohub.reporting.TaskStatus;
import vn.innohub.shared.text.VnFormat;

/**
 * Báo cáo in the administrative format of Decree 30/2020/NĐ-CP, as a Word document officers finish in Word: A4,
 * margins 20/20/30/15 mm, Times New Roman 13–14; the issuing-agency block and the national name and motto side by
 * side in a borderless table; "Số: …/BC-…" and the place and date; the title; body sections written from approved data;
 * "Nơi nhận" and the signature block; Phụ lục I (targets) and Phụ lục II (tasks) as real Word tables.
 */
public final class DocxReport {

  private static final String FONT = "Times New Roman";
  private static final String PLACEHOLDER = "[Nội dung do cơ quan soạn thảo bổ sung]";

  private DocxReport() {}

  public static byte[] write(ReportData data) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      setUp(doc);
      header(doc, data.header());
      boolean several = data.parts().size() > 1;
      String title = several ? "Kết quả thực hiện các kế hoạch về khoa học, công nghệ, đổi mới sáng tạo"
          : "Kết quả thực hiện " + lowerFirst(data.parts().get(0).plan().title());
      para(doc, ParagraphAlignment.CENTER, 14, true, false, "BÁO CÁO").setSpacingBefore(240);
      para(doc, ParagraphAlignment.CENTER, 14, true, false, title);
      para(doc, ParagraphAlignment.CENTER, 14, true, false, data.periodLabel()).setSpacingAfter(240);
      if (data.parts().size() == 1 && data.parts().get(0).plan().number() != null) {
        body(doc, "Thực hiện Kế hoạch số " + data.parts().get(0).plan().number() + ", " + data.header().issuer()
            + " báo cáo kết quả thực hiện " + data.periodLabel().toLowerCase(java.util.Locale.ROOT) + " như sau:");
      } else {
        body(doc, data.header().issuer() + " báo cáo kết quả thực hiện " + data.periodLabel().toLowerCase(java.util.Locale.ROOT)
            + " như sau:");
      }
      int n = 0;
      for (ReportData.Part part : data.parts()) {
        if (several) {
          heading(doc, "Heading1", "PHẦN " + roman(++n) + ". " + part.plan().title().toUpperCase(java.util.Locale.ROOT));
        }
        partBody(doc, part);
      }
      heading(doc, "Heading1", several ? "PHẦN " + roman(++n) + ". PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI"
          : "V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI");
      body(doc, PLACEHOLDER);
      signature(doc, data.header());
      int annex = 0;
      for (ReportData.Part part : data.parts()) {
        annexTargets(doc, part, ++annex, several);
        annexTasks(doc, part, ++annex, several);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void setUp(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(1134));
    margins.setBottom(BigInteger.valueOf(1134));
    margins.setLeft(BigInteger.valueOf(1701));
    margins.setRight(BigInteger.valueOf(850));
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    styles.setDefaultFonts(fonts);
    headingStyle(styles, "Heading1", "heading 1", 0);
    headingStyle(styles, "Heading2", "heading 2", 1);
  }

  private static void headingStyle(XWPFStyles styles, String id, String name, int level) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.addNewName().setVal(name);
    style.addNewQFormat();
    style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
    style.getPPr().addNewKeepNext();
    var rpr = style.addNewRPr();
    rpr.addNewB();
    rpr.addNewSz().setVal(BigInteger.valueOf(28));
    CTFonts f = rpr.addNewRFonts();
    f.setAscii(FONT);
    f.setHAnsi(FONT);
    f.setCs(FONT);
    XWPFStyle s = new XWPFStyle(style);
    s.setType(STStyleType.PARAGRAPH);
    styles.addStyle(s);
  }

  private static void header(XWPFDocument doc, ReportData.Header h) {
    XWPFTable table = doc.createTable(1, 2);
    borderless(table);
    widths(table, 3600, 5800);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    cellPara(left, ParagraphAlignment.CENTER, 13, false, false, h.superior());
    XWPFParagraph agency = cellPara(left, ParagraphAlignment.CENTER, 13, true, false, h.issuer().toUpperCase(java.util.Locale.ROOT));
    agency.getRuns().get(0).setUnderline(UnderlinePatterns.SINGLE);
    cellPara(left, ParagraphAlignment.CENTER, 13, false, false, "Số:       /BC-" + h.issuerShort()).setSpacingBefore(120);
    cellPara(right, ParagraphAlignment.CENTER, 13, true, false, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    XWPFParagraph motto = cellPara(right, ParagraphAlignment.CENTER, 14, true, false, "Độc lập - Tự do - Hạnh phúc");
    motto.getRuns().get(0).setUnderline(UnderlinePatterns.SINGLE);
    cellPara(right, ParagraphAlignment.CENTER, 14, false, true, h.province() + ", ngày " + two(h.date().getDayOfMonth())
        + " tháng " + two(h.date().getMonthValue()) + " năm " + h.date().getYear()).setSpacingBefore(120);
    for (XWPFTableCell cell : List.of(left, right)) {
      cell.removeParagraph(0);
    }
  }

  private static void partBody(XWPFDocument doc, ReportData.Part part) {
    heading(doc, "Heading1", "I. KẾT QUẢ THỰC HIỆN");
    heading(doc, "Heading2", "1. Đánh giá chung");
    if (!part.hasApprovedData()) {
      body(doc, "Đến thời điểm báo cáo, chưa có báo cáo nào của các đơn vị về " + part.period().label().toLowerCase(java.util.Locale.ROOT)
          + " được Sở Khoa học và Công nghệ duyệt; báo cáo này chưa có số liệu kết quả thực hiện.");
    }
    if (part.completeness() != null) {
      var c = part.completeness().total();
      body(doc, "Có " + c.submitted() + "/" + c.expected() + " đơn vị đã gửi báo cáo (" + c.onTime() + " đúng hạn, "
          + c.late() + " trễ hạn); " + c.approved() + " báo cáo đã được duyệt; " + c.overdue() + " đơn vị quá hạn chưa gửi.");
    }
    if (part.results() != null && part.hasApprovedData()) {
      var r = part.results().plan();
      body(doc, "Trong tổng số " + r.tasks() + " nhiệm vụ phải thực hiện trong kỳ: " + r.done() + " nhiệm vụ đã hoàn thành ("
          + r.percentDone() + "%), " + r.behindSchedule() + " nhiệm vụ chậm tiến độ, "
          + r.byStatus().getOrDefault(TaskStatus.NOT_STARTED, 0) + " nhiệm vụ chưa triển khai, " + r.noData()
          + " nhiệm vụ chưa báo cáo.");
    }
    heading(doc, "Heading2", "2. Kết quả theo nhóm nhiệm vụ");
    if (part.results() != null && part.hasApprovedData()) {
      Map<String, List<PeriodResults.TaskResult>> bySection = new java.util.LinkedHashMap<>();
      part.results().tasks().forEach(t -> bySection.computeIfAbsent(t.section().isEmpty() ? "Nhiệm vụ khác" : t.section(),
          k -> new ArrayList<>()).add(t));
      for (var e : bySection.entrySet()) {
        long done = e.getValue().stream().filter(t -> t.status() != null && t.status().done()).count();
        body(doc, e.getKey() + ": " + done + "/" + e.getValue().size() + " nhiệm vụ hoàn thành.").getRuns().get(0).setBold(true);
        for (PeriodResults.TaskResult t : e.getValue()) {
          if (t.results() != null && !t.results().isBlank()) {
            body(doc, "- " + t.title() + ": " + t.results().replace("\n", "; "));
          }
        }
      }
    } else {
      body(doc, "Chưa có số liệu.");
    }
    heading(doc, "Heading2", "3. Kết quả thực hiện các chỉ tiêu");
    List<String> reached = new ArrayList<>();
    List<String> notReached = new ArrayList<>();
    List<String> qualitative = new ArrayList<>();
    List<String> noData = new ArrayList<>();
    for (Dashboard.TargetRow t : part.targets()) {
      String line = t.code() + ". " + t.name();
      switch (t.light()) {
        case QUALITATIVE -> qualitative.add(line + " (" + t.valueText() + ")");
        case NO_DATA -> noData.add(line);
        default -> {
          boolean met = t.progress() != null && t.progress() >= 100;
          (met ? reached : notReached).add(line + ": đạt " + num(t.actual()) + " " + nz(t.unitOfMeasure()) + "/"
              + t.valueText() + " (" + (t.progress() == null ? "—" : t.progress() + "%") + ")");
        }
      }
    }
    list(doc, "a) Chỉ tiêu đã đạt:", reached);
    list(doc, "b) Chỉ tiêu chưa đạt:", notReached);
    list(doc, "c) Chỉ tiêu định tính (đánh giá theo báo cáo):", qualitative);
    list(doc, "d) Chỉ tiêu chưa có số liệu:", noData);
    heading(doc, "Heading1", "II. NHIỆM VỤ CHẬM TIẾN ĐỘ VÀ NGUYÊN NHÂN");
    List<PeriodResults.TaskResult> late = part.results() == null ? List.of()
        : part.results().tasks().stream().filter(PeriodResults.TaskResult::behindSchedule).toList();
    if (late.isEmpty()) {
      body(doc, "Không có nhiệm vụ chậm tiến độ.");
    }
    for (PeriodResults.TaskResult t : late) {
      body(doc, "- " + t.code() + ". " + t.title() + " (chủ trì: " + nz(t.leadText()) + "; thời hạn: "
          + (t.deadline() == null ? "—" : VnFormat.date(t.deadline())) + "; tình trạng: " + status(t) + ")"
          + (t.results() == null || t.results().isBlank() ? "." : ". " + t.results().replace("\n", "; ")));
    }
    heading(doc, "Heading1", "III. KHÓ KHĂN, VƯỚNG MẮC");
    notes(doc, part.notes(), true);
    heading(doc, "Heading1", "IV. KIẾN NGHỊ, ĐỀ XUẤT");
    notes(doc, part.notes(), false);
  }

  private static void notes(XWPFDocument doc, List<ReportingFacts.UnitNote> notes, boolean difficulties) {
    int written = 0;
    for (ReportingFacts.UnitNote n : notes) {
      String text = difficulties ? n.difficulties() : n.proposals();
      if (text != null && !text.isBlank()) {
        body(doc, "- " + n.unitName() + ": " + text.strip());
        written++;
      }
    }
    if (written == 0) {
      body(doc, "Các đơn vị không nêu " + (difficulties ? "khó khăn, vướng mắc." : "kiến nghị, đề xuất."));
    }
  }

  private static void list(XWPFDocument doc, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    body(doc, title).getRuns().get(0).setItalic(true);
    lines.forEach(l -> body(doc, "- " + l));
  }

  private static void signature(XWPFDocument doc, ReportData.Header h) {
    XWPFTable table = doc.createTable(1, 2);
    borderless(table);
    widths(table, 4700, 4700);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph recipients = cellPara(left, ParagraphAlignment.LEFT, 12, true, true, "Nơi nhận:");
    recipients.setSpacingBefore(240);
    for (String r : List.of("- UBND tỉnh (b/c);", "- Bộ Khoa học và Công nghệ (b/c);", "- Các sở, ban, ngành, UBND các xã, phường;",
        "- Lưu: VT, " + h.issuerShort() + ".")) {
      cellPara(left, ParagraphAlignment.LEFT, 11, false, false, r);
    }
    cellPara(right, ParagraphAlignment.CENTER, 13, true, false, h.signerTitle()).setSpacingBefore(240);
    cellPara(right, ParagraphAlignment.CENTER, 14, false, true, "(Ký, ghi rõ họ tên, đóng dấu)");
    cellPara(right, ParagraphAlignment.CENTER, 14, true, false, " ").setSpacingAfter(1200);
    cellPara(right, ParagraphAlignment.CENTER, 14, true, false, "[Họ và tên]");
    left.removeParagraph(0);
    right.removeParagraph(0);
  }

  /** "Phụ lục N" on a new page, the annex title with the period, and the line tying it to the report. */
  private static void annexHeading(XWPFDocument doc, ReportData.Part part, int number, boolean several, String title) {
    para(doc, ParagraphAlignment.CENTER, 14, true, false, "Phụ lục " + roman(number)).setPageBreak(true);
    para(doc, ParagraphAlignment.CENTER, 13, true, false, title + " — "
        + part.period().label().toUpperCase(java.util.Locale.ROOT));
    para(doc, ParagraphAlignment.CENTER, 13, false, true, "(Kèm theo Báo cáo số      /BC-… ; " + (several ? part.plan().title() : "")
        + ")").setSpacingAfter(120);
  }

  private static void annexTargets(XWPFDocument doc, ReportData.Part part, int number, boolean several) {
    annexHeading(doc, part, number, several, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
    List<String> head = List.of("STT", "Chỉ tiêu", "Mục tiêu (năm)", "Giá trị nền", "Thực hiện kỳ này", "Tỷ lệ đạt", "Đánh giá",
        "Cách tính giá trị của tỉnh");
    XWPFTable table = grid(doc, head, new int[] {500, 2100, 1100, 900, 1100, 800, 1200, 1600});
    for (Dashboard.TargetRow t : part.targets()) {
      row(table, List.of(nz(t.code()), t.name(), t.valueText() + (t.year() == null ? "" : " (" + t.year() + ")"),
          t.baseline() == null ? "" : num(t.baseline()),
          t.light() == vn.innohub.dashboard.Light.QUALITATIVE ? "Định tính" : t.actual() == null ? "Chưa có số liệu"
              : num(t.actual()) + " " + nz(t.unitOfMeasure()),
          t.progress() == null ? "" : t.progress() + "%", light(t.light()),
          ProvincialText.method(t) + (ProvincialText.breakdown(t).isEmpty() ? "" : "\n" + ProvincialText.breakdown(t))));
    }
  }

  private static void annexTasks(XWPFDocument doc, ReportData.Part part, int number, boolean several) {
    annexHeading(doc, part, number, several, "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ");
    List<String> head = List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng", "Kết quả");
    XWPFTable table = grid(doc, head, new int[] {500, 2700, 1500, 1350, 1350, 1900});
    List<PeriodResults.TaskResult> tasks = part.results() == null ? List.of() : part.results().tasks();
    String section = null;
    for (PeriodResults.TaskResult t : tasks) {
      if (!t.section().equals(section)) {
        section = t.section();
        if (!section.isEmpty()) {
          var r = table.createRow();
          mergeRow(r, section);
        }
      }
      row(table, List.of(nz(t.code()), t.title(), nz(t.leadText()),
          t.deadline() == null ? "" : VnFormat.date(t.deadline()),
          status(t), nz(t.results())));
    }
    if (tasks.isEmpty()) {
      body(doc, "Chưa có nhiệm vụ nào được báo cáo trong kỳ.");
    }
  }

  private static void mergeRow(org.apache.poi.xwpf.usermodel.XWPFTableRow row, String text) {
    XWPFTableCell first = row.getCell(0);
    first.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(row.getTableCells().size()));
    while (row.getTableCells().size() > 1) {
      row.removeCell(1);
    }
    setCell(first, text, true);
  }

  private static XWPFTable grid(XWPFDocument doc, List<String> head, int[] widths) {
    XWPFTable table = doc.createTable(1, head.size());
    widths(table, widths);
    for (int i = 0; i < head.size(); i++) {
      setCell(table.getRow(0).getCell(i), head.get(i), true);
    }
    table.getRow(0).setRepeatHeader(true);
    return table;
  }

  private static void row(XWPFTable table, List<String> cells) {
    var row = table.createRow();
    for (int i = 0; i < cells.size(); i++) {
      setCell(row.getCell(i), cells.get(i), false);
    }
  }

  private static void setCell(XWPFTableCell cell, String text, boolean bold) {
    XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    p.setSpacingAfter(0);
    String[] lines = (text == null ? "" : text).split("\n");
    for (int i = 0; i < lines.length; i++) {
      XWPFRun r = p.createRun();
      style(r, 12, bold, false);
      r.setText(lines[i]);
      if (i < lines.length - 1) {
        r.addBreak();
      }
    }
  }

  private static void widths(XWPFTable table, int... twips) {
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(Integer.toString(java.util.Arrays.stream(twips).sum()));
    var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : twips) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    for (int i = 0; i < twips.length && i < table.getRow(0).getTableCells().size(); i++) {
      table.getRow(0).getCell(i).setWidth(Integer.toString(twips[i]));
      table.getRow(0).getCell(i).setWidthType(TableWidthType.DXA);
    }
  }

  private static void borderless(XWPFTable table) {
    table.removeBorders();
  }

  private static XWPFParagraph cellPara(XWPFTableCell cell, ParagraphAlignment align, int size, boolean bold,
      boolean italic, String text) {
    XWPFParagraph p = cell.addParagraph();
    p.setAlignment(align);
    p.setSpacingAfter(0);
    XWPFRun r = p.createRun();
    style(r, size, bold, italic);
    r.setText(text);
    return p;
  }

  private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align, int size, boolean bold, boolean italic,
      String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    p.setSpacingAfter(60);
    XWPFRun r = p.createRun();
    style(r, size, bold, italic);
    r.setText(text);
    return p;
  }

  private static XWPFParagraph body(XWPFDocument doc, String text) {
    XWPFParagraph p = para(doc, ParagraphAlignment.BOTH, 14, false, false, text);
    p.setIndentationFirstLine(567);
    p.setSpacingBetween(1.15);
    return p;
  }

  private static void heading(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = para(doc, ParagraphAlignment.LEFT, 14, true, false, text);
    p.setStyle(style);
    p.setIndentationFirstLine(567);
    p.setSpacingBefore(120);
  }

  private static void style(XWPFRun r, int size, boolean bold, boolean italic) {
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    r.setItalic(italic);
  }

  /**
   * A task's state as the official report words it: its status, "(chậm tiến độ)" when it is late, and for a task no
   * lead unit reported on, "Chưa báo cáo" — "Quá hạn, chưa báo cáo" when its deadline has passed.
   */
  static String status(PeriodResults.TaskResult t) {
    if (t.status() == null) {
      return t.behindSchedule() ? "Quá hạn, chưa báo cáo" : "Chưa báo cáo";
    }
    return status(t.status())
        + (t.behindSchedule() && t.status() != TaskStatus.BEHIND_SCHEDULE ? " (chậm tiến độ)" : "");
  }

  /** A status's words; null is "Chưa báo cáo" (no approved lead report gives a status). */
  static String status(TaskStatus s) {
    if (s == null) {
      return "Chưa báo cáo";
    }
    return switch (s) {
      case NOT_STARTED -> "Chưa triển khai";
      case IN_PROGRESS -> "Đang thực hiện";
      case DONE -> "Hoàn thành";
      case DONE_LATE -> "Hoàn thành chậm";
      case BEHIND_SCHEDULE -> "Chậm tiến độ";
      case ONGOING -> "Thường xuyên";
      case CANCELLED -> "Dừng/hủy";
    };
  }

  static String light(vn.innohub.dashboard.Light l) {
    return switch (l) {
      case ON_TRACK -> "Đúng tiến độ";
      case AT_RISK -> "Có nguy cơ chậm";
      case OFF_TRACK -> "Chậm tiến độ";
      case NO_DATA -> "Chưa có số liệu";
      case QUALITATIVE -> "Định tính";
    };
  }

  static String num(BigDecimal v) {
    return v == null ? "" : VnFormat.number(v);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  static String roman(int n) {
    String[] r = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    return n < r.length ? r[n] : Integer.toString(n);
  }

}
