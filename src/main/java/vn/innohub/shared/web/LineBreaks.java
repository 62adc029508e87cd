package vn.innohub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browsers send a textarea's line breaks as CR LF, while everything the product stores (and seeds, imports, the API)
 * uses LF. Without this, saving a form unchanged rewrote every multi-line text (a contest answer, a news body, a
 * profile description) — a change in the audit trail, a raised version, a "someone else changed it" for the next
 * editor. Form parameters of writing requests are read with CR LF (and a lone CR) as LF.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class LineBreaks extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? request
        : new Normalised(request), response);
  }

  static String lf(String value) {
    return value == null || value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static final class Normalised extends HttpServletRequestWrapper {
    private Map<String, String[]> parameters;

    Normalised(HttpServletRequest request) {
      super(request);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      if (parameters == null) {
        Map<String, String[]> out = new LinkedHashMap<>();
        super.getParameterMap().forEach((name, values) -> {
          String[] copy = new String[values.length];
          for (int i = 0; i < values.length; i++) {
            copy[i] = lf(values[i]);
          }
          out.put(name, copy);
        });
        parameters = Collections.unmodifiableMap(out);
      }
      return parameters;
    }

    @Override
    public String getParameter(String name) {
      String[] values = getParameterMap().get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = getParameterMap().get(name);
      return values == null ? null : values.clone();
    }

    @Override
    public java.util.Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
  }
}
