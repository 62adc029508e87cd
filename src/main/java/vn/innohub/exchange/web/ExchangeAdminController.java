package vn.innohub.exchange.web;

import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.shared.FieldErrors;
import vn.innohub.exchange.internal.ConnectionService;
import vn.innohub.exchange.internal.Listing;
import vn.innohub.exchange.internal.ListingService;
import vn.innohub.identity.CurrentUser;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.web.Messages;

/** ADMIN's side of the exchange: the moderation queue, publishing or sending back, and every connection. */
@Controller
class ExchangeAdminController {

  private final ListingService listings;
  private final ConnectionService connections;
  private final vn.innohub.exchange.internal.FairService fairs;
  private final CurrentUser currentUser;
  private final Messages messages;

  ExchangeAdminController(ListingService listings, ConnectionService connections,
      vn.innohub.exchange.internal.FairService fairs, CurrentUser currentUser, Messages messages) {
    this.listings = listings;
    this.connections = connections;
    this.fairs = fairs;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @GetMapping("/admin/exchange")
  String queue(Model model) {
    model.addAttribute("pending", listings.pending());
    model.addAttribute("stats", connections.statistics());
    return "exchange/admin-queue";
  }

  @GetMapping("/admin/exchange/{id}")
  String review(@PathVariable long id, Model model) {
    return reviewPage(listings.get(id, currentUser.require()), model, Map.of());
  }

  private String reviewPage(Listing l, Model model, Map<String, String> errors) {
    model.addAttribute("listing", l);
    model.addAttribute("l", listings.publicView(l));
    model.addAttribute("submitter", listings.submitter(l).orElse(null));
    model.addAttribute("profileName", listings.linkedProfileName(l).orElse(null));
    model.addAttribute("profileManaged", listings.ownerManagesLinkedProfile(l));
    model.addAttribute("fieldNames", listings.fieldNames(LocaleContextHolder.getLocale()));
    model.addAttribute("errors", errors);
    return "exchange/admin-review";
  }

  @PostMapping("/admin/exchange/{id}/publish")
  String publish(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    try {
      listings.publish(id, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("exchange.published"));
      return "redirect:/admin/exchange";
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.refusal(e));
      return "redirect:/admin/exchange/" + id;
    }
  }

  @PostMapping("/admin/exchange/{id}/changes")
  String requestChanges(@PathVariable long id, @RequestParam String note, Model model, RedirectAttributes redirect) {
    try {
      listings.requestChanges(id, note, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("exchange.changesRequested"));
      return "redirect:/admin/exchange";
    } catch (FieldErrors e) {
      return reviewPage(listings.get(id, currentUser.require()), model, e.fields());
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.refusal(e));
      return "redirect:/admin/exchange/" + id;
    }
  }

  @GetMapping("/admin/exchange/connections")
  String all(Model model) {
    model.addAttribute("connections", connections.all(currentUser.require()));
    model.addAttribute("stats", connections.statistics());
    return "exchange/admin-connections";
  }

  // --- tech fairs ---------------------------------------------------------------------------------------------

  @GetMapping("/admin/exchange/fairs")
  String fairs(Model model) {
    return fairsPage(model, Map.of(), Map.of());
  }

  private String fairsPage(Model model, Map<String, String> typed, Map<String, String> errors) {
    model.addAttribute("fairs", fairs.fairs(currentUser.require()));
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    return "exchange/admin-fairs";
  }

  @PostMapping("/admin/exchange/fairs")
  String createFair(@RequestParam String name, @RequestParam(required = false) String venue,
      @RequestParam(required = false) String date, @RequestParam(required = false) String start,
      @RequestParam(required = false) String slotMinutes, @RequestParam(required = false) String slots, Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    java.time.LocalDate day = ListingForm.date(date, "date", messages, errors);
    java.time.LocalTime from = null;
    try {
      from = Texts.parsed(start, java.time.LocalTime::parse);
    } catch (java.time.DateTimeException e) {
      errors.put("start", messages.get("exchange.error.time"));
    }
    Integer minutes = number(slotMinutes, "slotMinutes", errors);
    Integer count = number(slots, "slots", errors);
    Map<String, String> typed = new java.util.HashMap<>();
    typed.put("name", name);
    typed.put("venue", venue == null ? "" : venue);
    typed.put("date", date == null ? "" : date);
    typed.put("start", start == null ? "" : start);
    typed.put("slotMinutes", slotMinutes == null ? "" : slotMinutes);
    typed.put("slots", slots == null ? "" : slots);
    try {
      if (!errors.isEmpty()) {
        throw new FieldErrors("exchange.invalid", errors);
      }
      var fair = fairs.create(name, venue, day, from, minutes, count, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("exchange.saved"));
      return "redirect:/admin/exchange/fairs/" + fair.getId();
    } catch (FieldErrors e) {
      return fairsPage(model, typed, e.fields());
    }
  }

  private Integer number(String text, String field, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      errors.put(field, messages.get("exchange.error.number"));
      return null;
    }
  }

  @GetMapping("/admin/exchange/fairs/{id}")
  String fair(@PathVariable long id, Model model) {
    model.addAttribute("schedule", fairs.view(id, currentUser.require()));
    model.addAttribute("published", listings.published(null, null, null, 0, 500).getContent());
    return "exchange/admin-fair";
  }

  @PostMapping("/admin/exchange/fairs/{id}/listings")
  String selectListings(@PathVariable long id, @RequestParam long version,
      @RequestParam(required = false) java.util.List<Long> listingIds, RedirectAttributes redirect) {
    fairs.select(id, listingIds == null ? java.util.Set.of() : new java.util.HashSet<>(listingIds),
        currentUser.require());
    redirect.addFlashAttribute("notice", messages.get("exchange.saved"));
    return "redirect:/admin/exchange/fairs/" + id;
  }

  @PostMapping("/admin/exchange/fairs/{id}/schedule")
  String scheduleFair(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    fairs.schedule(id, currentUser.require());
    redirect.addFlashAttribute("notice", messages.get("exchange.scheduled"));
    return "redirect:/admin/exchange/fairs/" + id;
  }
}
