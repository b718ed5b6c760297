package dev.plancompliance.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One time a task or reporting duty falls due: a dated task once, a recurring one per period instance.
 * A validator may fold a long run of period instances of one target into one occurrence ({@link #fold}),
 * so that a duty missed every month for decades is one finding, not hundreds.
 *
 * @param target the task's code, or {@code reportingDuties[i]}
 * @param period the period instance of a recurring frame ({@code 2025-H2}), empty for a one-off window;
 *     for a run, its first and last instances joined by {@link #RUN} ({@code 2019-01…2023-12})
 * @param due the last compliant day (of a run: of its last instance)
 * @param instances how many period instances the occurrence stands for: 1, or the length of a run
 */
public record Occurrence(String target, String period, LocalDate due, int instances) {
  /** What joins the first and last instance of a run in {@link #period()}: no period name holds it. */
  public static final String RUN = "…";

  public Occurrence {
    Checks.nonBlank(target, "Occurrence", "target");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(due, "due");
    if (instances < 1 || instances > 1 && !period.contains(RUN)) {
      throw new IllegalArgumentException("an occurrence stands for one instance, or for a run named first" + RUN + "last: "
          + instances + " instances, period '" + period + "'");
    }
  }

  /** One instance (or a one-off window when {@code period} is empty). */
  public Occurrence(String target, String period, LocalDate due) {
    this(target, period, due, 1);
  }

  /**
   * The run of {@code run}'s instances, in due order, all of one target, as one occurrence: named by the first
   * and last instance, due when the last is. A run of one is that instance.
   */
  public static Occurrence fold(List<Occurrence> run) {
    if (run.isEmpty()) {
      throw new IllegalArgumentException("no instances to fold");
    }
    Occurrence first = run.get(0);
    Occurrence last = run.get(run.size() - 1);
    if (run.size() == 1) {
      return first;
    }
    int count = 0;
    for (Occurrence o : run) {
      if (!o.target.equals(first.target) || o.period.isEmpty()) {
        throw new IllegalArgumentException("a run holds period instances of one target: " + o + " after " + first);
      }
      count += o.instances;
    }
    return new Occurrence(first.target, first.period.split(RUN, -1)[0] + RUN + last.period.substring(last.period.lastIndexOf(RUN) + 1), last.due, count);
  }

  /** Whether the occurrence stands for a run of instances. */
  public boolean isRun() {
    return instances > 1;
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
