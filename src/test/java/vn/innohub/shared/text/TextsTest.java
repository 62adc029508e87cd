package vn.innohub.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void blankFieldsHoldNothing() {
    assertThat(Texts.blankToNull(null)).isNull();
    assertThat(Texts.blankToNull("")).isNull();
    assertThat(Texts.blankToNull(" \t\n\u2003")).isNull();
    assertThat(Texts.isBlank(" \r\n")).isTrue();
    assertThat(Texts.isBlank("x")).isFalse();
  }

  @Test
  void typedTextIsStrippedButANoBreakSpaceIsText() {
    assertThat(Texts.blankToNull("  Sơn La \n")).isEqualTo("Sơn La");
    // U+00A0 is not white space for Java: a field holding only it is not blank, and it is kept at the ends
    assertThat(Texts.blankToNull("\u00a0")).isEqualTo("\u00a0");
    assertThat(Texts.blankToNull(" Hà\u00a0Nội\u00a0 ")).isEqualTo("Hà\u00a0Nội\u00a0");
  }

  @Test
  void nullIfBlankKeepsTheTextAsTyped() {
    assertThat(Texts.nullIfBlank("  ")).isNull();
    assertThat(Texts.nullIfBlank(" cà phê ")).isEqualTo(" cà phê ");
  }

  @Test
  void parsedReadsTheStrippedText() {
    LocalDate typed = Texts.parsed(" 2026-03-15 ", LocalDate::parse);
    LocalDate none = Texts.parsed(" ", LocalDate::parse);
    assertThat(typed).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(none).isNull();
  }
}
