package dev.plancompliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.TaskProgress;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.model.json.PlanFormatException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportDiffTest {
  private static PlanValidator validator;
  private static Plan commune;

  @BeforeAll
  static void build() throws IOException {
    validator = PlanValidator.builder().withStandardRules().build();
    commune = PlanDocuments.read(PlanSetValidationTest.caseFile("DL-003/fail/commune-report-2025-h2-missing.json"));
  }

  private static ValidationReport asOf(LocalDate date, TaskProgress... entries) {
    return validator.validate(commune, ProgressReport.builder().plan("01/KH-UBND").asOf(date).addEntries(entries).build(), date);
  }

  @Test
  void twoDates_giveNewResolvedAndUnchangedFindings_byFingerprint() {
    ValidationReport october = asOf(LocalDate.of(2025, 10, 1), TaskProgress.done("1", LocalDate.of(2025, 8, 28)));
    ValidationReport january = asOf(LocalDate.of(2026, 1, 5), TaskProgress.done("1", LocalDate.of(2025, 8, 28)),
        TaskProgress.done("2", LocalDate.of(2025, 10, 20)), TaskProgress.builder().task("5").period("2025").date(LocalDate.of(2025, 11, 14))
            .status(dev.plancompliance.model.ProgressStatus.DONE).build());
    ReportDiff d = ReportDiff.of(october, january);
    assertEquals(List.of("reportingDuties[0].deadline[2025-H2]", "tasks[7].deadline"), d.added().stream().map(Finding::path).toList());
    assertEquals(List.of("tasks[2].deadline"), d.resolved().stream().map(Finding::path).toList());
    assertEquals(october.findings().size() - 1, d.unchanged().size());
    assertEquals(Optional.of(LocalDate.of(2025, 10, 1)), d.olderAsOf());
    assertTrue(d.hasNew());
    String text = ReportDiff.toText(List.of(d), List.of(Language.EN));
    assertTrue(text.startsWith("01/KH-UBND (Ủy ban nhân dân Xã A (minh họa)): 2025-10-01 → 2026-01-05: 2 new, 1 resolved, "), text);
    assertTrue(text.contains("  - ERROR DL-003 Task 2 was due by 2025-09-29"), text);
  }

  @Test
  void readsReportsBackFromJson_singleListOrSet_andPairsThemByPlan() throws IOException {
    ValidationReport a = asOf(LocalDate.of(2025, 10, 1));
    ValidationReport b = asOf(LocalDate.of(2026, 1, 5));
    List<ReportDiff> fromList = ReportDiff.compare(ValidationReport.toJson(List.of(a)), "old.json", b.toJson(), "new.json");
    assertEquals(List.of(ReportDiff.of(a, b)), fromList);
    PlanSet set = PlanDocuments.readSet(PlanSetValidationTest.caseFile("DL-004/fail/commune-issued-on-1-august.json"));
    SetReport older = validator.validate(set, LocalDate.of(2025, 10, 1));
    SetReport newer = validator.validate(set, LocalDate.of(2026, 1, 5));
    List<ReportDiff> sets = ReportDiff.compare(older.toJson(), "old.json", newer.toJson(), "new.json");
    assertEquals(ReportDiff.of(older, newer), sets);
    assertEquals(4, sets.size(), "parent, two communes, cross-plan");
    assertTrue(sets.get(3).subject().startsWith("cross-plan: /CTr-UBND"), sets.get(3).subject());
    assertFalse(sets.get(3).unchanged().isEmpty());
    assertTrue(sets.stream().allMatch(d -> d.added().isEmpty() == d.resolved().isEmpty()));
    assertTrue(ReportDiff.toJson(sets).startsWith("[\n  {\n    \"subject\""));
  }

  @Test
  void planOnlyOneSideHas_countsAsAllNewOrAllResolved_differentPlansCannotBeComparedDirectly() {
    ValidationReport a = asOf(LocalDate.of(2025, 10, 1));
    ValidationReport other = validator.validate(TestPlans.oneTask("T-1"), LocalDate.of(2025, 10, 1));
    List<ReportDiff> diffs = ReportDiff.compare(a.toJson(), "old.json", other.toJson(), "new.json");
    assertEquals(2, diffs.size());
    assertEquals(other.findings().size(), diffs.get(0).added().size());
    assertEquals(Optional.empty(), diffs.get(0).olderAsOf());
    assertEquals(a.findings().size(), diffs.get(1).resolved().size());
    assertThrows(IllegalArgumentException.class, () -> ReportDiff.of(a, other));
  }

  @Test
  void malformedReport_isAFormatError() {
    assertThrows(PlanFormatException.class, () -> ReportDiff.compare("{\"plan\": 1}", "old.json", "[]", "new.json"));
    assertThrows(PlanFormatException.class, () -> ReportDiff.compare("not json", "old.json", "[]", "new.json"));
  }
}
