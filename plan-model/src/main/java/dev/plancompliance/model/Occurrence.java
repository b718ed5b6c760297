package dev.plancompliance.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One time a task or reporting duty falls due: a dated task once, a recurring one per period instance.
 *
 * @param target the task's code, or {@code reportingDuties[i]}
 * @param period the period instance of a recurring frame ({@code 2025-H2}), empty for a one-off window
 * @param due the last compliant day
 */
public record Occurrence(String target, String period, LocalDate due) {
  public Occurrence {
    Checks.nonBlank(target, "Occurrence", "target");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(due, "due");
  }

  /** Whether the target is a task (not a reporting duty). */
  public boolean isTask() {
    return !target.startsWith(REPORTING_DUTIES);
  }

  /** The index of the reporting duty, for a reporting-duty occurrence. */
  public int reportingDuty() {
    if (isTask()) {
      throw new IllegalStateException(target + " is a task, not a reporting duty");
    }
    return Integer.parseInt(target.substring(REPORTING_DUTIES.length(), target.length() - 1));
  }

  /** The field of the target a finding points at: {@code deadline}, or {@code deadline[2025-H2]}. */
  public String field() {
    return "deadline" + (period.isEmpty() ? "" : "[" + period + "]");
  }

  /** The path of the occurrence in the plan: {@code tasks[II.5].deadline[2026]}, {@code reportingDuties[0].deadline[2025-H2]}. */
  public String path() {
    return (isTask() ? "tasks[" + target + "]" : target) + "." + field();
  }

  static final String REPORTING_DUTIES = "reportingDuties[";
}
