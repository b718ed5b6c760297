package dev.plancompliance.rules;

import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One compiled group of rule files sharing a KieBase: the standard catalogue (precompiled executable
 * model) or a host's folder of DRL (compiled at {@code build()}).
 *
 * @param ids rule id of each DRL rule, by rule name; rules without an id (helpers that derive facts) are absent
 */
record CompiledRuleSet(
    String name,
    KieBase kieBase,
    KieSessionsPool sessions,
    boolean declaresContext,
    Map<String, String> ids,
    Map<String, RuleContext.RuleMeta> metas,
    List<RuleInfo> rules,
    List<RuleSetDigest> digests) {
  CompiledRuleSet {
    ids = Map.copyOf(ids);
    metas = Map.copyOf(metas);
    rules = List.copyOf(rules);
    digests = List.copyOf(digests);
  }

  static CompiledRuleSet of(String name, KieBase kieBase, boolean declaresContext, Map<String, String> ids, List<RuleInfo> rules, List<RuleSetDigest> digests) {
    Map<String, RuleContext.RuleMeta> metas = new java.util.HashMap<>();
    kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> metas.put(r.getName(), new RuleContext.RuleMeta(r.getName(), ids.get(r.getName())))));
    // Sessions are reused: a disposed pooled session is reset and handed to the next validation (thread-safe).
    return new CompiledRuleSet(name, kieBase, kieBase.newKieSessionsPool(2), declaresContext, ids, metas, rules, digests);
  }
}
