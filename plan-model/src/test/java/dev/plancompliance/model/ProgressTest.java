package dev.plancompliance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Period instances of recurring frames, closed occurrences of a plan, and progress reports. */
class ProgressTest {
  private static final Deadline.Recurring SIX_MONTHLY = new Deadline.Recurring("định kỳ 6 tháng … trước ngày 15 tháng 6 và trước ngày 01 tháng 12",
      Deadline.Period.HALF_YEAR, null, null,
      List.of(new Deadline.Cutoff(MonthDay.of(6, 15), true), new Deadline.Cutoff(MonthDay.of(12, 1), true)), null);

  @Test
  void sixMonthlyReport_hasTwoInstancesAYear_dueTheDayBeforeEachCutoff() {
    assertEquals(List.of(new Deadline.Instance("2025-H2", LocalDate.of(2025, 11, 30)), new Deadline.Instance("2026-H1", LocalDate.of(2026, 6, 14))),
        SIX_MONTHLY.instances(LocalDate.of(2025, 7, 9), LocalDate.of(2026, 11, 30)));
  }

  @Test
  void firstInstance_isTheFirstDueOnOrAfterTheIssueDate_haTinhQuarterOneAndYearly() {
    LocalDate issued = LocalDate.of(2025, 8, 13);
    Deadline.Recurring q1 = new Deadline.Recurring("Quý I hằng năm", Deadline.Period.YEAR, 1, null, List.of(), null);
    Deadline.Recurring yearly = Deadline.Recurring.every("Hàng năm", Deadline.Period.YEAR);
    assertEquals(List.of(new Deadline.Instance("2026", LocalDate.of(2026, 3, 31))), q1.instances(issued, LocalDate.of(2026, 12, 31)));
    assertEquals(List.of(new Deadline.Instance("2025", LocalDate.of(2025, 12, 31))), yearly.instances(issued, LocalDate.of(2026, 12, 31)));
    assertEquals("2026-Q3", Deadline.Recurring.every("Hàng quý", Deadline.Period.QUARTER).instances(issued, LocalDate.of(2027, 1, 1)).get(4).period());
    assertEquals("2025-08", Deadline.Recurring.every("Hàng tháng", Deadline.Period.MONTH).instances(issued, LocalDate.of(2025, 10, 1)).get(0).period());
  }

  @Test
  void eventAndUnspecifiedPeriods_haveNoRecurringParts_compositesCollectTheirs() {
    assertTrue(Deadline.Recurring.every("định kỳ", Deadline.Period.UNSPECIFIED).recurringParts().isEmpty());
    Deadline composite = new Deadline.Composite("Thường xuyên, hàng năm",
        List.of(new Deadline.Continuous("Thường xuyên"), Deadline.Recurring.every("hàng năm", Deadline.Period.YEAR)));
    assertEquals(1, composite.recurringParts().size());
    assertTrue(new Deadline.OnEvent("Sau khi Đề án ban hành", Deadline.Relation.AFTER, Deadline.Event.SCHEME_ISSUED).recurringParts().isEmpty());
  }

  private static Plan plan(LocalDate issued) {
    DocumentRef.Builder ref = DocumentRef.builder().symbol("01/KH-UBND").kind(DocumentKind.PLAN);
    if (issued != null) {
      ref.issuedOn(issued);
    }
    return Plan.builder().ref(ref.build()).issuer("ubnd").level(PlanLevel.COMMUNE)
        .addTasks(task("1", new Deadline.WithinMonth("trong tháng 9/2025", YearMonth.of(2025, 9))),
            task("2", Deadline.Recurring.every("Hàng năm", Deadline.Period.YEAR)),
            task("3", new Deadline.Continuous("Thường xuyên")),
            task("4", new Deadline.InYear("Năm 2026", 2026)))
        .addReportingDuties(ReportingDuty.builder().to("so-tu-phap").deadline(SIX_MONTHLY).build())
        .build();
  }

  private static Task task(String code, Deadline d) {
    return Task.builder().code(code).title("T" + code).deadline(d).build();
  }

  @Test
  void closedOccurrences_datedWindowsOnceAndRecurringPerInstance_fromTheIssueDate() {
    List<Occurrence> closed = plan(LocalDate.of(2025, 8, 1)).closedOccurrences(LocalDate.of(2026, 1, 15));
    assertEquals(List.of(new Occurrence("1", "", LocalDate.of(2025, 9, 30)), new Occurrence("2", "2025", LocalDate.of(2025, 12, 31)),
        new Occurrence("reportingDuties[0]", "2025-H2", LocalDate.of(2025, 11, 30))), closed);
    assertEquals("reportingDuties[0].deadline[2025-H2]", closed.get(2).path());
    assertEquals(0, closed.get(2).reportingDuty());
    assertEquals("tasks[1].deadline", closed.get(0).path());
  }

  @Test
  void closedOccurrencesOfOneTarget_areThatTargetsShare_andAnUnknownTargetIsNamed() {
    Plan plan = plan(LocalDate.of(2025, 8, 1));
    LocalDate asOf = LocalDate.of(2026, 1, 15);
    assertEquals(List.of(new Occurrence("reportingDuties[0]", "2025-H2", LocalDate.of(2025, 11, 30))), plan.closedOccurrences("reportingDuties[0]", asOf));
    assertEquals(plan.closedOccurrences(asOf), plan.progressTargets().stream().flatMap(t -> plan.closedOccurrences(t, asOf).stream()).toList());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan.closedOccurrences("9", asOf));
    assertEquals("the plan has no task or reporting duty 9", e.getMessage());
  }

  @Test
  void aTaskCannotBeCodedAsAReportingDutyIsNamedInProgressReports() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Plan.builder()
        .ref(DocumentRef.builder().symbol("01/KH-UBND").kind(DocumentKind.PLAN).build()).issuer("ubnd").level(PlanLevel.COMMUNE)
        .addTasks(task("reportingDuties[0]", new Deadline.InYear("Năm 2025", 2025))).build());
    assertTrue(e.getMessage().contains("reportingDuties[0]") && e.getMessage().contains("name reporting duties in progress reports"), e.getMessage());
    // a code that merely mentions them is a code like any other
    assertEquals("1 (reportingDuties[0])", Plan.builder().ref(DocumentRef.builder().symbol("01/KH-UBND").kind(DocumentKind.PLAN).build()).issuer("ubnd")
        .level(PlanLevel.COMMUNE).addTasks(task("1 (reportingDuties[0])", new Deadline.InYear("Năm 2025", 2025))).build().tasks().get(0).code());
  }

  @Test
  void aRunOfInstances_foldsIntoOne_namedByItsFirstAndLast_dueWithTheLast() {
    Occurrence h2 = new Occurrence("reportingDuties[0]", "2010-H2", LocalDate.of(2010, 11, 30));
    Occurrence h1 = new Occurrence("reportingDuties[0]", "2011-H1", LocalDate.of(2011, 6, 14));
    Occurrence h2b = new Occurrence("reportingDuties[0]", "2011-H2", LocalDate.of(2011, 11, 30));
    Occurrence run = Occurrence.fold(List.of(h2, h1, h2b));
    assertEquals(new Occurrence("reportingDuties[0]", "2010-H2…2011-H2", LocalDate.of(2011, 11, 30), 3), run);
    assertTrue(run.isRun());
    assertFalse(h2.isRun());
    assertEquals("reportingDuties[0].deadline[2010-H2…2011-H2]", run.path());
    assertEquals(0, run.reportingDuty());
    assertEquals(h2, Occurrence.fold(List.of(h2)));
    // runs fold into longer runs, counting every instance
    assertEquals(new Occurrence("reportingDuties[0]", "2010-H2…2011-H2", LocalDate.of(2011, 11, 30), 3),
        Occurrence.fold(List.of(Occurrence.fold(List.of(h2, h1)), h2b)));
    assertThrows(IllegalArgumentException.class, () -> Occurrence.fold(List.of()));
    assertThrows(IllegalArgumentException.class, () -> Occurrence.fold(List.of(h2, new Occurrence("1", "2011", LocalDate.of(2011, 12, 31)))));
    assertThrows(IllegalArgumentException.class, () -> Occurrence.fold(List.of(new Occurrence("1", "", LocalDate.of(2011, 12, 31)), h2)));
    assertThrows(IllegalArgumentException.class, () -> new Occurrence("1", "2011", LocalDate.of(2011, 12, 31), 2));
    assertThrows(IllegalArgumentException.class, () -> new Occurrence("1", "2011", LocalDate.of(2011, 12, 31), 0));
    assertThrows(IllegalArgumentException.class, () -> new Occurrence("1", "", LocalDate.of(2011, 12, 31), 2));
  }

  @Test
  void compositePartsSharingAName_giveTheEarliestOccurrence_whicheverPartIsPrintedFirst() {
    Deadline windows = new Deadline.Composite("tổng kết vào năm 2026, sơ kết vào năm 2025",
        List.of(new Deadline.InYear("tổng kết vào năm 2026", 2026), new Deadline.InYear("sơ kết vào năm 2025", 2025)));
    Deadline yearly = new Deadline.Composite("tại phiên họp tháng 12 hàng năm; hàng năm, trước ngày 02/12",
        List.of(new Deadline.Recurring("tại phiên họp tháng 12 hàng năm", Deadline.Period.YEAR, null, java.time.Month.DECEMBER, List.of(), null),
            new Deadline.Recurring("hàng năm, trước ngày 02/12", Deadline.Period.YEAR, null, null, List.of(new Deadline.Cutoff(MonthDay.of(12, 2), true)), null)));
    Plan plan = Plan.builder().ref(DocumentRef.builder().symbol("01/KH-UBND").kind(DocumentKind.PLAN).issuedOn(LocalDate.of(2025, 8, 1)).build())
        .issuer("ubnd").level(PlanLevel.COMMUNE).addTasks(task("1", windows), task("2", yearly)).build();
    assertEquals(List.of(new Occurrence("1", "", LocalDate.of(2025, 12, 31)), new Occurrence("2", "2025", LocalDate.of(2025, 12, 1)),
        new Occurrence("2", "2026", LocalDate.of(2026, 12, 1))), plan.closedOccurrences(LocalDate.of(2027, 1, 15)));
  }

  @Test
  void withoutAnIssueDate_recurringFramesGiveNoOccurrence_andAreNamed() {
    Plan undated = plan(null);
    assertEquals(List.of(new Occurrence("1", "", LocalDate.of(2025, 9, 30))), undated.closedOccurrences(LocalDate.of(2026, 1, 15)));
    assertEquals(List.of("2", "reportingDuties[0]"), undated.recurringTargets());
    assertEquals(List.of("1", "2", "3", "4", "reportingDuties[0]"), undated.progressTargets());
  }

  @Test
  void progressReport_seenOnAnEarlierDate_dropsLaterEntries() {
    ProgressReport r = ProgressReport.builder().plan("01/KH-UBND").asOf(LocalDate.of(2025, 12, 31))
        .addEntries(TaskProgress.done("1", LocalDate.of(2025, 10, 15)),
            TaskProgress.builder().task("2").period("2025").status(ProgressStatus.IN_PROGRESS).build())
        .build();
    assertTrue(r.isDone("1", ""));
    assertFalse(r.isDone("2", "2025"));
    assertEquals("IN_PROGRESS", r.describe("2", "2025"));
    assertEquals("no entry", r.describe("4", ""));
    ProgressReport september = r.seenOn(LocalDate.of(2025, 9, 30));
    assertEquals(LocalDate.of(2025, 9, 30), september.asOf());
    assertFalse(september.isDone("1", ""));
    assertEquals(1, september.entries().size());
    assertEquals(r, r.seenOn(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void progressReport_namesItsPlanBySymbol_orBySymbolAndLocality() {
    Plan a = Plan.builder().from(plan(null)).locality("Xã A").build();
    Plan b = Plan.builder().from(plan(null)).locality("Xã B").build();
    ProgressReport bySymbol = ProgressReport.builder().plan("01/kh-ubnd").asOf(LocalDate.of(2025, 1, 1)).build();
    assertTrue(bySymbol.isFor(a) && bySymbol.isFor(b));
    ProgressReport byKey = ProgressReport.builder().from(bySymbol).plan("01/KH-UBND @ Xã  A").build();
    assertTrue(byKey.isFor(a));
    assertFalse(byKey.isFor(b));
  }

  @Test
  void meaninglessProgress_isRejected() {
    assertEquals("date", assertThrows(InvalidValueException.class,
        () -> TaskProgress.builder().task("1").status(ProgressStatus.DONE).build()).field());
    assertThrows(InvalidValueException.class, () -> ProgressReport.builder().plan("p").asOf(LocalDate.of(2025, 1, 1))
        .addEntries(TaskProgress.done("1", LocalDate.of(2025, 2, 1))).build());
    assertThrows(InvalidValueException.class, () -> ProgressReport.builder().plan("p").asOf(LocalDate.of(2025, 3, 1))
        .addEntries(TaskProgress.done("1", LocalDate.of(2025, 2, 1)), TaskProgress.done("1", LocalDate.of(2025, 2, 2))).build());
  }
}
