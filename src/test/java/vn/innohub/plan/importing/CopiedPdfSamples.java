package vn.innohub.plan.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Makes the "copied from a PDF viewer" samples of src/test/resources/plans/copied: a DOCX plan (prose, a portrait
 * target table, landscape task and budget tables with narrow columns, a running header and page numbers) written
 * with POI, turned into PDF by LibreOffice and into text by poppler, as an officer's viewer would copy it.
 * Not a test; run by hand when the samples need remaking (see docs/PLAN-IMPORT.md, issue 18):
 * <pre>
 * java -cp target/test-classes:POI_JARS vn.innohub.plan.importing.CopiedPdfSamples src/test/resources/plans/copied
 * </pre>
 * It writes plan.docx and plan.pdf (not committed: remade by this) and the committed plan-raw.txt
 * ({@code pdftotext -raw}) and plan-plain.txt
 * ({@code pdftotext}). The rows are written in the style of the Lào Cai seed (Phụ lục I and II) with invented
 * budget amounts whose sums are exact.
 */
public final class CopiedPdfSamples {

  static final String[] TASK_HEADER = {"STT", "Nhiệm vụ", "Nội dung thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp",
      "Thời gian thực hiện", "Sản phẩm"};
  static final int[] TASK_WIDTHS = {600, 2500, 3300, 1900, 2400, 1500, 2300};

  /** Task rows: code, name, content, lead, coordinating, time, output; a roman code opens a section. */
  static final List<String[]> TASKS = List.of(
      new String[] {"I", "Truyền thông, nâng cao nhận thức về khởi nghiệp sáng tạo", "", "", "", "", ""},
      new String[] {"1", "Xây dựng Cổng thông tin khởi nghiệp đổi mới sáng tạo tỉnh",
          "Thiết lập, vận hành cổng thông tin điện tử kết nối các chủ thể của hệ sinh thái",
          "Sở Khoa học và Công nghệ", "Các sở, ban, ngành; UBND các xã, phường", "2026 - 2030",
          "Cổng thông tin được vận hành"},
      new String[] {"2", "Tuyên truyền chủ trương, chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo",
          "Viết tin, bài, phóng sự, video; xây dựng chuyên mục trên báo và đài phát thanh của tỉnh",
          "Báo và Phát thanh, Truyền hình tỉnh", "Sở Khoa học và Công nghệ; Tỉnh đoàn", "Hằng năm",
          "Tin, bài, phóng sự được phát sóng"},
      new String[] {"3", "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo cấp tỉnh",
          "Trưng bày sản phẩm, kết nối nhà đầu tư, tọa đàm chia sẻ kinh nghiệm khởi nghiệp",
          "Sở Khoa học và Công nghệ", "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh; các trường cao đẳng", "Quý IV/2026",
          "≥ 01 sự kiện/năm"},
      new String[] {"II", "Hoàn thiện cơ chế, chính sách", "", "", "", "", ""},
      new String[] {"4", "Xây dựng chính sách hỗ trợ khởi nghiệp sáng tạo",
          "Rà soát quy định hiện hành, đề xuất cơ chế đặc thù cho dự án khởi nghiệp",
          "Sở Khoa học và Công nghệ", "Sở Tài chính; Sở Tư pháp", "2026 - 2027", ""},
      new String[] {"4.1", "Nghị quyết về mức hỗ trợ dự án khởi nghiệp sáng tạo",
          "Xây dựng dự thảo, lấy ý kiến, trình Hội đồng nhân dân tỉnh thông qua",
          "Sở Khoa học và Công nghệ", "Sở Tài chính; Sở Tư pháp", "Quý II/2026",
          "Nghị quyết của Hội đồng nhân dân tỉnh"},
      new String[] {"4.2", "Quy chế điều phối liên ngành về hệ sinh thái khởi nghiệp",
          "Xác định trách nhiệm của các sở, ngành, địa phương trong phối hợp",
          "Sở Khoa học và Công nghệ", "Các sở, ban, ngành", "Quý III/2026", "Quyết định của UBND tỉnh"},
      new String[] {"5", "Tham mưu ban hành Bộ chỉ số đổi mới sáng tạo cấp xã, phường",
          "Xây dựng bộ tiêu chí, hướng dẫn thu thập số liệu và công bố kết quả hằng năm",
          "Sở Khoa học và Công nghệ", "UBND các xã, phường", "Năm 2027", "Quyết định ban hành Bộ chỉ số"},
      new String[] {"III", "Phát triển hạ tầng và nguồn nhân lực", "", "", "", "", ""},
      new String[] {"6", "Phát triển hạ tầng mạng viễn thông, hạ tầng số toàn tỉnh",
          "Triển khai phát sóng di động 5G tại các khu, cụm công nghiệp, khu du lịch trọng điểm",
          "Sở Khoa học và Công nghệ", "Các doanh nghiệp viễn thông", "2026 - 2028", "Tốc độ truy cập 01 Gbps/s"},
      new String[] {"7", "Đào tạo, bồi dưỡng cán bộ quản lý về đổi mới sáng tạo",
          "Tổ chức tối thiểu 02 lớp đào tạo, tập huấn mỗi năm cho cán bộ quản lý nhà nước",
          "Sở Nội vụ", "Sở Khoa học và Công nghệ; UBND các xã, phường", "Hằng năm", "Kế hoạch, báo cáo kết quả"},
      new String[] {"8", "Giáo dục khởi nghiệp trong trường phổ thông",
          "Lồng ghép nội dung khởi nghiệp, STEM vào hoạt động trải nghiệm của học sinh trung học",
          "Sở Giáo dục và Đào tạo", "Tỉnh đoàn; các trường trung học phổ thông", "Thường xuyên",
          "Báo cáo tổng kết năm học"},
      new String[] {"9", "Tập huấn chính sách thuế cho doanh nghiệp khởi nghiệp",
          "Hướng dẫn thủ tục kê khai, ưu đãi thuế cho doanh nghiệp mới thành lập",
          "Thuế tỉnh", "Sở Tài chính; Hiệp hội doanh nghiệp tỉnh", "Hằng năm", "Hội nghị tập huấn"},
      new String[] {"10", "Sơ kết, tổng kết thực hiện Kế hoạch",
          "Theo dõi, đánh giá kết quả triển khai Kế hoạch cho từng năm, đề xuất điều chỉnh nhiệm vụ năm sau",
          "Sở Khoa học và Công nghệ", "Các sở, ban, ngành; UBND các xã, phường", "Quý IV hằng năm",
          "Báo cáo sơ kết, tổng kết"});

  static final String[] TARGET_HEADER = {"STT", "Chỉ tiêu", "Giai đoạn 2026 - 2030", "Cơ quan chủ trì",
      "Cơ quan phối hợp"};
  static final int[] TARGET_WIDTHS = {600, 3300, 1500, 2000, 2200};

  /** Target rows: code (empty for a sub-indicator), name, value, lead, coordinating. */
  static final List<String[]> TARGETS = List.of(
      new String[] {"1", "Số doanh nghiệp khởi nghiệp sáng tạo được hỗ trợ", "25 doanh nghiệp",
          "Sở Khoa học và Công nghệ", "UBND các xã, phường"},
      new String[] {"2", "Số dự án khởi nghiệp sáng tạo gọi vốn thành công", "≥ 5 dự án",
          "Sở Tài chính", "Sở Khoa học và Công nghệ"},
      new String[] {"3", "Tỷ lệ doanh nghiệp khởi nghiệp có hoạt động đổi mới sáng tạo", "≥ 60%",
          "Sở Khoa học và Công nghệ", "Các sở, ban, ngành"},
      new String[] {"4", "Số không gian đổi mới sáng tạo được hình thành, trong đó:", "5 không gian",
          "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo; Tỉnh đoàn"},
      new String[] {"", "Không gian tại trường cao đẳng, đại học", "2 không gian", "Sở Giáo dục và Đào tạo",
          "Các trường cao đẳng"},
      new String[] {"", "Không gian cộng đồng cấp xã, phường", "3 không gian", "UBND các xã, phường",
          "Tỉnh đoàn"},
      new String[] {"5", "Tỷ lệ thủ tục hành chính về đăng ký doanh nghiệp thực hiện trên môi trường số", "100 %",
          "Sở Tài chính", "Các sở, ban, ngành"},
      new String[] {"6", "Tổ chức đào tạo, tập huấn về khởi nghiệp sáng tạo", "5.000 - 10.000 lượt người",
          "Sở Khoa học và Công nghệ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Tỉnh đoàn"},
      new String[] {"7", "Chỉ số đổi mới sáng tạo cấp tỉnh (PII)", "≤ 15", "Sở Khoa học và Công nghệ",
          "Các sở, ban, ngành"});

  static final String[] BUDGET_HEADER = {"STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tổng",
      "2026", "2027", "2028", "2029", "2030"};
  static final int[] BUDGET_WIDTHS = {600, 3300, 1900, 2000, 1300, 1050, 1050, 1050, 1050, 1050};

  /** Budget rows (million VND); a roman code is a group; the last row is the printed grand total. */
  static final List<String[]> BUDGET = List.of(
      new String[] {"I", "Truyền thông, sự kiện", "", "", "3.450", "690", "690", "690", "690", "690"},
      new String[] {"1", "Vận hành Cổng thông tin khởi nghiệp", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành",
          "1.250", "250", "250", "250", "250", "250"},
      new String[] {"2", "Ngày hội khởi nghiệp đổi mới sáng tạo cấp tỉnh", "Sở Khoa học và Công nghệ",
          "Tỉnh đoàn", "2.200", "440", "440", "440", "440", "440"},
      new String[] {"II", "Hỗ trợ dự án và hạ tầng", "", "", "9.611.793", "1.922.358", "1.922.359", "1.922.359",
          "1.922.359", "1.922.358"},
      new String[] {"3", "Hỗ trợ dự án khởi nghiệp sáng tạo", "Sở Tài chính", "Sở Khoa học và Công nghệ",
          "11.793", "2.358", "2.359", "2.359", "2.359", "2.358"},
      new String[] {"4", "Hạ tầng số, phát sóng 5G tại khu công nghiệp", "Sở Khoa học và Công nghệ",
          "Các doanh nghiệp viễn thông", "9.600.000", "1.920.000", "1.920.000", "1.920.000", "1.920.000",
          "1.920.000"},
      new String[] {"", "Tổng cộng", "", "", "9.615.243", "1.923.048", "1.923.049", "1.923.049", "1.923.049",
          "1.923.048"});

  private CopiedPdfSamples() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/plans/copied");
    Files.createDirectories(dir);
    Path docx = dir.resolve("plan.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
      write(doc);
      doc.write(out);
    }
    run(dir, "soffice", "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
    run(dir, "pdftotext", "-raw", dir.resolve("plan.pdf").toString(), dir.resolve("plan-raw.txt").toString());
    run(dir, "pdftotext", dir.resolve("plan.pdf").toString(), dir.resolve("plan-plain.txt").toString());
  }

  private static void run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IOException("failed: " + String.join(" ", command));
    }
  }

  static void write(XWPFDocument doc) {
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph hp = header.createParagraph();
    hp.setAlignment(ParagraphAlignment.RIGHT);
    hp.createRun().setText("Kế hoạch phát triển hệ sinh thái khởi nghiệp tỉnh Lào Cai");
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph fp = footer.createParagraph();
    fp.setAlignment(ParagraphAlignment.CENTER);
    fp.getCTP().addNewFldSimple().setInstr("PAGE");

    para(doc, "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", true, ParagraphAlignment.LEFT);
    para(doc, "Số: 118/KH-UBND", false, ParagraphAlignment.LEFT);
    para(doc, "Lào Cai, ngày 15 tháng 4 năm 2026", false, ParagraphAlignment.RIGHT);
    para(doc, "KẾ HOẠCH", true, ParagraphAlignment.CENTER);
    para(doc, "Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Lào Cai giai đoạn 2026 - 2030", true,
        ParagraphAlignment.CENTER);
    para(doc, "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về phát triển khoa học, công nghệ, "
        + "đổi mới sáng tạo và chuyển đổi số quốc gia;", false, ParagraphAlignment.BOTH);
    para(doc, "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo trên "
        + "địa bàn tỉnh giai đoạn 2026 - 2030, như sau:", false, ParagraphAlignment.BOTH);
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", true, ParagraphAlignment.LEFT);
    para(doc, "Hình thành và phát triển hệ sinh thái khởi nghiệp, đổi mới sáng tạo của tỉnh theo hướng thực chất, "
        + "liên kết và bền vững; huy động sự tham gia của doanh nghiệp, trường học và các tổ chức hỗ trợ.", false,
        ParagraphAlignment.BOTH);
    para(doc, "II. MỤC TIÊU CỤ THỂ", true, ParagraphAlignment.LEFT);
    para(doc, "Các chỉ tiêu cụ thể giai đoạn 2026 - 2030 như sau:", false, ParagraphAlignment.BOTH);
    table(doc, TARGET_HEADER, TARGET_WIDTHS, TARGETS);
    para(doc, "III. TỔ CHỨC THỰC HIỆN", true, ParagraphAlignment.LEFT);
    para(doc, "Các sở, ban, ngành và UBND các xã, phường căn cứ nhiệm vụ được giao tại Phụ lục kèm theo xây dựng "
        + "kế hoạch cụ thể, báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 15 tháng 12 hằng năm.", false,
        ParagraphAlignment.BOTH);
    // the portrait section ends here; what follows is landscape
    XWPFParagraph brk = doc.createParagraph();
    CTSectPr portrait = brk.getCTP().addNewPPr().addNewSectPr();
    size(portrait, false);
    portrait.addNewHeaderReference().setType(STHdrFtr.DEFAULT);
    portrait.getHeaderReferenceArray(0).setId(doc.getRelationId(header));
    portrait.addNewFooterReference().setType(STHdrFtr.DEFAULT);
    portrait.getFooterReferenceArray(0).setId(doc.getRelationId(footer));

    para(doc, "PHỤ LỤC I", true, ParagraphAlignment.CENTER);
    para(doc, "NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH PHÁT TRIỂN HỆ SINH THÁI KHỞI NGHIỆP ĐỔI MỚI SÁNG TẠO", true,
        ParagraphAlignment.CENTER);
    para(doc, "(Kèm theo Kế hoạch số 118/KH-UBND ngày 15/4/2026 của Ủy ban nhân dân tỉnh Lào Cai)", false,
        ParagraphAlignment.CENTER);
    table(doc, TASK_HEADER, TASK_WIDTHS, TASKS);
    XWPFParagraph pageBreak = doc.createParagraph();
    pageBreak.setPageBreak(true);
    para(doc, "PHỤ LỤC II", true, ParagraphAlignment.CENTER);
    para(doc, "KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2026 - 2030", true, ParagraphAlignment.CENTER);
    para(doc, "ĐVT: triệu đồng", false, ParagraphAlignment.RIGHT);
    table(doc, BUDGET_HEADER, BUDGET_WIDTHS, BUDGET);
    CTSectPr last = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    size(last, true);
  }

  private static void size(CTSectPr sect, boolean landscape) {
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
    size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
    }
    var mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(1134));
    mar.setBottom(BigInteger.valueOf(1134));
    mar.setLeft(BigInteger.valueOf(1134));
    mar.setRight(BigInteger.valueOf(1134));
    mar.setHeader(BigInteger.valueOf(567));
    mar.setFooter(BigInteger.valueOf(567));
  }

  private static void para(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    XWPFRun r = p.createRun();
    r.setBold(bold);
    r.setFontFamily("Times New Roman");
    r.setFontSize(13);
    r.setText(text);
  }

  private static void table(XWPFDocument doc, String[] header, int[] widths, List<String[]> rows) {
    XWPFTable t = doc.createTable(rows.size() + 1, header.length);
    t.getCTTbl().getTblPr().addNewTblLayout().setType(
        org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    for (int r = 0; r <= rows.size(); r++) {
      XWPFTableRow row = t.getRow(r);
      if (r == 0) {
        row.setRepeatHeader(true);
      }
      row.setCantSplitRow(false);
      String[] cells = r == 0 ? header : rows.get(r - 1);
      for (int c = 0; c < header.length; c++) {
        XWPFTableCell cell = row.getCell(c);
        CTTblWidth w = cell.getCTTc().addNewTcPr().addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(widths[c]));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(c == 0 || r == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        XWPFRun run = p.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(12);
        run.setBold(r == 0 || cells[0].matches("[IVX]+") || cells[1].startsWith("Tổng"));
        run.setText(cells[c]);
      }
    }
  }
}
