package dev.plancompliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.ProgressStatus;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.TaskProgress;
import dev.plancompliance.model.json.PlanDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plan sets, progress reports and their reports, on the rule-case plans (Hà Nội and illustrative communes). */
class PlanSetValidationTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static PlanValidator validator;

  @BeforeAll
  static void build() {
    validator = PlanValidator.builder().withStandardRules().build();
  }

  static Path caseFile(String name) {
    return RuleCasesTest.casesDir().resolve(name);
  }

  static PlanSet set(String name) throws IOException {
    return PlanDocuments.readSet(caseFile(name));
  }

  @Test
  void crossPlanFinding_namesBothPlans_inItsMessagePathAndRelatedPlan() throws IOException {
    PlanSet set = set("HIE-001/fail/commune-without-group-4.json");
    SetReport report = validator.validate(set, AS_OF);
    Finding f = report.crossPlan().findings("HIE-001").get(0);
    assertEquals("children[01/KH-UBND @ Xã C (minh họa)].groups[66-NQ/TW#4]", f.path());
    assertEquals(set.children().get(0).ref(), f.relatedPlan().orElseThrow());
    assertEquals("Plan 01/KH-UBND (Xã C (minh họa)) has no task in group 4 (international cooperation),"
        + " which /CTr-UBND (Hà Nội) assigns to its unit.", f.messageEn());
    assertTrue(f.messageVi().contains("/CTr-UBND (Hà Nội)"), f.messageVi());
    assertEquals(set.parent().ref(), report.crossPlan().plan());
    assertEquals(List.of("DL-004", "HIE-001", "HIE-002"), report.crossPlan().outcomes().stream().map(RuleOutcome::ruleId).toList());
    assertEquals(Outcome.FAILED, report.crossPlan().outcome("HIE-001").orElseThrow().outcome());
  }

  @Test
  void setReport_holdsEachPlansOwnReport_whereCrossPlanRulesAreNotApplicable() throws IOException {
    PlanSet set = set("HIE-001/fail/commune-without-group-4.json");
    SetReport report = validator.validate(set, AS_OF);
    assertEquals(validator.validate(set.parent(), AS_OF), report.parent());
    assertEquals(List.of(validator.validate(set.children().get(0), AS_OF)), report.children());
    RuleOutcome hie = report.children().get(0).outcome("HIE-001").orElseThrow();
    assertEquals(Outcome.NOT_APPLICABLE, hie.outcome());
    assertTrue(hie.reasonEn().contains("plan set"), hie.reasonEn());
    assertEquals(Outcome.FAILED, report.children().get(0).outcome("COV-001").orElseThrow().outcome(), "the commune misses group 4 on its own too");
    assertFalse(report.isCompliant());
  }

  @Test
  void setReport_roundTripsThroughJson_andRendersAsText() throws IOException {
    SetReport report = validator.validate(set("DL-004/fail/commune-issued-on-1-august.json"), AS_OF);
    assertEquals(report, SetReport.fromJson(report.toJson(), "set-report.json"));
    String text = report.toText(Language.EN);
    assertTrue(text.startsWith("Plan set: /CTr-UBND"), text);
    assertTrue(text.contains("== cross-plan rules (DL-004, HIE-001, HIE-002)"), text);
    assertTrue(text.contains("Plan 01/KH-UBND (Xã B (minh họa)) was issued after the deadline /CTr-UBND (Hà Nội) sets for it (\"trong tháng 7 năm 2025\")."), text);
    assertTrue(text.contains("actual: 2025-08-01; expected: ≤ 2025-07-31"), text);
    assertTrue(text.contains("== child: 01/KH-UBND"), text);
  }

  @Test
  void validationReport_roundTripsThroughJson() {
    ValidationReport r = validator.validate(TestPlans.oneTask("T-1"), AS_OF);
    assertEquals(r, ValidationReport.fromJson(r.toJson(), "r.json"));
    assertEquals(List.of(r, r), ValidationReport.listFromJson(ValidationReport.toJson(List.of(r, r)), "rs.json"));
  }

  @Test
  void progressReport_ofAnotherPlanOrNamingUnknownTasks_isMisuse() throws IOException {
    Plan commune = PlanDocuments.read(caseFile("DL-003/fail/commune-report-2025-h2-missing.json"));
    ProgressReport other = ProgressReport.builder().plan("444/KH-UBND").asOf(AS_OF).build();
    assertThrows(IllegalArgumentException.class, () -> validator.validate(commune, other, AS_OF));
    ProgressReport unknown = ProgressReport.builder().plan("01/KH-UBND").asOf(AS_OF).addEntries(TaskProgress.done("99", AS_OF)).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> validator.validate(commune, unknown, AS_OF));
    assertTrue(e.getMessage().contains("[99]"), e.getMessage());
  }

  @Test
  void overdueOneOffTask_isFoundOnceItsWindowClosesAndResolvedByItsCompletion() throws IOException {
    Plan commune = PlanDocuments.read(caseFile("DL-003/fail/commune-report-2025-h2-missing.json"));
    ProgressReport september = ProgressReport.builder().plan("01/KH-UBND").asOf(LocalDate.of(2025, 9, 30))
        .addEntries(TaskProgress.done("1", LocalDate.of(2025, 8, 28))).build();
    ValidationReport r = validator.validate(commune, september, LocalDate.of(2025, 10, 1));
    assertEquals(List.of("tasks[2].deadline"), r.findings("DL-003").stream().map(Finding::path).toList());
    Finding f = r.findings("DL-003").get(0);
    assertEquals("Task 2 was due by 2025-09-29 (\"trước ngày 30/9/2025\"); no completion is recorded as of 2025-09-30.", f.messageEn());
    assertEquals("no entry", f.actual().orElseThrow());
    ProgressReport done = ProgressReport.builder().from(september).addEntries(TaskProgress.done("2", LocalDate.of(2025, 9, 29))).build();
    assertEquals(Outcome.PASSED, validator.validate(commune, done, LocalDate.of(2025, 10, 1)).outcome("DL-003").orElseThrow().outcome());
    // a completion dated after the validation date does not count as of that date
    ProgressReport late = ProgressReport.builder().from(september).asOf(LocalDate.of(2025, 10, 10))
        .addEntries(TaskProgress.done("2", LocalDate.of(2025, 10, 5))).build();
    assertEquals(Outcome.FAILED, validator.validate(commune, late, LocalDate.of(2025, 10, 1)).outcome("DL-003").orElseThrow().outcome());
    assertEquals(Outcome.PASSED, validator.validate(commune, late, LocalDate.of(2025, 10, 6)).outcome("DL-003").orElseThrow().outcome());
  }

  @Test
  void longRunOfMissedInstances_isOneFinding_beforeTheLatestListedOneByOne() throws IOException {
    Plan commune = PlanDocuments.read(caseFile("DL-003/fail/commune-report-runs-since-2010.json"));
    ProgressReport progress = PlanDocuments.readProgress(caseFile("DL-003/fail/commune-report-runs-since-2010.progress.json"));
    ValidationReport r = validator.validate(commune, progress, LocalDate.of(2026, 1, 5));
    Finding run = r.findings("DL-003").get(0);
    assertEquals("reportingDuties[0].deadline[2010-H2…2013-H2]", run.path());
    assertEquals("The reports to \"Department of Justice\" for 7 earlier periods, 2010-H2…2013-H2, are not recorded as of 2026-01-05; the last was due by"
        + " 2013-11-30. Later periods are listed one by one.", run.messageEn());
    assertEquals(List.of("reportingDuties[0].deadline[2010-H2…2013-H2]", "reportingDuties[0].deadline[2019-H1]"),
        r.findings("DL-003").stream().map(Finding::path).toList());
    // recorded done, the latest instances leave the run alone; the run shrinks as earlier reports are recorded
    ProgressReport fewer = ProgressReport.builder().from(progress)
        .addEntries(TaskProgress.builder().task("reportingDuties[0]").period("2010-H2").status(ProgressStatus.DONE).date(LocalDate.of(2010, 11, 20)).build()).build();
    assertEquals("reportingDuties[0].deadline[2011-H1…2013-H2]", validator.validate(commune, fewer, LocalDate.of(2026, 1, 5)).findings("DL-003").get(0).path());

    // a report as of the issue date cannot judge any of the 50 windows since, runs included
    ValidationReport early = validator.validate(commune, ProgressReport.builder().plan("01/KH-UBND").asOf(LocalDate.of(2010, 8, 1)).build(),
        LocalDate.of(2026, 1, 5));
    RuleOutcome undecided = early.outcome("DL-003").orElseThrow();
    assertEquals(Outcome.NOT_EVALUABLE, undecided.outcome());
    assertEquals("the progress report, as of 2010-08-01, predates 50 windows that have closed since", undecided.reasonEn());
  }

  @Test
  void centuriesOfMonthlyDuties_giveBoundedFindings() throws IOException {
    Plan commune = PlanDocuments.read(caseFile("DL-003/fail/commune-report-2025-h2-missing.json"));
    Deadline monthly = Deadline.Recurring.every("Hàng tháng", Deadline.Period.MONTH);
    List<Deadline.Cutoff> daily = java.util.stream.IntStream.rangeClosed(1, 365)
        .mapToObj(d -> new Deadline.Cutoff(java.time.MonthDay.from(LocalDate.ofYearDay(2025, d)), false)).toList();
    Deadline everyDay = new Deadline.Recurring("hằng ngày", Deadline.Period.YEAR, null, null, daily, null);
    Plan old = Plan.builder().from(commune).ref(DocumentRef.builder().from(commune.ref()).issuedOn(LocalDate.of(1900, 1, 1)).build())
        .tasks(commune.tasks().stream().map(t -> Task.builder().from(t).deadline(t.code().equals("3") ? everyDay : monthly).build()).toList())
        .build();
    ValidationReport r = validator.validate(old, ProgressReport.builder().plan("01/KH-UBND").asOf(LocalDate.of(2199, 12, 31)).build(),
        LocalDate.of(2199, 12, 31));
    // per task: the run before the latest 24 instances, and those 24; the reporting duty likewise
    assertEquals(8 * (1 + PlanValidator.LISTED_INSTANCES), r.findings("DL-003").size());
    List<String> paths = r.findings("DL-003").stream().map(Finding::path).toList();
    assertTrue(paths.contains("tasks[1].deadline[1900-01…2197-11]"), paths.toString());
    assertTrue(paths.contains("tasks[1].deadline[2197-12]"), paths.toString());
    assertTrue(paths.contains("tasks[3].deadline[1900#1…2199#340]"), paths.toString());
    assertTrue(paths.contains("reportingDuties[0].deadline[1900-H1…2187-H2]"), paths.toString());
  }

  @Test
  void setWithProgress_matchesEachReportToItsPlanBySymbol() throws IOException {
    PlanSet set = set("DL-004/fail/commune-issued-on-1-august.json");
    ProgressReport p = ProgressReport.builder().plan("01/KH-UBND").asOf(AS_OF).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> validator.validate(set, List.of(p), AS_OF));
    assertTrue(e.getMessage().contains("matches 2 plans"), e.getMessage());
    ProgressReport byKey = ProgressReport.builder().from(p).plan("01/KH-UBND @ Xã B (minh họa)").build();
    SetReport r = validator.validate(set, List.of(byKey), AS_OF);
    assertEquals(Outcome.FAILED, r.children().get(1).outcome("DL-003").orElseThrow().outcome());
    assertEquals(Outcome.NOT_APPLICABLE, r.children().get(0).outcome("DL-003").orElseThrow().outcome());
    assertEquals(Outcome.NOT_APPLICABLE, r.parent().outcome("DL-003").orElseThrow().outcome());
  }
}
