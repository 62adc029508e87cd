package vn.innohub.exchange.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.exchange.Exchange;
import vn.innohub.exchange.ListingCategory;
import vn.innohub.shared.FieldErrors;
import vn.innohub.exchange.ListingKind;
import vn.innohub.exchange.internal.Connection;
import vn.innohub.exchange.internal.ConnectionService;
import vn.innohub.exchange.internal.Listing;
import vn.innohub.exchange.internal.ListingFinder;
import vn.innohub.exchange.internal.ListingService;
import vn.innohub.identity.Actor;
import vn.innohub.identity.CurrentUser;
import vn.innohub.identity.Role;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** Sàn công nghệ: the public list of published offers and demands, a listing's page with its matches, interest. */
@Controller
class ExchangePageController {

  private final ListingService listings;
  private final ListingFinder finder;
  private final ConnectionService connections;
  private final Exchange exchange;
  private final CurrentUser currentUser;
  private final Messages messages;

  ExchangePageController(ListingService listings, ListingFinder finder, ConnectionService connections,
      Exchange exchange, CurrentUser currentUser, Messages messages) {
    this.listings = listings;
    this.finder = finder;
    this.connections = connections;
    this.exchange = exchange;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @GetMapping("/cong-nghe")
  String list(@RequestParam(required = false) ListingKind kind, @RequestParam(required = false) ListingCategory category,
      @RequestParam(required = false) String field, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("kind", kind);
    model.addAttribute("category", category);
    model.addAttribute("field", field);
    model.addAttribute("q", q);
    model.addAttribute("page", finder.find(q, kind, category, field, page, 20));
    model.addAttribute("kinds", ListingKind.values());
    model.addAttribute("categories", ListingCategory.values());
    model.addAttribute("fields", listings.fields());
    model.addAttribute("fieldNames", listings.fieldNames(LocaleContextHolder.getLocale()));
    model.addAttribute("stats", connections.statistics());
    return "exchange/list";
  }

  @GetMapping("/cong-nghe/{slug}")
  String detail(@PathVariable String slug, Model model) {
    Listing l = listings.publishedBySlug(slug).orElseThrow(() -> DomainException.notFound("Listing", slug));
    return detail(l, model, null, Map.of());
  }

  private String detail(Listing l, Model model, String message, Map<String, String> errors) {
    Optional<Actor> actor = currentUser.get();
    model.addAttribute("l", listings.publicView(l));
    model.addAttribute("listing", l);
    model.addAttribute("fieldNames", listings.fieldNames(LocaleContextHolder.getLocale()));
    model.addAttribute("matches", exchange.matchesFor(l.getId(), 5));
    model.addAttribute("ogDescription", l.getSearchSummary());
    boolean own = actor.isPresent() && l.getOwnerUserId() != null && l.getOwnerUserId() == actor.get().userId();
    boolean canAsk = actor.isPresent() && !own && (actor.get().has(Role.MEMBER) || actor.get().has(Role.ADMIN));
    List<Connection> mine = actor.isPresent() ? connections.mineFor(l.getId(), actor.get()) : List.of();
    model.addAttribute("own", own);
    model.addAttribute("canAsk", canAsk);
    model.addAttribute("myConnections", mine);
    model.addAttribute("message", message == null ? "" : message);
    model.addAttribute("errors", errors);
    return "exchange/detail";
  }

  @PostMapping("/cong-nghe/{slug}/quan-tam")
  String express(@PathVariable String slug, @RequestParam String message,
      @RequestParam(required = false) String phone, Model model, RedirectAttributes redirect) {
    Listing l = listings.publishedBySlug(slug).orElseThrow(() -> DomainException.notFound("Listing", slug));
    try {
      Connection c = connections.express(l.getId(), message, phone, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("exchange.interestSent"));
      return "redirect:/me/connections/" + c.getId();
    } catch (FieldErrors e) {
      return detail(l, model, message, e.fields());
    } catch (DomainException e) {
      model.addAttribute("error", messages.refusal(e));
      return detail(l, model, message, Map.of());
    }
  }
}
