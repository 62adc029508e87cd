package vn.innohub.reporting;

import java.time.LocalDate;
import java.util.List;

/** A task past its deadline and not reported done: the steering committee's warning list. */
public record DelayedTask(long planId, String planTitle, long taskId, String code, String title, LocalDate deadline,
    long daysLate, TaskStatus lastStatus, String lastPeriod, List<String> leadUnits) {}
