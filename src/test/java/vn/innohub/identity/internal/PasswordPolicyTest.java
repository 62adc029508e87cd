package vn.innohub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.innohub.shared.DomainException;

/** ASVS L2 password rules, with passwords as Vietnamese users choose them. */
class PasswordPolicyTest {

  private static final PasswordPolicy POLICY = new PasswordPolicy();

  private static String refusal(String password, String username) {
    try {
      POLICY.check(password, username);
      return "ok";
    } catch (DomainException e) {
      return e.code();
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "mười một kt|identity.password.tooShort",          // 11 characters, more than 11 bytes
      "mười hai ktự|ok",                                   // 12 characters
      "abcdefghijk|identity.password.tooShort",
      "password1234|identity.password.common",
      "Password1234|identity.password.common",
      "qwertyuiop123|identity.password.common",
      "1234567890123|identity.password.common",
      "Mật khẩu 123456|identity.password.common",         // matkhau + digits, accents and spaces folded
      "anhyeuem2026!!|identity.password.common",
      "Anh Yêu Em 123|identity.password.common",
      "sokhoahocvacongnghe|identity.password.common",
      "iloveyou12345|identity.password.common",
      "trâu già gặm cỏ non bên suối|ok",
      "correct horse battery staple|identity.password.common",
      "ngựa đúng pin kẹp giấy|ok",
      "nông nghiệp công nghệ cao 2026|ok",
  })
  void passwordsAreJudgedByTheRules(String password, String expected) {
    assertThat(refusal(password, "someone")).isEqualTo(expected);
  }

  @Test
  void thePasswordMayNotBeTheUsername() {
    assertThat(refusal("canbo.skhcn.2026", "canbo.skhcn.2026")).isEqualTo("identity.password.isUsername");
    assertThat(refusal("Canbo.Skhcn.2026", "canbo.skhcn.2026")).isEqualTo("identity.password.isUsername");
  }

  @Test
  void aThousandCharactersAreAcceptedAndMoreAreRefusedWithTheLimit() {
    String thousand = "tôi đi làm ".repeat(100).substring(0, 1024);
    assertThatCode(() -> POLICY.check(thousand, "x")).doesNotThrowAnyException();
    assertThatThrownBy(() -> POLICY.check(thousand + "a", "x"))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("identity.password.tooLong");
          assertThat(e.args()).containsExactly(1024);
        });
  }

  @Test
  void theBreachedListIsTheLibrarysHundredThousandPlusOurs() {
    assertThat(POLICY.isCommon(PasswordPolicy.key("123456"))).isTrue();
    assertThat(POLICY.isCommon(PasswordPolicy.key("matkhau"))).isTrue();
    assertThat(POLICY.isCommon(PasswordPolicy.key("trâugiàgặmcỏnon"))).isFalse();
  }

  @Test
  void aLongVietnamesePassphraseIsHashedWholeNotCutAt72Bytes() {
    PasswordEncoder encoder = new PasswordConfig().passwordEncoder();
    String passphrase = "Người Việt Nam yêu khởi nghiệp đổi mới sáng tạo, Lào Cai 2026";
    assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
    String hash = encoder.encode(passphrase);
    assertThat(hash).startsWith("{argon2}");
    assertThat(encoder.matches(passphrase, hash)).isTrue();
    // Same first 72 bytes, different end: bcrypt would say it matches; Argon2id does not.
    byte[] bytes = passphrase.getBytes(StandardCharsets.UTF_8);
    String sameStart = new String(bytes, 0, 72, StandardCharsets.UTF_8) + " khác hẳn";
    assertThat(encoder.matches(sameStart, hash)).isFalse();
  }

  @Test
  void oldBcryptHashesStillMatchAskToBeUpgradedAndNeverThrowOnLongInput() {
    PasswordEncoder encoder = new PasswordConfig().passwordEncoder();
    String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("right-password-1");
    assertThat(encoder.matches("right-password-1", old)).isTrue();
    assertThat(encoder.upgradeEncoding(old)).isTrue();
    assertThat(encoder.matches("x".repeat(200), old)).isFalse();
    assertThat(encoder.upgradeEncoding(encoder.encode("right-password-1"))).isFalse();
  }
}
