package vn.innohub.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Role;
import vn.innohub.notification.Notice;
import vn.innohub.notification.Notifier;
import vn.innohub.org.OrgDirectory;
import vn.innohub.org.UnitSummary;
import vn.innohub.reporting.DelayedTask;
import vn.innohub.reporting.PeriodStatus;
import vn.innohub.shared.text.VnFormat;
import vn.innohub.shared.web.Messages;

/**
 * Đôn đốc: who is told what, when. Notices go to a unit's officers (opening, reminders N days before the due date,
 * overdue, returned, approved, reopened), a digest of overdue units to administrators, and the delay-warning digest
 * of late tasks to the steering committee. Each scheduled notice carries a dedupe key, so running a job twice (or on two nodes)
 * tells nobody twice. Texts are Vietnamese: they are official correspondence.
 */
@Service
public class FollowUp {

  private final Notifier notifier;
  private final Accounts accounts;
  private final OrgDirectory org;
  private final UnitReportRepository reports;
  private final Insights insights;
  private final Messages messages;
  private final Clock clock;
  private final TreeSet<Integer> reminderDays;
  private final SteeringCommittee steeringCommittee;

  FollowUp(Notifier notifier, Accounts accounts, OrgDirectory org, UnitReportRepository reports,
      @Lazy Insights insights, Messages messages, Clock clock,
      @Value("${innohub.reporting.reminder-days:7,2}") List<Integer> reminderDays, SteeringCommittee steeringCommittee) {
    this.steeringCommittee = steeringCommittee;
    this.notifier = notifier;
    this.accounts = accounts;
    this.org = org;
    this.reports = reports;
    this.insights = insights;
    this.messages = messages;
    this.clock = clock;
    this.reminderDays = new TreeSet<>(reminderDays);
  }

  private String t(String code, Object... args) {
    return messages.get(Messages.VI, code, args);
  }

  private Map<Long, List<AccountView>> officersByUnit() {
    Map<Long, List<AccountView>> out = new HashMap<>();
    for (AccountView a : accounts.list()) {
      if (a.enabled() && a.roles().contains(Role.UNIT_OFFICER)) {
        a.unitIds().forEach(u -> out.computeIfAbsent(u, k -> new ArrayList<>()).add(a));
      }
    }
    return out;
  }

  private String unitName(long unitId) {
    return org.find(unitId).map(UnitSummary::name).orElse("#" + unitId);
  }

  void opened(ReportingPeriod period, String planTitle, List<UnitReport> created) {
    Map<Long, List<AccountView>> officers = officersByUnit();
    for (UnitReport r : created) {
      notifier.send(new Notice(officers.getOrDefault(r.getUnitId(), List.of()), "PERIOD_OPENED",
          t("notify.opened.subject", period.getLabel()),
          t("notify.opened.body", unitName(r.getUnitId()), period.getLabel(), planTitle,
              VnFormat.date(period.getUnitDue())),
          "/reports/" + r.getId(), "opened:" + r.getId()));
    }
  }

  void returned(UnitReport r, String unitName) {
    notifier.send(new Notice(officersByUnit().getOrDefault(r.getUnitId(), List.of()), "REPORT_RETURNED",
        t("notify.returned.subject", r.getPeriod().getLabel()),
        t("notify.returned.body", unitName, r.getPeriod().getLabel(), r.getReviewComment() == null ? "" : r.getReviewComment()),
        "/reports/" + r.getId(), null));
  }

  void approved(UnitReport r, String unitName) {
    notifier.send(new Notice(officersByUnit().getOrDefault(r.getUnitId(), List.of()), "REPORT_APPROVED",
        t("notify.approved.subject", r.getPeriod().getLabel()),
        t("notify.approved.body", unitName, r.getPeriod().getLabel()), "/reports/" + r.getId(), null));
  }

  void reopened(UnitReport r, String unitName) {
    notifier.send(new Notice(officersByUnit().getOrDefault(r.getUnitId(), List.of()), "REPORT_REOPENED",
        t("notify.reopened.subject", r.getPeriod().getLabel()),
        t("notify.reopened.body", unitName, r.getPeriod().getLabel(), r.getReopenReason()), "/reports/" + r.getId(),
        null));
  }

  /** What one run of the reminder job did. */
  public record ReminderRun(int dueSoon, int overdue, int digests) {}

  /**
   * Daily: for each report of an open period not yet submitted, the reminder for the smallest configured lead time
   * (e.g. 7 and 2 days) that today has reached, once; after the due date, an overdue notice to the unit, once, and one
   * digest per period to administrators listing the overdue units. Dates are Asia/Ho_Chi_Minh calendar days.
   */
  @Transactional
  public ReminderRun remind() {
    LocalDate today = LocalDate.now(clock);
    Map<Long, List<AccountView>> officers = officersByUnit();
    int dueSoon = 0;
    int overdue = 0;
    int digests = 0;
    Map<ReportingPeriod, List<UnitReport>> lateByPeriod = new java.util.LinkedHashMap<>();
    for (UnitReport r : reports.findInOpenPeriods()) {
      ReportingPeriod p = r.getPeriod();
      if (r.getFirstSubmittedAt() != null || p.getStatus() != PeriodStatus.OPEN) {
        continue;
      }
      long daysLeft = ChronoUnit.DAYS.between(today, p.getUnitDue());
      List<AccountView> to = officers.getOrDefault(r.getUnitId(), List.of());
      if (daysLeft >= 0) {
        Integer lead = reminderDays.ceiling((int) daysLeft);
        if (lead != null) {
          dueSoon += notifier.send(new Notice(to, "DUE_SOON", t("notify.due.subject", p.getLabel(), daysLeft),
              t("notify.due.body", unitName(r.getUnitId()), p.getLabel(), VnFormat.date(p.getUnitDue()), daysLeft),
              "/reports/" + r.getId(), "due-" + lead + ":" + r.getId()));
        }
      } else {
        overdue += notifier.send(new Notice(to, "OVERDUE", t("notify.overdue.subject", p.getLabel()),
            t("notify.overdue.body", unitName(r.getUnitId()), p.getLabel(), VnFormat.date(p.getUnitDue())),
            "/reports/" + r.getId(), "overdue:" + r.getId()));
        lateByPeriod.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
      }
    }
    List<AccountView> admins = accounts.withRole(Role.ADMIN);
    for (Map.Entry<ReportingPeriod, List<UnitReport>> e : lateByPeriod.entrySet()) {
      StringBuilder body = new StringBuilder(t("notify.overdueDigest.body", e.getKey().getLabel(),
          VnFormat.date(e.getKey().getUnitDue()), e.getValue().size()));
      e.getValue().forEach(r -> body.append("\n- ").append(unitName(r.getUnitId())));
      digests += notifier.send(new Notice(admins, "OVERDUE_DIGEST",
          t("notify.overdueDigest.subject", e.getKey().getLabel(), e.getValue().size()), body.toString(),
          "/reporting/periods/" + e.getKey().getId(), "overdue-digest:" + e.getKey().getId() + ":" + today));
    }
    return new ReminderRun(dueSoon, overdue, digests);
  }

  /**
   * The delay-warning digest for the steering committee ({@link SteeringCommittee#recipients()}: its named members,
   * else every LEADER; copied to administrators): late tasks of every plan being reported on, grouped by plan, most
   * overdue first. Weekly runs are keyed by ISO week so they go out once; on demand it always goes.
   */
  @Transactional
  public int delayDigest(boolean onDemand) {
    return delayDigest(onDemand, null);
  }

  /** The same, on demand, for one plan only (null: every plan being reported on). */
  @Transactional
  public int delayDigest(boolean onDemand, Long planId) {
    List<DelayedTask> delays = insights.delays(planId);
    if (delays.isEmpty() && !onDemand) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock);
    StringBuilder body = new StringBuilder(t("notify.delays.body", VnFormat.date(today), delays.size()));
    Map<Long, List<DelayedTask>> byPlan = new java.util.LinkedHashMap<>();
    delays.forEach(d -> byPlan.computeIfAbsent(d.planId(), k -> new ArrayList<>()).add(d));
    for (List<DelayedTask> ofPlan : byPlan.values()) {
      body.append("\n\n").append(t("notify.delays.plan", ofPlan.get(0).planTitle(), ofPlan.size()));
      for (DelayedTask d : ofPlan) {
        body.append("\n- [").append(d.code()).append("] ").append(d.title()).append(" — ")
            .append(String.join(", ", d.leadUnits())).append(" — ")
            .append(t("notify.delays.line", VnFormat.date(d.deadline()), d.daysLate()));
        // a late task nobody reported on says so, apart from one reported as not started
        body.append(", ").append(d.lastStatus() == null ? t("notify.delays.notReported")
            : t("notify.delays.lastStatus", t("taskStatus." + d.lastStatus().name())));
      }
    }
    List<AccountView> to = steeringCommittee.recipients();
    String key = onDemand ? null
        : "delay-digest:" + today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return notifier.send(new Notice(to, "DELAY_DIGEST", t("notify.delays.subject", delays.size()), body.toString(),
        planId == null ? "/reporting/delays" : "/reporting/delays?plan=" + planId, key));
  }
}
