package dev.plancompliance.examples;

import dev.plancompliance.model.Seeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.BudgetYear;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Scope;
import dev.plancompliance.model.SpendingFloor;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.TaskGroupDefinition;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.RuleOutcome;
import dev.plancompliance.rules.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three rules the product card names (COV-001 coverage of the seven groups, ACC-001 a lead per task,
 * BUD-001 the law-drafting spending floor), checked on the real seed plans and on copies of them with one
 * deliberate change each (built with the model's builders, never by editing the JSON).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardRulesOnSeedsTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  static final String NQ66 = "66-NQ/TW";
  static final String HUE = "/dev/plancompliance/examples/plans/hue-2025.json";
  static final String HA_NOI = "/dev/plancompliance/examples/plans/ha-noi-2025.json";
  static final String HA_TINH = "/dev/plancompliance/examples/plans/ha-tinh-444-kh-ubnd.json";

  private PlanValidator validator;

  @BeforeAll
  void buildValidator() {
    validator = PlanValidator.builder().withStandardRules().build();
  }

  // ---------------------------------------------------------------------------------------------- helpers

  static Plan load(String resource) {
    try (InputStream in = CardRulesOnSeedsTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, "missing classpath resource " + resource);
      return PlanDocuments.read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ValidationReport validate(Plan plan) {
    return validator.validate(plan, AS_OF);
  }

  static Map<String, Outcome> outcomes(ValidationReport report) {
    return report.outcomes().stream().collect(Collectors.toMap(RuleOutcome::ruleId, RuleOutcome::outcome, (a, b) -> a, TreeMap::new));
  }

  static Map<String, Outcome> without(Map<String, Outcome> outcomes, String... ruleIds) {
    Map<String, Outcome> copy = new TreeMap<>(outcomes);
    for (String id : ruleIds) {
      assertTrue(copy.containsKey(id), "no rule " + id);
      copy.remove(id);
    }
    return copy;
  }

  /** Findings of every rule but {@code ruleId}, by fingerprint (rule + path + plan) and message. */
  static Set<String> findingsOtherThan(ValidationReport report, String ruleId) {
    return report.findings().stream()
        .filter(f -> !f.ruleId().equals(ruleId))
        .map(f -> f.ruleId() + " " + f.path() + " " + f.fingerprint() + " " + f.messageEn())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  static Outcome outcome(ValidationReport report, String ruleId) {
    return report.outcome(ruleId).orElseThrow(() -> new AssertionError("no outcome for " + ruleId)).outcome();
  }

  static Plan withoutGroups(Plan plan, int... numbers) {
    Set<Integer> drop = IntStream.of(numbers).boxed().collect(Collectors.toSet());
    List<Task> kept = plan.tasks().stream()
        .filter(t -> drop.stream().noneMatch(n -> t.serves(NQ66, n)))
        .toList();
    assertTrue(kept.size() < plan.tasks().size(), "the plan has tasks in groups " + drop);
    return Plan.builder().from(plan).tasks(kept).build();
  }

  static Plan withTask(Plan plan, Task replacement) {
    List<Task> tasks = plan.tasks().stream().map(t -> t.code().equals(replacement.code()) ? replacement : t).toList();
    assertTrue(tasks.contains(replacement), "no task " + replacement.code());
    return Plan.builder().from(plan).tasks(tasks).build();
  }

  static TaskGroupDefinition nq66Group(int number) {
    return Directives.standard().get(NQ66).group(number).orElseThrow();
  }

  static List<String> seedLines(String file) {
    return Seeds.lines(file);
  }

  // ---------------------------------------------------------------------------------------------- COV-001

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Coverage {
    @ParameterizedTest
    @ValueSource(strings = {HUE, HA_NOI, HA_TINH})
    void seedPlanCoversTheSevenGroups_passes(String resource) {
      Plan plan = load(resource);
      for (int n = 1; n <= 7; n++) {
        int number = n;
        assertTrue(plan.tasks().stream().anyMatch(t -> t.serves(NQ66, number)), resource + " has a task in group " + n);
      }
      ValidationReport report = validate(plan);
      assertEquals(Outcome.PASSED, outcome(report, "COV-001"), report.toText());
      assertTrue(report.findings("COV-001").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {HUE, HA_NOI, HA_TINH})
    void removingEveryTaskOfGroupFour_failsWithOneFindingNamingTheGroup(String resource) {
      Plan seed = load(resource);
      ValidationReport before = validate(seed);
      ValidationReport after = validate(withoutGroups(seed, 4));

      assertEquals(Outcome.FAILED, outcome(after, "COV-001"));
      List<Finding> findings = after.findings("COV-001");
      assertEquals(1, findings.size(), after.toText());
      Finding f = findings.get(0);
      assertEquals("groups[66-NQ/TW#4]", f.path());
      TaskGroupDefinition four = nq66Group(4);
      assertEquals("Nâng cao hiệu quả công tác hợp tác quốc tế về pháp luật và tư pháp", four.titleVi());
      assertTrue(f.messageVi().contains(four.shortTitleVi().orElseThrow()), "message names the group by its short title (the full title is in the catalogue): " + f.messageVi());
      assertTrue(f.messageVi().contains("nhóm 4"), f.messageVi());
      assertTrue(f.messageEn().contains(four.shortTitleEn().orElseThrow()), f.messageEn());
      assertFalse(after.isCompliant(), "COV-001 is an ERROR");

      // The edit removes tasks. COV-004 counts tasks per group, so it is touched by construction (Huế loses its
      // group-4 "only one task" finding; the others keep PASSED); it is checked separately below. Per-task rules
      // (ACC-*, DL-*, STR-002) can only lose findings of the removed tasks; on these seeds other tasks still carry
      // them, so their outcomes stay put, and every other rule reads nothing the edit changes.
      assertEquals(without(outcomes(before), "COV-001", "COV-004"), without(outcomes(after), "COV-001", "COV-004"));
      assertEquals(cov004GroupsExcept(before, 4), cov004GroupsExcept(after, 4),
          "COV-004 findings of the untouched groups are unchanged");
    }

    @ParameterizedTest
    @ValueSource(strings = {HUE, HA_NOI, HA_TINH})
    void removingGroupsFourAndSeven_failsWithTwoFindings(String resource) {
      Plan seed = load(resource);
      ValidationReport before = validate(seed);
      ValidationReport after = validate(withoutGroups(seed, 4, 7));

      assertEquals(Outcome.FAILED, outcome(after, "COV-001"));
      List<Finding> findings = after.findings("COV-001");
      assertEquals(List.of("groups[66-NQ/TW#4]", "groups[66-NQ/TW#7]"), findings.stream().map(Finding::path).sorted().toList());
      Map<String, Finding> byPath = findings.stream().collect(Collectors.toMap(Finding::path, f -> f));
      assertTrue(byPath.get("groups[66-NQ/TW#4]").messageVi().contains(nq66Group(4).shortTitleVi().orElseThrow()));
      assertTrue(byPath.get("groups[66-NQ/TW#7]").messageVi().contains(nq66Group(7).shortTitleVi().orElseThrow()));
      // Same reasoning as for group 4 alone: COV-004 is touched by construction, nothing else changes.
      assertEquals(without(outcomes(before), "COV-001", "COV-004"), without(outcomes(after), "COV-001", "COV-004"));
      assertEquals(cov004GroupsExcept(before, 4, 7), cov004GroupsExcept(after, 4, 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {HUE, HA_NOI, HA_TINH})
    void partialScopeDeclaringTheRemainingGroups_isNotApplicable(String resource) {
      Plan withoutFour = withoutGroups(load(resource), 4);
      List<GroupRef> declared = IntStream.of(1, 2, 3, 5, 6, 7).mapToObj(n -> GroupRef.of(NQ66, n)).toList();
      Plan partial = Plan.builder().from(withoutFour)
          .scope(Scope.partial(declared, "Kế hoạch chuyên đề (minh họa trong kiểm thử): không triển khai nhóm 4"))
          .build();
      ValidationReport report = validate(partial);
      assertEquals(Outcome.NOT_APPLICABLE, outcome(report, "COV-001"), report.toText());
      assertTrue(report.findings("COV-001").isEmpty());
      // A partial plan is checked by COV-003 instead: it declares its groups and a reason, and stays inside them.
      assertEquals(Outcome.PASSED, outcome(report, "COV-003"), report.toText());
    }

    private Set<String> cov004GroupsExcept(ValidationReport report, int... removed) {
      Set<String> paths = IntStream.of(removed).mapToObj(n -> "groups[66-NQ/TW#" + n + "]").collect(Collectors.toSet());
      return report.findings("COV-004").stream().map(Finding::path).filter(p -> !paths.contains(p))
          .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
  }

  // ---------------------------------------------------------------------------------------------- ACC-001

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Accountability {
    @Test
    void haTinhAsEncoded_everyRowHasALead_passes() {
      Plan plan = load(HA_TINH);
      assertTrue(plan.tasks().stream().noneMatch(t -> t.leads().isEmpty()), "every appendix row fills the Cơ quan chủ trì cell");
      ValidationReport report = validate(plan);
      assertEquals(Outcome.PASSED, outcome(report, "ACC-001"));
      assertTrue(report.findings("ACC-001").isEmpty());
    }

    @Test
    void haTinhTaskII13WithoutItsLead_failsWithOneFindingAtItsLeads() {
      Plan seed = load(HA_TINH);
      Task ii13 = seed.task("II.13").orElseThrow();
      assertEquals(List.of("so-tu-phap"), ii13.leads(), "seed L219: Sở Tư pháp leads II.13");
      assertTrue(ii13.implementers().isEmpty());
      Plan mutated = withTask(seed, Task.builder().from(ii13).leads(List.of()).build());

      ValidationReport before = validate(seed);
      ValidationReport after = validate(mutated);
      assertEquals(Outcome.FAILED, outcome(after, "ACC-001"));
      List<Finding> findings = after.findings("ACC-001");
      assertEquals(1, findings.size(), after.toText());
      Finding f = findings.get(0);
      assertEquals("tasks[II.13].leads", f.path());
      assertEquals("II.13", f.taskCode().orElseThrow());
      assertEquals("003_5e5f6eee794eb63a.txt", f.source().orElseThrow().file());
      assertEquals(218, f.source().orElseThrow().line());
      assertTrue(seedLines("003_5e5f6eee794eb63a.txt").get(217).startsWith("Xây dựng kế hoạch và tổ chức triển khai"),
          "L218 is the II.13 'Nhiệm vụ' cell");
      assertTrue(f.messageVi().contains("II.13"), f.messageVi());
      assertFalse(after.isCompliant(), "ACC-001 is an ERROR; Hà Tĩnh is compliant only while every task has a lead");
      assertTrue(before.isCompliant());

      // The edit empties one lead list. The rules that read leads are ACC-001..005 and ACC-007. For II.13 none but
      // ACC-001 can move: removing its single, named (non-collective) lead cannot create several leads (ACC-002), a
      // collective lead (ACC-003), a lead that coordinates (ACC-004) or an unknown agency (ACC-005); and ACC-007
      // needs exactly one implementer, II.13 has none. So not only the outcomes but every finding of every other
      // rule is unchanged.
      assertEquals(without(outcomes(before), "ACC-001"), without(outcomes(after), "ACC-001"));
      assertEquals(findingsOtherThan(before, "ACC-001"), findingsOtherThan(after, "ACC-001"));
    }

    @Test
    void hueAsEncoded_failsAtII1AndII2_whichNameNoLeadAndSeveralCollectiveImplementers() {
      Plan plan = load(HUE);
      List<String> seed = seedLines("000_3d0f801100aabd15.txt");
      // II.1 spans L9–L14, II.2 L15–L19: each says "Triển khai thực hiện:" with collective bodies and no "Chủ trì".
      for (String code : List.of("II.1", "II.2")) {
        Task t = plan.task(code).orElseThrow();
        int first = t.source().orElseThrow().line();
        int last = t.source().orElseThrow().lastLine().orElseThrow();
        String text = String.join("\n", seed.subList(first - 1, last));
        assertFalse(text.contains("Chủ trì"), code + " names no lead in the seed");
        assertTrue(text.contains("- Triển khai thực hiện: Các cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc UBND thành phố; UBND các xã, phường và các cơ quan, đơn vị liên quan."),
            code + " names only collective implementers");
        assertTrue(t.leads().isEmpty());
        assertTrue(t.implementers().size() > 1 && t.implementers().stream().allMatch(plan::isCollective));
      }
      assertTrue(seed.get(24).contains("Chủ trì tham mưu thực hiện: Sở Tư pháp"), "II.3 (L25) does name a lead");

      ValidationReport report = validate(plan);
      assertEquals(Outcome.FAILED, outcome(report, "ACC-001"));
      List<Finding> findings = report.findings("ACC-001");
      assertEquals(List.of("tasks[II.1].leads", "tasks[II.2].leads"), findings.stream().map(Finding::path).toList());
      assertEquals(List.of(9, 15), findings.stream().map(f -> f.source().orElseThrow().line()).toList());
    }

    @Test
    void hueWithSoTuPhapLeadingII1AndII2_passes() {
      Plan seed = load(HUE);
      assertTrue(seed.hasAgency("so-tu-phap") && !seed.isCollective("so-tu-phap"));
      Plan mutated = seed;
      for (String code : List.of("II.1", "II.2")) {
        Task t = mutated.task(code).orElseThrow();
        assertFalse(t.coordinators().contains("so-tu-phap"));
        mutated = withTask(mutated, Task.builder().from(t).leads(List.of("so-tu-phap")).build());
      }
      ValidationReport before = validate(seed);
      ValidationReport after = validate(mutated);
      assertEquals(Outcome.PASSED, outcome(after, "ACC-001"), after.toText());
      assertTrue(after.findings("ACC-001").isEmpty());

      // The edit gives II.1 and II.2 one named lead each. Of the other rules reading leads, none moves: one lead is not
      // several (ACC-002), Sở Tư pháp is a named body (ACC-003), not among these tasks' coordinators (ACC-004), in the
      // registry (ACC-005), and ACC-007 concerns tasks without a lead. Everything else is unchanged too.
      assertEquals(without(outcomes(before), "ACC-001"), without(outcomes(after), "ACC-001"));
      assertEquals(findingsOtherThan(before, "ACC-001"), findingsOtherThan(after, "ACC-001"));
    }
  }

  // ---------------------------------------------------------------------------------------------- BUD-001

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Budget {
    /** Illustrative only: the seeds give no budget figures. 100 000 billion VND total; the floor is 0.5 % of it. */
    static final BigDecimal TOTAL = new BigDecimal("100000000000000");
    static final BigDecimal AT_FLOOR = new BigDecimal("500000000000");
    static final int YEAR = 2026;

    static BudgetYear year(BigDecimal lawDrafting) {
      return BudgetYear.builder()
          .fiscalYear(YEAR)
          .totalSpend(TOTAL)
          .lawDraftingSpend(lawDrafting)
          .note("Số liệu minh họa trong kiểm thử, không lấy từ văn bản nguồn / illustrative test figures, not from the seed")
          .build();
    }

    static Plan withBudget(Plan plan, BudgetYear year) {
      return Plan.builder().from(plan).budgetYears(List.of(year)).build();
    }

    @Test
    void illustrativeFiguresAreExactlyAtTheFloor() {
      assertEquals(0, AT_FLOOR.multiply(BigDecimal.valueOf(1000)).compareTo(TOTAL.multiply(BigDecimal.valueOf(5))),
          "law-drafting × 1000 == total × 5");
      SpendingFloor floor = load(HA_NOI).spendingFloors().get(0);
      assertEquals(0, floor.rate().compareTo(new BigDecimal("0.005")), "II.7.d: 0,5%");
    }

    @Test
    void haNoiAsEncoded_floorBindsButNoFigures_isNotEvaluable() {
      Plan plan = load(HA_NOI);
      assertTrue(plan.budgetYears().isEmpty());
      ValidationReport report = validate(plan);
      assertEquals(Outcome.NOT_EVALUABLE, outcome(report, "BUD-001"));
      assertTrue(report.findings("BUD-001").isEmpty());
      assertTrue(report.outcome("BUD-001").orElseThrow().reasonEn().contains("0.5%"), report.outcome("BUD-001").toString());
    }

    @Test
    void haNoiWithSpendExactlyAtTheFloor_passes() {
      Plan seed = load(HA_NOI);
      ValidationReport before = validate(seed);
      ValidationReport after = validate(withBudget(seed, year(AT_FLOOR)));
      assertEquals(Outcome.PASSED, outcome(after, "BUD-001"), after.toText());
      assertTrue(after.findings("BUD-001").isEmpty());
      // One fiscal year: BUD-002 (rising share) still needs two and stays NOT_EVALUABLE; nothing else reads budgets.
      assertEquals(without(outcomes(before), "BUD-001"), without(outcomes(after), "BUD-001"));
    }

    @Test
    void haNoiWithSpendOneVndUnderTheFloor_failsAtThatYear() {
      Plan seed = load(HA_NOI);
      BigDecimal under = AT_FLOOR.subtract(BigDecimal.ONE);
      ValidationReport before = validate(seed);
      ValidationReport after = validate(withBudget(seed, year(under)));
      assertEquals(Outcome.FAILED, outcome(after, "BUD-001"), after.toText());
      List<Finding> findings = after.findings("BUD-001");
      assertEquals(1, findings.size(), after.toText());
      Finding f = findings.get(0);
      assertEquals("budgetYears[2026].lawDraftingSpend", f.path());
      String actual = f.actual().orElseThrow();
      String expected = f.expected().orElseThrow();
      assertTrue(actual.contains("499999999999 VND") && actual.contains("100000000000000 VND"), actual);
      assertTrue(actual.endsWith("= 0.4999999999%"), "a share under the floor is truncated, never shown as the floor: " + actual);
      assertTrue(expected.contains("500000000000") && expected.contains("0.5%"), expected);
      assertTrue(f.messageVi().contains("2026"), f.messageVi());
      assertFalse(after.isCompliant());
      assertEquals(without(outcomes(before), "BUD-001"), without(outcomes(after), "BUD-001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {HUE, HA_TINH})
    void noDeclaredFloor_andTheNationalFloorOf66DoesNotBindALocality_isNotApplicable(String resource) {
      Plan plan = load(resource);
      assertTrue(plan.spendingFloors().isEmpty(), "the seed declares no floor of its own");
      assertTrue(Directives.standard().get(NQ66).spendingFloors().stream()
          .allMatch(fl -> fl.budgetLevel() == dev.plancompliance.model.BudgetLevel.NATIONAL));
      ValidationReport report = validate(plan);
      assertEquals(Outcome.NOT_APPLICABLE, outcome(report, "BUD-001"));
      // Even with figures under 0.5 % the rule stays out: no floor binds a province or city budget here.
      ValidationReport withFigures = validate(withBudget(plan, year(AT_FLOOR.subtract(BigDecimal.ONE))));
      assertEquals(Outcome.NOT_APPLICABLE, outcome(withFigures, "BUD-001"), withFigures.toText());
      assertTrue(withFigures.findings("BUD-001").isEmpty());
    }

    @Test
    void haNoiBeforeItsFloorTakesEffect_isNotApplicable() {
      Plan plan = load(HA_NOI);
      LocalDate effective = plan.spendingFloors().get(0).effectiveFrom();
      LocalDate early = LocalDate.of(2025, 7, 1);
      assertTrue(early.isBefore(effective), "the floor takes effect on " + effective);
      ValidationReport report = validator.validate(plan, early);
      assertEquals(Outcome.NOT_APPLICABLE, outcome(report, "BUD-001"), report.toText());
      assertEquals(Outcome.NOT_APPLICABLE, outcome(validator.validate(plan, effective.minusDays(1)), "BUD-001"));
      assertEquals(Outcome.NOT_EVALUABLE, outcome(validator.validate(plan, effective), "BUD-001"), "binds from its effective date");
    }
  }
}
