package dev.plancompliance.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each construction-time check rejects a meaningless value with an {@link InvalidValueException} naming the field. */
class InvariantsTest {
  private static final Deadline ANY = new Deadline.Continuous("Thường xuyên");

  static Stream<Arguments> meaningless() {
    return Stream.of(
        of("Agency", "nameVi", "blank name", () -> agency().nameVi(" ").build()),
        of("Agency", "id", "upper case", () -> agency().id("So-Tu-Phap").build()),
        of("Agency", "id", "diacritics", () -> agency().id("sở-tư-pháp").build()),
        of("Agency", "id", "trailing hyphen", () -> agency().id("so-").build()),
        of("BudgetYear", "fiscalYear", "before 1900", () -> budget(1899, "10", "1").build()),
        of("BudgetYear", "fiscalYear", "after 2200", () -> budget(2201, "10", "1").build()),
        of("BudgetYear", "totalSpend", "negative", () -> budget(2025, "-1", "0").build()),
        of("BudgetYear", "lawDraftingSpend", "negative", () -> budget(2025, "10", "-0.01").build()),
        of("BudgetYear", "lawDraftingSpend", "above total", () -> budget(2025, "10", "10.01").build()),
        of("BudgetYear", "totalSpend", "65 digits before the point", () -> budget(2025, "1e64", "1").build()),
        of("BudgetYear", "totalSpend", "exponent too large to write out", () -> budget(2025, "1e999999999", "1").build()),
        of("BudgetYear", "lawDraftingSpend", "65 decimal places", () -> budget(2025, "10", "1e-65").build()),
        of("ChildPlanDuty", "units", "blank unit", () -> ChildPlanDuty.builder().addUnits(" ").deadline(ANY).build()),
        of("Directive", "groups", "numbered out of order", () -> Directive.builder()
            .ref(DocumentRef.of("66-NQ/TW", DocumentKind.RESOLUTION)).addGroups(group(2)).build()),
        of("DocumentRef", "symbol", "blank symbol", () -> DocumentRef.of("\t", DocumentKind.PLAN)),
        of("GroupRef", "directive", "blank directive", () -> GroupRef.of("", 1)),
        of("GroupRef", "number", "zero", () -> GroupRef.of("66-NQ/TW", 0)),
        of("Horizon", "targetYear", "out of range", () -> Horizon.builder().targetYear(1800).build()),
        of("Horizon", "visionYear", "before target", () -> Horizon.builder().targetYear(2030).visionYear(2029).build()),
        of("Milestone", "year", "out of range", () -> milestone(3000, "a", "b")),
        of("Milestone", "descriptionVi", "blank", () -> milestone(2027, " ", "b")),
        of("Milestone", "descriptionEn", "blank", () -> milestone(2027, "a", "")),
        of("Plan", "issuer", "blank issuer", () -> plan().issuer(" ").build()),
        of("Plan", "monitor", "blank monitor", () -> plan().monitor("").build()),
        of("Plan", "tasks", "duplicate codes", () -> plan().addTasks(task("1").build(), task("1").build()).build()),
        of("Plan", "agencies", "duplicate ids", () -> plan().addAgencies(agency().build(), agency().build()).build()),
        of("Plan", "budgetYears", "duplicate years", () -> plan()
            .addBudgetYears(budget(2025, "10", "1").build(), budget(2025, "20", "1").build()).build()),
        of("ReportingDuty", "to", "blank recipient", () -> ReportingDuty.builder().to(" ").deadline(ANY).build()),
        of("ReportingDuty", "from", "blank reporter", () -> ReportingDuty.builder().to("so-tu-phap").addFrom("").deadline(ANY).build()),
        of("Scope", "groups", "groups on a full scope", () -> Scope.builder().kind(Scope.Kind.FULL)
            .addGroups(GroupRef.of("66-NQ/TW", 1)).build()),
        of("Scope", "groups", "duplicate groups", () -> Scope.partial(
            List.of(GroupRef.of("66-NQ/TW", 1), GroupRef.of("66-NQ/TW", 1)), "sub-plan")),
        of("SourceRef", "file", "blank file", () -> SourceRef.of(" ", 1)),
        of("SourceRef", "line", "line 0", () -> SourceRef.of("000.txt", 0)),
        of("SourceRef", "lastLine", "last before first", () -> SourceRef.builder().file("000.txt").line(9).lastLine(8).build()),
        of("Task", "code", "blank code", () -> task(" ").build()),
        of("Task", "title", "blank title", () -> task("1").title("").build()),
        of("Task", "leads", "blank lead", () -> task("1").addLeads(" ").build()),
        of("Task", "coordinators", "blank coordinator", () -> task("1").addCoordinators("").build()),
        of("Task", "implementers", "blank implementer", () -> task("1").addImplementers("\n").build()),
        of("TaskGroupDefinition", "number", "zero", () -> group(0)),
        of("TaskGroupDefinition", "titleVi", "blank", () -> TaskGroupDefinition.builder().number(1).titleVi(" ").titleEn("x").build()),
        of("TaskGroupDefinition", "titleEn", "blank", () -> TaskGroupDefinition.builder().number(1).titleVi("x").titleEn(" ").build()),
        of("SpendingFloor", "rate", "zero", () -> floor("0")),
        of("SpendingFloor", "rate", "above one", () -> floor("1.01")),
        of("SpendingFloor", "rate", "exponent too small to write out", () -> floor("1e-999999999")),
        of("SpendingFloor", "effectiveFrom", "missing", () -> new SpendingFloor(BigDecimal.ONE, null, true, BudgetLevel.NATIONAL, "b", null)),
        of("SpendingFloor", "rising", "missing", () -> new SpendingFloor(BigDecimal.ONE, LocalDate.MIN, null, BudgetLevel.NATIONAL, "b", null)),
        of("SpendingFloor", "budgetLevel", "missing", () -> new SpendingFloor(BigDecimal.ONE, LocalDate.MIN, true, null, "b", null)),
        of("SpendingFloor", "basis", "blank", () -> new SpendingFloor(BigDecimal.ONE, LocalDate.MIN, true, BudgetLevel.NATIONAL, " ", null)),
        of("Deadline", "phrase", "blank continuous", () -> new Deadline.Continuous(" ")),
        of("Deadline", "phrase", "missing vague", () -> new Deadline.Vague(null)),
        of("Deadline", "period", "missing", () -> new Deadline.Recurring("Hàng năm", null, null, null, null, null)),
        of("Deadline", "quarter", "quarter 5", () -> new Deadline.Recurring("Quý V", Deadline.Period.YEAR, 5, null, null, null)),
        of("Deadline", "event", "EVENT without event", () -> Deadline.Recurring.every("Sau mỗi kỳ họp", Deadline.Period.EVENT)),
        of("Deadline", "event", "event without EVENT", () -> new Deadline.Recurring("Hàng năm", Deadline.Period.YEAR, null, null,
            null, Deadline.Event.NATIONAL_ASSEMBLY_SESSION)),
        of("Cutoff", "day", "missing", () -> new Deadline.Cutoff(null, true)),
        of("Cutoff", "exclusive", "missing", () -> new Deadline.Cutoff(MonthDay.of(12, 2), null)),
        of("Deadline", "date", "on no date", () -> new Deadline.OnDate("ngày", null)),
        of("Deadline", "exclusive", "by date, unknown exclusivity", () -> new Deadline.ByDate("trước ngày 30/6/2021", LocalDate.of(2021, 6, 30), null)),
        of("Deadline", "month", "in no month", () -> new Deadline.WithinMonth("trong tháng", null)),
        of("Deadline", "year", "in year 0", () -> new Deadline.InYear("Năm 0", 0)),
        of("Deadline", "from", "range from 1800", () -> new Deadline.YearRange("1800–2025", 1800, 2025)),
        of("Deadline", "to", "range reversed", () -> new Deadline.YearRange("Năm 2029 đến 2028", 2029, 2028)),
        of("Deadline", "year", "onward from 2300", () -> new Deadline.FromYearOnward("Năm 2300", 2300)),
        of("Deadline", "date", "from a day of 2300", () -> new Deadline.FromDate("Từ 01/01/2300", java.time.LocalDate.of(2300, 1, 1))),
        of("Deadline", "date", "from no day", () -> new Deadline.FromDate("Từ ngày", null)),
        of("Deadline", "phrase", "blank urgency", () -> new Deadline.Urgent(" ")),
        of("Deadline", "relation", "event without relation", () -> new Deadline.OnEvent("Khi có", null, Deadline.Event.CONDITION_MET)),
        of("Deadline", "event", "relation without event", () -> new Deadline.OnEvent("Sau khi", Deadline.Relation.AFTER, null)),
        of("Deadline", "source", "external from nowhere", () -> new Deadline.External("Theo thời hạn", null, null)),
        of("Deadline", "phrase", "blank on demand", () -> new Deadline.OnDemand("", "bộ")),
        of("Deadline", "parts", "composite of one", () -> new Deadline.Composite("Thường xuyên", List.of(ANY))),
        of("Deadline", "parts", "composite of none", () -> new Deadline.Composite("Thường xuyên", null)));
  }

  @ParameterizedTest(name = "{0}.{1}: {2}")
  @MethodSource("meaningless")
  void check_rejectsAMeaninglessValue_namingTheField(String type, String field, String what, Executable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(field, e.field());
    assertTrue(e.getMessage().startsWith(type + "." + field + " "), e.getMessage());
    assertEquals(e.getMessage(), type + "." + field + " " + e.reason());
  }

  @Test
  void nonCompliantButMeaningfulValues_areRepresentable() {
    assertDoesNotThrow(() -> task("1").build()); // no lead, no group, no source
    assertDoesNotThrow(() -> plan().build()); // no tasks at all
    assertDoesNotThrow(() -> new Deadline.Unspecified(null));
    assertDoesNotThrow(() -> budget(2025, "0", "0").build());
    assertDoesNotThrow(() -> new Deadline.YearRange("Năm 2026", 2026, 2026));
    assertDoesNotThrow(() -> SourceRef.builder().file("f").line(3).lastLine(3).build());
    assertDoesNotThrow(() -> Agency.builder().id("ha-tinh/so-tu-phap").nameVi("Sở Tư pháp").kind(AgencyKind.DEPARTMENT).build());
    assertDoesNotThrow(() -> floor("1"));
  }

  @Test
  void missingValue_isFlaggedAsMissing() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Deadline.OnDate("ngày", null));
    assertTrue(e.isMissing());
    InvalidValueException blank = assertThrows(InvalidValueException.class, () -> new Deadline.OnDate(" ", LocalDate.MIN));
    assertEquals("must not be blank", blank.reason());
  }

  private static Arguments of(String type, String field, String what, Executable build) {
    return Arguments.of(type, field, what, build);
  }

  private static Agency.Builder agency() {
    return Agency.builder().id("so-tu-phap").nameVi("Sở Tư pháp").kind(AgencyKind.DEPARTMENT);
  }

  private static BudgetYear.Builder budget(int year, String total, String drafting) {
    return BudgetYear.builder().fiscalYear(year).totalSpend(new BigDecimal(total)).lawDraftingSpend(new BigDecimal(drafting));
  }

  private static TaskGroupDefinition group(int number) {
    return TaskGroupDefinition.builder().number(number).titleVi("Nhóm").titleEn("Group").build();
  }

  private static Milestone milestone(int year, String vi, String en) {
    return Milestone.builder().year(year).descriptionVi(vi).descriptionEn(en).build();
  }

  private static Plan.Builder plan() {
    return Plan.builder().ref(DocumentRef.of("1/KH-UBND", DocumentKind.PLAN)).issuer("ubnd").level(PlanLevel.CITY);
  }

  private static Task.Builder task(String code) {
    return Task.builder().code(code).title("Nhiệm vụ").deadline(ANY);
  }

  private static SpendingFloor floor(String rate) {
    return new SpendingFloor(new BigDecimal(rate), LocalDate.of(2025, 7, 1), true, BudgetLevel.NATIONAL, "197/2025/QH15", null);
  }
}
