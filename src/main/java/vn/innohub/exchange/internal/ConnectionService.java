package vn.innohub.exchange.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.exchange.ConnectionStatus;
import vn.innohub.exchange.Exchange;
import vn.innohub.shared.FieldErrors;
import vn.innohub.exchange.ListingKind;
import vn.innohub.exchange.Outcome;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.notification.Notice;
import vn.innohub.notification.Notifier;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.cache.DataChanges;
import vn.innohub.shared.cache.FreshCache;
import vn.innohub.shared.stats.LiveStatistics;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.web.Messages;

/**
 * Connections between a member and a listing's owner: interest, answer, thread, outcome. Contacts are released to
 * the two parties only once the owner has accepted; threads are visible to the two parties and ADMIN only. Counts
 * connections and deals for plan targets.
 */
@Service
public class ConnectionService implements LiveStatistics {

  private final ConnectionRepository connections;
  private final ThreadMessageRepository threadMessages;
  private final ListingRepository listings;
  private final Accounts accounts;
  private final Notifier notifier;
  private final Messages messages;
  private final Clock clock;
  private final int maxRequestsAfterDecline;
  private final vn.innohub.shared.persistence.OncePerKey once;
  private final FreshCache<String, Map<String, BigDecimal>> stats;

  ConnectionService(ConnectionRepository connections, ThreadMessageRepository threadMessages,
      ListingRepository listings, Accounts accounts, Notifier notifier, Messages messages, Clock clock,
      DataChanges changes, @Value("${innohub.exchange.max-requests-after-decline:1}") int maxRequestsAfterDecline,
      vn.innohub.shared.persistence.OncePerKey once) {
    this.once = once;
    this.connections = connections;
    this.threadMessages = threadMessages;
    this.listings = listings;
    this.accounts = accounts;
    this.notifier = notifier;
    this.messages = messages;
    this.clock = clock;
    this.maxRequestsAfterDecline = maxRequestsAfterDecline;
    this.stats = changes.cache(1);
  }

  /** A connection with its listing, as one party (or ADMIN) sees it. */
  public record View(Connection connection, Listing listing, boolean owner, boolean requester) {

    /** Contacts are for the parties of an accepted connection only. */
    public boolean contactsVisible() {
      return connection.isAccepted() && (owner || requester);
    }
  }

  private static boolean isOwner(Listing l, Actor actor) {
    return l.getOwnerUserId() == null ? actor.has(Role.ADMIN) : l.getOwnerUserId() == actor.userId();
  }

  /** The connection as a party or ADMIN sees it; anyone else is told it does not exist. */
  @Transactional(readOnly = true)
  public View view(long connectionId, Actor actor) {
    Connection c = connections.findById(connectionId)
        .orElseThrow(() -> DomainException.notFound("Connection", connectionId));
    Listing l = listings.findById(c.getListingId()).orElseThrow();
    boolean owner = isOwner(l, actor);
    boolean requester = c.getRequesterUserId() == actor.userId();
    if (!owner && !requester && !actor.has(Role.ADMIN)) {
      throw DomainException.notFound("Connection", connectionId);
    }
    return new View(c, l, owner, requester);
  }

  /**
   * A member's interest in a published listing; refused on one's own listing, while another request of the member is
   * pending or accepted, and after {@code innohub.exchange.max-requests-after-decline} declined repeats. One open
   * request per (listing, member) by unique key: the same request sent twice at once (a double-click) answers both
   * times with the one stored.
   */
  public Connection express(long listingId, String message, String phone, Actor actor) {
    ListingService.requireMemberOrAdmin(actor);
    Listing l = listings.findById(listingId).filter(Listing::isPublished)
        .orElseThrow(() -> DomainException.notFound("Listing", listingId));
    if (message == null || message.isBlank()) {
      throw new FieldErrors("exchange.invalid", Map.of("message", messages.get("exchange.error.messageRequired")));
    }
    if (message.length() > 4000) {
      throw new FieldErrors("exchange.invalid", Map.of("message", messages.get("exchange.error.tooLong")));
    }
    if (l.getOwnerUserId() != null && l.getOwnerUserId() == actor.userId()) {
      throw DomainException.conflict("exchange.error.ownListing");
    }
    var stored = once.findOrCreate(() -> connections.findByListingIdAndRequesterUserIdOrderByIdAsc(listingId,
        actor.userId()).stream().filter(c -> c.getStatus() != ConnectionStatus.DECLINED).findFirst(), () -> {
          long declined = connections.findByListingIdAndRequesterUserIdOrderByIdAsc(listingId, actor.userId()).size();
          if (declined > maxRequestsAfterDecline) {
            throw DomainException.conflict("exchange.error.declineLimit", maxRequestsAfterDecline);
          }
          String email = accounts.findByUsername(actor.username()).map(AccountView::email).orElse(null);
          Connection c = connections.saveAndFlush(new Connection(listingId, actor.userId(), actor.displayName(),
              Texts.blankToNull(phone), email, message.strip(), clock.instant()));
          tellUser(l.getOwnerUserId(), "exchange.notice.interest", c, actor.displayName(), l.getTitle());
          return c;
        });
    if (!stored.created() && !stored.value().getMessage().equals(message.strip())) {
      throw DomainException.conflict("exchange.error.alreadyAsked");
    }
    return stored.value();
  }

  @Transactional
  public Connection accept(long connectionId, Actor actor) {
    View v = view(connectionId, actor);
    if (!v.owner()) {
      throw DomainException.notFound("Connection", connectionId);
    }
    v.connection().accept(clock.instant());
    tellUser(v.connection().getRequesterUserId(), "exchange.notice.accepted", v.connection(), v.listing().getTitle());
    return v.connection();
  }

  @Transactional
  public Connection decline(long connectionId, Actor actor) {
    View v = view(connectionId, actor);
    if (!v.owner()) {
      throw DomainException.notFound("Connection", connectionId);
    }
    v.connection().decline(clock.instant());
    tellUser(v.connection().getRequesterUserId(), "exchange.notice.declined", v.connection(), v.listing().getTitle());
    return v.connection();
  }

  @Transactional(readOnly = true)
  public List<ThreadMessage> thread(long connectionId, Actor actor) {
    View v = view(connectionId, actor);
    if (!v.connection().isAccepted()) {
      return List.of();
    }
    return threadMessages.findByConnectionIdOrderByIdAsc(v.connection().getId());
  }

  /** Only the two parties write in the thread, once the connection is accepted. */
  @Transactional
  public ThreadMessage post(long connectionId, String body, Actor actor) {
    View v = view(connectionId, actor);
    if (!v.owner() && !v.requester()) {
      throw DomainException.notFound("Connection", connectionId);
    }
    if (!v.connection().isAccepted()) {
      throw DomainException.conflict("exchange.error.notAccepted");
    }
    if (body == null || body.isBlank()) {
      throw new FieldErrors("exchange.invalid", Map.of("messageText", messages.get("exchange.error.messageRequired")));
    }
    if (body.length() > 4000) {
      throw new FieldErrors("exchange.invalid", Map.of("messageText", messages.get("exchange.error.tooLong")));
    }
    ThreadMessage m = threadMessages.save(new ThreadMessage(connectionId, actor.userId(), actor.displayName(),
        body.strip(), clock.instant()));
    long to = v.owner() ? v.connection().getRequesterUserId()
        : v.listing().getOwnerUserId() == null ? -1 : v.listing().getOwnerUserId();
    if (to >= 0) {
      String text = messages.get(Messages.VI, "exchange.notice.message", actor.displayName(), v.listing().getTitle());
      account(to).ifPresent(a -> notifier.send(new Notice(List.of(a), "exchange", text, body.strip(),
          "/me/connections/" + connectionId, null)));
    }
    return m;
  }

  /** Either party records the outcome; a signed contract needs its value (≥ 0) and a date not in the future. */
  @Transactional
  public Connection record(long connectionId, Outcome outcome, BigDecimal value, LocalDate date, Actor actor) {
    View v = view(connectionId, actor);
    if (!v.owner() && !v.requester()) {
      throw DomainException.notFound("Connection", connectionId);
    }
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    if (outcome == null) {
      errors.put("outcome", messages.get("exchange.error.required"));
    }
    if (outcome == Outcome.CONTRACT_SIGNED && value == null) {
      errors.put("dealValueVnd", messages.get("exchange.error.required"));
    }
    if (value != null && value.signum() < 0) {
      errors.put("dealValueVnd", messages.get("exchange.error.negative"));
    }
    boolean dated = outcome == Outcome.CONTRACT_SIGNED || outcome == Outcome.TECHNOLOGY_TRANSFERRED;
    if (dated && date == null) {
      errors.put("dealDate", messages.get("exchange.error.required"));
    } else if (dated && date.isAfter(LocalDate.now(clock))) {
      errors.put("dealDate", messages.get("exchange.error.future"));
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors("exchange.invalid", errors);
    }
    v.connection().record(outcome, value, date, actor.username(), clock.instant());
    return v.connection();
  }

  @Transactional(readOnly = true)
  public List<View> incoming(Actor actor) {
    return connections.incoming(actor.userId()).stream().map(c -> toView(c, actor)).toList();
  }

  @Transactional(readOnly = true)
  public List<View> outgoing(Actor actor) {
    return connections.findByRequesterUserIdOrderByCreatedAtDesc(actor.userId()).stream().map(c -> toView(c, actor))
        .toList();
  }

  @Transactional(readOnly = true)
  public List<View> forListing(long listingId, Actor actor) {
    return connections.findByListingIdOrderByCreatedAtDesc(listingId).stream().map(c -> toView(c, actor))
        .filter(v -> v.owner() || v.requester() || actor.has(Role.ADMIN)).toList();
  }

  @Transactional(readOnly = true)
  public List<View> all(Actor actor) {
    ListingService.requireAdmin(actor);
    return connections.findAllByOrderByCreatedAtDesc().stream().map(c -> toView(c, actor)).toList();
  }

  /** The viewer's own connections to a listing (to show the state on its public page). */
  @Transactional(readOnly = true)
  public List<Connection> mineFor(long listingId, Actor actor) {
    return connections.findByListingIdAndRequesterUserIdOrderByIdAsc(listingId, actor.userId());
  }

  private View toView(Connection c, Actor actor) {
    Listing l = listings.findById(c.getListingId()).orElseThrow();
    return new View(c, l, isOwner(l, actor), c.getRequesterUserId() == actor.userId());
  }

  private void tellUser(Long userId, String code, Connection c, Object... args) {
    if (userId == null) {
      return;
    }
    String text = messages.get(Messages.VI, code, args);
    account(userId).ifPresent(a -> notifier.send(new Notice(List.of(a), "exchange", text, text,
        "/me/connections/" + c.getId(), code + ":" + c.getId())));
  }

  private Optional<AccountView> account(long userId) {
    return accounts.list().stream().filter(a -> a.id() == userId && a.enabled()).findFirst();
  }

  // --- statistics ---------------------------------------------------------------------------------------------

  @Override
  public List<String> keys() {
    return Exchange.STATISTICS;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<BigDecimal> value(String key) {
    return Optional.ofNullable(statistics().get(key));
  }

  @Transactional(readOnly = true)
  public Map<String, BigDecimal> statistics() {
    return stats.get("all", k -> compute());
  }

  private Map<String, BigDecimal> compute() {
    Set<Long> parties = new HashSet<>();
    for (Object[] row : connections.dealParties()) {
      for (Object o : row) {
        if (o != null) {
          parties.add(((Number) o).longValue());
        }
      }
    }
    Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
    out.put("exchange.listings.published.offers", BigDecimal.valueOf(listings.countPublished(ListingKind.OFFER)));
    out.put("exchange.listings.published.demands", BigDecimal.valueOf(listings.countPublished(ListingKind.DEMAND)));
    out.put("exchange.connections", BigDecimal.valueOf(connections.count()));
    out.put("exchange.connections.accepted", BigDecimal.valueOf(connections.countByStatus(ConnectionStatus.ACCEPTED)));
    out.put("exchange.deals.signed", BigDecimal.valueOf(connections.countByOutcome(Outcome.CONTRACT_SIGNED)
        + connections.countByOutcome(Outcome.TECHNOLOGY_TRANSFERRED)));
    out.put("exchange.deals.value",
        connections.dealValue(List.of(Outcome.CONTRACT_SIGNED, Outcome.TECHNOLOGY_TRANSFERRED)));
    out.put("exchange.transfers", BigDecimal.valueOf(connections.countByOutcome(Outcome.TECHNOLOGY_TRANSFERRED)));
    out.put("exchange.enterprises.supported", BigDecimal.valueOf(parties.size()));
    return Map.copyOf(out);
  }
}
