package dev.plancompliance.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A plan (kế hoạch) or action programme (chương trình hành động) that implements one or more directives:
 * its tasks, the registry of agencies they name, the duties it sets for subordinate units and reporting,
 * and any budget figures and spending floor it declares. Non-compliant plans are representable; only
 * meaningless values (blank codes, duplicate task codes or agency ids, duplicate fiscal years) are rejected.
 */
@Value.Immutable(prehash = true) // hashed once: the rules look plans up by value (a set's children in "from" patterns)
@PlanStyle
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(as = ImmutablePlan.class)
public abstract class Plan {
  /** The plan's own document reference (symbol, kind, issuer, date, title). */
  public abstract DocumentRef ref();

  /** Agency id of the issuing body. */
  public abstract String issuer();

  public abstract PlanLevel level();

  /** The locality, as printed ("Huế", "Hà Nội"). */
  public abstract Optional<String> locality();

  /**
   * The directives and parent plans this plan implements, in the order cited. A cited document may say
   * what it implements in turn ({@link DocumentRef#implementsRefs()}): a directive reached through such a
   * chain counts as implemented ({@link #citation(String)}).
   */
  public abstract List<DocumentRef> implementsRefs();

  /**
   * The plans this one implements directly, when it is a sub-plan — often more than one: a district's plan
   * may answer both the province's Party committee plan ({@code …-KH/TU}) and its People's Committee plan
   * ({@code …/KH-UBND}). Each may say which directives it implements.
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  public abstract List<DocumentRef> parentRefs();

  /**
   * What the plan says it covers: every group of the directives it implements (FULL) or some (PARTIAL).
   * Empty when the document does not say: the rules then do not assume FULL — a group without a task
   * leaves COV-001 NOT_EVALUABLE, with the reason that the scope is not stated.
   */
  public abstract Optional<Scope> scope();

  /** Whether the plan states that it covers every group (scope FULL). */
  public boolean declaresFullScope() {
    return scope().map(Scope::isFull).orElse(false);
  }

  /** Whether the plan states that it covers only some groups (scope PARTIAL). */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isPartial() {
    return scope().map(s -> !s.isFull()).orElse(false);
  }

  /** Whether the plan leaves its scope unstated. */
  public boolean statesNoScope() {
    return scope().isEmpty();
  }

  /** The groups a partial plan declares it covers; empty for a full plan or an unstated scope. */
  public List<GroupRef> declaredGroups() {
    return scope().map(Scope::groups).orElse(List.of());
  }

  /**
   * The period the plan says it covers ("giai đoạn 2026–2030"), when it states one. A task dated wholly outside
   * it, or closed before the plan was issued, draws DL-005.
   */
  public abstract Optional<PlanPeriod> period();

  /**
   * The first dated window of {@code task} that had closed before the plan was issued ("Quý II/2025" in a plan
   * of August 2025): such a time frame was already past when the plan set it.
   */
  public Optional<Window> closedBeforeIssue(Task task) {
    if (ref().issuedOn().isEmpty()) {
      return Optional.empty();
    }
    java.time.LocalDate issued = ref().issuedOn().get();
    return task.deadline().datedWindows().stream().filter(w -> w.end().isBefore(issued)).findFirst();
  }

  /** The first dated window of {@code task} that lies wholly outside the plan's {@link #period()}. */
  public Optional<Window> outsidePeriod(Task task) {
    if (period().isEmpty()) {
      return Optional.empty();
    }
    PlanPeriod period = period().get();
    return task.deadline().datedWindows().stream().filter(period::excludes).findFirst();
  }

  /** Tasks in the order printed. */
  public abstract List<Task> tasks();

  /** The targets the plan sets (chỉ tiêu), in the order printed: not tasks. */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  public abstract List<Target> targets();

  /** The requests the plan makes of bodies outside the issuer's authority (đề nghị): not assignments. */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  public abstract List<Request> requests();

  /** Every agency the plan names. */
  public abstract List<Agency> agencies();

  /** Agency id of the body that monitors and consolidates implementation (theo dõi, đôn đốc, tổng hợp). */
  public abstract Optional<String> monitor();

  public abstract Optional<ChildPlanDuty> childPlanDuty();

  public abstract List<ReportingDuty> reportingDuties();

  public abstract List<BudgetYear> budgetYears();

  /** Spending floors the plan itself declares (Hà Nội II.7.d). */
  public abstract List<SpendingFloor> spendingFloors();

  /** The source document the plan was encoded from. */
  public abstract Optional<String> sourceFile();

  /**
   * Where the plan leaves its tasks' specifics (leads, outputs, time frames) to an appendix that is not
   * available — Hà Nội 001 L484: "nội dung nhiệm vụ, giải pháp cụ thể (tại Phụ lục kèm theo Chương trình
   * này)", an appendix the seed lacks. A task that names no lead or no output may name them there, so the
   * rules that need them cannot judge it (NOT_EVALUABLE) rather than fail it.
   */
  public abstract Optional<SourceRef> missingAppendix();

  /** The agency with {@code id}, if the registry has it. */
  public Optional<Agency> agency(String id) {
    return Optional.ofNullable(agencyIndex().get(id));
  }

  /** The registry by id; computed once. */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  java.util.Map<String, Agency> agencyIndex() {
    java.util.Map<String, Agency> index = new java.util.HashMap<>();
    agencies().forEach(a -> index.putIfAbsent(a.id(), a));
    return java.util.Collections.unmodifiableMap(index);
  }

  /** Whether the registry has an agency with {@code id}. */
  public boolean hasAgency(String id) {
    return agency(id).isPresent();
  }

  /** Whether {@code id} names a collective designation in the registry (unknown ids are not collective). */
  public boolean isCollective(String id) {
    return agency(id).map(Agency::collective).orElse(false);
  }

  /**
   * Whether {@code task} names exactly one implementing body (an id listed twice is one body) and that body
   * is not a collective designation: with no lead, that body answers for the task (ACC-007), else nobody
   * does (ACC-001).
   */
  public boolean hasSoleAccountableImplementer(Task task) {
    List<String> implementing = task.implementingAgencies();
    return !implementing.isEmpty() && implementing.stream().distinct().count() == 1 && !isCollective(implementing.get(0));
  }

  /**
   * The ids among {@code ids} that the registry lacks, in their order. For rules: {@code from
   * $p.unregistered($t.agencyIds())} walks only the offending ids, where {@code from $t.agencyIds()} with a
   * constraint made the engine a fact handle for every id of every task.
   */
  public List<String> unregistered(List<String> ids) {
    return select(ids, id -> !hasAgency(id));
  }

  /** The ids among {@code ids} that name a collective designation in the registry, in their order. */
  public List<String> collective(List<String> ids) {
    return select(ids, this::isCollective);
  }

  static List<String> select(List<String> ids, java.util.function.Predicate<String> test) {
    List<String> selected = List.of();
    for (String id : ids) {
      if (test.test(id)) {
        if (selected.isEmpty()) {
          selected = new java.util.ArrayList<>();
        }
        selected.add(id);
      }
    }
    return selected.isEmpty() ? List.of() : java.util.Collections.unmodifiableList(selected);
  }

  /** Agency ids the plan names outside its tasks: issuer, monitor, child-plan units, reporting parties, bodies it requests. */
  public List<String> planLevelAgencyIds() {
    java.util.stream.Stream<String> duties = java.util.stream.Stream.concat(java.util.stream.Stream.concat(
        childPlanDuty().stream().flatMap(d -> d.units().stream()),
        reportingDuties().stream().flatMap(r -> java.util.stream.Stream.concat(r.from().stream(), java.util.stream.Stream.of(r.to())))),
        requests().stream().flatMap(r -> r.addressees().stream()));
    return java.util.stream.Stream.concat(java.util.stream.Stream.concat(java.util.stream.Stream.of(issuer()), monitor().stream()), duties)
        .distinct()
        .toList();
  }

  /** The task with {@code code}, if any. */
  public Optional<Task> task(String code) {
    return tasks().stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /**
   * Whether the plan implements {@code symbol}: cites it among the documents it implements or its parents,
   * or reaches it through what a cited document implements ({@link #citation(String)}).
   */
  public boolean implementsSymbol(String symbol) {
    return citation(symbol).isPresent();
  }

  /**
   * How the plan reaches the document {@code symbol}: the shortest chain of citations from a document the
   * plan cites (its {@link #implementsRefs()}, then its {@link #parentRefs()}) through what each implements.
   */
  public Optional<Citation> citation(String symbol) {
    String key = DocumentRef.symbolKey(symbol);
    return citations().stream().filter(c -> c.target().symbolKey().equals(key)).findFirst();
  }

  /**
   * Every document the plan reaches, each by its shortest chain, nearest first: the documents it cites
   * ({@link #implementsRefs()}, then {@link #parentRefs()}), then what each of those implements, and so on.
   * A symbol reached twice keeps its first, shortest chain.
   */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  public List<Citation> citations() {
    List<Citation> out = new java.util.ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Citation> queue = new java.util.ArrayDeque<>();
    java.util.stream.Stream.concat(implementsRefs().stream(), parentRefs().stream()).forEach(r -> queue.add(Citation.of(r)));
    while (!queue.isEmpty()) {
      Citation c = queue.poll();
      if (seen.add(c.target().symbolKey())) {
        out.add(c);
        c.target().implementsRefs().forEach(r -> queue.add(c.then(r)));
      }
    }
    return List.copyOf(out);
  }

  /** What a progress report may name: each task code and {@code reportingDuties[i]} for each reporting duty. */
  public List<String> progressTargets() {
    return List.copyOf(deadlinesByTarget().keySet());
  }

  /** Tasks and reporting duties (as in {@link #progressTargets()}) with a recurring time frame that falls due on dates. */
  public List<String> recurringTargets() {
    return deadlinesByTarget().entrySet().stream().filter(e -> !e.getValue().recurringParts().isEmpty()).map(java.util.Map.Entry::getKey).toList();
  }

  /**
   * The times tasks and reporting duties fell due before {@code asOf}: each closed dated window (plan-model/TIME-PHRASES.md
   * §3), and each period instance of a recurring frame due from the plan's issue date on. Without an issue
   * date the first instance is unknown and recurring frames give none ({@link #recurringTargets()} names them).
   * A composite is judged part by part, and a progress report names a one-off task once and an instance by
   * its period: where parts share a name (two dated windows, or two yearly parts' instance {@code 2025}),
   * the occurrence is the earliest of them, the first to fall overdue.
   */
  public List<Occurrence> closedOccurrences(java.time.LocalDate asOf) {
    java.util.List<Occurrence> out = new java.util.ArrayList<>();
    deadlinesByTarget().forEach((target, deadline) -> out.addAll(closedOccurrences(target, deadline, asOf)));
    return out;
  }

  /**
   * The occurrences of one target ({@link #closedOccurrences(java.time.LocalDate)} restricted to it), for a host or
   * validator that takes a plan's targets one at a time.
   *
   * @param target a task's code or {@code reportingDuties[i]}, as in {@link #progressTargets()}
   * @throws IllegalArgumentException when the plan has no such target
   */
  public List<Occurrence> closedOccurrences(String target, java.time.LocalDate asOf) {
    Deadline deadline = deadlinesByTarget().get(target);
    if (deadline == null) {
      throw new IllegalArgumentException("the plan has no task or reporting duty " + target);
    }
    return closedOccurrences(target, deadline, asOf);
  }

  private List<Occurrence> closedOccurrences(String target, Deadline deadline, java.time.LocalDate asOf) {
    java.util.Map<String, Occurrence> byPeriod = new java.util.LinkedHashMap<>();
    java.util.function.Consumer<Occurrence> earliest = o -> byPeriod.merge(o.period(), o, (a, b) -> b.due().isBefore(a.due()) ? b : a);
    for (Window w : deadline.datedWindows()) {
      if (w.isClosedOn(asOf)) {
        earliest.accept(new Occurrence(target, "", w.end()));
      }
    }
    ref().issuedOn().ifPresent(issued -> deadline.recurringParts().forEach(r -> r.instances(issued, asOf)
        .forEach(i -> earliest.accept(new Occurrence(target, i.period(), i.due())))));
    return List.copyOf(byPeriod.values());
  }

  /** Each progress target's deadline, in {@link #progressTargets()} order; computed once. */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  java.util.Map<String, Deadline> deadlinesByTarget() {
    java.util.Map<String, Deadline> map = new java.util.LinkedHashMap<>();
    tasks().forEach(t -> map.put(t.code(), t.deadline()));
    for (int i = 0; i < reportingDuties().size(); i++) {
      map.put(Occurrence.REPORTING_DUTIES + i + "]", reportingDuties().get(i).deadline());
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutablePlan.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(issuer(), "Plan", "issuer");
    monitor().ifPresent(m -> Checks.nonBlank(m, "Plan", "monitor"));
    Checks.unique(tasks(), Task::code, "Plan", "tasks");
    for (Task t : tasks()) {
      // a progress report names reporting duties reportingDuties[i]: a task of that code could not be told from one
      if (t.code().startsWith(Occurrence.REPORTING_DUTIES)) {
        throw new InvalidValueException("Plan", "tasks", "has a task coded " + Text.excerpt(t.code(), 100)
            + "; codes starting with \"" + Occurrence.REPORTING_DUTIES + "\" name reporting duties in progress reports");
      }
    }
    Checks.unique(agencies(), Agency::id, "Plan", "agencies");
    Checks.unique(budgetYears(), BudgetYear::fiscalYear, "Plan", "budgetYears");
  }
}
