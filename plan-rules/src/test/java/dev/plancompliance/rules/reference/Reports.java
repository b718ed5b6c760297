package dev.plancompliance.rules.reference;

import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.RuleOutcome;
import dev.plancompliance.rules.ValidationReport;
import dev.plancompliance.rules.reference.ReferenceChecker.RuleResult;
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
}
