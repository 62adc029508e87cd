package vn.innohub.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseText;
import vn.innohub.shared.web.Messages;

/** News and events: ADMIN writes them, visitors read them and register for events. */
@Service
public class PortalContent {

  /** The zone dates are shown and months are cut in: {@code innohub.time-zone}, the clock's zone. */
  public ZoneId zone() {
    return clock.getZone();
  }
  private static final Pattern WEB = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

  private final NewsRepository news;
  private final EventRepository events;
  private final RegistrationRepository registrations;
  private final Messages messages;
  private final Clock clock;

  PortalContent(NewsRepository news, EventRepository events, RegistrationRepository registrations, Messages messages,
      Clock clock) {
    this.news = news;
    this.events = events;
    this.registrations = registrations;
    this.messages = messages;
    this.clock = clock;
  }

  /** A change refused field by field. */
  public static class Invalid extends DomainException {
    private final transient Map<String, String> fields;

    public Invalid(Map<String, String> fields) {
      super(HttpStatus.BAD_REQUEST, List.copyOf(fields.values()), "portal.invalid", fields.size());
      this.fields = Map.copyOf(fields);
    }

    public Map<String, String> fields() {
      return fields;
    }
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
  }

  // --- news ---------------------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Page<NewsArticle> publishedNews(int page, int size) {
    return news.published(PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 50)));
  }

  @Transactional(readOnly = true)
  public Optional<NewsArticle> publishedNews(String slug) {
    return news.findBySlug(slug).filter(NewsArticle::isPublished);
  }

  @Transactional(readOnly = true)
  public List<NewsArticle> allNews() {
    return news.all();
  }

  @Transactional(readOnly = true)
  public NewsArticle newsById(long id) {
    return news.findById(id).orElseThrow(() -> DomainException.notFound("News", id));
  }

  @Transactional
  public NewsArticle saveNews(Long id, long version, String title, String summary, String body, Long imageId,
      boolean publish, Actor actor) {
    requireAdmin(actor);
    Map<String, String> errors = new LinkedHashMap<>();
    if (Texts.isBlank(title)) {
      errors.put("title", messages.get("portal.error.titleRequired"));
    } else if (title.strip().length() > 300) {
      errors.put("title", messages.get("directory.error.tooLong"));
    }
    if (Texts.isBlank(body)) {
      errors.put("body", messages.get("portal.error.bodyRequired"));
    }
    if (summary != null && summary.strip().length() > 1000) {
      errors.put("summary", messages.get("directory.error.tooLong"));
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    NewsArticle article;
    if (id == null) {
      article = new NewsArticle(uniqueSlug(title, news::existsBySlug), actor.username(), clock.instant());
    } else {
      article = newsById(id);
      if (article.getVersion() != version) {
        throw DomainException.conflict("error.staleEdit");
      }
    }
    article.write(title.strip(), Texts.blankToNull(summary), body.strip(), imageId, publish, clock.instant());
    return news.save(article);
  }

  @Transactional
  public void deleteNews(long id, Actor actor) {
    requireAdmin(actor);
    news.delete(newsById(id));
  }

  // --- events -------------------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public List<PortalEvent> upcoming(int max) {
    return events.upcoming(clock.instant(), PageRequest.of(0, max));
  }

  @Transactional(readOnly = true)
  public List<PortalEvent> inMonth(LocalDate firstDay) {
    Instant from = firstDay.atStartOfDay(zone()).toInstant();
    Instant to = firstDay.plusMonths(1).atStartOfDay(zone()).toInstant();
    return events.between(from, to);
  }

  @Transactional(readOnly = true)
  public List<PortalEvent> recentAndComing(int max) {
    return events.allPublished(PageRequest.of(0, max));
  }

  @Transactional(readOnly = true)
  public Optional<PortalEvent> publishedEvent(String slug) {
    return events.findBySlug(slug).filter(PortalEvent::isPublished);
  }

  @Transactional(readOnly = true)
  public List<PortalEvent> allEvents() {
    return events.all();
  }

  @Transactional(readOnly = true)
  public PortalEvent eventById(long id) {
    return events.findById(id).orElseThrow(() -> DomainException.notFound("Event", id));
  }

  /** Seats taken now: confirmed registrations and pending ones whose hold has not passed. */
  @Transactional(readOnly = true)
  public long registered(long eventId) {
    return registrations.seatsTaken(eventId, clock.instant());
  }

  /** A registration as ADMIN lists it, with its status now (pending, confirmed, or expired: the hold passed). */
  public record RegistrationRow(long id, String name, String email, String phone, String organisation,
      java.time.Instant createdAt, EventRegistration.Shown status, java.time.Instant holdUntil,
      java.time.Instant confirmedAt, boolean account) {}

  @Transactional(readOnly = true)
  public List<RegistrationRow> registrations(long eventId, Actor actor) {
    requireAdmin(actor);
    Instant now = clock.instant();
    return registrations.findByEventIdOrderByCreatedAtAsc(eventId).stream().map(r -> new RegistrationRow(r.getId(),
        r.getName(), r.getEmail(), r.getPhone(), r.getOrganisation(), r.getCreatedAt(), r.shown(now),
        r.getHoldUntil(), r.getConfirmedAt(), r.getAccountId() != null)).toList();
  }

  @Transactional
  public PortalEvent saveEvent(Long id, long version, PortalEvent.EventForm form, Actor actor) {
    requireAdmin(actor);
    Map<String, String> errors = new LinkedHashMap<>();
    if (Texts.isBlank(form.title())) {
      errors.put("title", messages.get("portal.error.titleRequired"));
    }
    if (form.startsAt() == null) {
      errors.put("startsAt", messages.get("portal.error.start"));
    }
    if (form.startsAt() != null && form.endsAt() != null && form.endsAt().isBefore(form.startsAt())) {
      errors.put("endsAt", messages.get("portal.error.endBeforeStart"));
    }
    if (!Texts.isBlank(form.onlineUrl()) && !WEB.matcher(form.onlineUrl().strip()).matches()) {
      errors.put("onlineUrl", messages.get("directory.error.website"));
    }
    if (!Texts.isBlank(form.registrationUrl()) && !WEB.matcher(form.registrationUrl().strip()).matches()) {
      errors.put("registrationUrl", messages.get("directory.error.website"));
    }
    if (form.capacity() != null && form.capacity() < 1) {
      errors.put("capacity", messages.get("portal.error.capacity"));
    }
    if (Texts.isBlank(form.place()) && Texts.isBlank(form.onlineUrl())) {
      errors.put("place", messages.get("portal.error.placeOrLink"));
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    PortalEvent event;
    if (id == null) {
      event = new PortalEvent(uniqueSlug(form.title(), events::existsBySlug), clock.instant());
    } else {
      event = eventById(id);
      if (event.getVersion() != version) {
        throw DomainException.conflict("error.staleEdit");
      }
      long taken = registrations.seatsTaken(id, clock.instant());
      if (form.capacity() != null && form.capacity() < taken) {
        throw new Invalid(Map.of("capacity", messages.get("portal.error.capacityBelowRegistered", taken)));
      }
    }
    Instant end = form.endsAt() == null ? form.startsAt().plusSeconds(7200) : form.endsAt();
    event.describe(new PortalEvent.EventForm(form.title().strip(), Texts.blankToNull(form.summary()),
        Texts.blankToNull(form.description()),
        form.startsAt(), end, Texts.blankToNull(form.place()), Texts.blankToNull(form.onlineUrl()),
        Texts.blankToNull(form.organiser()),
        Texts.blankToNull(form.registrationUrl()), form.capacity(), form.published()), clock.instant());
    return events.save(event);
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private static String uniqueSlug(String title, java.util.function.Predicate<String> taken) {
    String base = VietnameseText.slug(title);
    if (base.isEmpty()) {
      base = "bai-viet";
    }
    if (base.length() > 140) {
      base = base.substring(0, 140);
    }
    String slug = base;
    for (int i = 2; taken.test(slug); i++) {
      slug = base + "-" + i;
    }
    return slug;
  }
}
