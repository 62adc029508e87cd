package vn.innohub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.innohub.shared.DomainException;

/**
 * Paging parameters checked once for every page and API: {@code page} must be a whole number from 0 to
 * {@code innohub.paging.max-page} and {@code size} from 1 to {@code innohub.paging.max-size}; anything else is a 400
 * naming the limit (problem+json on the API, the error page on pages) before a controller turns it into an offset
 * that overflows the database driver or the search engine. Search offsets are bounded separately by
 * {@link #searchOffset}.
 */
public final class Paging implements HandlerInterceptor {

  /** The deepest hit a search may page to (Elasticsearch's default {@code index.max_result_window}). */
  public static final int MAX_SEARCH_RESULTS = 10_000;

  private final int maxPage;
  private final int maxSize;

  public Paging(int maxPage, int maxSize) {
    this.maxPage = maxPage;
    this.maxSize = maxSize;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod) {
      check(request.getParameterValues("page"), "page", 0, maxPage);
      check(request.getParameterValues("size"), "size", 1, maxSize);
    }
    return true;
  }

  private static void check(String[] values, String name, int min, int max) {
    if (values == null) {
      return;
    }
    for (String v : values) {
      if (v.isBlank()) {
        continue; // an empty field of a GET form: the controller's default applies
      }
      long n;
      try {
        n = v.strip().length() > 12 ? Long.MAX_VALUE : Long.parseLong(v.strip());
      } catch (NumberFormatException e) {
        n = Long.MIN_VALUE;
      }
      if (n < min || n > max) {
        throw DomainException.invalid("paging.invalid", name, String.valueOf(min), String.valueOf(max));
      }
    }
  }

  /**
   * The offset of a search page, refused past {@link #MAX_SEARCH_RESULTS} hits (deeper pages are never useful and
   * an Elasticsearch backend would fail on them).
   */
  public static int searchOffset(int page, int size) {
    long offset = (long) Math.max(0, page) * size;
    if (offset + size > MAX_SEARCH_RESULTS) {
      throw DomainException.invalid("paging.searchTooFar", String.valueOf(MAX_SEARCH_RESULTS));
    }
    return (int) offset;
  }
}
