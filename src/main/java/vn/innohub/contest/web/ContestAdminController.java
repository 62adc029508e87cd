package vn.innohub.contest.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.contest.internal.AudienceVote;
import vn.innohub.contest.internal.Contest;
import vn.innohub.contest.internal.ContestApplication;
import vn.innohub.shared.FieldErrors;
import vn.innohub.contest.internal.ContestService;
import vn.innohub.contest.internal.ContestSpec;
import vn.innohub.contest.internal.ContestSpec.RoundKind;
import vn.innohub.contest.internal.ContestFollowUp;
import vn.innohub.contest.internal.Judging;
import vn.innohub.contest.internal.Support;
import vn.innohub.identity.CurrentUser;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** The organiser's (ADMIN) side: set-up, screening, panels, assignment, ranking, results and follow-up. */
@Controller
class ContestAdminController {

  private final ContestService contests;
  private final Judging judging;
  private final ContestFollowUp followUp;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final AudienceVote audience;

  ContestAdminController(ContestService contests, Judging judging, ContestFollowUp followUp, CurrentUser currentUser,
      Messages messages, AudienceVote audience) {
    this.audience = audience;
    this.contests = contests;
    this.judging = judging;
    this.followUp = followUp;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @InitBinder("form")
  void fields(WebDataBinder binder) {
    binder.initDirectFieldAccess();
    binder.setAutoGrowCollectionLimit(50);
  }

  @GetMapping("/admin/contests")
  String list(Model model) {
    model.addAttribute("contests", contests.all());
    return "contest/admin-list";
  }

  @GetMapping("/admin/contests/new")
  String blank(Model model) {
    return form(model, null, ContestForm.blank(), Map.of());
  }

  @PostMapping("/admin/contests/new")
  String create(@ModelAttribute("form") ContestForm form, org.springframework.validation.BindingResult binding,
      Model model, RedirectAttributes redirect) {
    Map<String, String> errors = bindingErrors(binding);
    ContestSpec spec = form.toSpec(messages, errors);
    if (spec == null || !errors.isEmpty()) {
      return form(model, null, form, errors);
    }
    try {
      Contest c = contests.create(form.title, form.slug, form.announced, spec, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("contest.saved"));
      return "redirect:/admin/contests/" + c.getId();
    } catch (FieldErrors e) {
      return form(model, null, form, e.fields());
    }
  }

  @GetMapping("/admin/contests/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    Contest c = contests.contest(id);
    return form(model, c, ContestForm.of(c), Map.of());
  }

  @PostMapping("/admin/contests/{id}/edit")
  String save(@PathVariable long id, @ModelAttribute("form") ContestForm form,
      org.springframework.validation.BindingResult binding, Model model, RedirectAttributes redirect) {
    Contest c = contests.contest(id);
    Map<String, String> errors = bindingErrors(binding);
    ContestSpec spec = form.toSpec(messages, errors, c.spec().settings());
    if (spec == null || !errors.isEmpty()) {
      return form(model, c, form, errors);
    }
    try {
      contests.update(id, form.version, form.title, form.announced, spec, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("contest.saved"));
      return "redirect:/admin/contests/" + id;
    } catch (FieldErrors e) {
      return form(model, c, form, e.fields());
    } catch (DomainException e) {
      model.addAttribute("error", messages.of(e));
      return form(model, c, form, Map.of());
    }
  }

  /** Numbers typed wrongly (judges per application, threshold) become messages next to their fields. */
  private Map<String, String> bindingErrors(org.springframework.validation.BindingResult binding) {
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    binding.getFieldErrors().forEach(e -> errors.put(e.getField(), messages.get(
        "judgesPerApplication".equals(e.getField()) ? "contest.error.judgesPerApplication" : "contest.error.outlierThreshold")));
    return errors;
  }

  private String form(Model model, Contest contest, ContestForm form, Map<String, String> errors) {
    model.addAttribute("contest", contest);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("groups", ContestSpec.EligibleGroup.values());
    model.addAttribute("roundKinds", RoundKind.values());
    return "contest/admin-form";
  }

  @GetMapping("/admin/contests/{id}")
  String contest(@PathVariable long id, Model model) {
    Contest c = contests.contest(id);
    ContestSpec spec = c.spec();
    model.addAttribute("contest", c);
    model.addAttribute("spec", spec);
    model.addAttribute("applications", contests.applicationsOf(id));
    model.addAttribute("panel", judging.panel(id));
    Map<RoundKind, Object> rankings = new java.util.LinkedHashMap<>();
    Map<RoundKind, Object> progress = new java.util.LinkedHashMap<>();
    for (RoundKind r : spec.judgedRounds()) {
      rankings.put(r, judging.ranking(id, r));
      progress.put(r, judging.progress(id, r));
    }
    model.addAttribute("rankings", rankings);
    model.addAttribute("progress", progress);
    Map<Long, String> names = new HashMap<>();
    judging.panel(id).forEach(j -> names.put(j.getUserId(), contests.displayName(j.getUserId())));
    model.addAttribute("judgeNames", names);
    List<AudienceVote.Tally> live = audience.liveTally(c, currentUser.require());
    model.addAttribute("liveTally", live);
    model.addAttribute("liveVotes", live.stream().mapToLong(AudienceVote.Tally::votes).sum());
    model.addAttribute("voteClusters", c.spec().settings().audienceVote()
        ? audience.clusters(c, currentUser.require()) : List.of());
    return "contest/admin-contest";
  }

  /** Voids every valid vote from one client address (a suspicious cluster), with a mandatory reason. */
  @PostMapping("/admin/contests/{id}/votes/void")
  String voidVotes(@PathVariable long id, @RequestParam(required = false) String clientKey,
      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
    contests.contest(id);
    return run(id, redirect, () -> audience.voidCluster(id, clientKey, reason, currentUser.require()),
        "contest.vote.voided");
  }

  private String back(long contestId) {
    return "redirect:/admin/contests/" + contestId;
  }

  private String run(long contestId, RedirectAttributes redirect, Runnable action, String notice) {
    try {
      action.run();
      redirect.addFlashAttribute("notice", messages.get(notice));
    } catch (FieldErrors e) {
      redirect.addFlashAttribute("error", e.joined());
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.refusal(e));
    }
    return back(contestId);
  }

  @PostMapping("/admin/contests/applications/{id}/screen")
  String screen(@PathVariable long id, @RequestParam(defaultValue = "false") boolean eligible,
      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
    ContestApplication a = contests.getApplication(id);
    return run(a.getContestId(), redirect, () -> contests.screen(id, eligible, reason, currentUser.require()),
        "contest.screenedSaved");
  }

  @PostMapping("/admin/contests/{id}/judges")
  String addJudge(@PathVariable long id, @RequestParam(required = false) RoundKind round,
      @RequestParam(required = false) String username, @RequestParam(required = false) String expertise,
      @RequestParam(required = false) String links, RedirectAttributes redirect) {
    contests.contest(id);
    return run(id, redirect, () -> judging.addJudge(id, round, username, ContestForm.lines(expertise),
        ContestForm.lines(links), currentUser.require()), "contest.judgeAdded");
  }

  @PostMapping("/admin/contests/applications/{id}/conflicts")
  String conflict(@PathVariable long id, @RequestParam(required = false) Long judgeUserId,
      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
    ContestApplication a = contests.getApplication(id);
    return run(a.getContestId(), redirect, () -> {
      if (judgeUserId == null) {
        throw DomainException.invalid("contest.error.judgeRequired");
      }
      judging.declareConflict(id, judgeUserId, reason, currentUser.require());
    }, "contest.conflictSaved");
  }

  @PostMapping("/admin/contests/{id}/assign")
  String assign(@PathVariable long id, @RequestParam(required = false) RoundKind round, RedirectAttributes redirect) {
    contests.contest(id);
    return run(id, redirect, () -> judging.assign(id, requireRound(round), currentUser.require()),
        "contest.assignedSaved");
  }

  @PostMapping("/admin/contests/{id}/advance")
  String advance(@PathVariable long id, @RequestParam(required = false) RoundKind round,
      @RequestParam(required = false) String top, RedirectAttributes redirect) {
    contests.contest(id);
    return run(id, redirect, () -> {
      int n;
      try {
        n = Integer.parseInt(top == null ? "" : top.strip());
      } catch (NumberFormatException e) {
        throw DomainException.invalid("contest.error.advanceCount");
      }
      judging.advance(id, requireRound(round), n, currentUser.require());
    }, "contest.advancedSaved");
  }

  private static RoundKind requireRound(RoundKind round) {
    if (round == null) {
      throw DomainException.invalid("contest.error.judgeRound");
    }
    return round;
  }

  @PostMapping("/admin/contests/{id}/publish")
  String publish(@PathVariable long id, RedirectAttributes redirect) {
    contests.contest(id);
    return run(id, redirect, () -> judging.publish(id, currentUser.require()), "contest.publishedSaved");
  }

  @GetMapping("/admin/contests/applications/{id}")
  String application(@PathVariable long id, Model model) {
    ContestApplication a = contests.getApplication(id);
    Contest c = contests.contest(a.getContestId());
    model.addAttribute("contest", c);
    model.addAttribute("spec", c.spec());
    model.addAttribute("app", a);
    model.addAttribute("files", contests.files(id));
    model.addAttribute("team", contests.team(id));
    model.addAttribute("ownerName", contests.displayName(a.getOwnerUserId()));
    model.addAttribute("panel", judging.panel(c.getId()));
    Map<Long, String> names = new HashMap<>();
    judging.panel(c.getId()).forEach(j -> names.put(j.getUserId(), contests.displayName(j.getUserId())));
    model.addAttribute("judgeNames", names);
    model.addAttribute("support", followUp.supportOf(id));
    model.addAttribute("supportKinds", Support.Kind.values());
    model.addAttribute("linkedPublished", followUp.linkedProfilePublished(a));
    model.addAttribute("scores", judging.ownScores(id, currentUser.require()));
    return "contest/admin-application";
  }

  @PostMapping("/admin/contests/applications/{id}/support")
  String support(@PathVariable long id, @RequestParam(required = false) Support.Kind kind,
      @RequestParam(required = false) String amountVnd,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate promisedOn,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredOn,
      @RequestParam(required = false) String evidence, RedirectAttributes redirect) {
    contests.getApplication(id);
    try {
      BigDecimal amount = vn.innohub.shared.text.VietnameseNumbers.parse(amountVnd);
      followUp.record(id, kind, amount, promisedOn, deliveredOn, evidence, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("contest.supportSaved"));
    } catch (FieldErrors e) {
      redirect.addFlashAttribute("error", e.joined());
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.of(e));
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", messages.get("contest.error.amount"));
    }
    return "redirect:/admin/contests/applications/" + id;
  }

  @PostMapping("/admin/contests/applications/{id}/profile")
  String profile(@PathVariable long id, @RequestParam(required = false) String slug,
      @RequestParam(defaultValue = "false") boolean create, RedirectAttributes redirect) {
    contests.getApplication(id);
    try {
      if (create) {
        followUp.createProfile(id, currentUser.require());
      } else {
        followUp.linkProfile(id, slug, currentUser.require());
      }
      redirect.addFlashAttribute("notice", messages.get("contest.profileLinked"));
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", e instanceof FieldErrors ci ? ci.joined()
          : messages.of(e));
    }
    return "redirect:/admin/contests/applications/" + id;
  }

  static List<RoundKind> judged(ContestSpec spec) {
    return spec.judgedRounds();
  }
}
