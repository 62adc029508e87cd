package vn.innohub.plan.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fourth shape of the corpus: a plan of the fictional "tỉnh Hòa Sơn", written here from scratch in the style of
 * the PDF plans that the seeds do not show — a tasks annex with a "Nội dung thực hiện" column, parent tasks with
 * sub-tasks (1, 1.1, 1.2), unnumbered sub-indicator rows under a numbered target, long lead agencies that wrap, and a
 * budget annex in million VND with lead and coordinating columns, a total, five year columns and a printed grand
 * total. Its expected values are typed by hand in corpus/hoason/expected.tsv.
 */
final class HoaSonPlan {

  private HoaSonPlan() {}

  static final List<String> BODY = List.of(
      "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN",
      "Số: 215/KH-UBND",
      "Hòa Sơn, ngày 12 tháng 3 năm 2026",
      "KẾ HOẠCH",
      "Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Hòa Sơn giai đoạn 2026 - 2030",
      "Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;",
      "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
      "Ủy ban nhân dân tỉnh Hòa Sơn ban hành Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo giai đoạn 2026 - 2030 như sau:",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích",
      "Tạo môi trường thuận lợi để hình thành và phát triển các doanh nghiệp khởi nghiệp sáng tạo dựa trên lợi thế nông nghiệp vùng cao, du lịch cộng đồng và kinh tế số của tỉnh.",
      "2. Yêu cầu",
      "Các nhiệm vụ được phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời gian và sản phẩm; lồng ghép với các chương trình, đề án đang triển khai trên địa bàn tỉnh.",
      "II. MỤC TIÊU",
      "Các chỉ tiêu cụ thể đến năm 2030 tại Phụ lục I kèm theo Kế hoạch này.",
      "III. NHIỆM VỤ, GIẢI PHÁP",
      "Các nhiệm vụ, giải pháp cụ thể tại Phụ lục II kèm theo Kế hoạch này.",
      "IV. KINH PHÍ THỰC HIỆN",
      "Kinh phí thực hiện Kế hoạch từ ngân sách nhà nước theo phân cấp, lồng ghép các chương trình mục tiêu và các nguồn hợp pháp khác; dự kiến chi tiết tại Phụ lục III.",
      "V. TỔ CHỨC THỰC HIỆN",
      "Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.");

  static final String[] TARGET_HEADER = {"STT", "Chỉ tiêu", "Giá trị đến năm 2030", "Cơ quan chủ trì", "Cơ quan phối hợp"};

  static final List<String[]> TARGETS = List.of(
      new String[] {"1", "Số doanh nghiệp khởi nghiệp sáng tạo được hỗ trợ phát triển", "≥ 50 doanh nghiệp",
          "Sở Khoa học và Công nghệ", "Sở Tài chính; UBND các xã, phường"},
      new String[] {"2", "Tỷ lệ xã, phường có mô hình khởi nghiệp cộng đồng", "", "Sở Khoa học và Công nghệ",
          "UBND các xã, phường"},
      new String[] {"", "- Khu vực đô thị", "100 %", "Sở Khoa học và Công nghệ", "UBND các phường"},
      new String[] {"", "- Khu vực nông thôn, miền núi", "≥ 70 %", "Sở Nông nghiệp và Môi trường", "UBND các xã"},
      new String[] {"3", "Số lượt người được đào tạo, tập huấn về khởi nghiệp đổi mới sáng tạo",
          "3.000 - 5.000 lượt người", "Sở Giáo dục và Đào tạo; Tỉnh đoàn",
          "Hội Liên hiệp Phụ nữ tỉnh; Hội Nông dân tỉnh"},
      new String[] {"4", "Tổng vốn huy động cho các dự án khởi nghiệp sáng tạo", "≥ 200 tỷ đồng", "Sở Tài chính",
          "Ngân hàng Nhà nước Khu vực 7; Hiệp hội Doanh nghiệp tỉnh"},
      new String[] {"5", "Xếp hạng Chỉ số đổi mới sáng tạo cấp địa phương (PII)", "Thuộc nhóm 30 tỉnh dẫn đầu",
          "Sở Khoa học và Công nghệ", "Các sở, ban, ngành tỉnh"});

  static final String[] TASK_HEADER = {"STT", "Nhiệm vụ", "Nội dung thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp",
      "Thời gian thực hiện", "Sản phẩm"};

  static final List<String[]> TASKS = List.of(
      new String[] {"I", "Truyền thông, nâng cao nhận thức về khởi nghiệp đổi mới sáng tạo", "", "", "", "", ""},
      new String[] {"1", "Truyền thông về khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh", "", "", "", "", ""},
      new String[] {"1.1", "Xây dựng chuyên mục “Khởi nghiệp Hòa Sơn” trên sóng truyền hình tỉnh",
          "Sản xuất 24 chương trình mỗi năm; đăng tải tin, bài trên Cổng thông tin điện tử tỉnh",
          "Báo và Phát thanh, Truyền hình Hòa Sơn", "Sở Khoa học và Công nghệ; Sở Văn hóa, Thể thao và Du lịch",
          "Hằng năm", "Chuyên mục được phát sóng"},
      new String[] {"1.2", "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh (Techfest Hòa Sơn)",
          "Trưng bày sản phẩm, kết nối nhà đầu tư, tọa đàm chính sách; tối thiểu 60 gian hàng",
          "Sở Khoa học và Công nghệ; Tỉnh đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Hòa Sơn",
          "Các sở, ban, ngành; UBND các xã, phường", "Quý IV/2026", "Báo cáo kết quả Ngày hội"},
      new String[] {"II", "Phát triển hạ tầng và nền tảng hỗ trợ khởi nghiệp", "", "", "", "", ""},
      new String[] {"2", "Xây dựng Trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh",
          "Cải tạo trụ sở cũ của Trung tâm Ứng dụng tiến bộ khoa học và công nghệ thành trung tâm hỗ trợ khởi nghiệp",
          "Sở Khoa học và Công nghệ", "Sở Tài chính; Sở Xây dựng", "2026 - 2030",
          "Trung tâm đi vào hoạt động"},
      new String[] {"2.1", "Cải tạo, nâng cấp khu làm việc chung của Trung tâm",
          "Khu làm việc chung 500 m2, phòng họp trực tuyến, khu trưng bày sản phẩm", "Sở Khoa học và Công nghệ",
          "Sở Xây dựng", "Quý II/2027", "Khu làm việc chung được đưa vào sử dụng"},
      new String[] {"2.2", "Đầu tư đường truyền và thiết bị số cho khu làm việc chung",
          "Đường truyền 01 Gbps/s; mạng không dây; thiết bị hội nghị trực tuyến",
          "Trung tâm Công nghệ thông tin và Truyền thông tỉnh Hòa Sơn", "Sở Khoa học và Công nghệ; Viễn thông Hòa Sơn",
          "Quý III/2027", "Hạ tầng số của Trung tâm"},
      new String[] {"3", "Xây dựng nền tảng số kết nối hệ sinh thái khởi nghiệp của tỉnh",
          "Cơ sở dữ liệu doanh nghiệp khởi nghiệp, chuyên gia, nhà đầu tư; kết nối với nền tảng quốc gia",
          "Sở Khoa học và Công nghệ", "Các sở, ban, ngành; UBND các xã, phường", "Thường xuyên",
          "Nền tảng số được vận hành"},
      new String[] {"III", "Cơ chế, chính sách và nguồn lực", "", "", "", "", ""},
      new String[] {"4", "Tham mưu ban hành Nghị quyết về chính sách hỗ trợ khởi nghiệp sáng tạo",
          "Hỗ trợ chi phí ươm tạo, sở hữu trí tuệ, thử nghiệm sản phẩm cho doanh nghiệp khởi nghiệp",
          "Sở Khoa học và Công nghệ", "Sở Tư pháp; Sở Tài chính", "Quý I/2027", "Nghị quyết của HĐND tỉnh"},
      new String[] {"5", "Thành lập Quỹ hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Hòa Sơn",
          "Xây dựng Đề án, điều lệ tổ chức và hoạt động của Quỹ; bố trí vốn điều lệ ban đầu", "Sở Tài chính",
          "Sở Khoa học và Công nghệ; Ngân hàng Nhà nước Khu vực 7", "2027 - 2028", "Quyết định của UBND tỉnh"},
      new String[] {"6", "Kết nối doanh nghiệp khởi nghiệp với các quỹ đầu tư và nhà đầu tư thiên thần",
          "Tổ chức 02 phiên kết nối đầu tư mỗi năm tại tỉnh và tại Hà Nội",
          "Hiệp hội Doanh nghiệp tỉnh Hòa Sơn", "Sở Khoa học và Công nghệ; Hội Doanh nhân trẻ tỉnh", "Hằng năm",
          "Báo cáo kết quả kết nối"});

  static final String[] BUDGET_HEADER = {"STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tổng kinh phí",
      "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030"};

  static final List<String[]> BUDGET = List.of(
      new String[] {"I", "Truyền thông, nâng cao nhận thức", "", "", "5.750", "1.150", "1.150", "1.150", "1.150", "1.150"},
      new String[] {"1", "Chuyên mục “Khởi nghiệp Hòa Sơn” trên truyền hình tỉnh", "Báo và Phát thanh, Truyền hình Hòa Sơn",
          "Sở Khoa học và Công nghệ", "1.250", "250", "250", "250", "250", "250"},
      new String[] {"2", "Ngày hội khởi nghiệp đổi mới sáng tạo (Techfest Hòa Sơn)", "Sở Khoa học và Công nghệ",
          "Tỉnh đoàn", "4.500", "900", "900", "900", "900", "900"},
      new String[] {"II", "Hạ tầng và nền tảng hỗ trợ khởi nghiệp", "", "", "9.562.493", "3.012.493", "2.515.000",
          "2.015.000", "1.010.000", "1.010.000"},
      new String[] {"3", "Trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh", "Sở Khoa học và Công nghệ",
          "Sở Tài chính; Sở Xây dựng", "9.500.000", "3.000.000", "2.500.000", "2.000.000", "1.000.000", "1.000.000"},
      new String[] {"4", "Nền tảng số kết nối hệ sinh thái khởi nghiệp",
          "Trung tâm Công nghệ thông tin và Truyền thông tỉnh Hòa Sơn", "Sở Khoa học và Công nghệ", "62.493", "12.493",
          "15.000", "15.000", "10.000", "10.000"},
      new String[] {"III", "Cơ chế, chính sách và nguồn lực", "", "", "47.000", "-", "20.000", "27.000", "-", "-"},
      new String[] {"5", "Vốn điều lệ ban đầu của Quỹ hỗ trợ khởi nghiệp tỉnh", "Sở Tài chính",
          "Sở Khoa học và Công nghệ", "47.000", "-", "20.000", "27.000", "-", "-"},
      new String[] {"", "Tổng cộng", "", "", "9.615.243", "3.013.643", "2.536.150", "2.043.150", "1.011.150",
          "1.011.150"});

  static byte[] docx() throws IOException {
    try (PlanCorpusBuild.Docx doc = new PlanCorpusBuild.Docx()) {
      BODY.forEach(doc::paragraph);
      doc.annexHeading(true, "PHỤ LỤC I", "CHỈ TIÊU PHÁT TRIỂN HỆ SINH THÁI KHỞI NGHIỆP ĐẾN NĂM 2030",
          "(Kèm theo Kế hoạch số 215/KH-UBND ngày 12/3/2026 của UBND tỉnh Hòa Sơn)");
      doc.table(with(TARGET_HEADER, TARGETS), new int[] {750, 3200, 1600, 1900, 1905}, List.of());
      doc.sectionBreak(false);
      doc.annexHeading("PHỤ LỤC II", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM",
          "(Kèm theo Kế hoạch số 215/KH-UBND ngày 12/3/2026 của UBND tỉnh Hòa Sơn)");
      doc.table(with(TASK_HEADER, TASKS), new int[] {750, 2900, 3300, 2200, 2300, 1300, 1820}, bold(TASKS));
      doc.annexHeading(true, "PHỤ LỤC III", "DỰ KIẾN KINH PHÍ THỰC HIỆN KẾ HOẠCH",
          "(Kèm theo Kế hoạch số 215/KH-UBND ngày 12/3/2026 của UBND tỉnh Hòa Sơn)");
      doc.right("ĐVT: triệu đồng");
      doc.table(with(BUDGET_HEADER, BUDGET), new int[] {750, 2850, 2100, 2000, 1270, 1120, 1120, 1120, 1120, 1120},
          bold(BUDGET), new boolean[] {false, false, false, false, true, true, true, true, true, true});
      doc.lastSection(true);
      return doc.bytes();
    }
  }

  private static List<String[]> with(String[] header, List<String[]> rows) {
    List<String[]> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }

  /** Group rows (I, II …), parent rows without agencies, and the total, in bold; numbered from 1 below the header. */
  private static List<Integer> bold(List<String[]> rows) {
    List<Integer> bold = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String code = rows.get(i)[0];
      if (code.matches("[IVX]+") || code.isEmpty() || rows.get(i)[2].isEmpty() && rows.get(i)[3].isEmpty()) {
        bold.add(i + 1);
      }
    }
    return bold;
  }
}
