package vn.innohub.exchange.web;

import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.exchange.IpStatus;
import vn.innohub.exchange.ListingCategory;
import vn.innohub.exchange.ListingData;
import vn.innohub.shared.FieldErrors;
import vn.innohub.exchange.ListingKind;
import vn.innohub.exchange.Outcome;
import vn.innohub.exchange.TransferMode;
import vn.innohub.exchange.internal.ConnectionService;
import vn.innohub.exchange.internal.Listing;
import vn.innohub.exchange.internal.ListingService;
import vn.innohub.identity.Actor;
import vn.innohub.identity.CurrentUser;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** A member's own listings (write, send for review, close) and connections (answer, thread, outcome). */
@Controller
class MyListingsController {

  private final ListingService listings;
  private final ConnectionService connections;
  private final CurrentUser currentUser;
  private final Messages messages;

  MyListingsController(ListingService listings, ConnectionService connections, CurrentUser currentUser,
      Messages messages) {
    this.listings = listings;
    this.connections = connections;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @InitBinder("form")
  void fields(org.springframework.web.bind.WebDataBinder binder) {
    binder.initDirectFieldAccess();
    binder.setAutoGrowCollectionLimit(20);
  }

  @GetMapping("/me/listings")
  String mine(Model model) {
    Actor actor = currentUser.require();
    model.addAttribute("listings", listings.mine(actor));
    model.addAttribute("incoming", connections.incoming(actor));
    model.addAttribute("outgoing", connections.outgoing(actor));
    return "exchange/my-listings";
  }

  @GetMapping("/me/listings/new")
  String blank(@RequestParam(defaultValue = "OFFER") ListingKind kind, Model model) {
    ListingForm form = new ListingForm();
    form.category = kind == ListingKind.OFFER ? ListingCategory.TECHNOLOGY.name() : ListingCategory.NEED.name();
    form.ownerName = currentUser.require().displayName();
    form.negotiable = true;
    return form(model, kind, null, form, Map.of());
  }

  @PostMapping("/me/listings")
  String create(@RequestParam ListingKind kind, @ModelAttribute("form") ListingForm form, Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    ListingData data = form.toData(messages, errors);
    if (data != null && (data.kind() == null || data.kind() != kind)) {
      errors.put("category", messages.get("exchange.error.required"));
      data = null;
    }
    if (data == null) {
      return form(model, kind, null, form, errors);
    }
    try {
      Listing l = listings.create(data, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("exchange.saved"));
      return "redirect:/me/listings/" + l.getId();
    } catch (FieldErrors e) {
      return form(model, kind, null, form, e.fields());
    }
  }

  @GetMapping("/me/listings/{id}")
  String edit(@PathVariable long id, Model model) {
    Listing l = listings.get(id, currentUser.require());
    return form(model, l.getKind(), l, ListingForm.of(l.data(), l.getVersion()), Map.of());
  }

  @PostMapping("/me/listings/{id}")
  String save(@PathVariable long id, @ModelAttribute("form") ListingForm form, Model model,
      RedirectAttributes redirect) {
    Listing l = listings.get(id, currentUser.require());
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    ListingData data = form.toData(messages, errors);
    if (data == null) {
      return form(model, l.getKind(), l, form, errors);
    }
    try {
      listings.update(id, form.version, data, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("exchange.saved"));
      return "redirect:/me/listings/" + id;
    } catch (FieldErrors e) {
      return form(model, l.getKind(), l, form, e.fields());
    } catch (DomainException e) {
      model.addAttribute("error", messages.refusal(e));
      return form(model, l.getKind(), l, form, Map.of());
    }
  }

  @PostMapping("/me/listings/{id}/submit")
  String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    return act(id, redirect, "exchange.submitted", () -> listings.submit(id, currentUser.require()));
  }

  @PostMapping("/me/listings/{id}/close")
  String close(@PathVariable long id, @RequestParam long version,
      @RequestParam(required = false) String selectionOutcome, RedirectAttributes redirect) {
    return act(id, redirect, "exchange.closed", () -> listings.close(id, selectionOutcome, currentUser.require()));
  }

  private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("notice", messages.get(done));
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.refusal(e));
    }
    return "redirect:/me/listings/" + id;
  }

  private String form(Model model, ListingKind kind, Listing listing, ListingForm form, Map<String, String> errors) {
    model.addAttribute("kind", kind);
    model.addAttribute("listing", listing);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("fields", listings.fields());
    model.addAttribute("categories", java.util.Arrays.stream(ListingCategory.values())
        .filter(c -> c.kind() == kind).toList());
    model.addAttribute("ipStatuses", IpStatus.values());
    model.addAttribute("transferModes", TransferMode.values());
    model.addAttribute("fieldNames", listings.fieldNames(LocaleContextHolder.getLocale()));
    model.addAttribute("interests", listing == null ? java.util.List.of()
        : connections.forListing(listing.getId(), currentUser.require()));
    return "exchange/listing-edit";
  }

  // --- connections --------------------------------------------------------------------------------------------

  @GetMapping("/me/connections/{id}")
  String connection(@PathVariable long id, Model model) {
    Actor actor = currentUser.require();
    return connectionPage(id, actor, model, "", Map.of());
  }

  private String connectionPage(long id, Actor actor, Model model, String draft, Map<String, String> errors) {
    ConnectionService.View v = connections.view(id, actor);
    model.addAttribute("v", v);
    model.addAttribute("thread", connections.thread(id, actor));
    model.addAttribute("outcomes", Outcome.values());
    model.addAttribute("draft", draft);
    model.addAttribute("errors", errors);
    return "exchange/connection";
  }

  @PostMapping("/me/connections/{id}/accept")
  String accept(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    return connectionAct(id, redirect, "exchange.accepted", () -> connections.accept(id, currentUser.require()));
  }

  @PostMapping("/me/connections/{id}/decline")
  String decline(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    return connectionAct(id, redirect, "exchange.declined", () -> connections.decline(id, currentUser.require()));
  }

  @PostMapping("/me/connections/{id}/messages")
  String post(@PathVariable long id, @RequestParam String body, Model model, RedirectAttributes redirect) {
    Actor actor = currentUser.require();
    try {
      connections.post(id, body, actor);
      return "redirect:/me/connections/" + id + "#thread";
    } catch (FieldErrors e) {
      return connectionPage(id, actor, model, body, e.fields());
    } catch (DomainException e) {
      model.addAttribute("error", messages.refusal(e));
      return connectionPage(id, actor, model, body, Map.of());
    }
  }

  @PostMapping("/me/connections/{id}/outcome")
  String outcome(@PathVariable long id, @RequestParam String outcome,
      @RequestParam(required = false) String dealValueVnd, @RequestParam(required = false) String dealDate,
      Model model, RedirectAttributes redirect) {
    Actor actor = currentUser.require();
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    Outcome o = null;
    try {
      o = Outcome.valueOf(outcome);
    } catch (IllegalArgumentException e) {
      errors.put("outcome", messages.get("exchange.error.choice"));
    }
    var value = ListingForm.money(dealValueVnd, "dealValueVnd", messages, errors);
    var date = ListingForm.date(dealDate, "dealDate", messages, errors);
    try {
      if (!errors.isEmpty()) {
        throw new FieldErrors("exchange.invalid", errors);
      }
      connections.record(id, o, value, date, actor);
      redirect.addFlashAttribute("notice", messages.get("exchange.outcomeSaved"));
      return "redirect:/me/connections/" + id;
    } catch (FieldErrors e) {
      return connectionPage(id, actor, model, "", e.fields());
    } catch (DomainException e) {
      model.addAttribute("error", messages.refusal(e));
      return connectionPage(id, actor, model, "", Map.of());
    }
  }

  private String connectionAct(long id, RedirectAttributes redirect, String done, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("notice", messages.get(done));
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.refusal(e));
    }
    return "redirect:/me/connections/" + id;
  }
}
