package dev.plancompliance.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a host knows of a plan's implementation as of a date: per task (and per period instance of a
 * recurring task or reporting duty) NOT_STARTED, IN_PROGRESS or DONE with its date. A host attaches it
 * when validating, for DL-003 (overdue tasks). A task the report does not mention has no completion
 * recorded.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableProgressReport.class)
@JsonDeserialize(as = ImmutableProgressReport.class)
public abstract class ProgressReport {
  /**
   * The plan it reports on: its symbol ({@code ref.symbol}), or, where plans share a symbol (communes'
   * plans often do), its key with the locality, {@code 01/KH-UBND @ Xã A} ({@link PlanSet#key}).
   */
  public abstract String plan();

  /** Whether the report names {@code plan}: by its key ({@link PlanSet#key}), or by its symbol when it gives no locality. */
  public boolean isFor(Plan plan) {
    return plan().contains(" @ ") ? Text.key(plan()).equals(Text.key(PlanSet.key(plan))) : plan.ref().hasSymbol(plan());
  }

  /** The date the report speaks for: nothing after it is known. */
  public abstract LocalDate asOf();

  public abstract List<TaskProgress> entries();

  /** Whether the report records {@code task} (for {@code period}, empty for a one-off task) as done. */
  public boolean isDone(String task, String period) {
    return entry(task, period).filter(e -> e.status() == ProgressStatus.DONE).isPresent();
  }

  /** The entry for {@code task} and {@code period} (empty for a one-off task). */
  public Optional<TaskProgress> entry(String task, String period) {
    return Optional.ofNullable(entryIndex().get(List.of(task, period)));
  }

  /** The entries by task and period (empty for a one-off task); computed once, entries being unique by both. */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  java.util.Map<List<String>, TaskProgress> entryIndex() {
    java.util.Map<List<String>, TaskProgress> index = new java.util.HashMap<>();
    entries().forEach(e -> index.putIfAbsent(List.of(e.task(), e.period().orElse("")), e));
    return java.util.Collections.unmodifiableMap(index);
  }

  /** What the report says of {@code task} and {@code period}: {@code IN_PROGRESS 2025-09-20}, or {@code no entry}. */
  public String describe(String task, String period) {
    return entry(task, period).map(e -> e.status() + e.date().map(d -> " " + d).orElse("")).orElse("no entry");
  }

  /**
   * The report as seen on {@code date}: only entries dated on or before it (undated statuses kept), and
   * speaking for the earlier of its own date and {@code date}.
   */
  public ProgressReport seenOn(LocalDate date) {
    if (!date.isBefore(asOf())) {
      return this;
    }
    return builder().from(this).asOf(date)
        .entries(entries().stream().filter(e -> e.date().map(d -> !d.isAfter(date)).orElse(true)).toList())
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableProgressReport.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(plan(), "ProgressReport", "plan");
    Checks.unique(entries(), e -> e.task() + (e.period().isPresent() ? "@" + e.period().get() : ""), "ProgressReport", "entries");
    for (TaskProgress e : entries()) {
      if (e.date().filter(d -> d.isAfter(asOf())).isPresent()) {
        throw new InvalidValueException("ProgressReport", "entries",
            "has an entry for " + e.task() + " dated " + e.date().get() + ", after the report's asOf " + asOf());
      }
    }
  }
}
