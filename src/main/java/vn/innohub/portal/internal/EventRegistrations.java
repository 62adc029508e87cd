package vn.innohub.portal.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.Sha256;
import vn.innohub.shared.limits.RateLimits;
import vn.innohub.shared.mail.DirectMail;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.web.Messages;

/**
 * Registration for an event on the portal, with double opt-in so that the portal never mails attacker-written text to
 * an address nobody proved: an anonymous registration holds a seat for {@code innohub.portal.registration-hold} and
 * mails a single-use link (only its SHA-256 hash is stored) built from our own template and the event's data — no
 * text the visitor typed; opening the link makes the seat firm and sends the final confirmation, whose only
 * visitor-written part is the name, through {@link MailSafeName}. A signed-in account whose address is confirmed
 * registers at once with that address. Opt-in mails are limited per address, per client address and per event.
 * The event row is locked while seats are counted, so two last-seat registrations on different nodes cannot both pass.
 */
@Service
public class EventRegistrations {

  static final String BUCKET_EMAIL = "portal.registration.email";
  static final String BUCKET_CLIENT = "portal.registration.client";
  static final String BUCKET_EVENT = "portal.registration.event";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What a registration did: a seat held until {@code holdUntil} waiting for the link, or a firm seat. */
  public record Outcome(EventRegistration registration, boolean pending, Instant holdUntil, String email) {}

  /** What opening a confirmation link did. */
  public enum Confirmation { CONFIRMED, ALREADY, EXPIRED, UNKNOWN }

  /** An e-mail's subject and text. */
  public record Mail(String subject, String body) {}

  /** The limits on opt-in mails; a limit of 0 or less is off. */
  public record Limits(int perAddressPerDay, int perClientPerHour, int perEventPerMinute) {}

  private final EventRepository events;
  private final RegistrationRepository registrations;
  private final Accounts accounts;
  private final RateLimits limits;
  private final DirectMail mail;
  private final Messages messages;
  private final RegistrationSecurityEvents securityEvents;
  private final Clock clock;
  private final String baseUrl;
  private final Duration hold;
  private final Limits limit;
  private final TransactionTemplate transaction;

  EventRegistrations(EventRepository events, RegistrationRepository registrations, Accounts accounts,
      RateLimits limits, DirectMail mail, Messages messages, RegistrationSecurityEvents securityEvents, Clock clock,
      @Value("${innohub.base-url:http://localhost:8080}") String baseUrl,
      @Value("${innohub.portal.registration-hold:PT30M}") Duration hold,
      @Value("${innohub.portal.registration-limits.per-address-per-day:3}") int perAddressPerDay,
      @Value("${innohub.portal.registration-limits.per-client-per-hour:10}") int perClientPerHour,
      @Value("${innohub.portal.registration-limits.per-event-per-minute:20}") int perEventPerMinute,
      PlatformTransactionManager transactions) {
    this.transaction = new TransactionTemplate(transactions);
    this.events = events;
    this.registrations = registrations;
    this.accounts = accounts;
    this.limits = limits;
    this.mail = mail;
    this.messages = messages;
    this.securityEvents = securityEvents;
    this.clock = clock;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.hold = hold;
    this.limit = new Limits(perAddressPerDay, perClientPerHour, perEventPerMinute);
  }

  /** The confirmed address a signed-in account registers with at once (empty: anonymous, or not confirmed). */
  @Transactional(readOnly = true)
  public Optional<String> directAddress(Actor actor) {
    return verifiedAccount(actor).map(AccountView::email);
  }

  private Optional<AccountView> verifiedAccount(Actor actor) {
    return actor == null ? Optional.empty()
        : accounts.findByUsername(actor.username()).filter(a -> a.enabled() && a.emailVerified() && a.email() != null
            && EMAIL.matcher(a.email().strip()).matches());
  }

  public Duration hold() {
    return hold;
  }

  public Limits limits() {
    return limit;
  }

  /**
   * Registers for an event. {@code actor} is the signed-in account (null when anonymous): with a confirmed address
   * it registers at once with that address, whatever was typed; otherwise the seat is held and the opt-in link is
   * mailed to the typed address. {@code client} is the client's network address (null: not limited by client).
   * Refused after the event has started, when full, when the address is registered or waits for its link, and past a
   * limit (429, naming the limit). Not one transaction: the limits are checked and counted in their own short
   * transactions, never while the event row is locked (so no request holds a connection and the lock while it waits
   * for a second connection).
   */
  public Outcome register(String slug, String name, String email, String phone, String organisation, Actor actor,
      String client) {
    PortalEvent found = events.findBySlug(slug).filter(PortalEvent::isPublished)
        .orElseThrow(() -> DomainException.notFound("Event", slug));
    Optional<AccountView> account = verifiedAccount(actor);
    String address = account.map(AccountView::email).orElse(email);
    String typedName = Texts.isBlank(name) ? account.map(AccountView::displayName).orElse(null) : name;
    Map<String, String> errors = new LinkedHashMap<>();
    if (Texts.isBlank(typedName)) {
      errors.put("name", messages.get("portal.error.nameRequired"));
    } else if (typedName.strip().length() > 200) {
      errors.put("name", messages.get("directory.error.tooLong"));
    }
    if (Texts.isBlank(address) || address.strip().length() > 200 || !EMAIL.matcher(address.strip()).matches()) {
      errors.put("email", messages.get("directory.error.email"));
    }
    if (phone != null && phone.strip().length() > 40) {
      errors.put("phone", messages.get("directory.error.tooLong"));
    }
    if (organisation != null && organisation.strip().length() > 300) {
      errors.put("organisation", messages.get("directory.error.tooLong"));
    }
    if (!errors.isEmpty()) {
      throw new PortalContent.Invalid(errors);
    }
    String key = EventRegistration.key(address);
    if (account.isEmpty()) {
      checkLimits(found, key, client);
    }
    Outcome done = transaction.execute(status -> seat(found.getId(), key, typedName, address, phone, organisation,
        account));
    if (done.pending()) {
      // Only mails really sent count against the limits.
      limits.record(BUCKET_EMAIL, key);
      if (client != null) {
        limits.record(BUCKET_CLIENT, client);
      }
      limits.record(BUCKET_EVENT, String.valueOf(found.getId()));
    }
    return done;
  }

  /** Takes a seat with the event row locked: firm for a confirmed account, else held and the opt-in link mailed. */
  private Outcome seat(long eventId, String key, String typedName, String address, String phone, String organisation,
      Optional<AccountView> account) {
    PortalEvent event = events.lockById(eventId).orElseThrow();
    if (event.getCapacity() == null) {
      throw DomainException.conflict("portal.registration.notOffered");
    }
    Instant now = clock.instant();
    if (!now.isBefore(event.getStartsAt())) {
      throw DomainException.conflict("portal.registration.closed");
    }
    Optional<EventRegistration> existing = registrations.findByEventIdAndEmailKey(event.getId(), key);
    if (existing.isPresent() && existing.get().getStatus() == EventRegistration.Status.CONFIRMED) {
      if (account.isPresent()) {
        // The account's own confirmed address is registered already (a double-click, a second tab): that is the
        // answer, with no second mail.
        return new Outcome(existing.get(), false, null, existing.get().getEmail());
      }
      throw DomainException.conflict("portal.registration.duplicate");
    }
    boolean holdsSeat = existing.isPresent() && !existing.get().expired(now);
    if (holdsSeat && account.isEmpty()) {
      throw DomainException.conflict("portal.registration.pendingAlready", at(existing.get().getHoldUntil()));
    }
    if (!holdsSeat && registrations.seatsTaken(event.getId(), now) >= event.getCapacity()) {
      throw DomainException.conflict("portal.registration.full");
    }
    EventRegistration r = existing.orElseGet(() -> new EventRegistration(event.getId(), typedName.strip(),
        address.strip(), Texts.blankToNull(phone), Texts.blankToNull(organisation), now));
    if (existing.isPresent()) {
      r.renew(typedName.strip(), Texts.blankToNull(phone), Texts.blankToNull(organisation), now);
    }
    String raw = null;
    if (account.isPresent()) {
      r.confirm(now, account.get().id());
    } else {
      raw = token();
      r.hold(Sha256.hex(raw), now.plus(hold));
    }
    try {
      r = registrations.saveAndFlush(r);
    } catch (DataIntegrityViolationException e) {
      throw DomainException.conflict("portal.registration.duplicate");
    }
    if (raw == null) {
      Mail m = confirmation(event, r);
      mail.sendAfterCommit(r.getEmail(), m.subject(), m.body());
      return new Outcome(r, false, null, r.getEmail());
    }
    Mail m = optIn(event, link(event, raw), r.getHoldUntil());
    mail.sendAfterCommit(r.getEmail(), m.subject(), m.body());
    return new Outcome(r, true, r.getHoldUntil(), r.getEmail());
  }

  /** Opens a confirmation link: the held seat becomes firm (once, before the hold ends) and the final mail is sent. */
  @Transactional
  public Confirmation confirm(String rawToken) {
    if (rawToken == null || rawToken.isBlank() || rawToken.length() > 100) {
      return Confirmation.UNKNOWN;
    }
    Optional<EventRegistration> found = registrations.findByTokenHash(Sha256.hex(rawToken.strip()));
    if (found.isEmpty()) {
      return Confirmation.UNKNOWN;
    }
    // Locked like a registration, so that a seat freed by an expired hold is never both confirmed and re-let.
    PortalEvent event = events.lockById(found.get().getEventId()).orElseThrow();
    EventRegistration r = registrations.findById(found.get().getId()).orElseThrow();
    if (r.getStatus() == EventRegistration.Status.CONFIRMED) {
      return Confirmation.ALREADY;
    }
    Instant now = clock.instant();
    if (r.expired(now) || !now.isBefore(event.getStartsAt())) {
      return Confirmation.EXPIRED;
    }
    r.confirm(now, null);
    registrations.saveAndFlush(r);
    Mail m = confirmation(event, r);
    mail.sendAfterCommit(r.getEmail(), m.subject(), m.body());
    return Confirmation.CONFIRMED;
  }

  /** The event a (valid or expired) link belongs to, for the confirmation page; empty for an unknown link. */
  @Transactional(readOnly = true)
  public Optional<PortalEvent> eventOf(String rawToken) {
    if (rawToken == null || rawToken.isBlank() || rawToken.length() > 100) {
      return Optional.empty();
    }
    return registrations.findByTokenHash(Sha256.hex(rawToken.strip())).flatMap(r -> events.findById(r.getEventId()));
  }

  private void checkLimits(PortalEvent event, String emailKey, String client) {
    check(BUCKET_EMAIL, emailKey, limit.perAddressPerDay(), Duration.ofDays(1), event,
        "portal.registration.limit.address");
    if (client != null) {
      check(BUCKET_CLIENT, client, limit.perClientPerHour(), Duration.ofHours(1), event,
          "portal.registration.limit.client");
    }
    check(BUCKET_EVENT, String.valueOf(event.getId()), limit.perEventPerMinute(), Duration.ofMinutes(1), event,
        "portal.registration.limit.event");
  }

  private void check(String bucket, String subject, int max, Duration window, PortalEvent event, String code) {
    if (max <= 0) {
      return;
    }
    Optional<Duration> wait = limits.waitFor(bucket, subject, max, window);
    if (wait.isPresent()) {
      long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
      securityEvents.throttled(bucket, event.getId(), max, window);
      throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, code, max, minutes);
    }
  }

  /** The opt-in mail: our template, the event's facts and our link; nothing the visitor typed. */
  public Mail optIn(PortalEvent event, String link, Instant holdUntil) {
    return new Mail(messages.get("portal.registration.optin.subject", event.getTitle()),
        messages.get("portal.registration.optin.body", event.getTitle(), when(event), at(holdUntil), link,
            hold.toMinutes()));
  }

  /**
   * The final confirmation: the event, when (Vietnam time) and where, links to add it to a calendar; the registrant's
   * name only as {@link MailSafeName} lets it through.
   */
  public Mail confirmation(PortalEvent event, EventRegistration registration) {
    String where = Stream.of(event.getPlace(), event.getOnlineUrl()).filter(v -> v != null && !v.isBlank())
        .collect(Collectors.joining(" · "));
    String page = baseUrl + "/su-kien/" + event.getSlug();
    String greeting = MailSafeName.of(registration.getName())
        .orElseGet(() -> messages.get("portal.registration.mail.guest"));
    return new Mail(messages.get("portal.registration.mail.subject", event.getTitle()),
        messages.get("portal.registration.mail.body", greeting, event.getTitle(), when(event),
            where.isEmpty() ? "—" : where, page + "/lich.ics", page));
  }

  private String link(PortalEvent event, String raw) {
    return baseUrl + "/su-kien/" + event.getSlug() + "/xac-nhan?token=" + raw;
  }

  private String when(PortalEvent event) {
    return at(event.getStartsAt()) + (event.getEndsAt() == null ? "" : " – " + at(event.getEndsAt()));
  }

  private String at(Instant instant) {
    return DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(clock.getZone()).format(instant);
  }

  private static String token() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

}
