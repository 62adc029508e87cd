package vn.innohub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {

  @Test
  void digestsAreLowerCaseHex() {
    // FIPS 180-2 test vectors
    assertThat(Sha256.hex(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void textIsDigestedAsUtf8() {
    // printf 'Đà Lạt' | sha256sum
    assertThat(Sha256.hex("Đà Lạt")).isEqualTo("4abeebdead82074c8a720a94d8a740af7caa19e4977321ed09e7d30f34d08216");
    assertThat(Sha256.hex("Đà Lạt".getBytes(StandardCharsets.UTF_16))).isNotEqualTo(Sha256.hex("Đà Lạt"));
  }
}
