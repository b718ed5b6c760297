package dev.plancompliance.examples;

import dev.plancompliance.model.Plan;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report with the document it came from, for outputs that point into documents (SARIF, JUnit XML).
 *
 * @param document the plan document as named on the command line, or the bundled example's name
 * @param artifact the file the plan document is, for tools that open it ({@code plans/hue-2025.json} for a bundled one)
 * @param lines the lines of that document, when its text is at hand
 * @param base where the plan sits in the document: {@code $}, or {@code $.children[1]} in a set document
 * @param plan the plan; for a set's cross-plan report, the parent
 * @param crossPlan whether this is a set's cross-plan report
 */
record CheckedPlan(String document, String artifact, Optional<PlanLines> lines, String base, Plan plan, ValidationReport report, boolean crossPlan) {
  CheckedPlan {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(artifact, "artifact");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(report, "report");
  }

  /** Where a finding of this report points: the document and line (a cross-plan finding: the child's, or the parent's). */
  Location locate(Finding f, List<CheckedPlan> all) {
    CheckedPlan target = this;
    String path = f.path();
    if (crossPlan) {
      if (path.startsWith("children[") && f.relatedPlan().isPresent()) {
        String full = path;
        target = all.stream().filter(c -> !c.crossPlan() && c.plan().ref().equals(f.relatedPlan().get())
            && full.startsWith("children[" + dev.plancompliance.model.PlanSet.key(c.plan()) + "]")).findFirst().orElse(this);
        path = path.substring(path.indexOf("].") + 2);
      } else if (path.startsWith("parent.")) {
        path = path.substring("parent.".length());
      }
    }
    String p = path;
    CheckedPlan t = target;
    return new Location(t.artifact(), t.lines().flatMap(l -> l.lineOf(t.plan(), t.base(), p)));
  }

  /** @param artifact the file, as in {@link CheckedPlan#artifact()} */
  record Location(String artifact, Optional<Integer> line) {}
}
