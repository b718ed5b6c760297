package dev.plancompliance.rules.reference;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.BudgetLevel;
import dev.plancompliance.model.BudgetYear;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanLevel;
import dev.plancompliance.model.ReportingDuty;
import dev.plancompliance.model.SpendingFloor;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.TaskGroupDefinition;
import dev.plancompliance.rules.Outcome;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The standard rule catalogue (RULES.md) in plain Java, written from the catalogue and the rule cases
 * rather than from the DRL: the differential oracle of the Drools rules, and the "physical limit"
 * baseline of the benchmarks. For a plan and a date it answers, per rule id, the outcome and the set of
 * finding paths (the paths of the report: {@code tasks[II.1].leads}, {@code groups[66-NQ/TW#4]}, …).
 *
 * <p>It reads only data from the model (values, the directive catalogue); what a time frame means — its
 * last day, whether it states a time, a frequency, a cut-off — is decided here, independently of the
 * model's helper methods that the rules use.
 */
public final class ReferenceChecker {
  /** The rule ids of the standard catalogue, in report order. */
  public static final List<String> RULE_IDS = List.of(
      "ACC-001", "ACC-002", "ACC-003", "ACC-004", "ACC-005", "ACC-006", "ACC-007",
      "BUD-001", "BUD-002",
      "COV-001", "COV-002", "COV-003", "COV-004",
      "DL-001", "DL-002",
      "REP-001", "REP-002",
      "STR-001", "STR-002");

  /** What one rule concludes: its outcome and the paths of its findings (empty unless FAILED). */
  public record RuleResult(Outcome outcome, Set<String> paths) {
    public RuleResult {
      Objects.requireNonNull(outcome, "outcome");
      paths = Collections.unmodifiableSortedSet(new TreeSet<>(paths));
    }

    @Override
    public String toString() {
      return outcome + (paths.isEmpty() ? "" : " " + paths);
    }
  }

  private final Directives catalogue;

  /** A checker that knows the standard directives (66-NQ/TW, 06-CT/TU), as {@code withStandardRules()} does. */
  public ReferenceChecker() {
    this(Directives.standard());
  }

  public ReferenceChecker(Directives catalogue) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /** Every rule's result for {@code plan} as of {@code asOf}, keyed by rule id in {@link #RULE_IDS} order. */
  public Map<String, RuleResult> check(Plan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Run run = new Run(plan, asOf, known(plan));
    Map<String, RuleResult> results = new LinkedHashMap<>();
    results.put("ACC-001", run.acc001());
    results.put("ACC-002", run.acc002());
    results.put("ACC-003", run.acc003());
    results.put("ACC-004", run.acc004());
    results.put("ACC-005", run.acc005());
    results.put("ACC-006", run.acc006());
    results.put("ACC-007", run.acc007());
    results.put("BUD-001", run.bud001());
    results.put("BUD-002", run.bud002());
    results.put("COV-001", run.cov001());
    results.put("COV-002", run.cov002());
    results.put("COV-003", run.cov003());
    results.put("COV-004", run.cov004());
    results.put("DL-001", run.dl001());
    results.put("DL-002", run.dl002());
    results.put("REP-001", run.rep001());
    results.put("REP-002", run.rep002());
    results.put("STR-001", run.str001());
    results.put("STR-002", run.str002());
    return results;
  }

  /** The catalogue's directives the plan cites among the documents it implements, each once. */
  private List<Directive> known(Plan plan) {
    Set<Directive> found = new LinkedHashSet<>();
    for (var ref : plan.implementsRefs()) {
      for (Directive d : catalogue.all()) {
        if (symbolKey(d.symbol()).equals(symbolKey(ref.symbol()))) {
          found.add(d);
        }
      }
    }
    return List.copyOf(found);
  }

  /** Symbols compare ignoring case, Unicode form and every kind of space ("66-nq/ TW" is 66-NQ/TW). */
  static String symbolKey(String symbol) {
    return Normalizer.normalize(symbol, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u2007\\u202F]", "").toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------------------------------------------
  // What a time frame says (TIME-PHRASES §4), decided here

  /** Whether a frame states a time for DL-001: YES, NO, or UNKNOWN when it is set in an appendix the plan lacks. */
  enum Stated {
    YES,
    NO,
    UNKNOWN
  }

  static Stated stated(Deadline d) {
    if (d instanceof Deadline.Vague || d instanceof Deadline.Unspecified) {
      return Stated.NO;
    }
    if (d instanceof Deadline.External e && e.source() == Deadline.Source.APPENDIX) {
      return Stated.UNKNOWN;
    }
    if (d instanceof Deadline.Composite c) {
      // one part that states a time is enough; failing that, a part in the missing appendix leaves it open
      List<Stated> parts = c.parts().stream().map(ReferenceChecker::stated).toList();
      return parts.contains(Stated.YES) ? Stated.YES : parts.contains(Stated.UNKNOWN) ? Stated.UNKNOWN : Stated.NO;
    }
    return Stated.YES;
  }

  /** The last compliant day of every dated part: OnDate, ByDate ("trước" = strictly before), WithinMonth, InYear, YearRange. */
  static List<LocalDate> lastDays(Deadline d) {
    List<LocalDate> days = new ArrayList<>();
    if (d instanceof Deadline.OnDate x) {
      days.add(x.date());
    } else if (d instanceof Deadline.ByDate x) {
      days.add(x.exclusive() ? x.date().minusDays(1) : x.date());
    } else if (d instanceof Deadline.WithinMonth x) {
      days.add(x.month().atEndOfMonth());
    } else if (d instanceof Deadline.InYear x) {
      days.add(LocalDate.of(x.year(), 12, 31));
    } else if (d instanceof Deadline.YearRange x) {
      days.add(LocalDate.of(x.to(), 12, 31));
    } else if (d instanceof Deadline.Composite c) {
      c.parts().forEach(p -> days.addAll(lastDays(p)));
    }
    return days;
  }

  /** Whether the frame says how often: a recurring frame whose period is known (each event counts). */
  static boolean saysHowOften(Deadline d) {
    if (d instanceof Deadline.Recurring r) {
      return r.period() != Deadline.Period.UNSPECIFIED;
    }
    return d instanceof Deadline.Composite c && c.parts().stream().anyMatch(ReferenceChecker::saysHowOften);
  }

  /** Whether the frame says by when each report is due: a cut-off day, or the quarter or month it falls in. */
  static boolean saysCutoff(Deadline d) {
    if (d instanceof Deadline.Recurring r) {
      return !r.cutoffs().isEmpty() || r.quarter() != null || r.month() != null;
    }
    return d instanceof Deadline.Composite c && c.parts().stream().anyMatch(ReferenceChecker::saysCutoff);
  }

  // ---------------------------------------------------------------------------------------------------

  /** One check of one plan. */
  private static final class Run {
    private final Plan plan;
    private final LocalDate asOf;
    private final List<Directive> known;
    private final Map<String, Agency> registry = new LinkedHashMap<>();

    Run(Plan plan, LocalDate asOf, List<Directive> known) {
      this.plan = plan;
      this.asOf = asOf;
      this.known = known;
      plan.agencies().forEach(a -> registry.putIfAbsent(a.id(), a));
    }

    private boolean collective(String id) {
      Agency a = registry.get(id);
      return a != null && a.collective();
    }

    private static String at(Task t, String field) {
      return "tasks[" + t.code() + "]." + field;
    }

    private static RuleResult findings(Set<String> paths) {
      return new RuleResult(paths.isEmpty() ? Outcome.PASSED : Outcome.FAILED, paths);
    }

    private static RuleResult just(Outcome outcome) {
      return new RuleResult(outcome, Set.of());
    }

    private static List<String> distinct(List<String> ids) {
      return ids.stream().distinct().toList();
    }

    /** A task with no lead is accountable through exactly one implementing body that is not a collective. */
    private boolean soleNamedImplementer(Task t) {
      List<String> implementers = distinct(t.implementers());
      return implementers.size() == 1 && !collective(implementers.get(0));
    }

    // --- Accountability

    RuleResult acc001() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        if (t.leads().isEmpty() && !soleNamedImplementer(t)) {
          paths.add(at(t, "leads"));
        }
      }
      return findings(paths);
    }

    RuleResult acc002() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        if (distinct(t.leads()).size() > 1) {
          paths.add(at(t, "leads"));
        }
      }
      return findings(paths);
    }

    RuleResult acc003() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        for (String lead : t.leads()) {
          if (collective(lead)) {
            paths.add(at(t, "leads[" + lead + "]"));
          }
        }
      }
      return findings(paths);
    }

    RuleResult acc004() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        for (String lead : t.leads()) {
          if (t.coordinators().contains(lead)) {
            paths.add(at(t, "coordinators[" + lead + "]"));
          }
        }
      }
      return findings(paths);
    }

    RuleResult acc005() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        for (List<String> role : List.of(t.leads(), t.coordinators(), t.implementers())) {
          for (String id : role) {
            if (!registry.containsKey(id)) {
              paths.add(at(t, "agencies[" + id + "]"));
            }
          }
        }
      }
      List<String> planLevel = new ArrayList<>();
      planLevel.add(plan.issuer());
      plan.monitor().ifPresent(planLevel::add);
      plan.childPlanDuty().ifPresent(c -> planLevel.addAll(c.units()));
      for (ReportingDuty r : plan.reportingDuties()) {
        planLevel.addAll(r.from());
        planLevel.add(r.to());
      }
      for (String id : planLevel) {
        if (!registry.containsKey(id)) {
          paths.add("agencies[" + id + "]");
        }
      }
      return findings(paths);
    }

    RuleResult acc006() {
      return plan.monitor().isPresent() ? just(Outcome.PASSED) : findings(Set.of("monitor"));
    }

    RuleResult acc007() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        if (t.leads().isEmpty() && soleNamedImplementer(t)) {
          paths.add(at(t, "implementers"));
        }
      }
      return findings(paths);
    }

    // --- Budget

    private static BudgetLevel budgetOf(PlanLevel level) {
      return switch (level) {
        case CENTRAL, MINISTRY -> BudgetLevel.NATIONAL;
        case COMMUNE -> BudgetLevel.COMMUNE;
        case PROVINCE, CITY, DEPARTMENT, PUBLIC_UNIT -> BudgetLevel.PROVINCE;
      };
    }

    /** Floors in force on the report date: the plan's own, and its directives' for the budget it spends from. */
    private List<SpendingFloor> bindingFloors() {
      List<SpendingFloor> floors = new ArrayList<>(plan.spendingFloors());
      for (Directive d : known) {
        for (SpendingFloor f : d.spendingFloors()) {
          if (f.budgetLevel() == budgetOf(plan.level())) {
            floors.add(f);
          }
        }
      }
      return floors.stream().filter(f -> !asOf.isBefore(f.effectiveFrom())).toList();
    }

    /** A floor binds a fiscal year when it takes effect on or before the year's last day. */
    private static boolean binds(SpendingFloor f, int fiscalYear) {
      return !f.effectiveFrom().isAfter(LocalDate.of(fiscalYear, 12, 31));
    }

    RuleResult bud001() {
      List<SpendingFloor> floors = bindingFloors();
      if (floors.isEmpty()) {
        return just(Outcome.NOT_APPLICABLE);
      }
      if (plan.budgetYears().isEmpty()) {
        return just(Outcome.NOT_EVALUABLE);
      }
      Set<String> paths = new TreeSet<>();
      for (SpendingFloor f : floors) {
        for (BudgetYear y : plan.budgetYears()) {
          // spend × 1 ≥ total × rate, exactly
          if (binds(f, y.fiscalYear()) && y.lawDraftingSpend().compareTo(y.totalSpend().multiply(f.rate())) < 0) {
            paths.add("budgetYears[" + y.fiscalYear() + "].lawDraftingSpend");
          }
        }
      }
      return findings(paths);
    }

    RuleResult bud002() {
      List<SpendingFloor> rising = bindingFloors().stream().filter(SpendingFloor::rising).toList();
      if (rising.isEmpty()) {
        return just(Outcome.NOT_APPLICABLE);
      }
      if (plan.budgetYears().size() < 2) {
        return just(Outcome.NOT_EVALUABLE);
      }
      Map<Integer, BudgetYear> byYear = new LinkedHashMap<>();
      plan.budgetYears().forEach(y -> byYear.put(y.fiscalYear(), y));
      Set<String> paths = new TreeSet<>();
      for (SpendingFloor f : rising) {
        for (BudgetYear y : plan.budgetYears()) {
          BudgetYear previous = byYear.get(y.fiscalYear() - 1);
          if (previous != null && binds(f, y.fiscalYear()) && !rises(previous, y)) {
            paths.add("budgetYears[" + y.fiscalYear() + "].lawDraftingSpend");
          }
        }
      }
      return findings(paths);
    }

    /** Whether the share law/total of {@code next} exceeds that of {@code previous}; a year with no total has share 0. */
    private static boolean rises(BudgetYear previous, BudgetYear next) {
      boolean previousZero = previous.totalSpend().signum() == 0;
      boolean nextZero = next.totalSpend().signum() == 0;
      if (nextZero) {
        return false; // share 0 is never above a share ≥ 0
      }
      if (previousZero) {
        return next.lawDraftingSpend().signum() > 0;
      }
      // a/b > c/d with b, d > 0  ⇔  a·d > c·b
      BigDecimal left = next.lawDraftingSpend().multiply(previous.totalSpend());
      BigDecimal right = previous.lawDraftingSpend().multiply(next.totalSpend());
      return left.compareTo(right) > 0;
    }

    // --- Coverage

    private static boolean serves(Task t, Directive d, int group) {
      return t.group().filter(g -> g.number() == group && symbolKey(g.directive()).equals(symbolKey(d.symbol()))).isPresent();
    }

    private static boolean isLocality(PlanLevel level) {
      return level == PlanLevel.PROVINCE || level == PlanLevel.CITY || level == PlanLevel.COMMUNE;
    }

    RuleResult cov001() {
      if (!plan.scope().isFull() || !isLocality(plan.level())) {
        return just(Outcome.NOT_APPLICABLE);
      }
      if (known.isEmpty()) {
        return just(Outcome.NOT_EVALUABLE);
      }
      Set<String> paths = new TreeSet<>();
      for (Directive d : known) {
        for (TaskGroupDefinition g : d.groups()) {
          if (plan.tasks().stream().noneMatch(t -> serves(t, d, g.number()))) {
            paths.add("groups[" + d.symbol() + "#" + g.number() + "]");
          }
        }
      }
      return findings(paths);
    }

    RuleResult cov002() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        Optional<GroupRef> g = t.group();
        boolean exists = g.isPresent() && known.stream()
            .anyMatch(d -> symbolKey(d.symbol()).equals(symbolKey(g.get().directive())) && d.group(g.get().number()).isPresent());
        if (!exists) {
          paths.add(at(t, "group"));
        }
      }
      return findings(paths);
    }

    RuleResult cov003() {
      if (plan.scope().isFull()) {
        return just(Outcome.NOT_APPLICABLE);
      }
      Set<String> paths = new TreeSet<>();
      List<GroupRef> declared = plan.scope().groups();
      if (declared.isEmpty()) {
        paths.add("scope.groups");
      }
      if (plan.scope().reason().filter(r -> !r.isBlank()).isEmpty()) {
        paths.add("scope.reason");
      }
      if (!declared.isEmpty()) {
        for (Task t : plan.tasks()) {
          if (t.group().isPresent() && declared.stream().noneMatch(d -> sameGroup(d, t.group().get()))) {
            paths.add(at(t, "group"));
          }
        }
      }
      return findings(paths);
    }

    private static boolean sameGroup(GroupRef a, GroupRef b) {
      return a.number() == b.number() && symbolKey(a.directive()).equals(symbolKey(b.directive()));
    }

    RuleResult cov004() {
      if (known.isEmpty()) {
        return just(Outcome.NOT_EVALUABLE);
      }
      Set<String> paths = new TreeSet<>();
      for (Directive d : known) {
        for (TaskGroupDefinition g : d.groups()) {
          if (plan.tasks().stream().filter(t -> serves(t, d, g.number())).count() == 1) {
            paths.add("groups[" + d.symbol() + "#" + g.number() + "]");
          }
        }
      }
      return findings(paths);
    }

    // --- Deadlines

    RuleResult dl001() {
      Set<String> paths = new TreeSet<>();
      boolean unknown = false;
      for (Task t : plan.tasks()) {
        Stated s = stated(t.deadline());
        if (s == Stated.NO) {
          paths.add(at(t, "deadline"));
        }
        unknown |= s == Stated.UNKNOWN;
      }
      if (paths.isEmpty() && unknown) {
        return just(Outcome.NOT_EVALUABLE);
      }
      return findings(paths);
    }

    RuleResult dl002() {
      List<Integer> horizons = known.stream().flatMap(d -> d.horizon().stream()).map(h -> h.targetYear()).toList();
      if (horizons.isEmpty()) {
        return just(Outcome.NOT_APPLICABLE);
      }
      int horizon = Collections.min(horizons);
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        if (lastDays(t.deadline()).stream().anyMatch(day -> day.getYear() > horizon)) {
          paths.add(at(t, "deadline"));
        }
      }
      return findings(paths);
    }

    // --- Reporting

    RuleResult rep001() {
      if (plan.reportingDuties().isEmpty()) {
        return findings(Set.of("reportingDuties"));
      }
      Set<String> paths = new TreeSet<>();
      for (int i = 0; i < plan.reportingDuties().size(); i++) {
        Deadline d = plan.reportingDuties().get(i).deadline();
        if (!saysHowOften(d) || !saysCutoff(d)) {
          paths.add("reportingDuties[" + i + "].deadline");
        }
      }
      return findings(paths);
    }

    RuleResult rep002() {
      if (plan.level() != PlanLevel.PROVINCE && plan.level() != PlanLevel.CITY) {
        return just(Outcome.NOT_APPLICABLE);
      }
      if (plan.childPlanDuty().isEmpty()) {
        return findings(Set.of("childPlanDuty"));
      }
      return lastDays(plan.childPlanDuty().get().deadline()).isEmpty() ? findings(Set.of("childPlanDuty.deadline")) : just(Outcome.PASSED);
    }

    // --- Structure

    RuleResult str001() {
      return known.isEmpty() ? findings(Set.of("implementsRefs")) : just(Outcome.PASSED);
    }

    RuleResult str002() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        if (t.output().filter(o -> !o.isBlank()).isEmpty()) {
          paths.add(at(t, "output"));
        }
      }
      return findings(paths);
    }
  }
}
