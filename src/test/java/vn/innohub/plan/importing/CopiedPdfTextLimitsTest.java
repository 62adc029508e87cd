package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.innohub.shared.files.FileTooComplex;

/**
 * Inputs that made the copied-text rebuilding run for minutes (issue 18): a "row" of thousands of lines, which is no
 * row, and the corpus' copied plans with codes the reader cannot follow. Speed itself is measured by the benchmarks;
 * here the bounds are checked by what comes out — an over-long row kept as its lines, a long but real row still
 * segmented — and the parse budget's interruption ending the work.
 */
class CopiedPdfTextLimitsTest {

  private static final List<String> HEADER = List.of("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp",
      "Thời gian thực hiện");
  private static final String HEADER_ROW = "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện";

  /** A header, a "row" 1 of {@code filler} lower-case lines and no code, then a real row 2. */
  private static List<String> table(int filler) {
    List<String> lines = new ArrayList<>(HEADER);
    lines.add("1 Tổ chức hội nghị");
    for (int k = 0; k < filler; k++) {
      lines.add("dòng " + k + " của nội dung");
    }
    lines.addAll(List.of("2 Ban hành kế hoạch", "Sở Nội vụ", "Sở Tài chính", "Thường xuyên"));
    return lines;
  }

  private static List<String> tabRows(List<String> out) {
    return out.stream().filter(l -> l.indexOf('\t') >= 0).toList();
  }

  @Test
  void aRowOfThousandsOfLinesIsKeptAsItsLines() {
    List<String> in = table(3000);

    List<String> out = CopiedPdfText.rebuild(in, AgencyLookup.none());

    // the header and row 2 rebuilt; row 1 (3,001 lines) is no row: its lines come out as they went in
    assertThat(tabRows(out)).containsExactly(HEADER_ROW,
        "2\tBan hành kế hoạch\tSở Nội vụ\tSở Tài chính\tThường xuyên");
    List<String> row1 = in.subList(HEADER.size(), HEADER.size() + 3001);
    int at = out.indexOf("1 Tổ chức hội nghị");
    assertThat(at).isPositive();
    assertThat(out.subList(at, at + 3001)).isEqualTo(row1);
  }

  @Test
  void aLongRowWithinTheCapIsStillSegmented() {
    int filler = CopiedPdfText.MAX_ROW_LINES - 10;
    List<String> in = table(filler);

    List<String> out = CopiedPdfText.rebuild(in, AgencyLookup.none());

    String task = String.join(" ", in.subList(HEADER.size(), HEADER.size() + 1 + filler)).substring(2);
    assertThat(tabRows(out)).containsExactly(HEADER_ROW, "1\t" + task + "\t\t\t",
        "2\tBan hành kế hoạch\tSở Nội vụ\tSở Tài chính\tThường xuyên");
  }

  @Test
  void anInterruptedParseStops() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> CopiedPdfText.rebuild(table(3000), AgencyLookup.none()))
          .isInstanceOf(FileTooComplex.class);
    } finally {
      Thread.interrupted();
    }
  }

  /** Corpus plan 002 (copied from the PDF viewer): the text that once ran for minutes; rows stay bounded. */
  @Test
  void corpusPlanWithMissedCodesEndsWithBoundedRows() throws IOException {
    Path raw = Path.of("src/test/resources/plans/corpus/002/raw.txt");
    assumeTrue(Files.exists(raw), "the corpus (branch i18-corpus) is not merged here");
    List<String> in = Files.readAllLines(raw, StandardCharsets.UTF_8);

    List<String> out = CopiedPdfText.rebuild(in, AgencyLookup.none());

    List<String> rows = tabRows(out);
    assertThat(rows).isNotEmpty();
    for (String row : rows) {
      // no rebuilt row holds more words than MAX_ROW_LINES lines of a page can (a line is under 75 characters)
      assertThat(row.split("\\s+").length).isLessThanOrEqualTo(CopiedPdfText.MAX_ROW_LINES * 15 * 2);
    }
    // the block whose codes the reader once lost (1.5 → II → 2.1 …) is read as rows now: group IV among them
    assertThat(rows).anyMatch(r -> r.startsWith("IV\t") && r.contains("nhân lực cho khởi nghiệp,"));
  }
}
