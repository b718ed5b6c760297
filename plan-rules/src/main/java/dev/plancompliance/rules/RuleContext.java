package dev.plancompliance.rules;

import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.SourceRef;
import dev.plancompliance.model.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule sees of the validation it runs in, and how it reports: the global {@code ctx} of every rule
 * set ({@code global dev.plancompliance.rules.RuleContext ctx;}). A rule's consequence calls
 * {@link #fail}, {@link #failTask}, {@link #notApplicable} or {@link #notEvaluable}; the rule's id, severity
 * and basis come from its metadata, its message from the catalogue under the rule id (or
 * {@code <id>.<variant>}). Parameters are name/value pairs; {@code actual} and {@code expected} also fill
 * the finding's fields. One context serves one validation of one plan, on one thread.
 */
public final class RuleContext {
  private final Plan plan;
  private final LocalDate asOf;
  private final dev.plancompliance.model.Directives directives;
  private RuleMeta current;
  private final List<Raised> raised = new ArrayList<>();
  private final Map<String, Mark> marks = new LinkedHashMap<>();
  private final List<RuleError> errors = new ArrayList<>();
  private final Map<String, String> stopped = new LinkedHashMap<>();

  RuleContext(Plan plan, LocalDate asOf, dev.plancompliance.model.Directives directives) {
    this.plan = plan;
    this.asOf = asOf;
    this.directives = directives;
  }

  /** The date the plan is validated as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The positions {@code 0 … size-1} of {@code list}, so a rule can name an element by its position even
   * when two elements are equal ({@code indexOf} would name the first twice).
   */
  public List<Integer> indices(List<?> list) {
    return java.util.stream.IntStream.range(0, list.size()).boxed().toList();
  }

  /** The agency with {@code id} for display in a message, or the id itself when the registry lacks it. */
  public Object agency(String id) {
    return plan.agency(id).map(Object.class::cast).orElse(id);
  }

  /**
   * A task group for display in a message: its definition (number and title in the message's language)
   * when the validator knows the directive, else the reference itself ({@code 66-NQ/TW#4}).
   */
  public Object group(GroupRef group) {
    return directives.find(group.directive())
        .flatMap(d -> d.groups().stream().filter(g -> g.number() == group.number()).findFirst())
        .map(Object.class::cast)
        .orElse(group.toString());
  }

  /**
   * How the plan reaches {@code directive}, for display in a message: its symbol when the plan cites it,
   * else the chain through the parent plan that implements it ("66-NQ/TW (qua 294-KH/TU)").
   */
  public Object citation(dev.plancompliance.model.Directive directive) {
    return plan.citation(directive.symbol()).orElseGet(() -> dev.plancompliance.model.Citation.of(directive.ref()));
  }

  /**
   * A cross-plan finding about {@code child}, a plan of the set that implements the plan validated (the
   * parent), at {@code children[<key>].<field>} ({@link PlanSet#key}); the finding names the child as its
   * related plan.
   */
  public void failChild(Plan child, String field, Object... params) {
    raise(null, "children[" + pathKey(PlanSet.key(child)) + "]." + field, null, child, params);
  }

  /** {@link #failChild} with the message {@code <id>.<variant>}. */
  public void failChildAs(String variant, Plan child, String field, Object... params) {
    raise(variant, "children[" + pathKey(PlanSet.key(child)) + "]." + field, null, child, params);
  }

  /**
   * {@code key} as a finding path writes it between brackets: {@code \\}, {@code [} and {@code ]} escaped
   * with a backslash, so that a path reads one way only (task {@code a].agencies[b} and agency {@code c}
   * cannot give the path, hence the fingerprint, of task {@code a} and agency {@code b].agencies[c}).
   * Keys without those characters, which is every real one, are written as they are.
   */
  public static String pathKey(String key) {
    if (key.indexOf('[') < 0 && key.indexOf(']') < 0 && key.indexOf('\\') < 0) {
      return key;
    }
    return key.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
  }

  /** {@link #pathKey}, for a rule that writes a key into a path: {@code "agencies[" + ctx.key($id) + "]"}. */
  public String key(String key) {
    return pathKey(key);
  }

  /** A finding at {@code path} (e.g. {@code reportingDuties}). */
  public void fail(String path, Object... params) {
    raise(null, path, null, null, params);
  }

  /** A finding at {@code path} with the message {@code <id>.<variant>}. */
  public void failAs(String variant, String path, Object... params) {
    raise(variant, path, null, null, params);
  }

  /** A finding on {@code task}'s {@code field}; adds the parameters {@code task} (its code) and {@code title}. */
  public void failTask(Task task, String field, Object... params) {
    raise(null, "tasks[" + pathKey(task.code()) + "]." + field, task, null, params);
  }

  /** A finding on {@code task}'s {@code field} with the message {@code <id>.<variant>}. */
  public void failTaskAs(String variant, Task task, String field, Object... params) {
    raise(variant, "tasks[" + pathKey(task.code()) + "]." + field, task, null, params);
  }

  /** The rule does not apply to this plan; {@code reason} is a catalogue key under {@code reason.}. */
  public void notApplicable(String reason, Object... params) {
    mark(Outcome.NOT_APPLICABLE, reason, params);
  }

  /** The rule applies but cannot be decided; {@code reason} is a catalogue key under {@code reason.}. */
  public void notEvaluable(String reason, Object... params) {
    mark(Outcome.NOT_EVALUABLE, reason, params);
  }

  void enter(RuleMeta rule) {
    this.current = rule;
  }

  void ruleFailed(org.kie.api.definition.rule.Rule rule, Throwable failure) {
    Object id = rule.getMetaData().get("id");
    errors.add(new RuleError(rule.getName(), id == null ? rule.getName() : id.toString(), Engine.describe(failure)));
  }

  void ruleFailed(String rule, String ruleId, String message) {
    errors.add(new RuleError(rule, ruleId, message));
  }

  /** The session of a rule set stopped when {@code rule} failed: its rules that found nothing were not evaluated to the end. */
  void ruleSetStopped(List<String> ruleIds, String rule) {
    ruleIds.forEach(id -> stopped.putIfAbsent(id, rule));
  }

  Map<String, String> stopped() {
    return stopped;
  }

  List<RuleError> errors() {
    return errors;
  }

  List<Raised> raised() {
    return raised;
  }

  Map<String, Mark> marks() {
    return marks;
  }

  private RuleMeta requireRule() {
    if (current == null || current.id() == null) {
      throw new IllegalStateException("ctx called outside a rule with an @id");
    }
    return current;
  }

  private void raise(String variant, String path, Task task, Plan related, Object[] params) {
    RuleMeta rule = requireRule();
    Map<String, Object> p = params(params);
    if (task != null) {
      p.putIfAbsent("task", task.code());
      p.putIfAbsent("title", task.title());
    }
    String key = variant == null ? rule.id() : rule.id() + "." + variant;
    raised.add(new Raised(rule.id(), key, path, task == null ? null : task.code(),
        task != null ? task.source() : related != null ? Optional.empty() : sourceOf(path), p, Optional.ofNullable(related).map(Plan::ref)));
  }

  /**
   * The line of the plan a plan-level finding is about, found from its path: a reporting duty's
   * ({@code reportingDuties[i]…}), the child-plan duty's ({@code childPlanDuty…}, {@code parent.childPlanDuty…}),
   * the first target's or request's ({@code targets}, {@code requests}), or, for a fiscal year's figures, the
   * line of the spending floor the plan declares.
   */
  Optional<SourceRef> sourceOf(String path) {
    java.util.regex.Matcher duty = REPORTING_DUTY.matcher(path);
    if (duty.lookingAt()) {
      int i = Integer.parseInt(duty.group(1));
      return i < plan.reportingDuties().size() ? plan.reportingDuties().get(i).source() : Optional.empty();
    }
    if (path.startsWith("childPlanDuty") || path.startsWith("parent.childPlanDuty")) {
      return plan.childPlanDuty().flatMap(dev.plancompliance.model.ChildPlanDuty::source);
    }
    if (path.equals("targets")) {
      return plan.targets().stream().map(dev.plancompliance.model.Target::source).flatMap(Optional::stream).findFirst();
    }
    if (path.equals("requests")) {
      return plan.requests().stream().map(dev.plancompliance.model.Request::source).flatMap(Optional::stream).findFirst();
    }
    if (path.startsWith("budgetYears[")) {
      return plan.spendingFloors().stream().map(dev.plancompliance.model.SpendingFloor::source).filter(java.util.Objects::nonNull).findFirst();
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern REPORTING_DUTY = java.util.regex.Pattern.compile("reportingDuties\\[(\\d{1,9})]");

  private void mark(Outcome outcome, String reason, Object[] params) {
    RuleMeta rule = requireRule();
    // NOT_EVALUABLE outranks NOT_APPLICABLE: a rule that both applies and lacks data cannot be waved away.
    Mark previous = marks.get(rule.id());
    if (previous == null || (previous.outcome() == Outcome.NOT_APPLICABLE && outcome == Outcome.NOT_EVALUABLE)) {
      marks.put(rule.id(), new Mark(outcome, "reason." + reason, params(params)));
    }
  }

  private static Map<String, Object> params(Object[] params) {
    if (params.length % 2 != 0) {
      throw new IllegalArgumentException("parameters come in name/value pairs, got " + params.length + " values");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      map.put(String.valueOf(params[i]), params[i + 1]);
    }
    return map;
  }

  /** Metadata of the rule being fired. */
  record RuleMeta(String name, String id) {}

  /** A finding as a rule raised it, before rendering. */
  record Raised(String ruleId, String messageKey, String path, String taskCode, Optional<SourceRef> source, Map<String, Object> params,
      Optional<DocumentRef> relatedPlan) {}

  /** An outcome a rule set explicitly. */
  record Mark(Outcome outcome, String reasonKey, Map<String, Object> params) {}

}
