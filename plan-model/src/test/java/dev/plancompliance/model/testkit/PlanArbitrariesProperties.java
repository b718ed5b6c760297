package dev.plancompliance.model.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.ProgressStatus;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.TaskProgress;
import dev.plancompliance.model.Text;
import dev.plancompliance.model.json.PlanDocuments;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The property kit's generators: registered for {@code @ForAll}, lossless through JSON, covering every variant. */
class PlanArbitrariesProperties {
  private static final List<Directive> STANDARD = Directives.standard().all();

  @Provide
  Arbitrary<Plan> compliantOrViolating() {
    return Arbitraries.oneOf(STANDARD.stream()
        .flatMap(d -> java.util.stream.Stream.of(PlanArbitraries.compliantPlans(d), PlanArbitraries.violations(d).map(Violation::plan)))
        .toList());
  }

  /** {@code @ForAll Plan} comes from the kit's provider; any plan reads back equal and rewrites to the same bytes. */
  @Property(tries = 300)
  void anyGeneratedPlan_roundTripsThroughJsonLosslessly(@ForAll Plan plan) {
    assertRoundTrip(plan);
  }

  @Property(tries = 200)
  void compliantAndViolatingPlans_roundTripThroughJsonLosslessly(@ForAll("compliantOrViolating") Plan plan) {
    assertRoundTrip(plan);
  }

  private static void assertRoundTrip(Plan plan) {
    String written = PlanDocuments.write(plan);
    Plan read = PlanDocuments.read(written, "generated.json");
    assertEquals(plan, read);
    assertEquals(written, PlanDocuments.write(read));
  }

  @Property(tries = 200)
  void providedTasksDeadlinesAndAgencies_areWellFormed(@ForAll Task task, @ForAll Deadline deadline, @ForAll Agency agency) {
    assertFalse(task.code().isBlank());
    assertEquals(Text.nfc(task.title()), task.title());
    assertEquals(Text.nfc(deadline.phrase()), deadline.phrase());
    assertTrue(agency.id().matches("[a-z0-9-]+"), agency.id());
    assertEquals(Text.nfc(agency.nameVi()), agency.nameVi());
  }

  record DirectiveTask(Directive directive, Task task) {}

  @Provide
  Arbitrary<DirectiveTask> directiveTasks() {
    return Arbitraries.of(STANDARD).flatMap(d -> PlanArbitraries.tasks(d).map(t -> new DirectiveTask(d, t)));
  }

  @Property(tries = 100)
  void tasksForADirective_serveOneOfItsGroupsWithOneLeadAndAnOutput(@ForAll("directiveTasks") DirectiveTask dt) {
    Task task = dt.task();
    assertTrue(task.group().filter(dt.directive()::hasGroup).isPresent(), task.toString());
    assertEquals(1, task.leadAgencies().size());
    assertFalse(task.coordinatingAgencies().contains(task.leadAgencies().get(0)));
    assertTrue(task.output().isPresent());
    assertTrue(task.deadline().statesTimeFrame());
  }

  @Example
  void deadlines_coverEveryVariant() {
    Set<Class<?>> seen = PlanArbitraries.deadlines().sampleStream().limit(3000).map(Object::getClass).collect(Collectors.toSet());
    assertEquals(Set.of(Deadline.class.getPermittedSubclasses()), seen);
  }

  @Example
  void violations_coverTheCataloguedDefects() {
    assertEquals(List.of("COV-001", "COV-002", "ACC-001", "ACC-002", "ACC-003", "ACC-004", "ACC-005", "ACC-006", "BUD-001", "BUD-002",
        "DL-001", "DL-005", "REP-001", "REP-002", "STR-002", "DL-002"), PlanArbitraries.violatedRules(Directives.standard().get("66-NQ/TW")));
    // 06-CT/TU declares no horizon, so no time frame can lie beyond it
    assertFalse(PlanArbitraries.violatedRules(Directives.standard().get("06-CT/TU")).contains("DL-002"));
    Set<String> rules = PlanArbitraries.violations(Directives.standard().get("66-NQ/TW")).sampleStream().limit(500)
        .map(Violation::ruleId).collect(Collectors.toSet());
    assertEquals(Set.copyOf(PlanArbitraries.violatedRules(Directives.standard().get("66-NQ/TW"))), rules);
  }

  @Example
  void agencies_areTheSeedsAgencies() {
    Set<String> names = PlanArbitraries.agencies().allValues().orElseThrow().map(Agency::nameVi).collect(Collectors.toSet());
    assertTrue(names.containsAll(Set.of("Sở Tư pháp", "Các sở, ban, ngành cấp tỉnh", "UBND các xã, phường", "Ủy ban nhân dân tỉnh")), names.toString());
  }

  @Provide
  Arbitrary<PlanProgress> withProgress() {
    return PlanArbitraries.withProgress(PlanArbitraries.plans());
  }

  /** A report names the plan and only its tasks and reporting duties, dates nothing after its own date, and reads back equal. */
  @Property(tries = 200)
  void progressReports_nameOnlyWhatThePlanHas_andRoundTripThroughJson(@ForAll("withProgress") PlanProgress pp) {
    Plan plan = pp.plan();
    ProgressReport report = pp.progress();
    assertTrue(report.isFor(plan), report.plan());
    assertTrue(plan.progressTargets().containsAll(report.entries().stream().map(TaskProgress::task).toList()), report.toString());
    assertTrue(report.entries().stream().allMatch(e -> e.date().map(d -> !d.isAfter(report.asOf())).orElse(true)));
    assertEquals(report, PlanDocuments.readProgress(PlanDocuments.writeProgress(report), "progress.json"));
  }

  @Example
  void progressReports_recordDoneLateMissingAndPeriodInstances() {
    List<PlanProgress> sample = PlanArbitraries.withProgress(PlanArbitraries.compliantPlans(Directives.standard().get("66-NQ/TW")))
        .sampleStream().limit(300).toList();
    Set<ProgressStatus> statuses = sample.stream().flatMap(pp -> pp.progress().entries().stream()).map(TaskProgress::status).collect(Collectors.toSet());
    assertEquals(Set.of(ProgressStatus.values()), statuses);
    assertTrue(sample.stream().anyMatch(pp -> pp.progress().entries().stream().anyMatch(e -> e.task().startsWith("reportingDuties[") && e.period().isPresent())));
    assertTrue(sample.stream().anyMatch(pp -> pp.progress().entries().isEmpty()));
  }

  /** Sets have one to four children, distinct keys, and read back equal from JSON. */
  @Property(tries = 100)
  void planSets_haveOneToFourChildren_andRoundTripThroughJson(@ForAll("sets") PlanSet set) {
    assertTrue(set.children().size() >= 1 && set.children().size() <= 4, set.children().toString());
    assertEquals(set, PlanDocuments.readSet(PlanDocuments.writeSet(set), "set.json"));
  }

  @Provide
  Arbitrary<PlanSet> sets() {
    return PlanArbitraries.planSets();
  }

  @Example
  void planSets_carryTheDefectsTheCrossPlanRulesLookFor() {
    List<PlanSet> sample = PlanArbitraries.planSets(Directives.standard().get("66-NQ/TW")).sampleStream().limit(300).toList();
    // a child that does not cite its parent, a late child, an undated child, a child whose unit the parent assigns groups to and that lacks one
    assertTrue(sample.stream().anyMatch(s -> s.children().stream().anyMatch(c -> !s.citesParent(c))));
    assertTrue(sample.stream().anyMatch(s -> s.childPlanDueDate().isPresent()
        && s.children().stream().anyMatch(c -> c.ref().issuedOn().filter(d -> d.isAfter(s.childPlanDueDate().get())).isPresent())));
    assertTrue(sample.stream().anyMatch(s -> s.children().stream().anyMatch(c -> c.ref().issuedOn().isEmpty())));
    assertTrue(sample.stream().anyMatch(s -> s.children().stream().anyMatch(c -> s.groupsAssignedTo(c).stream()
        .anyMatch(g -> c.tasks().stream().noneMatch(t -> t.serves(g.directive(), g.number()))))));
    // a unit the parent orders to plan with no child, and sets where every such unit has one
    assertTrue(sample.stream().anyMatch(s -> s.parent().childPlanDuty().stream().flatMap(d -> d.units().stream())
        .anyMatch(u -> s.children().stream().noneMatch(c -> s.designates(u, c)))));
    assertTrue(sample.stream().anyMatch(s -> s.parent().childPlanDuty().isPresent() && s.parent().childPlanDuty().get().units().stream()
        .allMatch(u -> s.children().stream().anyMatch(c -> s.designates(u, c)))));
    // children of every level a unit can stand for
    assertEquals(Set.of(dev.plancompliance.model.PlanLevel.COMMUNE, dev.plancompliance.model.PlanLevel.DEPARTMENT, dev.plancompliance.model.PlanLevel.PUBLIC_UNIT),
        sample.stream().flatMap(s -> s.children().stream()).map(Plan::level).collect(Collectors.toSet()));
  }
}
