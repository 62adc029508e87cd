package vn.innohub;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A rendered HTML form submitted as a browser submits it unchanged (HTML's "constructing the entry list"): enabled
 * controls with a name, checkboxes and radios only when checked, selected options (the first one of a single select
 * when none is marked), textareas' text, the first submit button's name and value, file inputs empty; controls
 * outside the form that name it with {@code form="id"} too.
 */
public record BrowserForm(String action, String method, boolean multipartEncoded, List<Map.Entry<String, String>> fields) {

  /** The first form of the page matching {@code selector} (a CSS selector, e.g. {@code form#contestForm}). */
  public static BrowserForm of(String html, String pageUrl, String selector) {
    Document page = Jsoup.parse(html, "http://localhost" + pageUrl);
    Element form = page.selectFirst(selector);
    if (form == null || !form.tagName().equals("form")) {
      throw new AssertionError("no form " + selector + " on " + pageUrl);
    }
    List<Element> controls = new ArrayList<>(form.select("input, select, textarea, button"));
    if (!form.id().isEmpty()) {
      page.select("[form=" + form.id() + "]").stream().filter(e -> !controls.contains(e)).forEach(controls::add);
    }
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    boolean submitterChosen = false;
    for (Element e : controls) {
      String name = e.attr("name");
      if (e.hasAttr("disabled") || (!e.attr("form").isEmpty() && !e.attr("form").equals(form.id()))) {
        continue;
      }
      String tag = e.tagName();
      String type = e.attr("type").toLowerCase(Locale.ROOT);
      if (tag.equals("button") || type.equals("submit") || type.equals("image")) {
        if (tag.equals("button") && type.equals("button") || type.equals("reset")) {
          continue;
        }
        // The browser sends the button that was clicked: here the first submit button of the form.
        if (!submitterChosen) {
          submitterChosen = true;
          if (!name.isEmpty()) {
            fields.add(Map.entry(name, e.attr("value")));
          }
        }
        continue;
      }
      if (name.isEmpty() || type.equals("reset") || (tag.equals("input") && type.equals("button"))) {
        continue;
      }
      switch (tag) {
        case "select" -> {
          List<Element> options = e.select("option");
          List<Element> chosen = options.stream().filter(o -> o.hasAttr("selected") && !o.hasAttr("disabled"))
              .toList();
          if (!e.hasAttr("multiple") && chosen.isEmpty() && !options.isEmpty()) {
            chosen = List.of(options.get(0));
          }
          if (!e.hasAttr("multiple") && chosen.size() > 1) {
            chosen = List.of(chosen.get(chosen.size() - 1));
          }
          chosen.forEach(o -> fields.add(Map.entry(name, o.hasAttr("value") ? o.attr("value") : o.text())));
        }
        // A browser sends a textarea's line breaks as CR LF.
        case "textarea" -> fields.add(Map.entry(name, e.wholeText().replaceFirst("^\r?\n", "")
            .replaceAll("\r?\n", "\r\n")));
        default -> {
          if (type.equals("checkbox") || type.equals("radio")) {
            if (e.hasAttr("checked")) {
              fields.add(Map.entry(name, e.hasAttr("value") ? e.attr("value") : "on"));
            }
          } else if (!type.equals("file")) {
            fields.add(Map.entry(name, e.attr("value")));
          }
        }
      }
    }
    String action = form.attr("action").isEmpty() ? pageUrl : form.attr("action");
    action = action.replaceFirst("^https?://[^/]+", "");
    String method = form.attr("method").isEmpty() ? "get" : form.attr("method").toLowerCase(Locale.ROOT);
    return new BrowserForm(action, method, form.attr("enctype").toLowerCase(Locale.ROOT).contains("multipart"),
        fields);
  }

  /** The request the browser would send (POST forms; multipart ones with their file inputs empty). */
  public MockHttpServletRequestBuilder request() {
    MockHttpServletRequestBuilder r;
    if (multipartEncoded) {
      var m = multipart(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), action);
      m.file(new MockMultipartFile("__none", new byte[0]));
      r = m;
    } else {
      r = post(action);
    }
    for (Map.Entry<String, String> f : fields) {
      r.param(f.getKey(), f.getValue());
    }
    return r;
  }

  /** The same form with what the user typed into the field {@code name} (its one value replaced). */
  public BrowserForm with(String name, String value) {
    List<Map.Entry<String, String>> changed = new ArrayList<>();
    for (Map.Entry<String, String> f : fields) {
      changed.add(f.getKey().equals(name) ? Map.entry(name, value) : f);
    }
    return new BrowserForm(action, method, multipartEncoded, changed);
  }

  /** The values sent under {@code name}. */
  public List<String> values(String name) {
    return fields.stream().filter(f -> f.getKey().equals(name)).map(Map.Entry::getValue).toList();
  }
}
