package vn.innohub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.innohub.shared.cache.DataChanges;

/**
 * An in-process page cache for anonymous visitors, in front of the session and security filters (what a reverse
 * proxy's micro-cache would do, without one): a public page whose controller marks it shareable
 * ({@link #share(HttpServletRequest, Duration)}) is kept with its headers — security headers included — and answered
 * from memory to the next visitors without a session cookie, until anything is written on this node or the given age
 * passes (one request refreshes an old page while others get the old one). Only GETs of the listed paths, only
 * responses that set no cookie.
 */
@Configuration
public class AnonymousPageCache {

  private static final String SHARE = AnonymousPageCache.class.getName() + ".maxAge";
  private static final Set<String> PATHS = Set.of("/", "/tim-kiem");
  private static final int MAX_PAGES = 2_000;

  private record Page(String contentType, java.util.Locale locale, Map<String, List<String>> headers, byte[] body,
      long changes, long at, long maxAge, AtomicBoolean refreshing) {}

  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  // Addresses asked for once lately: a page is kept from its second request on, so that searches typed only once do
  // not fill the cache (which the garbage collector would copy on every young collection).
  private final Map<String, Boolean> seen = new ConcurrentHashMap<>();
  private final DataChanges changes;
  // Pages answered from memory are counted here (innohub.page.cache.hits): they are answered before the filter that
  // times requests (http.server.requests), as a reverse proxy's hits would be; misses are timed as usual.
  private final Map<String, io.micrometer.core.instrument.Counter> hits = new ConcurrentHashMap<>();
  private final org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters;

  AnonymousPageCache(DataChanges changes,
      org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters) {
    this.changes = changes;
    this.meters = meters;
  }

  private void countHit(String path) {
    io.micrometer.core.instrument.Counter counter = hits.get(path);
    if (counter == null) {
      io.micrometer.core.instrument.MeterRegistry registry = meters.getIfAvailable();
      if (registry == null) {
        return;
      }
      counter = hits.computeIfAbsent(path, p -> io.micrometer.core.instrument.Counter
          .builder("innohub.page.cache.hits").description("Anonymous pages answered from memory")
          .tag("path", p).register(registry));
    }
    counter.increment();
  }

  /**
   * What of the request, besides path, parameters and language, could show in a rendered page: scheme, host, port
   * and context path (links are written with the context path; a view or a later change might write absolute ones).
   * Part of the key of every cache of rendered bytes, so that a request with another Host (or, through a trusted
   * proxy, another X-Forwarded-Host or -Proto) never decides what the next visitor gets.
   */
  public static String variant(HttpServletRequest request) {
    return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
        + request.getContextPath();
  }

  /** Marks the page being rendered as the same for every anonymous visitor for at most {@code maxAge}. */
  public static void share(HttpServletRequest request, Duration maxAge) {
    request.setAttribute(SHARE, maxAge);
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> anonymousPageCacheFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
    // First of all filters but the one that applies trusted proxies' headers (TrustedProxies), before even the one
    // that times requests: a hit costs a map lookup and a write.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.addUrlPatterns("/", "/tim-kiem");
    return registration;
  }

  private static String key(HttpServletRequest request) {
    String lang = "";
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (c.getName().equals("SESSION") || c.getName().equals("remember-me")) {
          return null;
        }
        if (c.getName().equals("innohub-lang")) {
          lang = c.getValue();
        }
      }
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"GET".equals(request.getMethod()) || !PATHS.contains(path) || request.getHeader("Authorization") != null
        || request.getHeader("HX-Request") != null || request.getHeader("HX-Boosted") != null) {
      return null;
    }
    Map<String, String[]> parameters = request.getParameterMap();
    if ("/".equals(path) && !parameters.isEmpty() || parameters.containsKey("lang")) {
      return null;
    }
    StringBuilder key = new StringBuilder(path).append('?');
    new java.util.TreeMap<>(parameters).forEach((name, values) -> key.append(name).append('=')
        .append(String.join(",", values)).append('&'));
    return key.append('|').append(lang).append('|').append(variant(request)).toString();
  }

  private final class Filter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String key = key(request);
      if (key == null) {
        chain.doFilter(request, response);
        return;
      }
      long version = changes.version();
      Page page = pages.get(key);
      if (page != null && page.changes() == version
          && (System.nanoTime() - page.at() < page.maxAge() || !page.refreshing().compareAndSet(false, true))) {
        response.setStatus(200);
        response.setContentType(page.contentType());
        response.setLocale(page.locale());
        page.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
        countHit(request.getServletPath());
        return;
      }
      ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, captured);
      Object maxAge = request.getAttribute(SHARE);
      boolean shareable = maxAge instanceof Duration && captured.getStatus() == 200
          && captured.getHeaders("Set-Cookie").isEmpty() && captured.getContentType() != null;
      if (shareable && page == null && seen.put(key, Boolean.TRUE) == null) {
        if (seen.size() > 4 * MAX_PAGES) {
          seen.clear();
        }
      } else if (shareable && maxAge instanceof Duration age) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : captured.getHeaderNames()) {
          if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Date")
              && !name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Language")) {
            headers.put(name, new ArrayList<>(captured.getHeaders(name)));
          }
        }
        if (pages.size() >= MAX_PAGES) {
          pages.clear();
        }
        pages.put(key, new Page(captured.getContentType(), captured.getLocale(), headers,
            captured.getContentAsByteArray(), version, System.nanoTime(), age.toNanos(), new AtomicBoolean()));
      } else if (page != null) {
        pages.remove(key, page);
      }
      captured.copyBodyToResponse();
    }
  }
}
