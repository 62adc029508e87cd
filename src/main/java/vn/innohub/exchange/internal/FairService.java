package vn.innohub.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.exchange.ConnectionStatus;
import vn.innohub.shared.FieldErrors;
import vn.innohub.identity.Actor;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.web.Messages;

/**
 * Tech fairs: ADMIN selects published listings for a fair, then one-to-one meetings are scheduled for every accepted
 * connection on a selected listing — each in the earliest slot where neither party already meets someone.
 */
@Service
public class FairService {

  private final FairRepository fairs;
  private final MeetingRepository meetings;
  private final ConnectionRepository connections;
  private final ListingRepository listings;
  private final Messages messages;
  private final Clock clock;

  FairService(FairRepository fairs, MeetingRepository meetings, ConnectionRepository connections,
      ListingRepository listings, Messages messages, Clock clock) {
    this.fairs = fairs;
    this.meetings = meetings;
    this.connections = connections;
    this.listings = listings;
    this.messages = messages;
    this.clock = clock;
  }

  /** A meeting in the schedule, with who meets whom about what. */
  public record Slot(int slot, LocalTime start, Connection connection, Listing listing) {}

  /** The fair's schedule and the accepted connections no slot was left for. */
  public record Schedule(Fair fair, List<Listing> selected, List<Slot> meetings, List<Connection> unscheduled) {}

  @Transactional(readOnly = true)
  public List<Fair> fairs(Actor actor) {
    ListingService.requireAdmin(actor);
    return fairs.findAllByOrderByDateDesc();
  }

  @Transactional
  public Fair create(String name, String venue, LocalDate date, LocalTime start, Integer slotMinutes, Integer slots,
      Actor actor) {
    ListingService.requireAdmin(actor);
    Map<String, String> errors = new LinkedHashMap<>();
    if (name == null || name.isBlank()) {
      errors.put("name", messages.get("exchange.error.required"));
    }
    if (date == null) {
      errors.put("date", messages.get("exchange.error.required"));
    } else if (date.isBefore(LocalDate.now(clock))) {
      errors.put("date", messages.get("exchange.error.past"));
    }
    if (start == null) {
      errors.put("start", messages.get("exchange.error.required"));
    }
    if (slotMinutes == null || slotMinutes < 5 || slotMinutes > 240) {
      errors.put("slotMinutes", messages.get("exchange.error.slotMinutes"));
    }
    if (slots == null || slots < 1 || slots > 100) {
      errors.put("slots", messages.get("exchange.error.slots"));
    } else if (start != null && slotMinutes != null && errors.isEmpty()
        && start.getHour() * 60 + start.getMinute() + slots * slotMinutes > 24 * 60) {
      errors.put("slots", messages.get("exchange.error.slots"));
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors("exchange.invalid", errors);
    }
    return fairs.save(new Fair(name.strip(), Texts.blankToNull(venue), date, start,
        slotMinutes, slots, clock.instant()));
  }

  /** Keeps the published listings among {@code listingIds} as the fair's selection. */
  @Transactional
  public Fair select(long fairId, Set<Long> listingIds, Actor actor) {
    ListingService.requireAdmin(actor);
    Fair fair = fairs.findById(fairId).orElseThrow(() -> DomainException.notFound("Fair", fairId));
    fair.select(listings.findAllById(listingIds).stream().filter(Listing::isPublished).map(Listing::getId)
        .collect(Collectors.toSet()));
    return fair;
  }

  /** Replaces the fair's meetings: one per accepted connection on a selected listing, earliest free slot first. */
  @Transactional
  public Schedule schedule(long fairId, Actor actor) {
    ListingService.requireAdmin(actor);
    Fair fair = fairs.findById(fairId).orElseThrow(() -> DomainException.notFound("Fair", fairId));
    meetings.deleteByFairId(fairId);
    meetings.flush();
    Map<Long, Listing> byId = listings.findAllById(fair.getListingIds()).stream()
        .collect(Collectors.toMap(Listing::getId, Function.identity()));
    Map<String, Set<Integer>> busy = new HashMap<>();
    for (Connection c : connections.findByListingIdInAndStatusOrderByIdAsc(fair.getListingIds(),
        ConnectionStatus.ACCEPTED)) {
      Listing l = byId.get(c.getListingId());
      String owner = l.getOwnerUserId() == null ? "listing-" + l.getId() : "user-" + l.getOwnerUserId();
      String requester = "user-" + c.getRequesterUserId();
      Set<Integer> a = busy.computeIfAbsent(owner, k -> new HashSet<>());
      Set<Integer> b = busy.computeIfAbsent(requester, k -> new HashSet<>());
      for (int s = 0; s < fair.getSlots(); s++) {
        if (!a.contains(s) && !b.contains(s)) {
          a.add(s);
          b.add(s);
          meetings.save(new Meeting(fairId, c.getId(), s));
          break;
        }
      }
    }
    return view(fair);
  }

  @Transactional(readOnly = true)
  public Schedule view(long fairId, Actor actor) {
    ListingService.requireAdmin(actor);
    return view(fairs.findById(fairId).orElseThrow(() -> DomainException.notFound("Fair", fairId)));
  }

  private Schedule view(Fair fair) {
    Map<Long, Listing> byId = listings.findAllById(fair.getListingIds()).stream()
        .collect(Collectors.toMap(Listing::getId, Function.identity()));
    List<Connection> accepted = connections.findByListingIdInAndStatusOrderByIdAsc(fair.getListingIds(),
        ConnectionStatus.ACCEPTED);
    Map<Long, Connection> connectionsById = accepted.stream()
        .collect(Collectors.toMap(Connection::getId, Function.identity()));
    List<Slot> slots = new ArrayList<>();
    Set<Long> met = new HashSet<>();
    for (Meeting m : meetings.findByFairIdOrderBySlotAscIdAsc(fair.getId())) {
      Connection c = connectionsById.get(m.getConnectionId());
      if (c != null) {
        slots.add(new Slot(m.getSlot(), fair.slotStart(m.getSlot()), c, byId.get(c.getListingId())));
        met.add(c.getId());
      }
    }
    List<Listing> selected = byId.values().stream()
        .sorted(java.util.Comparator.comparing(Listing::getKind).thenComparing(Listing::getId)).toList();
    return new Schedule(fair, selected, slots, accepted.stream().filter(c -> !met.contains(c.getId())).toList());
  }
}
