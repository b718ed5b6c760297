package dev.plancompliance.rules.reference;

import dev.plancompliance.model.PlanSet;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.RuleOutcome;
import dev.plancompliance.rules.SetReport;
import dev.plancompliance.rules.ValidationReport;
import dev.plancompliance.rules.reference.ReferenceChecker.RuleResult;
import dev.plancompliance.rules.reference.ReferenceChecker.SetResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A validation report cut down to what the reference checker answers, and the differences between the two. */
final class Reports {
  /** The standard validator, built once for every test class of the package (building it takes a second or two). */
  static final PlanValidator STANDARD = PlanValidator.builder().withStandardRules().build();

  private Reports() {}

  /** Per rule id: the report's outcome and the paths of that rule's findings. */
  static Map<String, RuleResult> results(ValidationReport report) {
    Map<String, RuleResult> results = new TreeMap<>();
    for (RuleOutcome o : report.outcomes()) {
      Set<String> paths = new TreeSet<>();
      for (Finding f : report.findings(o.ruleId())) {
        paths.add(f.path());
      }
      results.put(o.ruleId(), new RuleResult(o.outcome(), paths));
    }
    return results;
  }

  /** Each rule on which the two disagree, as "RULE: drools X, reference Y"; empty when they agree on every rule. */
  static List<String> differences(Map<String, RuleResult> drools, Map<String, RuleResult> reference) {
    Map<String, String> diffs = new LinkedHashMap<>();
    Set<String> ids = new TreeSet<>(drools.keySet());
    ids.addAll(reference.keySet());
    for (String id : ids) {
      RuleResult d = drools.get(id);
      RuleResult r = reference.get(id);
      if (d == null || !d.equals(r)) {
        diffs.put(id, id + ": drools " + d + ", reference " + r);
      }
    }
    return List.copyOf(diffs.values());
  }

  /**
   * Where a set report and the reference's set result disagree: each difference of the parent's, each
   * child's (named by its key) and the cross-plan report, prefixed with the report's name.
   */
  static List<String> differences(SetReport drools, SetResult reference) {
    List<String> diffs = new ArrayList<>();
    differences(results(drools.parent()), reference.parent()).forEach(d -> diffs.add("parent " + d));
    if (drools.children().size() != reference.children().size()) {
      diffs.add("children: drools " + drools.children().size() + ", reference " + reference.children().size());
    } else {
      for (int i = 0; i < drools.children().size(); i++) {
        String name = "child " + drools.children().get(i).plan().symbol() + " #" + i + " ";
        differences(results(drools.children().get(i)), reference.children().get(i)).forEach(d -> diffs.add(name + d));
      }
    }
    Map<String, RuleResult> crossPlan = results(drools.crossPlan());
    differences(crossPlan, reference.crossPlan()).forEach(d -> diffs.add("cross-plan " + d));
    return diffs;
  }

  /** {@link #differences(SetReport, SetResult)} of the standard validator's report of {@code set}. */
  static List<String> differences(PlanSet set, java.time.LocalDate asOf, ReferenceChecker reference) {
    return differences(STANDARD.validate(set, asOf), reference.check(set, asOf));
  }
}
