package vn.innohub.shared.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Writes a page whose large body was rendered once and cached as UTF-8 bytes ("donut caching"). The layout around it
 * (navigation by role, user name, unread notices, language) is rendered by the normal view with a marker where the
 * body goes and a marker for the CSRF token, and kept as byte segments per user, roles, language and model values;
 * each request writes the segments with its own masked CSRF token between them and the cached body in its place.
 * A model holding anything but plain values is rendered afresh every time.
 */
@Component
public class SplicedPage {

  /** The model attribute the layout prints unescaped where the body goes. */
  public static final String BODY_ATTRIBUTE = "bodyHtml";
  private static final String BODY_MARKER = "<!--innohub:spliced-body-->";
  private static final String TOKEN_MARKER = "innohub-spliced-csrf-token";
  private static final int MAX_LAYOUTS = 2_000;

  /** A rendered layout as literal pieces, with null where the request's CSRF token goes and BODY where the body goes. */
  private record Layout(List<byte[]> pieces) {}

  private static final byte[] BODY = new byte[0];

  // Resolved on use: the command line runs the application without a web layer.
  private final org.springframework.beans.factory.ObjectProvider<ThymeleafViewResolver> views;
  private final Map<String, Layout> layouts = new ConcurrentHashMap<>();

  SplicedPage(org.springframework.beans.factory.ObjectProvider<ThymeleafViewResolver> views) {
    this.views = views;
  }

  private static final java.util.regex.Pattern INDENTATION = java.util.regex.Pattern.compile("\\n\\s+");

  /**
   * The body as UTF-8 with the templates' indentation removed (runs of white space that hold a line break become one
   * line break, which HTML renders the same), unless it holds pre-formatted text.
   */
  public static byte[] encode(String html) {
    String compact = html.contains("<pre") || html.contains("<textarea") ? html
        : INDENTATION.matcher(html).replaceAll("\n");
    return compact.getBytes(StandardCharsets.UTF_8);
  }

  public void write(String viewName, Map<String, ?> model, byte[] body, HttpServletRequest request,
      HttpServletResponse response) throws Exception {
    Locale locale = RequestContextUtils.getLocale(request);
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    Layout layout = layout(viewName, locale, model, request, response, csrf);
    byte[] token = csrf == null ? new byte[0] : csrf.getToken().getBytes(StandardCharsets.UTF_8);
    long length = 0;
    for (byte[] piece : layout.pieces()) {
      length += piece == null ? token.length : piece == BODY ? body.length : piece.length;
    }
    response.setContentType("text/html;charset=UTF-8");
    response.setLocale(locale);
    response.setContentLengthLong(length);
    ServletOutputStream out = response.getOutputStream();
    for (byte[] piece : layout.pieces()) {
      out.write(piece == null ? token : piece == BODY ? body : piece);
    }
  }

  /**
   * A whole page made of a body rendered by the caller and the view's layout (the layout rendered once per language),
   * for pages that are the same for every anonymous visitor (cached by the caller); empty when the layout carries
   * something of this request (a CSRF token), which must not be shared.
   */
  public java.util.Optional<byte[]> sharedAround(String viewName, byte[] body, HttpServletRequest request,
      HttpServletResponse response) throws Exception {
    Locale locale = RequestContextUtils.getLocale(request);
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    Layout layout = layout(viewName, locale, Map.of(), request, response, csrf);
    java.io.ByteArrayOutputStream page = new java.io.ByteArrayOutputStream(body.length + 8 * 1024);
    for (byte[] piece : layout.pieces()) {
      if (piece == null) {
        return java.util.Optional.empty();
      }
      page.write(piece == BODY ? body : piece);
    }
    return java.util.Optional.of(page.toByteArray());
  }

  private Layout layout(String viewName, Locale locale, Map<String, ?> model, HttpServletRequest request,
      HttpServletResponse response, CsrfToken csrf) throws Exception {
    String key = layoutKey(viewName, locale, model, csrf, request);
    Layout layout = key == null ? null : layouts.get(key);
    if (layout == null) {
      layout = render(viewName, locale, model, request, response, csrf);
      if (key != null) {
        if (layouts.size() >= MAX_LAYOUTS) {
          layouts.clear();
        }
        layouts.put(key, layout);
      }
    }
    return layout;
  }

  /**
   * A whole page rendered to bytes, for pages that are the same for every anonymous visitor (cached by the caller);
   * empty when the page turned out to carry something of this request (a CSRF token), which must not be shared.
   */
  public java.util.Optional<byte[]> renderShared(String viewName, Map<String, ?> model, HttpServletRequest request,
      HttpServletResponse response) throws Exception {
    Locale locale = RequestContextUtils.getLocale(request);
    View view = views.getObject().resolveViewName(viewName, locale);
    if (view == null) {
      throw new IllegalStateException("No view " + viewName);
    }
    CharArrayWriter captured = new CharArrayWriter(16 * 1024);
    PrintWriter writer = new PrintWriter(captured);
    view.render(new HashMap<>(model), request, new HttpServletResponseWrapper(response) {
      @Override
      public PrintWriter getWriter() {
        return writer;
      }

      @Override
      public ServletOutputStream getOutputStream() {
        throw new IllegalStateException("The page is captured as text");
      }
    });
    writer.flush();
    String page = captured.toString();
    if (page.contains("name=\"_csrf\"")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(page.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a shared page's bytes. */
  public static void writeShared(byte[] page, HttpServletRequest request, HttpServletResponse response)
      throws java.io.IOException {
    response.setContentType("text/html;charset=UTF-8");
    response.setLocale(RequestContextUtils.getLocale(request));
    response.setContentLengthLong(page.length);
    response.getOutputStream().write(page);
  }

  private Layout render(String viewName, Locale locale, Map<String, ?> model, HttpServletRequest request,
      HttpServletResponse response, CsrfToken csrf) throws Exception {
    View view = views.getObject().resolveViewName(viewName, locale);
    if (view == null) {
      throw new IllegalStateException("No view " + viewName);
    }
    Map<String, Object> layoutModel = new HashMap<>(model);
    layoutModel.put(BODY_ATTRIBUTE, BODY_MARKER);
    CsrfToken placeholder = csrf == null ? null
        : new DefaultCsrfToken(csrf.getHeaderName(), csrf.getParameterName(), TOKEN_MARKER);
    HttpServletRequest renderRequest = placeholder == null ? request : new HttpServletRequestWrapper(request) {
      @Override
      public Object getAttribute(String name) {
        Object value = super.getAttribute(name);
        return value instanceof CsrfToken ? placeholder : value;
      }
    };
    CharArrayWriter captured = new CharArrayWriter(16 * 1024);
    PrintWriter writer = new PrintWriter(captured);
    view.render(layoutModel, renderRequest, new HttpServletResponseWrapper(response) {
      @Override
      public PrintWriter getWriter() {
        return writer;
      }

      @Override
      public ServletOutputStream getOutputStream() {
        throw new IllegalStateException("The layout is captured as text");
      }
    });
    writer.flush();
    String page = captured.toString();
    int at = page.indexOf(BODY_MARKER);
    if (at < 0) {
      throw new IllegalStateException("The layout of " + viewName + " does not print " + BODY_ATTRIBUTE);
    }
    List<byte[]> pieces = new ArrayList<>();
    split(page.substring(0, at), pieces);
    pieces.add(BODY);
    split(page.substring(at + BODY_MARKER.length()), pieces);
    return new Layout(pieces);
  }

  private static void split(String text, List<byte[]> into) {
    int from = 0;
    int at;
    while ((at = text.indexOf(TOKEN_MARKER, from)) >= 0) {
      into.add(text.substring(from, at).getBytes(StandardCharsets.UTF_8));
      into.add(null);
      from = at + TOKEN_MARKER.length();
    }
    into.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Who sees what in the layout, and where (scheme, host, context path), or null when the model holds values that
   * cannot be part of a key.
   */
  private static String layoutKey(String viewName, Locale locale, Map<String, ?> model, CsrfToken csrf,
      HttpServletRequest request) {
    Map<String, Object> values = new TreeMap<>();
    for (Map.Entry<String, ?> e : model.entrySet()) {
      Object v = e.getValue();
      if (e.getKey().startsWith("org.springframework.validation.BindingResult.")) {
        continue;
      }
      if (v != null && !(v instanceof String || v instanceof Number || v instanceof Boolean)) {
        return null;
      }
      values.put(e.getKey(), v);
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    StringBuilder key = new StringBuilder(viewName).append('|').append(locale).append('|').append(values)
        .append('|').append(csrf != null).append('|').append(AnonymousPageCache.variant(request));
    if (auth != null) {
      key.append('|').append(auth.getName()).append('|').append(auth.isAuthenticated());
      auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().forEach(a -> key.append(',').append(a));
    }
    return key.toString();
  }
}
