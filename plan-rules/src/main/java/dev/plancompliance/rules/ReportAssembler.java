package dev.plancompliance.rules;

import dev.plancompliance.model.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the rules raised into a report: messages rendered, outcomes resolved, findings ordered. A
 * plan's report gives every cross-plan rule NOT_APPLICABLE; a set's cross-plan report has the cross-plan
 * rules only.
 */
final class ReportAssembler {
  private final List<RuleInfo> rules;
  private final java.util.Set<String> crossPlan;
  private final Map<String, RuleInfo> byId = new HashMap<>();
  private final List<RuleSetDigest> manifest;
  private final MessageCatalogue messages;

  ReportAssembler(List<CompiledRuleSet> sets, MessageCatalogue messages, java.util.Set<String> crossPlan) {
    this.crossPlan = java.util.Set.copyOf(crossPlan);
    this.rules = sets.stream().flatMap(s -> s.rules().stream()).sorted(Comparator.comparing(RuleInfo::id)).toList();
    this.rules.forEach(r -> byId.put(r.id(), r));
    this.manifest = sets.stream().flatMap(s -> s.digests().stream()).toList();
    this.messages = messages;
  }

  List<RuleInfo> rules() {
    return rules;
  }

  List<RuleSetDigest> manifest() {
    return manifest;
  }

  java.util.Set<String> crossPlan() {
    return crossPlan;
  }

  /** The report of one plan: cross-plan rules are NOT_APPLICABLE. */
  ValidationReport assemble(Plan plan, LocalDate asOf, RuleContext ctx) {
    return assemble(plan, asOf, ctx, false);
  }

  /**
   * The report of a document that is not an implementing plan ({@link dev.plancompliance.model.DocumentKind#isImplementingPlan()}):
   * no rule ran, every rule is NOT_APPLICABLE with the reason "not a plan: &lt;kind as printed&gt;".
   */
  ValidationReport notAPlan(Plan plan, LocalDate asOf) {
    Map<String, Object> params = Map.of("kind", plan.ref().kind().printedName());
    String vi = messages.render(Language.VI, NOT_A_PLAN_REASON, params);
    String en = messages.render(Language.EN, NOT_A_PLAN_REASON, params);
    List<RuleOutcome> outcomes = rules.stream().map(r -> new RuleOutcome(r.id(), r.severity(), Outcome.NOT_APPLICABLE, vi, en)).toList();
    return new ValidationReport(plan.ref(), asOf, manifest, outcomes, List.of(), List.of());
  }

  /** The cross-plan report of a set whose parent is {@code parent}: the cross-plan rules only. */
  ValidationReport assembleCrossPlan(Plan parent, LocalDate asOf, RuleContext ctx) {
    return assemble(parent, asOf, ctx, true);
  }

  private ValidationReport assemble(Plan plan, LocalDate asOf, RuleContext ctx, boolean crossPlanReport) {
    Map<String, Integer> taskIndex = new HashMap<>();
    for (int i = 0; i < plan.tasks().size(); i++) {
      taskIndex.put(plan.tasks().get(i).code(), i);
    }
    long planSeed = planSeed(plan);
    // the same finding raised twice (same rule, path and message) is reported once
    Map<FindingKey, Finding> findings = new LinkedHashMap<>();
    for (RuleContext.Raised r : ctx.raised()) {
      RuleInfo rule = byId.get(r.ruleId());
      if (rule == null || crossPlan.contains(rule.id()) != crossPlanReport) {
        continue; // an id the metadata check rejected, or a rule of the other scope (it cannot fire here)
      }
      Finding f = new Finding(
          rule.id(),
          rule.severity(),
          r.path(),
          Optional.ofNullable(r.taskCode()),
          r.source(),
          messages.render(Language.VI, r.messageKey(), r.params()),
          messages.render(Language.EN, r.messageKey(), r.params()),
          rule.basis(),
          Optional.ofNullable(r.params().get("actual")).map(String::valueOf),
          Optional.ofNullable(r.params().get("expected")).map(String::valueOf),
          fingerprint(rule.id(), r.path(), planSeed),
          r.relatedPlan(),
          rule.basisKind());
      findings.putIfAbsent(new FindingKey(f.fingerprint(), f.messageEn()), f);
    }
    List<Finding> sorted = new ArrayList<>(findings.values());
    sorted.sort(Comparator.comparing(Finding::severity)
        .thenComparing(Finding::ruleId)
        .thenComparing(f -> f.taskCode().map(c -> taskIndex.getOrDefault(c, -1)).orElse(-1))
        .thenComparing(Finding::path)
        .thenComparing(Finding::messageEn));

    Map<String, RuleError> errorById = new HashMap<>();
    ctx.errors().forEach(e -> errorById.putIfAbsent(e.ruleId(), e));
    java.util.Set<String> failedRules = new java.util.HashSet<>();
    sorted.forEach(f -> failedRules.add(f.ruleId()));
    List<RuleOutcome> outcomes = new ArrayList<>();
    for (RuleInfo rule : rules) {
      if (crossPlan.contains(rule.id()) != crossPlanReport) {
        if (!crossPlanReport) {
          outcomes.add(new RuleOutcome(rule.id(), rule.severity(), Outcome.NOT_APPLICABLE,
              messages.render(Language.VI, CROSS_PLAN_REASON, Map.of()), messages.render(Language.EN, CROSS_PLAN_REASON, Map.of())));
        }
        continue;
      }
      RuleError error = errorById.get(rule.id());
      RuleContext.Mark mark = ctx.marks().get(rule.id());
      boolean failed = failedRules.contains(rule.id());
      if (error != null) {
        outcomes.add(new RuleOutcome(rule.id(), rule.severity(), Outcome.NOT_EVALUABLE, "quy tắc bị lỗi khi chạy: " + error.message(), "the rule failed at run time: " + error.message()));
      } else if (failed) {
        outcomes.add(new RuleOutcome(rule.id(), rule.severity(), Outcome.FAILED, "", ""));
      } else if (ctx.stopped().containsKey(rule.id()) && mark == null) {
        String by = ctx.stopped().get(rule.id());
        outcomes.add(new RuleOutcome(rule.id(), rule.severity(), Outcome.NOT_EVALUABLE, "bộ quy tắc dừng khi quy tắc \"" + by + "\" bị lỗi",
            "its rule set stopped when rule \"" + by + "\" failed"));
      } else if (mark != null) {
        outcomes.add(new RuleOutcome(rule.id(), rule.severity(), mark.outcome(),
            messages.render(Language.VI, mark.reasonKey(), mark.params()), messages.render(Language.EN, mark.reasonKey(), mark.params())));
      } else {
        outcomes.add(new RuleOutcome(rule.id(), rule.severity(), Outcome.PASSED, "", ""));
      }
    }
    return new ValidationReport(plan.ref(), asOf, manifest, outcomes, sorted, ctx.errors());
  }

  private record FindingKey(String fingerprint, String messageEn) {}

  /** The reason every rule gives when the document is not an implementing plan. */
  static final String NOT_A_PLAN_REASON = "reason.not-a-plan";

  /** The reason a plan's report gives for a cross-plan rule. */
  static final String CROSS_PLAN_REASON = "reason.cross-plan";

  /**
   * Stable across reports of the same plan: rule, path, and the plan's identity — its symbol, issuer and
   * title, since drafts share blank-number symbols such as "/KH-UBND".
   */
  static String fingerprint(String ruleId, String path, Plan plan) {
    return fingerprint(ruleId, path, planSeed(plan));
  }

  // 64-bit FNV-1a: stable across runs and JVMs, and cheap; a fingerprint identifies, it does not protect.
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** The hash state after the plan's identity, computed once per report. */
  private static long planSeed(Plan plan) {
    return fnv(fnv(fnv(FNV_OFFSET, plan.ref().symbol()), plan.issuer()), plan.ref().title().orElse(""));
  }

  private static String fingerprint(String ruleId, String path, long planSeed) {
    String hex = Long.toHexString(fnv(fnv(planSeed, ruleId), path));
    return "0".repeat(16 - hex.length()) + hex;
  }

  private static long fnv(long h, String part) {
    for (int i = 0; i < part.length(); i++) {
      h = (h ^ part.charAt(i)) * FNV_PRIME;
    }
    return (h ^ '\n') * FNV_PRIME;
  }
}
