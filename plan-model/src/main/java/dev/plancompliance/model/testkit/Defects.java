package dev.plancompliance.model.testkit;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.BudgetYear;
import dev.plancompliance.model.ChildPlanDuty;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.Directive;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanLevel;
import dev.plancompliance.model.ReportingDuty;
import dev.plancompliance.model.Role;
import dev.plancompliance.model.SpendingFloor;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.TaskGroupDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The known defects: each takes a compliant plan and a choice (which task, which group, which variant)
 * and breaks exactly one rule of the standard catalogue, leaving every other rule as it was, apart from
 * COV-004 (INFO) when a defect removes tasks.
 */
final class Defects {
  private Defects() {}

  /** One kind of defect: the rule it breaks and how to make it from a plan and a choice. */
  private record Kind(String ruleId, Generators.FloorMode floor, Injector injector) {}

  @FunctionalInterface
  private interface Injector {
    /** The defective plan and what was done to it. */
    Violation inject(Plan plan, int choice, Directive directive);
  }

  /** Every defect the generators know for {@code directive}, by rule id (several kinds may share one). */
  static Map<String, List<Arbitrary<Violation>>> violations(Directive directive) {
    List<Kind> kinds = new ArrayList<>(List.of(
        new Kind("COV-001", Generators.FloorMode.ANY, Defects::dropGroup),
        new Kind("COV-002", Generators.FloorMode.ANY, Defects::taskWithoutGroup),
        new Kind("ACC-001", Generators.FloorMode.ANY, Defects::removeLead),
        new Kind("ACC-002", Generators.FloorMode.ANY, Defects::secondLead),
        new Kind("ACC-003", Generators.FloorMode.ANY, Defects::collectiveLead),
        new Kind("ACC-004", Generators.FloorMode.ANY, Defects::leadAlsoCoordinates),
        new Kind("ACC-005", Generators.FloorMode.ANY, Defects::unknownAgency),
        new Kind("ACC-006", Generators.FloorMode.ANY, Defects::dropMonitor),
        new Kind("BUD-001", Generators.FloorMode.DECLARED, Defects::oneVndUnderTheFloor),
        new Kind("BUD-002", Generators.FloorMode.RISING, Defects::flatShare),
        new Kind("DL-001", Generators.FloorMode.ANY, Defects::blankDeadline),
        new Kind("DL-005", Generators.FloorMode.ANY, Defects::datedBeforeThePlan),
        new Kind("REP-001", Generators.FloorMode.ANY, Defects::dropReporting),
        new Kind("REP-002", Generators.FloorMode.ANY, Defects::dropChildPlanDuty),
        new Kind("STR-002", Generators.FloorMode.ANY, Defects::dropOutput)));
    if (directive.horizon().isPresent()) {
      kinds.add(new Kind("DL-002", Generators.FloorMode.ANY, Defects::pastTheHorizon));
    }
    Map<String, List<Arbitrary<Violation>>> byRule = new LinkedHashMap<>();
    for (Kind kind : kinds) {
      Arbitrary<Violation> violation = Combinators.combine(
              Generators.compliantPlans(directive, kind.floor()), Arbitraries.integers().between(0, 999))
          .as((plan, choice) -> kind.injector().inject(plan, choice, directive));
      byRule.computeIfAbsent(kind.ruleId(), k -> new ArrayList<>()).add(violation);
    }
    return byRule;
  }

  // -------------------------------------------------------------------------------------------------
  // Coverage

  private static Violation dropGroup(Plan plan, int choice, Directive directive) {
    TaskGroupDefinition group = pick(directive.groups(), choice);
    List<Task> kept = plan.tasks().stream().filter(t -> !t.serves(directive.symbol(), group.number())).toList();
    return new Violation(Plan.builder().from(plan).tasks(kept).build(), "COV-001",
        "every task of group " + group.number() + " of " + directive.symbol() + " removed");
  }

  /** A task added with no group, or with a group number the directive does not have. */
  private static Violation taskWithoutGroup(Plan plan, int choice, Directive directive) {
    Task model = pick(plan.tasks(), choice);
    boolean noGroup = choice % 2 == 0;
    int missing = directive.groups().size() + 1;
    Task extra = Task.builder().from(model)
        .code(noGroup ? "TC.1" : "TC.2")
        .group(noGroup ? Optional.empty() : Optional.of(GroupRef.of(directive.symbol(), missing)))
        .build();
    List<Task> tasks = Stream.concat(plan.tasks().stream(), Stream.of(extra)).toList();
    return new Violation(Plan.builder().from(plan).tasks(tasks).build(), "COV-002",
        noGroup ? "task TC.1 added without a group" : "task TC.2 added in group " + missing + ", which " + directive.symbol() + " lacks");
  }

  // -------------------------------------------------------------------------------------------------
  // Accountability

  private static Violation removeLead(Plan plan, int choice, Directive directive) {
    return onTask(plan, choice, "ACC-001", t -> withoutLeads(t).build(), "names no lead");
  }

  /** A second named lead, one that does not also coordinate. */
  private static Violation secondLead(Plan plan, int choice, Directive directive) {
    Task task = pick(plan.tasks(), choice);
    String second = other(Pool.named(plan.level()), choice, task);
    Task changed = Task.builder().from(task).addLeads(second).build();
    return new Violation(register(replace(plan, changed), second), "ACC-002", "task " + task.code() + " names a second lead " + second);
  }

  private static Violation collectiveLead(Plan plan, int choice, Directive directive) {
    Task task = pick(plan.tasks(), choice);
    String designation = other(Pool.collective(plan.level()), choice, task);
    Task changed = withoutLeads(task).leads(List.of(designation)).build();
    return new Violation(register(replace(plan, changed), designation), "ACC-003",
        "task " + task.code() + " is led by the collective designation " + designation);
  }

  private static Violation leadAlsoCoordinates(Plan plan, int choice, Directive directive) {
    return onTask(plan, choice, "ACC-004", t -> Task.builder().from(t).addCoordinators(t.leadAgencies().get(0)).build(),
        "names its lead among its coordinators");
  }

  /** An agency the registry lacks, named by a task or by a reporting duty. */
  private static Violation unknownAgency(Plan plan, int choice, Directive directive) {
    String id = pick(Pool.UNREGISTERED, choice);
    if (choice % 2 == 0) {
      return onTask(plan, choice, "ACC-005", t -> Task.builder().from(t).addCoordinators(id).build(), "names " + id + ", which the registry lacks");
    }
    ReportingDuty first = plan.reportingDuties().get(0);
    List<ReportingDuty> duties = new ArrayList<>(plan.reportingDuties());
    duties.set(0, copy(first).addFrom(id).build());
    return new Violation(Plan.builder().from(plan).reportingDuties(duties).build(), "ACC-005",
        "the first reporting duty names " + id + ", which the registry lacks");
  }

  private static Violation dropMonitor(Plan plan, int choice, Directive directive) {
    return new Violation(Plan.builder().from(plan).monitor(Optional.empty()).build(), "ACC-006", "the monitoring agency removed");
  }

  // -------------------------------------------------------------------------------------------------
  // Budget

  /** The first year's law-drafting spend one VND under the highest floor that binds it. */
  private static Violation oneVndUnderTheFloor(Plan plan, int choice, Directive directive) {
    BudgetYear first = plan.budgetYears().get(0);
    BigDecimal rate = floors(plan, directive).stream().map(SpendingFloor::rate).max(BigDecimal::compareTo).orElseThrow();
    BigDecimal minimum = first.totalSpend().multiply(rate).setScale(0, RoundingMode.CEILING);
    BudgetYear under = BudgetYear.builder().from(first).lawDraftingSpend(minimum.subtract(BigDecimal.ONE)).build();
    List<BudgetYear> years = new ArrayList<>(plan.budgetYears());
    years.set(0, under);
    return new Violation(Plan.builder().from(plan).budgetYears(years).build(), "BUD-001",
        "law-drafting spend of " + first.fiscalYear() + " one VND under the floor");
  }

  /** The second year repeats the first year's figures, so the share does not rise. */
  private static Violation flatShare(Plan plan, int choice, Directive directive) {
    BudgetYear first = plan.budgetYears().get(0);
    BudgetYear second = plan.budgetYears().get(1);
    List<BudgetYear> years = new ArrayList<>(plan.budgetYears());
    years.set(1, BudgetYear.builder().from(first).fiscalYear(second.fiscalYear()).build());
    return new Violation(Plan.builder().from(plan).budgetYears(years).build(), "BUD-002",
        "the law-drafting share of " + second.fiscalYear() + " equals that of " + first.fiscalYear());
  }

  private static List<SpendingFloor> floors(Plan plan, Directive directive) {
    return Stream.concat(plan.spendingFloors().stream(),
        directive.spendingFloors().stream().filter(f -> f.budgetLevel() == plan.level().budgetLevel())).toList();
  }

  // -------------------------------------------------------------------------------------------------
  // Deadlines

  private static Violation blankDeadline(Plan plan, int choice, Directive directive) {
    Deadline none = choice % 3 == 0 ? new Deadline.Vague("trong thời gian tới") : Deadline.Unspecified.none();
    return onTask(plan, choice, "DL-001", t -> Task.builder().from(t).deadline(none).build(),
        none instanceof Deadline.Vague ? "states only \"trong thời gian tới\"" : "states no time frame");
  }

  /**
   * A task dated 2024: before any issue date or period the generators give. A plan that states neither gets the
   * period "giai đoạn 2025–2030 và những năm tiếp theo", so that the time frame has something to fall outside.
   */
  private static Violation datedBeforeThePlan(Plan plan, int choice, Directive directive) {
    Plan placed = plan.ref().issuedOn().isPresent() || plan.period().isPresent() ? plan
        : Plan.builder().from(plan).period(dev.plancompliance.model.PlanPeriod.builder().phrase("giai đoạn 2025–2030 và những năm tiếp theo")
            .start(java.time.LocalDate.of(2025, 1, 1)).build()).build();
    return onTask(placed, choice, "DL-005", t -> Task.builder().from(t).deadline(new Deadline.InYear("Năm 2024", 2024)).build(),
        "is dated 2024, before the plan");
  }

  /** A dated time frame that ends after the directive's target year. */
  private static Violation pastTheHorizon(Plan plan, int choice, Directive directive) {
    int target = directive.horizon().orElseThrow().targetYear();
    int late = target + 1 + choice % 5;
    Deadline deadline = switch (choice % 3) {
      case 0 -> new Deadline.InYear("Năm " + late, late);
      case 1 -> new Deadline.YearRange("Năm " + (target - 1) + " đến năm " + late, target - 1, late);
      default -> new Deadline.ByDate("đến ngày 31/3/" + late, LocalDate.of(late, 3, 31), false);
    };
    return onTask(plan, choice, "DL-002", t -> Task.builder().from(t).deadline(deadline).build(),
        "ends in " + late + ", after " + directive.symbol() + "'s target year " + target);
  }

  // -------------------------------------------------------------------------------------------------
  // Reporting and structure

  /** No reporting duty at all, or the first one without its cut-offs. */
  private static Violation dropReporting(Plan plan, int choice, Directive directive) {
    if (choice % 2 == 0) {
      return new Violation(Plan.builder().from(plan).reportingDuties(List.of()).build(), "REP-001", "every reporting duty removed");
    }
    List<ReportingDuty> duties = new ArrayList<>(plan.reportingDuties());
    duties.set(0, copy(duties.get(0)).deadline(Deadline.Recurring.every("định kỳ 6 tháng", Deadline.Period.HALF_YEAR)).build());
    return new Violation(Plan.builder().from(plan).reportingDuties(duties).build(), "REP-001",
        "the first reporting duty states no cut-off (\"định kỳ 6 tháng\")");
  }

  /** No order to issue subordinate plans, or one with no date. */
  private static Violation dropChildPlanDuty(Plan plan, int choice, Directive directive) {
    if (choice % 2 == 0) {
      return new Violation(Plan.builder().from(plan).childPlanDuty(Optional.empty()).build(), "REP-002", "the child-plan duty removed");
    }
    ChildPlanDuty duty = plan.childPlanDuty().orElseThrow();
    ChildPlanDuty undated = ChildPlanDuty.builder().from(duty)
        .deadline(new Deadline.OnEvent("Ngay sau khi Kế hoạch ban hành", Deadline.Relation.IMMEDIATELY_AFTER, Deadline.Event.PLAN_ISSUED))
        .build();
    return new Violation(Plan.builder().from(plan).childPlanDuty(undated).build(), "REP-002",
        "the child-plan duty is due \"Ngay sau khi Kế hoạch ban hành\", with no date");
  }

  private static Violation dropOutput(Plan plan, int choice, Directive directive) {
    return onTask(plan, choice, "STR-002", t -> Task.builder().from(t).output(Optional.empty()).build(), "names no output");
  }

  // -------------------------------------------------------------------------------------------------
  // Helpers

  /** A builder holding {@code duty} (its {@code from} attribute hides the builder's usual copy method). */
  private static ReportingDuty.Builder copy(ReportingDuty duty) {
    return ReportingDuty.builder().from(duty.from()).to(duty.to()).deadline(duty.deadline()).source(duty.source());
  }

  private static <T> T pick(List<T> list, int choice) {
    return list.get(Math.floorMod(choice, list.size()));
  }

  /** The task with no lead at all: none listed and none under a label read as lead. */
  private static Task.Builder withoutLeads(Task task) {
    return Task.builder().from(task).leads(List.of()).assignments(task.assignments().stream().filter(a -> !a.readsAs(Role.LEAD)).toList());
  }

  private static Violation onTask(Plan plan, int choice, String ruleId, Function<Task, Task> change, String what) {
    Task task = pick(plan.tasks(), choice);
    return new Violation(replace(plan, change.apply(task)), ruleId, "task " + task.code() + " " + what);
  }

  private static Plan replace(Plan plan, Task changed) {
    List<Task> tasks = plan.tasks().stream().map(t -> t.code().equals(changed.code()) ? changed : t).toList();
    return Plan.builder().from(plan).tasks(tasks).build();
  }

  /** An agency of {@code pool} that is neither a lead nor a coordinator of {@code task}. */
  private static String other(List<Agency> pool, int choice, Task task) {
    for (int i = 0; i < pool.size(); i++) {
      String id = pool.get(Math.floorMod(choice + i, pool.size())).id();
      if (!task.leadAgencies().contains(id) && !task.coordinatingAgencies().contains(id)) {
        return id;
      }
    }
    throw new IllegalStateException("no agency left for task " + task.code());
  }

  /** The plan with {@code id} in its registry (a pool agency of the plan's level). */
  private static Plan register(Plan plan, String id) {
    if (plan.hasAgency(id)) {
      return plan;
    }
    PlanLevel level = plan.level();
    Agency agency = Generators.registered(level, id).orElseThrow();
    return Plan.builder().from(plan).addAgencies(agency).build();
  }
}
