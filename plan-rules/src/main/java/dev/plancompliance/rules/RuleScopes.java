package dev.plancompliance.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Which rules look across plans: those whose primary rule carries {@code @scope("set")}. They reason about a
 * {@link dev.plancompliance.model.PlanSet} fact, run only when a set is validated, and are NOT_APPLICABLE in
 * a single plan's report. {@code @scope("plan")}, the default, may be written out; any other value is a
 * metadata problem.
 */
final class RuleScopes {
  static final String KEY = "scope";
  static final String PLAN = "plan";
  static final String SET = "set";

  private RuleScopes() {}

  /** The ids of the cross-plan rules of {@code sets}; problems (unknown scope values) are added to {@code problems}. */
  static Set<String> crossPlan(List<CompiledRuleSet> sets, List<String> problems) {
    Set<String> ids = new TreeSet<>();
    for (CompiledRuleSet set : sets) {
      for (KiePackage pkg : set.kieBase().getKiePackages()) {
        for (Rule rule : pkg.getRules()) {
          Object scope = rule.getMetaData().get(KEY);
          Object id = rule.getMetaData().get("id");
          if (scope == null || id == null) {
            continue;
          }
          if (SET.equals(scope.toString())) {
            ids.add(id.toString());
          } else if (!PLAN.equals(scope.toString())) {
            problems.add(set.name() + ": rule \"" + rule.getName() + "\": @scope must be \"plan\" or \"set\", was \"" + scope + "\"");
          }
        }
      }
    }
    return ids;
  }
}
