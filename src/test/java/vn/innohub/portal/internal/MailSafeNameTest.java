package vn.innohub.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The registrant's name in a mail: kept when it is only a name, left out when anything in it could become a link. */
class MailSafeNameTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Nguyễn Văn A|Nguyễn Văn A",
      "  Thào   A Lử |Thào A Lử",
      "TS. Nguyễn Thị Hoa|TS. Nguyễn Thị Hoa",
      "Trần B. Lan|Trần B. Lan",
      "Công ty TNHH Nông Sản Sạch Bắc Hà|Công ty TNHH Nông Sản Sạch Bắc Hà"})
  void aPlainNameIsKept(String typed, String mailed) {
    assertThat(MailSafeName.of(typed)).contains(mailed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Nhận quà tại http://evil.example", "evil.example", "www evil", "HTTPS : evil",
      "ｈｔｔｐ://ｅｖｉｌ", "evil。example", "a@b", "mailto:x", "//evil", "<a href=x>", "Giải thưởng tại EVIL.COM",
      "javascript:alert(1)", "   "})
  void anythingThatCouldBecomeALinkOrAnAddressLeavesTheNameOut(String typed) {
    assertThat(MailSafeName.of(typed)).isEmpty();
  }

  @Test
  void controlCharactersAreRemovedAndTheNameIsCutToSixtyCharacters() {
    assertThat(MailSafeName.of("Nguyễn\r\nBcc: x\u202e\u0000")).contains("Nguyễn Bcc: x");
    String longName = "Nguyễn ".repeat(20);
    assertThat(MailSafeName.of(longName).orElseThrow().codePointCount(0, MailSafeName.of(longName).orElseThrow().length()))
        .isLessThanOrEqualTo(MailSafeName.MAX_LENGTH);
    assertThat(MailSafeName.of(null)).isEmpty();
  }
}
