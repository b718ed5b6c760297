package dev.plancompliance.rules;

import dev.plancompliance.model.Occurrence;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.ProgressReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The occurrences DL-003 judges (inserted beside the progress report): of each target, every closed one-off
 * window and the latest {@link PlanValidator#LISTED_INSTANCES} period instances one by one; the earlier
 * instances folded. Of those, the ones without a completion become at most two runs, the instances due before
 * the report's date (overdue) and those due on or after it (not known yet); an instance recorded done leaves
 * no trace. A plan issued decades ago with a monthly duty thus gives a finding per recent month and one for the
 * run before, and the facts in a session stay bounded by the plan's size whatever its dates.
 */
final class ClosedOccurrences {
  private static final Comparator<Occurrence> DUE_ORDER = Comparator.comparing(Occurrence::due).thenComparing(Occurrence::period);

  private ClosedOccurrences() {}

  static List<Occurrence> of(Plan plan, ProgressReport seen, LocalDate asOf) {
    List<Occurrence> out = new ArrayList<>();
    for (String target : plan.progressTargets()) {
      List<Occurrence> instances = new ArrayList<>();
      for (Occurrence o : plan.closedOccurrences(target, asOf)) {
        (o.period().isEmpty() ? out : instances).add(o);
      }
      instances.sort(DUE_ORDER);
      int earlier = Math.max(0, instances.size() - PlanValidator.LISTED_INSTANCES);
      List<Occurrence> overdue = new ArrayList<>();
      List<Occurrence> unknown = new ArrayList<>();
      for (Occurrence o : instances.subList(0, earlier)) {
        if (!seen.isDone(o.target(), o.period())) {
          (o.due().isBefore(seen.asOf()) ? overdue : unknown).add(o);
        }
      }
      for (List<Occurrence> run : List.of(overdue, unknown)) {
        if (!run.isEmpty()) {
          out.add(Occurrence.fold(run));
        }
      }
      out.addAll(instances.subList(earlier, instances.size()));
    }
    return out;
  }
}
