package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of plans/ocr: genuine TCVN3 and VNI text (mapped from the Unicode samples with the fonts' tables) is
 * refused with today's message; clean Unicode, stripped, OCR-noisy and mixed text is read. False refusals and false
 * accepts are counted over the whole corpus.
 */
class LegacyEncodingCorpusTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final List<String> UNICODE = List.of("unicode-1.txt", "unicode-2.txt", "unicode-3.txt",
      "unicode-4.txt", "unicode-5.txt", "unicode-6.txt");
  private static final List<String> READABLE = List.of("ocr-1.txt", "ocr-2.txt", "ocr-3.txt", "ocr-4.txt",
      "mixed-1.txt", "mixed-2.txt");

  record Sample(String name, byte[] content, boolean legacy) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Sample> corpus() {
    List<Sample> samples = new ArrayList<>();
    long seed = 18;
    for (String file : UNICODE) {
      String text = OcrSamples.resource(file);
      samples.add(new Sample(file, utf8(text), false));
      samples.add(new Sample(file + " as TCVN3 in UTF-8", utf8(OcrSamples.tcvn3(text)), true));
      samples.add(new Sample(file + " as TCVN3 in Windows-1252", OcrSamples.tcvn3(text).getBytes(CP1252), true));
      samples.add(new Sample(file + " as VNI in UTF-8", utf8(OcrSamples.vni(text)), true));
      samples.add(new Sample(file + " as VNI in Windows-1252", OcrSamples.vni(text).getBytes(CP1252), true));
      samples.add(new Sample(file + " stripped", utf8(OcrSamples.stripped(text)), false));
      samples.add(new Sample(file + " stripped with OCR noise", utf8(OcrSamples.noisy(OcrSamples.stripped(text), seed++, 8)), false));
      samples.add(new Sample(file + " stripped with heavy OCR noise", utf8(OcrSamples.noisy(OcrSamples.stripped(text), seed++, 3)), false));
      samples.add(new Sample(file + " with OCR noise, diacritics kept", utf8(OcrSamples.noisy(text, seed++, 8)), false));
    }
    for (String file : READABLE) {
      samples.add(new Sample(file, utf8(OcrSamples.resource(file)), false));
    }
    // whole plans: long enough for their noise to add up (the old detector refused these for > 20 symbols)
    StringBuilder all = new StringBuilder();
    StringBuilder ocr = new StringBuilder();
    for (String file : UNICODE) {
      all.append(OcrSamples.stripped(OcrSamples.resource(file))).append('\n');
    }
    for (String file : READABLE.subList(0, 4)) {
      ocr.append(OcrSamples.resource(file)).append('\n');
    }
    samples.add(new Sample("all samples stripped, as one plan with OCR noise", utf8(OcrSamples.noisy(all.toString(), 7, 6)), false));
    samples.add(new Sample("the hand-typed OCR files as one plan", utf8(ocr.toString()), false));
    samples.add(new Sample("the hand-typed OCR files as one plan, again with noise", utf8(OcrSamples.noisy(ocr.toString(), 8, 5)), false));
    // a Unicode heading over a TCVN3 body (a paragraph pasted from an old file) is still legacy text
    String mixedLegacy = OcrSamples.resource("unicode-1.txt").lines().limit(5).reduce("", (a, b) -> a + b + "\n")
        + OcrSamples.tcvn3(OcrSamples.resource("unicode-5.txt"));
    samples.add(new Sample("Unicode heading over a TCVN3 body", utf8(mixedLegacy), true));
    samples.add(new Sample("the OCR noise of ocr-1.txt over a VNI body",
        utf8(OcrSamples.resource("ocr-1.txt") + OcrSamples.vni(OcrSamples.resource("unicode-3.txt"))), true));
    return samples;
  }

  static Stream<Sample> samples() {
    return corpus().stream();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String outcome(Sample s) {
    try {
      PlanReading.read("plan.txt", s.content(), AgencyLookup.none(), 2026);
      return "accepted";
    } catch (UnreadableDocument e) {
      return e.code();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void legacyTextIsRefusedWithTodaysMessageAndEveryOtherSampleIsRead(Sample sample) {
    assertThat(outcome(sample)).isEqualTo(sample.legacy() ? "plan.import.legacyEncoding" : "accepted");
  }

  @Test
  void overTheWholeCorpusNoSampleIsFalselyRefusedOrFalselyAccepted() {
    List<Sample> corpus = corpus();
    List<String> falseRefusals = new ArrayList<>();
    List<String> falseAccepts = new ArrayList<>();
    for (Sample s : corpus) {
      boolean refused = outcome(s).equals("plan.import.legacyEncoding");
      if (refused && !s.legacy()) {
        falseRefusals.add(s.name());
      } else if (!refused && s.legacy()) {
        falseAccepts.add(s.name());
      }
    }
    long legacy = corpus.stream().filter(Sample::legacy).count();
    String figures = corpus.size() + " samples (" + legacy + " legacy, " + (corpus.size() - legacy) + " readable): "
        + falseRefusals.size() + " falsely refused " + falseRefusals + ", " + falseAccepts.size() + " falsely accepted "
        + falseAccepts;
    double lowestLegacy = 1;
    double highestReadable = 0;
    for (Sample s : corpus) {
      String text = new String(s.content(), StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') >= 0) {
        continue; // Windows-1252 bytes: refused as malformed UTF-8 before any counting
      }
      double share = LegacyEncoding.measure(text).share();
      lowestLegacy = s.legacy() ? Math.min(lowestLegacy, share) : lowestLegacy;
      highestReadable = s.legacy() ? highestReadable : Math.max(highestReadable, share);
    }
    figures += String.format(java.util.Locale.ROOT, "; share of legacy-marked words: lowest legacy sample %.2f,"
        + " highest readable sample %.2f", lowestLegacy, highestReadable);
    System.out.println("Legacy-encoding corpus: " + figures);
    assertThat(corpus).hasSize(6 * 9 + 6 + 3 + 2);
    assertThat(falseRefusals).as(figures).isEmpty();
    assertThat(falseAccepts).as(figures).isEmpty();
  }

  @Test
  void theTestTablesSpellTheKnownLegacyWords() {
    // The mapping in OcrSamples checked against words as TCVN3 and VNI users know them.
    assertThat(OcrSamples.tcvn3("Kế hoạch Sở Khoa học và Công nghệ")).isEqualTo("KÕ ho¹ch Së Khoa häc vµ C«ng nghÖ");
    assertThat(OcrSamples.tcvn3("Ủy ban nhân dân")).isEqualTo("ñy ban nh©n d©n");
    assertThat(OcrSamples.tcvn3("ĐỀ ÁN")).isEqualTo("§Ò ¸N");
    assertThat(OcrSamples.vni("Kế hoạch Sở Khoa học và Công nghệ")).isEqualTo("Keá hoaïch Sôû Khoa hoïc vaø Coâng ngheä");
    assertThat(OcrSamples.vni("đổi mới, tỉnh, ưu tiên")).isEqualTo("ñoåi môùi, tænh, öu tieân");
  }
}
