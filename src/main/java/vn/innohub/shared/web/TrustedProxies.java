package vn.innohub.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Forwarded headers from the reverse proxies the operator named, and from no one else
 * ({@code innohub.web.trusted-proxies}: IP addresses or CIDR ranges; none by default). From a trusted proxy,
 * X-Forwarded-For (read from the right, skipping trusted proxies, as Tomcat's RemoteIpValve does), X-Forwarded-Proto,
 * X-Forwarded-Host and X-Forwarded-Port are applied (Spring's {@link ForwardedHeaderFilter} does the rewriting); from
 * any other peer they are removed, so the client address (rate limits, audit), the scheme and the host are the
 * connection's own. {@code Forwarded} (RFC 7239), {@code X-Forwarded-Prefix} and {@code X-Forwarded-Ssl} are never
 * honoured: a proxy that does not overwrite them passes a client's values along, and a prefix would change every link
 * of the pages shared between anonymous visitors (deploy under a sub-path with {@code server.servlet.context-path}).
 */
@Configuration
public class TrustedProxies {

  /** Every header Spring's filter reads; all are hidden from the application. */
  static final Set<String> FORWARDED = Set.of("forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-port",
      "x-forwarded-proto", "x-forwarded-prefix", "x-forwarded-ssl");
  /** Those honoured from a trusted proxy. */
  static final Set<String> HONOURED = Set.of("x-forwarded-for", "x-forwarded-host", "x-forwarded-port",
      "x-forwarded-proto");

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  private final List<Range> trusted;

  TrustedProxies(@Value("${innohub.web.trusted-proxies:}") List<String> trusted) {
    this.trusted = trusted.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Range::parse).toList();
  }

  /** An address or a CIDR range of addresses. */
  record Range(byte[] network, int bits) {

    static Range parse(String text) {
      int slash = text.indexOf('/');
      String address = slash < 0 ? text : text.substring(0, slash);
      byte[] bytes = literal(address);
      if (bytes == null) {
        throw new IllegalArgumentException("innohub.web.trusted-proxies: '" + text
            + "' is not an IP address or CIDR range (host names are not accepted)");
      }
      int bits;
      try {
        bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1).strip());
      } catch (NumberFormatException e) {
        bits = -1;
      }
      if (bits < 0 || bits > bytes.length * 8) {
        throw new IllegalArgumentException("innohub.web.trusted-proxies: bad prefix length in '" + text + "'");
      }
      return new Range(bytes, bits);
    }

    boolean contains(byte[] address) {
      if (address == null || address.length != network.length) {
        return false;
      }
      int full = bits / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[full] & mask) == (network[full] & mask);
    }
  }

  /** The bytes of an IP literal, or null for anything else (never a DNS look-up). */
  static byte[] literal(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    int scope = t.indexOf('%');
    if (scope >= 0) {
      t = t.substring(0, scope);
    }
    if (!IPV4.matcher(t).matches() && !IPV6.matcher(t).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(t).getAddress();
    } catch (UnknownHostException | IllegalArgumentException e) {
      return null;
    }
  }

  boolean isTrusted(String address) {
    if (trusted.isEmpty()) {
      return false;
    }
    byte[] bytes = literal(address);
    return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
  }

  /**
   * The client behind a trusted peer: X-Forwarded-For read from the right (each proxy appends the address that
   * connected to it), skipping trusted proxies; the first entry that is not one is the client. Entries that are not
   * IP addresses end the walk (the last trusted hop is then the client as far as anyone can tell).
   */
  String client(HttpServletRequest request) {
    List<String> hops = new ArrayList<>();
    for (Enumeration<String> values = request.getHeaders("X-Forwarded-For"); values != null
        && values.hasMoreElements(); ) {
      for (String hop : values.nextElement().split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.strip());
        }
      }
    }
    String client = request.getRemoteAddr();
    for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
      if (literal(hops.get(i)) == null) {
        break;
      }
      client = hops.get(i);
    }
    return client;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> trustedProxiesFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
    // Before everything, the anonymous page cache included: its key and the rate limits see the effective request.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
    return registration;
  }

  private final class Filter extends OncePerRequestFilter {

    private final ForwardedHeaderFilter forwarded = new ForwardedHeaderFilter();

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
      return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
      return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (!isTrusted(request.getRemoteAddr())) {
        chain.doFilter(new Headers(request, FORWARDED, null), response);
        return;
      }
      Set<String> hidden = new java.util.HashSet<>(FORWARDED);
      hidden.removeAll(HONOURED);
      forwarded.doFilter(new Headers(request, hidden, client(request)), response, chain);
    }
  }

  /** The request without some headers, and with X-Forwarded-For replaced by the resolved client when given. */
  private static final class Headers extends HttpServletRequestWrapper {

    private final Set<String> hidden;
    private final String forwardedFor;

    Headers(HttpServletRequest request, Set<String> hidden, String forwardedFor) {
      super(request);
      this.hidden = hidden;
      this.forwardedFor = forwardedFor;
    }

    private boolean hides(String name) {
      return name != null && hidden.contains(name.toLowerCase(Locale.ROOT));
    }

    private boolean replaces(String name) {
      return forwardedFor != null && "x-forwarded-for".equalsIgnoreCase(name);
    }

    @Override
    public String getHeader(String name) {
      return replaces(name) ? forwardedFor : hides(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return replaces(name) ? Collections.enumeration(List.of(forwardedFor))
          : hides(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = new ArrayList<>();
      for (Enumeration<String> all = super.getHeaderNames(); all.hasMoreElements(); ) {
        String name = all.nextElement();
        if (!hides(name) && !replaces(name)) {
          names.add(name);
        }
      }
      if (forwardedFor != null) {
        names.add("X-Forwarded-For");
      }
      return Collections.enumeration(names);
    }

    @Override
    public long getDateHeader(String name) {
      return hides(name) ? -1 : super.getDateHeader(name);
    }

    @Override
    public int getIntHeader(String name) {
      return hides(name) ? -1 : super.getIntHeader(name);
    }
  }
}
