package vn.innohub.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextSnippetTest {

  @Test
  void longTextsAreCutAtTheSnippetLengthWithAnEllipsis() {
    String exact = "ă".repeat(250);
    assertThat(VietnameseText.snippet(exact)).isEqualTo(exact);
    assertThat(VietnameseText.snippet(exact + "đ")).isEqualTo(exact + "…").hasSize(251);
    assertThat(VietnameseText.snippet("Ngắn")).isEqualTo("Ngắn");
    assertThat(VietnameseText.snippet(null)).isNull();
  }
}
