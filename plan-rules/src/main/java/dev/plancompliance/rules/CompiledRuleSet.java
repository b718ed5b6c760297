package dev.plancompliance.rules;

import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * One compiled group of rule files sharing a KieBase: the standard catalogue (precompiled executable
 * model) or a host's folder of DRL (compiled at {@code build()}).
 *
 * @param ids rule id of each DRL rule, by rule name; rules without an id (helpers that derive facts) are absent
 */
record CompiledRuleSet(String name, KieBase kieBase, boolean declaresContext, Map<String, String> ids, List<RuleInfo> rules, List<RuleSetDigest> digests) {
  CompiledRuleSet {
    ids = Map.copyOf(ids);
    rules = List.copyOf(rules);
    digests = List.copyOf(digests);
  }
}
