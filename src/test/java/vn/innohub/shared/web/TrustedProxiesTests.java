package vn.innohub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which peers are trusted proxies, and who the client behind them is. */
class TrustedProxiesTests {

  private static final TrustedProxies PROXIES = new TrustedProxies(
      List.of("127.0.0.1", "::1", "10.0.0.0/8", "172.16.0.0/12", "fd00::/8", " 192.168.1.7 "));

  @ParameterizedTest(name = "{0} trusted: {1}")
  @CsvSource({
      "127.0.0.1, true", "127.0.0.2, false", "0:0:0:0:0:0:0:1, true", "::1, true", "[::1], true",
      "10.255.3.4, true", "11.0.0.1, false", "172.16.0.1, true", "172.31.255.255, true", "172.32.0.1, false",
      "172.15.255.255, false", "fd12:3456::1, true", "fe80::1, false", "192.168.1.7, true", "192.168.1.8, false",
      "localhost, false", "evil.example, false", "'', false", "1.2.3, false", "::ffff:10.0.0.1, true"})
  void peersAreTrustedOnlyWhenNamed(String address, boolean trusted) {
    assertThat(PROXIES.isTrusted(address)).isEqualTo(trusted);
  }

  @ParameterizedTest(name = "from {0} with X-Forwarded-For [{1}] the client is {2}")
  @CsvSource(delimiter = '|', value = {
      // An untrusted peer's header is not read.
      "203.0.113.9 | 1.2.3.4 | 203.0.113.9",
      // A trusted proxy: the rightmost address it appended.
      "127.0.0.1 | 203.0.113.7 | 203.0.113.7",
      "127.0.0.1 | 1.2.3.4, 203.0.113.7 | 203.0.113.7",
      // Through two trusted hops.
      "127.0.0.1 | 1.2.3.4, 203.0.113.7, 10.0.0.5 | 203.0.113.7",
      // Only trusted hops: the leftmost of them.
      "127.0.0.1 | 10.0.0.6, 10.0.0.5 | 10.0.0.6",
      // Not an address: the walk ends at the last trusted hop.
      "127.0.0.1 | evil.example | 127.0.0.1",
      "127.0.0.1 | '' | 127.0.0.1"})
  void theClientIsTheRightmostUntrustedHop(String peer, String forwardedFor, String client) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(peer);
    if (!forwardedFor.isEmpty()) {
      request.addHeader("X-Forwarded-For", forwardedFor);
    }
    assertThat(PROXIES.client(request)).isEqualTo(client);
  }

  @ParameterizedTest
  @CsvSource({"proxy.example", "10.0.0.0/33", "::1/129", "10.0.0.0/x"})
  void aBadSettingStopsTheStartWithItsValue(String setting) {
    assertThatThrownBy(() -> new TrustedProxies(List.of(setting))).hasMessageContaining("innohub.web.trusted-proxies");
  }

  @ParameterizedTest
  @CsvSource({"127.0.0.1", "::1", "10.0.0.1"})
  void noneIsTrustedByDefault(String address) {
    assertThat(new TrustedProxies(List.of()).isTrusted(address)).isFalse();
    assertThat(new TrustedProxies(List.of("")).isTrusted(address)).isFalse();
  }
}
