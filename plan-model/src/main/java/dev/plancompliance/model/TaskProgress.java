package dev.plancompliance.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a progress report: where a task (by its code) or a reporting duty ({@code reportingDuties[0]})
 * stands, for one period instance when it recurs ({@code 2025}, {@code 2025-H2}, {@code 2026-Q1},
 * {@code 2025-06}: see {@link Deadline.Recurring#instances}), with the date of the status (required when
 * DONE: the completion date) and an optional note.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableTaskProgress.class)
@JsonDeserialize(as = ImmutableTaskProgress.class)
public abstract class TaskProgress {
  /** The task's code, or {@code reportingDuties[i]} for the plan's i-th reporting duty. */
  public abstract String task();

  /** The period instance of a recurring task or duty; absent for a one-off task. */
  public abstract Optional<String> period();

  public abstract ProgressStatus status();

  /** When the status was reached; for DONE, the completion date. */
  public abstract Optional<LocalDate> date();

  public abstract Optional<String> note();

  public static TaskProgress done(String task, LocalDate on) {
    return builder().task(task).status(ProgressStatus.DONE).date(on).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableTaskProgress.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(task(), "TaskProgress", "task");
    period().ifPresent(p -> Checks.nonBlank(p, "TaskProgress", "period"));
    if (status() == ProgressStatus.DONE && date().isEmpty()) {
      throw new InvalidValueException("TaskProgress", "date", "is required when status is DONE (the completion date)");
    }
  }
}
