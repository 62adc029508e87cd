package vn.innohub.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.RandomWords;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.portal.library.DocumentData;
import vn.innohub.shared.FieldErrors;
import vn.innohub.portal.library.DocumentStatus;
import vn.innohub.portal.library.DocumentType;
import vn.innohub.portal.library.Upload;
import vn.innohub.portal.library.internal.FileInfo;
import vn.innohub.portal.library.internal.LibrarySearch;
import vn.innohub.portal.library.internal.PolicyDocument;
import vn.innohub.portal.library.internal.PolicyLibrary;
import vn.innohub.shared.web.Messages;

/**
 * The policy library on documents written for this test, with real DOCX (POI) and PDF (PDFBox) files: words found
 * inside the files without accents, titles ranked above files, filters, refused files and fields, drafts kept out of
 * sight, HTML shown as text. Every document of a run names the run's own issuer, so filters see only this run's
 * documents. The shared test clock stands at 10 June 2026.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyLibraryTests {

  /** Other test classes of the shared context move the clock; these tests start on 10 June 2026. */
  @org.junit.jupiter.api.BeforeEach
  void startOfTheStory(@Autowired vn.innohub.MutableClock testClock) {
    testClock.set(java.time.Instant.parse("2026-06-10T02:00:00Z"));
  }


  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Autowired PolicyLibrary library;
  @Autowired LibrarySearch search;
  @Autowired Accounts accounts;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  /** Letters only, so that each is one search token. */
  private final String run = RandomWords.letters(7);
  private final String mark = RandomWords.letters(9);
  private final String secret = RandomWords.letters(11);
  private final String issuer = "Sở Khoa học và Công nghệ thử nghiệm " + run;
  private String adminName;

  private PolicyDocument plan;
  private PolicyDocument guidance;
  private PolicyDocument decision;
  private PolicyDocument form;
  private PolicyDocument oldPlan;
  private PolicyDocument draft;
  private byte[] planDocx;


  static byte[] docx(String... paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** A one-page PDF; the standard Helvetica font has "à" and "ê" (WinAnsi), enough for "cà phê". */
  static byte[] pdf(String... lines) throws IOException {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.setLeading(16);
        text.newLineAtOffset(50, 720);
        for (String line : lines) {
          text.showText(line);
          text.newLine();
        }
        text.endText();
      }
      pdf.save(out);
      return out.toByteArray();
    }
  }

  private DocumentData data(DocumentType type, String title, String number, LocalDate issuedOn, DocumentStatus status,
      Long replacedBy, String summary, List<String> tags, boolean published) {
    return new DocumentData(type, title, number, issuedOn, issuer, status, replacedBy, summary, tags, published);
  }

  @BeforeAll
  void fixture() throws IOException {
    adminName = "library-admin-" + run;
    accounts.create(new NewAccount(adminName, "Quản trị thư viện", run + "@example.vn", "library-password-1",
        Set.of(Role.ADMIN), Set.of()));
    planDocx = docx("Kế hoạch triển khai năm 2026.",
        "Hỗ trợ hợp tác xã chè Shan tuyết xây dựng thương hiệu và truy xuất nguồn gốc.");
    plan = library.create(data(DocumentType.PLAN, "Kế hoạch hỗ trợ khởi nghiệp đổi mới sáng tạo năm 2026",
        "150/KH-UBND", LocalDate.of(2026, 3, 15), DocumentStatus.IN_FORCE, null,
        "Các nhiệm vụ hỗ trợ hệ sinh thái khởi nghiệp của tỉnh.", List.of("khởi nghiệp", "hỗ trợ"), true),
        List.of(new Upload("ke-hoach-150.docx", planDocx)), admin);
    guidance = library.create(data(DocumentType.GUIDANCE, "Hướng dẫn lập hồ sơ đề nghị hỗ trợ", "12/HD-SKHCN",
        LocalDate.of(2025, 11, 20), DocumentStatus.IN_FORCE, null, null, List.of(), true),
        List.of(new Upload("huong-dan.pdf", pdf("Huong dan ky thuat trong cà phê Arabica", "vung cao bien gioi"))),
        admin);
    decision = library.create(data(DocumentType.DECISION, "Quyết định phê duyệt danh mục nhiệm vụ " + mark,
        "45/QĐ-UBND", LocalDate.of(2025, 6, 1), DocumentStatus.EXPIRED, null, null, List.of(), true), List.of(),
        admin);
    // A DOCX sent under a PDF name: kept, and served under the name its content calls for.
    form = library.create(data(DocumentType.FORM, "Mẫu đơn <i>đăng ký</i> tham gia chương trình", null, null,
        DocumentStatus.IN_FORCE, null, "<img src=x onerror=alert(1)> Biểu mẫu <b>đăng ký</b>", List.of(), true),
        List.of(new Upload("bieu-mau.pdf", docx("Phụ lục: danh sách thành viên, mã hồ sơ " + mark + "."))), admin);
    oldPlan = library.create(data(DocumentType.PLAN, "Kế hoạch hỗ trợ khởi nghiệp năm 2024", "20/KH-UBND",
        LocalDate.of(2024, 2, 1), DocumentStatus.REPLACED, plan.getId(), null, List.of(), true), List.of(), admin);
    draft = library.create(data(DocumentType.LEGAL_DOCUMENT, "Dự thảo quy định chưa công bố", null,
        LocalDate.of(2026, 1, 5), DocumentStatus.IN_FORCE, null, null, List.of(), false),
        List.of(new Upload("du-thao.docx", docx("Nội dung dự thảo về quỹ đầu tư mạo hiểm " + secret))), admin);
  }

  @Test
  void aHostileFileNameIsKeptWithoutFoldersOrControlCharacters() throws IOException {
    PolicyDocument d = library.create(data(DocumentType.GUIDANCE, "Hướng dẫn đặt tên tệp " + mark, null, null,
        DocumentStatus.IN_FORCE, null, null, List.of(), false),
        List.of(new Upload("..\\..\\evil\u0000.pdf", pdf("Tep thu nhat")),
            new Upload("C:\\fakepath\\báo cáo.pdf", pdf("Tep thu hai"))), admin);
    assertThat(library.files(d.getId())).extracting(FileInfo::fileName).containsExactlyInAnyOrder("evil.pdf",
        "báo cáo.pdf");
  }

  /** Messages of refusals in Vietnamese, as the pages show them (the test JVM runs in English). */
  @BeforeEach
  void vietnamese() {
    LocaleContextHolder.setLocale(Messages.VI);
  }

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  private LibrarySearch.Query q(String text) {
    return new LibrarySearch.Query(text, null, null, null, null, null, 0, 20);
  }

  private LibrarySearch.Query filter(DocumentType type, DocumentStatus status, Integer year, String tag) {
    return new LibrarySearch.Query(null, type, status, issuer, year, tag, 0, 20);
  }

  private static List<String> titles(LibrarySearch.Result r) {
    return r.documents().stream().map(PolicyDocument::getTitle).toList();
  }

  @Test
  void wordsFoundOnlyInsideAttachedFilesAreFoundWithoutAccents() {
    // "chè Shan tuyết" is only in the plan's DOCX, "cà phê Arabica" only in the guidance's PDF.
    assertThat(titles(search.search(q("che shan tuyet " + run))))
        .containsExactly("Kế hoạch hỗ trợ khởi nghiệp đổi mới sáng tạo năm 2026");
    assertThat(titles(search.search(q("CA PHE arabica " + run)))).containsExactly("Hướng dẫn lập hồ sơ đề nghị hỗ trợ");
    // The page quotes the file the words were found in.
    var hit = search.search(q("che shan tuyet " + run), true).hits().get(0);
    assertThat(hit.passageFile()).isEqualTo("ke-hoach-150.docx");
    assertThat(hit.passage()).contains("chè Shan tuyết");
    // The words of the title are found without accents too: both plans say "hỗ trợ khởi nghiệp".
    assertThat(titles(search.search(q("ho tro khoi nghiep " + run))))
        .contains("Kế hoạch hỗ trợ khởi nghiệp đổi mới sáng tạo năm 2026", "Kế hoạch hỗ trợ khởi nghiệp năm 2024");
  }

  @Test
  void aTitleMatchRanksAboveAMatchInsideAFile() {
    // The mark is in the decision's title and only inside the form's DOCX.
    assertThat(titles(search.search(q(mark))))
        .containsExactly("Quyết định phê duyệt danh mục nhiệm vụ " + mark, "Mẫu đơn <i>đăng ký</i> tham gia chương trình");
  }

  @Test
  void documentsAreFoundBySiteWideSearchToo() throws Exception {
    String page = mvc.perform(get("/tim-kiem").param("q", mark)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("/van-ban/" + decision.getSlug(), "/van-ban/" + form.getSlug());
  }

  @Test
  void filtersNarrowTheLibraryAndTheNewestComeFirst() {
    // Five published documents of this run, newest issue date first, the undated form last; never the draft.
    assertThat(search.search(filter(null, null, null, null)).documents()).extracting(PolicyDocument::getId)
        .containsExactly(plan.getId(), guidance.getId(), decision.getId(), oldPlan.getId(), form.getId());
    assertThat(search.search(filter(DocumentType.PLAN, null, null, null)).documents())
        .extracting(PolicyDocument::getId).containsExactly(plan.getId(), oldPlan.getId());
    assertThat(search.search(filter(null, null, 2025, null)).documents()).extracting(PolicyDocument::getId)
        .containsExactly(guidance.getId(), decision.getId());
    assertThat(search.search(filter(null, DocumentStatus.EXPIRED, null, null)).documents())
        .extracting(PolicyDocument::getId).containsExactly(decision.getId());
    assertThat(search.search(filter(null, DocumentStatus.REPLACED, null, null)).documents())
        .extracting(PolicyDocument::getId).containsExactly(oldPlan.getId());
    // Tags and issuers match whatever the case and accents.
    assertThat(search.search(filter(null, null, null, "HO TRO")).documents()).extracting(PolicyDocument::getId)
        .containsExactly(plan.getId());
    var byIssuerTypedLoosely = search.search(new LibrarySearch.Query(null, null, null,
        "so khoa hoc va cong nghe THU NGHIEM " + run, null, null, 0, 20));
    assertThat(byIssuerTypedLoosely.total()).isEqualTo(5);
    // The number as written finds its document first.
    assertThat(search.search(q("150/KH-UBND " + run)).documents().get(0).getId()).isEqualTo(plan.getId());
  }

  @Test
  void thePublicListFiltersAndShowsWhereInAFileTheWordsAre() throws Exception {
    String page = mvc.perform(get("/van-ban").param("issuer", issuer).param("type", "PLAN"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("Kế hoạch hỗ trợ khởi nghiệp đổi mới sáng tạo năm 2026", "Kế hoạch hỗ trợ khởi nghiệp năm 2024")
        .doesNotContain("Hướng dẫn lập hồ sơ đề nghị hỗ trợ", "Dự thảo quy định chưa công bố");
    String found = mvc.perform(get("/van-ban").param("q", "che shan tuyet " + run))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(found).contains("Kế hoạch hỗ trợ khởi nghiệp đổi mới sáng tạo năm 2026", "ke-hoach-150.docx",
        "chè Shan tuyết");
  }

  @Test
  void aDocumentPageShowsItsFactsAndFilesAndTheReplacingDocument() throws Exception {
    String page = mvc.perform(get("/van-ban/" + plan.getSlug())).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(plan.getSlug()).startsWith("ke-hoach-ho-tro-khoi-nghiep-doi-moi-sang-tao-nam-2026");
    assertThat(page).contains("150/KH-UBND", "15/03/2026", issuer, "Còn hiệu lực", "ke-hoach-150.docx");
    String replaced = mvc.perform(get("/van-ban/" + oldPlan.getSlug())).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(replaced).contains("Đã bị thay thế", "/van-ban/" + plan.getSlug());

    FileInfo file = library.files(plan.getId()).get(0);
    MockHttpServletResponse download = mvc.perform(get("/van-ban/" + plan.getSlug() + "/tep/" + file.id()))
        .andExpect(status().isOk()).andReturn().getResponse();
    assertThat(download.getContentType()).isEqualTo(DOCX);
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("ke-hoach-150.docx");
    assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.getContentAsByteArray()).isEqualTo(planDocx);
    // A file is reached only through its own document's address.
    mvc.perform(get("/van-ban/" + guidance.getSlug() + "/tep/" + file.id())).andExpect(status().isNotFound());
    // The form's DOCX, uploaded as "bieu-mau.pdf", is a DOCX.
    FileInfo renamed = library.files(form.getId()).get(0);
    assertThat(renamed.fileName()).isEqualTo("bieu-mau.docx");
    assertThat(renamed.contentType()).isEqualTo(DOCX);
    assertThat(library.files(guidance.getId()).get(0).contentType()).isEqualTo("application/pdf");
  }

  @Test
  void draftsAreNeitherShownNorSearchedNorInTheOpenData() throws Exception {
    mvc.perform(get("/van-ban/" + draft.getSlug())).andExpect(status().isNotFound());
    String sitemap = mvc.perform(get("/sitemap-trang.xml")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(sitemap).as("published documents are offered to search engines, drafts are not")
        .contains("/van-ban/" + plan.getSlug() + "</loc>").doesNotContain("/van-ban/" + draft.getSlug() + "<");
    mvc.perform(get("/api/v1/documents/" + draft.getSlug())).andExpect(status().isNotFound());
    FileInfo file = library.files(draft.getId()).get(0);
    mvc.perform(get("/van-ban/" + draft.getSlug() + "/tep/" + file.id())).andExpect(status().isNotFound());
    // The secret word is only in the draft's file; the draft's title words find nothing either.
    assertThat(search.search(q(secret)).total()).isZero();
    assertThat(search.search(q("du thao quy dinh chua cong bo " + run)).documents()).extracting(PolicyDocument::getId)
        .doesNotContain(draft.getId());
    JsonNode listing = json.readTree(mvc.perform(get("/api/v1/documents").param("issuer", issuer).param("size", "100"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(listing.get("schema").asText()).isEqualTo("innohub.documents/1");
    assertThat(listing.get("total").asInt()).isEqualTo(5);
    List<String> slugs = new ArrayList<>();
    listing.get("documents").forEach(d -> slugs.add(d.get("slug").asText()));
    assertThat(slugs).containsExactly(plan.getSlug(), guidance.getSlug(), decision.getSlug(), oldPlan.getSlug(),
        form.getSlug());
    JsonNode one = json.readTree(mvc.perform(get("/api/v1/documents/" + oldPlan.getSlug()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(one.get("type").asText()).isEqualTo("PLAN");
    assertThat(one.get("status").asText()).isEqualTo("REPLACED");
    assertThat(one.get("replacedBy").asText()).isEqualTo(plan.getSlug());
    JsonNode first = json.readTree(mvc.perform(get("/api/v1/documents/" + plan.getSlug()))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(first.get("number").asText()).isEqualTo("150/KH-UBND");
    assertThat(first.get("issuedOn").asText()).isEqualTo("2026-03-15");
    assertThat(first.get("tags")).extracting(JsonNode::asText).containsExactly("khởi nghiệp", "hỗ trợ");
    assertThat(first.get("files")).hasSize(1);
    assertThat(first.get("files").get(0).get("url").asText()).endsWith("/van-ban/" + plan.getSlug() + "/tep/"
        + library.files(plan.getId()).get(0).id());
  }

  @Test
  void htmlInAnyFieldIsShownAsText() throws Exception {
    String page = mvc.perform(get("/van-ban/" + form.getSlug())).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("Mẫu đơn &lt;i&gt;đăng ký&lt;/i&gt; tham gia chương trình",
        "&lt;img src=x onerror=alert(1)&gt; Biểu mẫu &lt;b&gt;đăng ký&lt;/b&gt;")
        .doesNotContain("<img src=x", "<i>đăng ký</i>", "<b>đăng ký</b>");
    String list = mvc.perform(get("/van-ban").param("issuer", issuer)).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(list).contains("Mẫu đơn &lt;i&gt;đăng ký&lt;/i&gt;").doesNotContain("<img src=x", "<i>đăng ký</i>");
  }

  @Test
  void badFieldsAreRefusedOneByOneAndNothingIsSaved() {
    long before = library.all(0, admin).getTotalElements();
    DocumentData bad = new DocumentData(null, " ", null, LocalDate.of(2026, 6, 11), issuer, DocumentStatus.REPLACED,
        null, null, List.of(), true);
    assertThatThrownBy(() -> library.create(bad, List.of(), admin)).isInstanceOfSatisfying(FieldErrors.class,
        e -> {
          assertThat(e.fields()).containsOnlyKeys("type", "title", "issuedOn", "replacedBy");
          assertThat(e.fields().get("issuedOn")).isEqualTo("Ngày ban hành không được sau hôm nay.");
        });
    // Issued today is fine; a replacing document that does not exist is not.
    assertThatThrownBy(() -> library.create(data(DocumentType.PLAN, "Hôm nay", null, LocalDate.of(2026, 6, 10),
        DocumentStatus.REPLACED, 999_999_999L, null, List.of(), true), List.of(), admin))
        .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.fields())
            .containsExactly(org.assertj.core.api.Assertions.entry("replacedBy",
                "Không tìm thấy văn bản thay thế đã chọn.")));
    assertThat(library.all(0, admin).getTotalElements()).isEqualTo(before);
  }

  @Test
  void aDocumentCannotBeReplacedByItselfNorInACircle() {
    PolicyDocument fresh = library.get(decision.getId(), admin);
    DocumentData self = data(DocumentType.DECISION, fresh.getTitle(), fresh.getNumber(), fresh.getIssuedOn(),
        DocumentStatus.REPLACED, fresh.getId(), null, List.of(), true);
    assertThatThrownBy(() -> library.update(fresh.getId(), fresh.getVersion(), self, List.of(), admin))
        .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.fields()).containsOnlyKeys("replacedBy"));
    // The plan replaced the old plan: the plan cannot in turn be replaced by the old plan.
    PolicyDocument newer = library.get(plan.getId(), admin);
    DocumentData circle = data(DocumentType.PLAN, newer.getTitle(), newer.getNumber(), newer.getIssuedOn(),
        DocumentStatus.REPLACED, oldPlan.getId(), newer.getSummary(), List.of(), true);
    assertThatThrownBy(() -> library.update(newer.getId(), newer.getVersion(), circle, List.of(), admin))
        .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.fields().get("replacedBy"))
            .isEqualTo("Văn bản được chọn lại đang được thay thế bởi văn bản này: chọn văn bản khác."));
    assertThat(library.get(decision.getId(), admin).getStatus()).isEqualTo(DocumentStatus.EXPIRED);
    assertThat(library.get(decision.getId(), admin).getVersion()).isEqualTo(fresh.getVersion());
    // Nor can the plan be deleted while the old plan names it.
    assertThatThrownBy(() -> library.delete(plan.getId(), admin))
        .isInstanceOfSatisfying(vn.innohub.shared.DomainException.class,
            e -> assertThat(e.code()).isEqualTo("library.error.stillReplacing"));
  }

  @Test
  void aFakePdfAndAnOversizedFileAreRefusedAndTheSavedDocumentStaysAsItWas() throws IOException {
    PolicyDocument before = library.get(guidance.getId(), admin);
    DocumentData changed = data(DocumentType.GUIDANCE, "Tên mới không được lưu", before.getNumber(),
        before.getIssuedOn(), DocumentStatus.IN_FORCE, null, null, List.of(), true);
    Upload fake = new Upload("x.pdf", "Đây là văn bản thường, không phải PDF".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> library.update(before.getId(), before.getVersion(), changed, List.of(fake), admin))
        .isInstanceOfSatisfying(FieldErrors.class, e -> {
          assertThat(e.fields()).containsOnlyKeys("files");
          assertThat(e.fields().get("files")).contains("x.pdf", "không phải PDF hoặc DOCX");
        });
    // Half a DOCX is refused as damaged (issue 16), with the file's name, and nothing is saved.
    byte[] whole = docx("Tệp bị cắt");
    Upload cut = new Upload("cat-do.docx", Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> library.update(before.getId(), before.getVersion(), changed, List.of(cut), admin))
        .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.fields().get("files"))
            .contains("cat-do.docx").contains("Tệp bị hỏng hoặc không đúng định dạng DOCX"));
    // 10 MB is the limit: one byte more is refused, whatever the content says.
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, big, 0, header.length);
    Arrays.fill(big, header.length, big.length, (byte) ' ');
    assertThatThrownBy(() -> library.update(before.getId(), before.getVersion(), changed,
        List.of(new Upload("lon.pdf", big)), admin))
        .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.fields().get("files"))
            .isEqualTo("Tệp «lon.pdf» vượt quá 10 MB."));
    // An empty file and a real file together: the empty one is named, the real one is not saved either.
    assertThatThrownBy(() -> library.update(before.getId(), before.getVersion(), changed,
        List.of(new Upload("rong.docx", new byte[0]), new Upload("that.docx", docx("Tệp thật"))), admin))
        .isInstanceOf(FieldErrors.class);
    PolicyDocument after = library.get(guidance.getId(), admin);
    assertThat(after.getTitle()).isEqualTo("Hướng dẫn lập hồ sơ đề nghị hỗ trợ");
    assertThat(after.getVersion()).isEqualTo(before.getVersion());
    assertThat(library.files(guidance.getId())).hasSize(1);
  }

  @Test
  void theAdminFormKeepsWhatWasTypedWhenAFileIsRefused() throws Exception {
    var adminUser = user(userDetails.loadUserByUsername(adminName));
    MockMultipartFile fake = new MockMultipartFile("files", "x.pdf", "application/pdf",
        "chỉ là chữ".getBytes(StandardCharsets.UTF_8));
    String page = mvc.perform(multipart("/admin/van-ban/moi").file(fake).with(csrf()).with(adminUser)
            .param("type", "NO_SUCH_TYPE").param("title", "Tiêu đề đã gõ " + run).param("status", "IN_FORCE")
            .param("issuer", issuer))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("Loại văn bản không có trong danh mục.", "Tiêu đề đã gõ " + run);
    String refusedFile = mvc.perform(multipart("/admin/van-ban/moi").file(fake).with(csrf()).with(adminUser)
            .param("type", "FORM").param("title", "Tiêu đề đã gõ " + run).param("status", "IN_FORCE")
            .param("issuer", issuer))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(refusedFile).contains("x.pdf", "không phải PDF hoặc DOCX", "Tiêu đề đã gõ " + run,
        "tệp đính kèm cần chọn lại");
    assertThat(search.search(filter(DocumentType.FORM, null, null, null)).total()).isEqualTo(1);
    // The same form with a real PDF is saved (as a draft: "published" was not ticked), under another issuer so
    // that the filters of the other tests never see it.
    String token = RandomWords.letters(10);
    MockMultipartFile real = new MockMultipartFile("files", "that.pdf", "application/pdf", pdf("Tai lieu " + token));
    String location = mvc.perform(multipart("/admin/van-ban/moi").file(real).with(csrf()).with(adminUser)
            .param("type", "FORM").param("title", "Tiêu đề đã gõ " + run).param("status", "IN_FORCE")
            .param("issuer", "Đơn vị khác " + run))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    PolicyDocument saved = library.get(id, admin);
    assertThat(saved.isPublished()).isFalse();
    assertThat(saved.getCreatedBy()).isEqualTo(adminName);
    assertThat(library.files(id)).extracting(FileInfo::fileName).containsExactly("that.pdf");
    long fileId = library.files(id).get(0).id();
    mvc.perform(get("/admin/van-ban/tep/" + fileId).with(adminUser)).andExpect(status().isOk());
    // A draft's file is not searched; once published it is, and removing the file takes its text out again.
    assertThat(search.search(q(token)).total()).isZero();
    mvc.perform(multipart("/admin/van-ban/" + id).file(new MockMultipartFile("files", "", "application/octet-stream",
            new byte[0])).with(csrf()).with(adminUser).param("type", "FORM").param("title", "Tiêu đề đã gõ " + run)
            .param("status", "IN_FORCE").param("issuer", "Đơn vị khác " + run).param("published", "true")
            .param("version", Long.toString(saved.getVersion())))
        .andExpect(status().is3xxRedirection());
    assertThat(search.search(q(token)).documents()).extracting(PolicyDocument::getId).containsExactly(id);
    mvc.perform(multipart("/admin/van-ban/tep/" + fileId + "/xoa").with(csrf()).with(adminUser))
        .andExpect(status().is3xxRedirection());
    assertThat(library.files(id)).isEmpty();
    assertThat(search.search(q(token)).total()).isZero();
    // Deleting asks for a confirmation, then removes the document and its files.
    mvc.perform(multipart("/admin/van-ban/" + id + "/xoa").with(csrf()).with(adminUser))
        .andExpect(status().is3xxRedirection());
    assertThat(library.get(id, admin).getTitle()).isEqualTo("Tiêu đề đã gõ " + run);
    mvc.perform(multipart("/admin/van-ban/" + id + "/xoa").param("confirm", "true").with(csrf()).with(adminUser))
        .andExpect(status().is3xxRedirection());
    assertThatThrownBy(() -> library.get(id, admin)).isInstanceOfSatisfying(vn.innohub.shared.DomainException.class,
        e -> assertThat(e.status().value()).isEqualTo(404));
  }
}
