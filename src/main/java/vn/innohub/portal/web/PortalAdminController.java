package vn.innohub.portal.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.identity.CurrentUser;
import vn.innohub.shared.media.ImageStore;
import vn.innohub.portal.internal.NewsArticle;
import vn.innohub.portal.internal.PortalContent;
import vn.innohub.portal.internal.PortalEvent;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** ADMIN writes news (with a cover image) and events, and sees who registered. */
@Controller
class PortalAdminController {

  private final PortalContent content;
  private final ImageStore images;
  private final CurrentUser currentUser;
  private final Messages messages;

  PortalAdminController(PortalContent content, ImageStore images, CurrentUser currentUser, Messages messages) {
    this.content = content;
    this.images = images;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  // --- news ---------------------------------------------------------------------------------------------------

  @GetMapping("/admin/tin-tuc")
  String newsList(Model model) {
    model.addAttribute("articles", content.allNews());
    return "portal/admin-news-list";
  }

  @GetMapping("/admin/tin-tuc/moi")
  String newArticle(Model model) {
    return newsForm(model, null, Map.of("title", "", "summary", "", "body", ""), false, 0, Map.of());
  }

  @GetMapping("/admin/tin-tuc/{id}")
  String editArticle(@PathVariable long id, Model model) {
    NewsArticle n = content.newsById(id);
    return newsForm(model, n, Map.of("title", n.getTitle(), "summary", n.getSummary() == null ? "" : n.getSummary(),
        "body", n.getBody()), n.isPublished(), n.getVersion(), Map.of());
  }

  @PostMapping({"/admin/tin-tuc/moi", "/admin/tin-tuc/{id}"})
  String saveArticle(@PathVariable(required = false) Long id, @RequestParam(required = false) String title,
      @RequestParam(required = false) String summary, @RequestParam(required = false) String body,
      @RequestParam(defaultValue = "false") boolean published, @RequestParam(defaultValue = "0") long version,
      @RequestParam(required = false) MultipartFile image, Model model, RedirectAttributes redirect) throws IOException {
    Map<String, String> typed = Map.of("title", nz(title), "summary", nz(summary), "body", nz(body));
    NewsArticle current = id == null ? null : content.newsById(id);
    try {
      Long imageId = image == null || image.isEmpty() ? null : images.store(image.getBytes(), ImageStore.Use.PORTAL);
      NewsArticle saved = content.saveNews(id, version, title, summary, body, imageId, published, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("portal.saved"));
      return "redirect:/admin/tin-tuc/" + saved.getId();
    } catch (PortalContent.Invalid e) {
      return newsForm(model, current, typed, published, version, e.fields());
    } catch (DomainException e) {
      return newsForm(model, current, typed, published, version, Map.of("image", messages.refusal(e)));
    }
  }

  @PostMapping("/admin/tin-tuc/{id}/xoa")
  String deleteArticle(@PathVariable long id, RedirectAttributes redirect) {
    content.deleteNews(id, currentUser.require());
    redirect.addFlashAttribute("notice", messages.get("portal.deleted"));
    return "redirect:/admin/tin-tuc";
  }

  private String newsForm(Model model, NewsArticle article, Map<String, String> typed, boolean published, long version,
      Map<String, String> errors) {
    model.addAttribute("article", article);
    model.addAttribute("typed", typed);
    model.addAttribute("published", published);
    model.addAttribute("version", version);
    model.addAttribute("errors", errors);
    return "portal/admin-news-form";
  }

  // --- events -------------------------------------------------------------------------------------------------

  @GetMapping("/admin/su-kien")
  String eventList(Model model) {
    model.addAttribute("events", content.allEvents());
    model.addAttribute("zone", content.zone());
    return "portal/admin-events";
  }

  @GetMapping("/admin/su-kien/moi")
  String newEvent(Model model) {
    return eventForm(model, null, new LinkedHashMap<>(), false, 0, Map.of());
  }

  @GetMapping("/admin/su-kien/{id}")
  String editEvent(@PathVariable long id, Model model) {
    PortalEvent e = content.eventById(id);
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("title", e.getTitle());
    typed.put("summary", nz(e.getSummary()));
    typed.put("description", nz(e.getDescription()));
    typed.put("startsAt", LocalDateTime.ofInstant(e.getStartsAt(), content.zone()).toString());
    typed.put("endsAt", LocalDateTime.ofInstant(e.getEndsAt(), content.zone()).toString());
    typed.put("place", nz(e.getPlace()));
    typed.put("onlineUrl", nz(e.getOnlineUrl()));
    typed.put("organiser", nz(e.getOrganiser()));
    typed.put("registrationUrl", nz(e.getRegistrationUrl()));
    typed.put("capacity", e.getCapacity() == null ? "" : e.getCapacity().toString());
    model.addAttribute("registrations", content.registrations(id, currentUser.require()));
    return eventForm(model, e, typed, e.isPublished(), e.getVersion(), Map.of());
  }

  @PostMapping({"/admin/su-kien/moi", "/admin/su-kien/{id}"})
  String saveEvent(@PathVariable(required = false) Long id, @RequestParam Map<String, String> params,
      @RequestParam(defaultValue = "false") boolean published, @RequestParam(defaultValue = "0") long version,
      Model model, RedirectAttributes redirect) {
    Map<String, String> typed = new LinkedHashMap<>(params);
    typed.remove("_csrf");
    PortalEvent current = id == null ? null : content.eventById(id);
    Map<String, String> errors = new LinkedHashMap<>();
    Instant start = time(params.get("startsAt"), "startsAt", errors);
    Instant end = time(params.get("endsAt"), "endsAt", errors);
    Integer capacity = null;
    if (params.get("capacity") != null && !params.get("capacity").isBlank()) {
      try {
        capacity = Integer.valueOf(params.get("capacity").strip());
      } catch (NumberFormatException e) {
        errors.put("capacity", messages.get("directory.error.number"));
      }
    }
    if (!errors.isEmpty()) {
      if (current != null) {
        model.addAttribute("registrations", content.registrations(id, currentUser.require()));
      }
      return eventForm(model, current, typed, published, version, errors);
    }
    try {
      PortalEvent saved = content.saveEvent(id, version, new PortalEvent.EventForm(params.get("title"),
          params.get("summary"), params.get("description"), start, end, params.get("place"), params.get("onlineUrl"),
          params.get("organiser"), params.get("registrationUrl"), capacity, published), currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("portal.saved"));
      return "redirect:/admin/su-kien/" + saved.getId();
    } catch (PortalContent.Invalid e) {
      if (current != null) {
        model.addAttribute("registrations", content.registrations(id, currentUser.require()));
      }
      return eventForm(model, current, typed, published, version, e.fields());
    }
  }

  private Instant time(String text, String field, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(content.zone()).toInstant();
    } catch (DateTimeParseException e) {
      errors.put(field, messages.get("directory.error.date"));
      return null;
    }
  }

  private String eventForm(Model model, PortalEvent event, Map<String, String> typed, boolean published, long version,
      Map<String, String> errors) {
    model.addAttribute("event", event);
    model.addAttribute("typed", typed);
    model.addAttribute("published", published);
    model.addAttribute("version", version);
    model.addAttribute("errors", errors);
    model.addAttribute("zone", content.zone());
    if (!model.containsAttribute("registrations")) {
      model.addAttribute("registrations", java.util.List.of());
    }
    return "portal/admin-event-form";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
