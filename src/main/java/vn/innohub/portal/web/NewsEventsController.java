package vn.innohub.portal.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletRequest;
import vn.innohub.identity.CurrentUser;
import vn.innohub.portal.internal.EventRegistrations;
import vn.innohub.portal.internal.Feeds;
import vn.innohub.shared.media.ImageStore;
import vn.innohub.portal.internal.NewsArticle;
import vn.innohub.portal.internal.PortalContent;
import vn.innohub.portal.internal.PortalEvent;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** Public news and events: lists, pages, a month calendar, registration, RSS and iCalendar feeds, images. */
@Controller
class NewsEventsController {

  private final PortalContent content;
  private final ImageStore images;
  private final Messages messages;
  private final String baseUrl;
  private final java.time.Clock clock;
  private final EventRegistrations registrations;
  private final CurrentUser currentUser;

  NewsEventsController(PortalContent content, ImageStore images, Messages messages,
      @Value("${innohub.base-url:http://localhost:8080}") String baseUrl, java.time.Clock clock,
      EventRegistrations registrations, CurrentUser currentUser) {
    this.registrations = registrations;
    this.currentUser = currentUser;
    this.content = content;
    this.images = images;
    this.messages = messages;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.clock = clock;
  }

  @GetMapping("/tin-tuc")
  String news(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("page", content.publishedNews(page, 12));
    return "portal/news-list";
  }

  @GetMapping("/tin-tuc/{slug}")
  String article(@PathVariable String slug, Model model) {
    NewsArticle n = content.publishedNews(slug).orElseThrow(() -> DomainException.notFound("News", slug));
    model.addAttribute("n", n);
    model.addAttribute("ogDescription", n.getSummary());
    if (n.getImageId() != null) {
      model.addAttribute("ogImage", baseUrl + "/media/" + n.getImageId());
    }
    return "portal/news-article";
  }

  @GetMapping("/su-kien")
  String events(@RequestParam(name = "thang", required = false) String month, Model model) {
    YearMonth shown;
    try {
      shown = month == null ? YearMonth.now(clock) : YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw DomainException.notFound("Month", month);
    }
    List<PortalEvent> inMonth = content.inMonth(shown.atDay(1));
    // Weeks of the month grid, Monday first; null = a day of another month.
    List<List<LocalDate>> weeks = new ArrayList<>();
    LocalDate day = shown.atDay(1).minusDays(shown.atDay(1).getDayOfWeek().getValue() - 1L);
    while (!day.isAfter(shown.atEndOfMonth())) {
      List<LocalDate> week = new ArrayList<>();
      for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
        week.add(YearMonth.from(day).equals(shown) ? day : null);
      }
      weeks.add(week);
    }
    model.addAttribute("month", shown);
    model.addAttribute("weeks", weeks);
    model.addAttribute("monthEvents", inMonth);
    model.addAttribute("upcoming", content.upcoming(20));
    model.addAttribute("zone", content.zone());
    return "portal/events";
  }

  @GetMapping("/su-kien/{slug}")
  String event(@PathVariable String slug, Model model) {
    PortalEvent e = content.publishedEvent(slug).orElseThrow(() -> DomainException.notFound("Event", slug));
    model.addAttribute("e", e);
    model.addAttribute("registered", content.registered(e.getId()));
    model.addAttribute("open", clock.instant().isBefore(e.getStartsAt()));
    model.addAttribute("zone", content.zone());
    model.addAttribute("ogDescription", e.getSummary());
    model.addAttribute("directAddress", currentUser.get().flatMap(registrations::directAddress).orElse(null));
    model.addAttribute("holdMinutes", registrations.hold().toMinutes());
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "portal/event";
  }

  @PostMapping("/su-kien/{slug}/dang-ky")
  String register(@PathVariable String slug, @RequestParam(required = false) String name,
      @RequestParam(required = false) String email, @RequestParam(required = false) String phone,
      @RequestParam(required = false) String organisation, HttpServletRequest request, RedirectAttributes redirect) {
    try {
      EventRegistrations.Outcome done = registrations.register(slug, name, email, phone, organisation,
          currentUser.get().orElse(null), request.getRemoteAddr());
      redirect.addFlashAttribute("notice", done.pending()
          ? messages.get("portal.registration.checkMail", done.email(), registrations.hold().toMinutes())
          : messages.get("portal.registration.done"));
      return "redirect:/su-kien/" + slug + "#dang-ky";
    } catch (PortalContent.Invalid e) {
      redirect.addFlashAttribute("errors", e.fields());
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.refusal(e));
    }
    // Nothing typed is lost on a refusal.
    redirect.addFlashAttribute("typed", Map.of("name", clip(name), "email", clip(email), "phone", clip(phone),
        "organisation", clip(organisation)));
    return "redirect:/su-kien/" + slug + "#dang-ky";
  }

  private static String clip(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) : s;
  }

  /** The link in the opt-in mail: a page with one button, so that a mail scanner opening links confirms nothing. */
  @GetMapping("/su-kien/{slug}/xac-nhan")
  String confirmPage(@PathVariable String slug, @RequestParam(required = false) String token, Model model) {
    model.addAttribute("event", registrations.eventOf(token).filter(e -> e.getSlug().equals(slug)).orElse(null));
    model.addAttribute("token", token == null || token.length() > 100 ? "" : token);
    model.addAttribute("slug", slug);
    return "portal/registration-confirm";
  }

  @PostMapping("/su-kien/{slug}/xac-nhan")
  String confirm(@PathVariable String slug, @RequestParam(required = false) String token, RedirectAttributes redirect) {
    EventRegistrations.Confirmation outcome = registrations.confirm(token);
    switch (outcome) {
      case CONFIRMED -> redirect.addFlashAttribute("notice", messages.get("portal.registration.confirmed"));
      case ALREADY -> redirect.addFlashAttribute("notice", messages.get("portal.registration.alreadyConfirmed"));
      case EXPIRED -> redirect.addFlashAttribute("error", messages.get("portal.registration.linkExpired"));
      default -> redirect.addFlashAttribute("error", messages.get("portal.registration.linkUnknown"));
    }
    return "redirect:/su-kien/" + slug + "#dang-ky";
  }

  @GetMapping(value = "/lich-su-kien.ics")
  ResponseEntity<String> calendar() {
    String ics = Feeds.calendar(baseUrl, messages.get("portal.calendarName"), content.recentAndComing(500),
        clock.instant());
    return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Disposition", "inline; filename=\"lich-su-kien.ics\"").body(ics);
  }

  @GetMapping(value = "/su-kien/{slug}/lich.ics")
  ResponseEntity<String> oneEvent(@PathVariable String slug) {
    PortalEvent e = content.publishedEvent(slug).orElseThrow(() -> DomainException.notFound("Event", slug));
    return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Disposition", "attachment; filename=\"" + e.getSlug() + ".ics\"")
        .body(Feeds.calendar(baseUrl, e.getTitle(), List.of(e), clock.instant()));
  }

  @GetMapping(value = "/rss.xml")
  ResponseEntity<String> rss() {
    return ResponseEntity.ok().contentType(new MediaType("application", "rss+xml", java.nio.charset.StandardCharsets.UTF_8))
        .body(Feeds.rss(baseUrl, messages.get("portal.rssTitle"), messages.get("home.lead"),
            content.publishedNews(0, 30).getContent()));
  }

  @GetMapping("/media/{id}")
  ResponseEntity<byte[]> image(@PathVariable long id) {
    return images.load(id, ImageStore.Use.PORTAL).orElseThrow(() -> DomainException.notFound("Image", id))
        .response(CacheControl.maxAge(java.time.Duration.ofDays(30)).cachePublic());
  }
}
