package dev.plancompliance.model.testkit;

import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.ProgressStatus;
import dev.plancompliance.model.TaskProgress;
import dev.plancompliance.model.Window;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Progress reports on a plan: what a host records of each time a task or reporting duty falls due (a
 * dated task once, a recurring one per period instance from the plan's issue date), some of it done on
 * time, some late, in progress, not started or not mentioned, and now and then an entry that completes
 * nothing (a period on a one-off task, none on a recurring one).
 *
 * <p>A report is drawn as independent parts — its date, whether every instance due by then was done, and
 * a short list of overrides, each naming one thing the plan can report on by index — and resolved against
 * the plan only when assembled, so a failing report shrinks to no overrides (or one) and the plan shrinks
 * on its own.
 */
final class Progress {
  private Progress() {}

  /** The first and last day a generated report speaks for. */
  static final LocalDate FIRST = LocalDate.of(2025, 6, 1);

  static final LocalDate LAST = LocalDate.of(2030, 12, 31);

  /** Whether every instance due by the report date starts out done (then the overrides undo some). */
  enum Fill {
    NOTHING,
    DUE_DONE
  }

  /** One override: the {@code pick}-th thing the plan reports on gets {@code status} (none: no entry), dated {@code offset} days from its due day. */
  record Override(int pick, Optional<ProgressStatus> status, int offset, boolean dated) {}

  record Draft(LocalDate asOf, boolean keyed, Fill fill, int fillOffset, List<Override> overrides) {}

  /** One thing a report may name: a task or {@code reportingDuties[i]}, a period instance or {@code ""}, and its last day if it has one. */
  record Candidate(String target, String period, LocalDate due) {}

  static Arbitrary<Draft> drafts() {
    long days = ChronoUnit.DAYS.between(FIRST, LAST);
    Arbitrary<LocalDate> asOf = Arbitraries.longs().between(0, days).map(FIRST::plusDays);
    Arbitrary<Optional<ProgressStatus>> status = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(Optional.<ProgressStatus>empty())),
        Tuple.of(3, Arbitraries.just(Optional.of(ProgressStatus.DONE))),
        Tuple.of(2, Arbitraries.just(Optional.of(ProgressStatus.IN_PROGRESS))),
        Tuple.of(1, Arbitraries.just(Optional.of(ProgressStatus.NOT_STARTED))));
    Arbitrary<Integer> offset = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(-30, 0)),
        Tuple.of(2, Arbitraries.integers().between(1, 60)),
        Tuple.of(1, Arbitraries.integers().between(-400, 400)));
    Arbitrary<Override> override = Combinators.combine(Arbitraries.integers().between(0, 200), status, offset, Arbitraries.of(true, true, false))
        .as(Override::new);
    Arbitrary<Fill> fill = Arbitraries.frequency(Tuple.of(1, Fill.NOTHING), Tuple.of(2, Fill.DUE_DONE));
    return Combinators.combine(asOf, Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)), fill,
            Arbitraries.integers().between(0, 20), override.list().ofMaxSize(6))
        .as(Draft::new);
  }

  static Arbitrary<ProgressReport> reports(Plan plan) {
    return drafts().map(d -> resolve(plan, d));
  }

  static Arbitrary<PlanProgress> withProgress(Arbitrary<Plan> plans) {
    return Combinators.combine(plans, drafts()).as((plan, draft) -> new PlanProgress(plan, resolve(plan, draft)));
  }

  /**
   * What a report on {@code plan} may name, in the plan's order: each task and reporting duty without a
   * period (its dated window's last day, or none), then each period instance of its recurring frames due
   * from the issue date (or 1/1/2025 when the plan has none) to {@link #LAST}; for a one-off dated task also
   * its year as a period, which a report may name but which completes nothing.
   */
  static List<Candidate> candidates(Plan plan) {
    Map<String, Deadline> targets = new LinkedHashMap<>();
    plan.tasks().forEach(t -> targets.put(t.code(), t.deadline()));
    for (int i = 0; i < plan.reportingDuties().size(); i++) {
      targets.put("reportingDuties[" + i + "]", plan.reportingDuties().get(i).deadline());
    }
    LocalDate from = plan.ref().issuedOn().orElse(LocalDate.of(2025, 1, 1));
    List<Candidate> candidates = new ArrayList<>();
    targets.forEach((target, deadline) -> {
      LocalDate end = deadline.datedWindows().stream().map(Window::end).max(LocalDate::compareTo).orElse(null);
      candidates.add(new Candidate(target, "", end));
      List<String> seen = new ArrayList<>();
      if (end != null && deadline.recurringParts().isEmpty()) {
        seen.add(Integer.toString(end.getYear()));
        candidates.add(new Candidate(target, Integer.toString(end.getYear()), end)); // a period on a one-off task completes nothing
      }
      for (Deadline.Recurring r : deadline.recurringParts()) {
        for (Deadline.Instance i : r.instances(from, LAST)) {
          if (!seen.contains(i.period())) {
            seen.add(i.period());
            candidates.add(new Candidate(target, i.period(), i.due()));
          }
        }
      }
    });
    return candidates;
  }

  static ProgressReport resolve(Plan plan, Draft draft) {
    List<Candidate> candidates = candidates(plan);
    Map<Candidate, TaskProgress> entries = new LinkedHashMap<>();
    candidates.forEach(c -> entries.put(c, null));
    if (draft.fill() == Fill.DUE_DONE) {
      for (Candidate c : candidates) {
        if (c.due() != null && !c.due().isAfter(draft.asOf())) {
          entries.put(c, entry(c, ProgressStatus.DONE, c.due().minusDays(draft.fillOffset()), draft.asOf()));
        }
      }
    }
    if (!candidates.isEmpty()) {
      for (Override o : draft.overrides()) {
        Candidate c = candidates.get(Math.floorMod(o.pick(), candidates.size()));
        LocalDate base = c.due() != null ? c.due() : draft.asOf();
        entries.put(c, o.status().map(s -> entry(c, s, o.dated() || s == ProgressStatus.DONE ? base.plusDays(o.offset()) : null, draft.asOf()))
            .orElse(null));
      }
    }
    String name = draft.keyed() && plan.locality().isPresent() ? PlanSet.key(plan) : plan.ref().symbol();
    return ProgressReport.builder()
        .plan(name)
        .asOf(draft.asOf())
        .entries(entries.values().stream().filter(e -> e != null).toList())
        .build();
  }

  /** An entry dated {@code date} (none when null), never after the report's date. */
  private static TaskProgress entry(Candidate c, ProgressStatus status, LocalDate date, LocalDate asOf) {
    TaskProgress.Builder b = TaskProgress.builder().task(c.target()).status(status);
    if (!c.period().isEmpty()) {
      b.period(c.period());
    }
    if (date != null) {
      b.date(date.isAfter(asOf) ? asOf : date);
    }
    return b.build();
  }
}
