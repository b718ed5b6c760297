package dev.plancompliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanValidatorTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static PlanValidator validator;

  @BeforeAll
  static void build() {
    validator = PlanValidator.builder().withStandardRules().build();
  }

  @Test
  void standardCatalogue_hasEveryRuleOfTheCatalogue() {
    List<String> ids = validator.rules().stream().map(RuleInfo::id).toList();
    assertEquals(List.of("ACC-001", "ACC-002", "ACC-003", "ACC-004", "ACC-005", "ACC-006", "ACC-007", "BUD-001", "BUD-002",
        "COV-001", "COV-002", "COV-003", "COV-004", "DL-001", "DL-002", "DL-003", "DL-004", "DL-005", "HIE-001", "HIE-002", "REP-001", "REP-002",
        "STR-001", "STR-002", "STR-003", "STR-004"), ids);
    assertEquals(java.util.Set.of("DL-004", "HIE-001", "HIE-002"), validator.crossPlanRules());
    validator.rules().forEach(r -> {
      assertFalse(r.basis().isBlank(), r.id());
      assertFalse(r.titleVi().equals(r.id() + ".title"), r.id() + " has a Vietnamese title");
      assertFalse(r.titleEn().equals(r.id() + ".title"), r.id() + " has an English title");
    });
  }

  @Test
  void manifest_namesEachStandardDrlWithTheSha256OfItsSource() throws IOException {
    Path dir = Path.of("src/main/resources/dev/plancompliance/rules");
    try (var files = Files.list(dir)) {
      List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList();
      assertEquals(onDisk, RuleSets.STANDARD_FILES.stream().sorted().toList(), "RuleSets.STANDARD_FILES lists every .drl");
    }
    for (RuleSetDigest d : validator.manifest()) {
      String text = Files.readString(dir.resolve(d.name()), StandardCharsets.UTF_8);
      assertEquals(RuleSets.sha256(text), d.sha256(), d.name());
      assertFalse(d.ruleIds().isEmpty(), d.name() + " defines rules");
      assertTrue(d.version().matches("\\d+\\.\\d+\\.\\d+.*"), d.version());
    }
  }

  @Test
  void everyRule_hasAnOutcome_andFindingsAreSortedBySeverity() {
    ValidationReport report = validator.validate(TestPlans.oneTask("T-1"), AS_OF);
    assertEquals(validator.rules().size(), report.outcomes().size());
    List<Severity> severities = report.findings().stream().map(Finding::severity).toList();
    assertEquals(severities.stream().sorted().toList(), severities);
    assertTrue(report.isComplete());
  }

  @Test
  void validateWithoutDate_usesTheBuildersClock() {
    PlanValidator fixed = PlanValidator.builder().withStandardRules()
        .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-03-01T00:00:00Z"), java.time.ZoneOffset.UTC)).build();
    assertEquals(LocalDate.of(2026, 3, 1), fixed.validate(TestPlans.oneTask("T-1")).asOf());
  }

  @Test
  void builder_withoutRules_saysWhatToDo() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PlanValidator.builder().build());
    assertTrue(e.getMessage().contains("withStandardRules()"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> PlanValidator.builder().withStandardRules().withStandardRules());
    assertThrows(IllegalArgumentException.class, () -> PlanValidator.builder().addRules(Path.of("no/such/folder")));
    assertThrows(IllegalArgumentException.class, () -> PlanValidator.builder().firingLimit(0));
  }

  @Test
  void drlWithTwoSyntaxErrors_isOneRuleSetExceptionListingBothWithFileLineAndColumn(@TempDir Path dir) throws IOException {
    RuleFolder.write(dir, "broken.drl", List.of(
        "rule \"X-001 bad one\" @id(\"X-001\") @severity(\"ERROR\") @basis(\"test\")",
        "when",
        "  $t : Task( leads.isEmpty( )",
        "then",
        "  ctx.failTask($t, \"leads\");",
        "end",
        "rule \"X-002 bad two\" @id(\"X-002\") @severity(\"ERROR\") @basis(\"test\")",
        "when",
        "  $t : Task( ) )",
        "then",
        "end"),
        "", "");
    RuleSetException e = assertThrows(RuleSetException.class, () -> PlanValidator.builder().addRules(dir).build());
    assertTrue(e.problems().size() >= 2, e.getMessage());
    assertTrue(e.problems().stream().anyMatch(p -> p.matches("(?s)broken\\.drl:\\d+:\\d+: .*")), e.getMessage());
    assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("broken.drl:13:")), e.getMessage());
  }

  @Test
  void ruleWithoutTitleOrWithBadSeverity_breaksTheMetadataContract(@TempDir Path dir) throws IOException {
    RuleFolder.write(dir, "meta.drl", List.of(
        "rule \"X-010 severity\" @id(\"X-010\") @severity(\"FATAL\") @basis(\"test\")",
        "when Plan() then end"),
        "", "");
    RuleSetException e = assertThrows(RuleSetException.class, () -> PlanValidator.builder().addRules(dir).build());
    assertTrue(e.getMessage().contains("@severity must be ERROR, WARNING or INFO, was FATAL"), e.getMessage());
    assertTrue(e.getMessage().contains("no title \"X-010.title\""), e.getMessage());
  }

  @Test
  void ruleThatThrows_isNamedInAnIncompleteReport_andTheOtherRulesStillRun(@TempDir Path dir) throws IOException {
    RuleFolder.write(dir, "throws.drl", List.of(
        "rule \"X-100 throws\" @id(\"X-100\") @severity(\"ERROR\") @basis(\"test\")",
        "when $t : Task() then",
        "  throw new IllegalStateException(\"boom on \" + $t.code());",
        "end",
        "rule \"X-101 fires\" @id(\"X-101\") @severity(\"INFO\") @basis(\"test\")",
        "when $t : Task() then ctx.failTask($t, \"title\");",
        "end"),
        "X-100.title=Throws\nX-101.title=Fires\nX-101=Task {task}\n",
        "X-100.title=Ném lỗi\nX-101.title=Chạy\nX-101=Nhiệm vụ {task}\n");
    PlanValidator both = PlanValidator.builder().withStandardRules().addRules(dir).build();
    ValidationReport report = both.validate(TestPlans.oneTask("T-1"), AS_OF);
    assertFalse(report.isComplete());
    assertFalse(report.isCompliant());
    assertEquals("X-100", report.errors().get(0).ruleId());
    assertTrue(report.errors().get(0).message().contains("boom on II.4"), report.errors().get(0).message());
    assertEquals(Outcome.NOT_EVALUABLE, report.outcome("X-100").orElseThrow().outcome());
    assertEquals(Outcome.FAILED, report.outcome("X-101").orElseThrow().outcome());
    assertEquals("Task II.4", report.findings("X-101").get(0).messageEn());
    assertStandardPartKept(validator.validate(TestPlans.oneTask("T-1"), AS_OF), report);
    assertTrue(report.toText().contains("INCOMPLETE"), report.toText());
    assertTrue(report.toText().contains("! X-100 (\"X-100 throws\") failed: "), report.toText());

    // on a seed-sized plan with many findings, and a consequence that raised a finding before it threw
    Plan hue = seedPlan();
    ValidationReport seed = both.validate(hue, AS_OF);
    assertEquals(List.of("X-100"), seed.errors().stream().map(RuleError::ruleId).distinct().toList());
    assertStandardPartKept(validator.validate(hue, AS_OF), seed);
  }

  @Test
  void ruleWhoseConsequenceThrowsAnAssertionErrorOrOverflowsTheStack_isNamedInAnIncompleteReport(@TempDir Path dir) throws IOException {
    for (String[] body : new String[][] {{"X-110", "throw new AssertionError(\"unexpected \" + $t.code());", "AssertionError: unexpected "},
        {"X-111", "down(0);", "StackOverflowError"}}) {
      Path folder = dir.resolve(body[0]);
      java.nio.file.Files.createDirectories(folder);
      customRules(folder, String.join("\n",
          "function int down(int n) { return down(n + 1) + 1; }",
          "rule \"" + body[0] + " errs\" @id(\"" + body[0] + "\") @severity(\"ERROR\") @basis(\"test\")",
          "when $t : Task() then",
          "  " + body[1],
          "end"), body[0]);
      PlanValidator both = PlanValidator.builder().withStandardRules().addRules(folder).build();
      for (Plan plan : List.of(TestPlans.oneTask("T-1"), seedPlan())) {
        ValidationReport report = both.validate(plan, AS_OF);
        assertFalse(report.isComplete(), body[0]);
        assertEquals(body[0], report.errors().get(0).ruleId());
        assertEquals(body[0] + " errs", report.errors().get(0).rule());
        assertTrue(report.errors().get(0).message().contains(body[2]), report.errors().get(0).message());
        assertEquals(Outcome.NOT_EVALUABLE, report.outcome(body[0]).orElseThrow().outcome());
        assertStandardPartKept(validator.validate(plan, AS_OF), report);
      }
    }
  }

  @Test
  void ruleWhoseConditionThrows_stopsOnlyItsOwnRuleSet_isNamed_andTheStandardRulesAreKept(@TempDir Path dir) throws IOException {
    customRules(dir, String.join("\n",
        "rule \"X-300 condition throws\" @id(\"X-300\") @severity(\"ERROR\") @basis(\"test\")",
        "when $t : Task( title.substring(0, 100000).isEmpty() ) then ctx.failTask($t, \"title\");",
        "end",
        "rule \"X-301 would fire on every task\" @id(\"X-301\") @severity(\"INFO\") @basis(\"test\")",
        "when $t : Task() then ctx.failTask($t, \"code\");",
        "end",
        "rule \"X-302 finds nothing\" @id(\"X-302\") @severity(\"INFO\") @basis(\"test\")",
        "when $t : Task( code == \"no such code\" ) then ctx.failTask($t, \"code\");",
        "end"), "X-300", "X-301", "X-302");
    PlanValidator both = PlanValidator.builder().withStandardRules().addRules(dir).build();
    for (Plan plan : List.of(TestPlans.oneTask("T-1"), seedPlan())) {
      ValidationReport report = both.validate(plan, AS_OF);
      assertFalse(report.isComplete());
      RuleError error = report.errors().get(0);
      assertEquals("X-300", error.ruleId());
      assertEquals("X-300 condition throws", error.rule());
      assertTrue(error.message().contains("StringIndexOutOfBoundsException"), error.message());
      assertEquals(Outcome.NOT_EVALUABLE, report.outcome("X-300").orElseThrow().outcome());
      RuleOutcome nothing = report.outcome("X-302").orElseThrow();
      assertEquals(Outcome.NOT_EVALUABLE, nothing.outcome());
      assertEquals("its rule set stopped when rule \"X-300 condition throws\" failed", nothing.reasonEn());
      assertNotEquals(Outcome.PASSED, report.outcome("X-301").orElseThrow().outcome(), "a stopped set passes nothing");
      assertStandardPartKept(validator.validate(plan, AS_OF), report);
      assertTrue(report.toText().contains("X-300 condition throws"), report.toText());
    }
  }

  @Test
  void ruleThatFiresWithoutEnd_isStoppedByTheFiringLimit(@TempDir Path dir) throws IOException {
    RuleFolder.write(dir, "loop.drl", List.of(
        "declare Tick n : int end",
        "rule \"X-200 loops\" @id(\"X-200\") @severity(\"INFO\") @basis(\"test\")",
        "when Plan() $t : Tick( n >= 0 ) then modify($t) { setN($t.getN() + 1) }",
        "end",
        "rule \"seed a tick\" when Plan() not Tick() then insert(new Tick(0)); end"),
        "X-200.title=Loops\n",
        "X-200.title=Lặp\n");
    PlanValidator looping = PlanValidator.builder().addRules(dir).firingLimit(10_000).build();
    ValidationReport report = looping.validate(TestPlans.oneTask("T-1"), AS_OF);
    assertFalse(report.isComplete());
    assertEquals("X-200", report.errors().get(0).ruleId());
    assertTrue(report.errors().get(0).message().contains("firing limit"), report.errors().get(0).message());

    // beside the standard rules, under the default limit: stopped, named, and the standard rules' outcomes kept
    PlanValidator withStandard = PlanValidator.builder().withStandardRules().addRules(dir).build();
    Plan hue = seedPlan();
    long start = System.nanoTime();
    ValidationReport loop = withStandard.validate(hue, AS_OF);
    System.out.printf("[rules] a looping rule stopped by the default firing limit (%,d) in %d ms%n",
        PlanValidator.DEFAULT_FIRING_LIMIT, (System.nanoTime() - start) / 1_000_000);
    assertEquals(List.of("X-200"), loop.errors().stream().map(RuleError::ruleId).toList());
    assertEquals("firing limit of 1000000 reached; the rule may fire without end", loop.errors().get(0).message());
    assertEquals(Outcome.NOT_EVALUABLE, loop.outcome("X-200").orElseThrow().outcome());
    assertFalse(loop.isCompliant());
    assertStandardPartKept(validator.validate(hue, AS_OF), loop);
  }

  @Test
  void ruleThatTriesToChangeThePlan_cannot_andTheOtherRuleSetsSeeItWhole(@TempDir Path dir) throws IOException {
    customRules(dir, String.join("\n",
        "rule \"X-400 adds a lead\" @id(\"X-400\") @severity(\"INFO\") @basis(\"test\")",
        "when $t : Task() then $t.leads().add(\"ke-la\");",
        "end",
        "rule \"X-401 clears the tasks\" @id(\"X-401\") @severity(\"INFO\") @basis(\"test\")",
        "when $p : Plan() then $p.tasks().clear();",
        "end",
        "rule \"X-402 deletes the facts it sees\" @id(\"X-402\") @severity(\"INFO\") @basis(\"test\")",
        "when $t : Task() then delete($t);",
        "end"), "X-400", "X-401", "X-402");
    PlanValidator hostile = PlanValidator.builder().withStandardRules().addRules(dir).build();
    Plan plan = seedPlan();
    String before = dev.plancompliance.model.json.PlanDocuments.write(plan);
    ValidationReport report = hostile.validate(plan, AS_OF);
    assertEquals(before, dev.plancompliance.model.json.PlanDocuments.write(plan), "the plan is unchanged");
    assertEquals(seedPlan(), plan);
    assertTrue(report.errors().stream().anyMatch(e -> e.ruleId().equals("X-400") && e.message().contains("UnsupportedOperationException")), report.errors().toString());
    assertTrue(report.errors().stream().anyMatch(e -> e.ruleId().equals("X-401") && e.message().contains("UnsupportedOperationException")), report.errors().toString());
    assertStandardPartKept(validator.validate(plan, AS_OF), report);
  }

  @Test
  void textFromThePlan_isPutIntoMessagesAsItIs_neverEvaluated() {
    String hostile = "Sở {task} ${java.version} #{1+1} $1 \\ %s";
    Plan base = TestPlans.oneTask("T-1");
    Plan plan = Plan.builder().from(base)
        .agencies(base.agencies().stream()
            .map(a -> a.id().equals("so-tu-phap") ? Agency.builder().from(a).nameVi(hostile).nameEn(hostile).build() : a).toList())
        .tasks(List.of(Task.builder().from(base.tasks().get(0)).code("II.{agency}$0")
            .leads(List.of("so-tu-phap")).coordinators(List.of("so-tu-phap")).build()))
        .build();
    Finding f = validator.validate(plan, AS_OF).findings("ACC-004").get(0);
    assertEquals("In task II.{agency}$0, \"" + hostile + "\" is both lead and coordinator.", f.messageEn());
    assertTrue(f.messageVi().contains("II.{agency}$0") && f.messageVi().contains(hostile), f.messageVi());
  }

  /** The Huế seed plan as kept among the rule cases: seven tasks, several findings. */
  private static Plan seedPlan() {
    try {
      return dev.plancompliance.model.json.PlanDocuments.read(Path.of("src/test/resources/rule-cases/ACC-001/fail/hue-2025.json"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every standard rule has the outcome and the findings it has in a run of the standard rules alone. */
  private static void assertStandardPartKept(ValidationReport standardOnly, ValidationReport report) {
    for (RuleOutcome o : standardOnly.outcomes()) {
      assertEquals(o, report.outcome(o.ruleId()).orElseThrow(), "standard outcome kept: " + o.ruleId());
      assertEquals(standardOnly.findings(o.ruleId()), report.findings(o.ruleId()), "standard findings kept: " + o.ruleId());
    }
  }

  /** A rule folder with {@code rules} (after {@link RuleFolder#HEADER}) and a title and message for each id. */
  private static void customRules(Path dir, String rules, String... ids) throws IOException {
    StringBuilder en = new StringBuilder();
    StringBuilder vi = new StringBuilder();
    for (String id : ids) {
      en.append(id).append(".title=Rule ").append(id).append('\n').append(id).append("=Task {task}\n");
      vi.append(id).append(".title=Quy tắc ").append(id).append('\n').append(id).append("=Nhiệm vụ {task}\n");
    }
    RuleFolder.write(dir, "custom.drl", List.of(rules), en.toString(), vi.toString());
  }

  @Test
  void oneValidatorSharedByEightThreads_givesTheSingleThreadReports() throws Exception {
    List<Plan> plans = IntStream.range(0, 200).mapToObj(i -> TestPlans.oneTask("T-" + i)).toList();
    List<ValidationReport> expected = validator.validateAll(plans, AS_OF);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ValidationReport>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (Plan p : plans) {
          futures.add(pool.submit(() -> validator.validate(p, AS_OF)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % plans.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void reportJson_isStableAndNamesCompliance() {
    ValidationReport report = validator.validate(TestPlans.oneTask("T-1"), AS_OF);
    String json = report.toJson();
    assertEquals(json, validator.validate(TestPlans.oneTask("T-1"), AS_OF).toJson());
    assertTrue(json.contains("\"compliant\" : " + report.isCompliant()) || json.contains("\"compliant\": " + report.isCompliant()), json);
    assertTrue(json.endsWith("\n"));
  }

  /** A finding about who answers for a task says which printed label decided; a label the table cannot read is named as the reason. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "ACC-001/fail/bodies-under-an-implementer-label | ACC-001 | Task V.1 names no lead agency (chủ trì): the label \"Đơn vị thực hiện\" reads as implementer, not lead (2 bodies named, not one identifiable body).",
      "ACC-007/fail/sole-implementer-under-a-printed-label | ACC-007 | Task V.1 names no lead; its only implementing body, \"Department of Justice\", named under \"Đơn vị thực hiện\" (a label read as implementer), is taken as accountable."})
  void findingsNameTheLabelThatDecided(String file, String ruleId, String message) throws IOException {
    Plan plan = dev.plancompliance.model.json.PlanDocuments.read(Path.of("src/test/resources/rule-cases/" + file + ".json"));
    Finding f = validator.validate(plan, AS_OF).findings(ruleId).get(0);
    assertEquals(message, f.messageEn());
    assertTrue(f.messageVi().contains("\"Đơn vị thực hiện\""), f.messageVi());
    assertEquals(java.util.Optional.of(335), f.source().map(dev.plancompliance.model.SourceRef::line), "the task's line");
  }

  @Test
  void aLabelTheTableCannotReadIsTheReasonTheLeadCannotBeJudged() throws IOException {
    Plan plan = dev.plancompliance.model.json.PlanDocuments.read(Path.of("src/test/resources/rule-cases/ACC-001/other/label-the-table-does-not-read.json"));
    RuleOutcome outcome = validator.validate(plan, AS_OF).outcome("ACC-001").orElseThrow();
    assertEquals(Outcome.NOT_EVALUABLE, outcome.outcome());
    assertTrue(outcome.reasonEn().contains("task V.1") && outcome.reasonEn().contains("\"Cơ quan tham mưu\""), outcome.reasonEn());
    assertTrue(outcome.reasonVi().contains("\"Cơ quan tham mưu\""), outcome.reasonVi());
  }

  @Test
  void hasteWithNoDateIsNamedAsSuch_andAVagueFrameKeepsTheGeneralMessage() throws IOException {
    Plan urgent = dev.plancompliance.model.json.PlanDocuments.read(Path.of("src/test/resources/rule-cases/DL-001/fail/urgent-only.json"));
    Finding f = validator.validate(urgent, AS_OF).findings("DL-001").get(0);
    assertEquals("Task V.1 asks for haste (\"Khẩn trương\") but states no time frame: say by when.", f.messageEn());
    assertTrue(f.messageVi().contains("khẩn trương (\"Khẩn trương\")"), f.messageVi());
    Plan vague = dev.plancompliance.model.json.PlanDocuments.read(Path.of("src/test/resources/rule-cases/DL-001/fail/vague.json"));
    assertEquals("Task V.1 states no usable time frame.", validator.validate(vague, AS_OF).findings("DL-001").get(0).messageEn());
  }
}
