package dev.plancompliance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-built Huế fixture says what seed 000 says. */
class HuePlanTest {
  private static final Plan PLAN = HuePlan.plan();
  private static final String FILE = HuePlan.FILE;

  @Test
  void hasTheSevenItemsOfSectionTwo_inOrder_oneForEachGroupOf66() {
    assertEquals(List.of("II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7"), PLAN.tasks().stream().map(Task::code).toList());
    for (int i = 0; i < 7; i++) {
      assertEquals(GroupRef.of("66-NQ/TW", i + 1), PLAN.tasks().get(i).group().orElseThrow());
    }
  }

  @Test
  void taskTitles_areTheHeadingsAtTheirSourceLines() {
    for (Task t : PLAN.tasks()) {
      SourceRef s = t.source().orElseThrow();
      assertEquals(FILE, s.file());
      assertEquals(Seeds.heading(FILE, s.line()), t.title(), t.code());
      assertTrue(Seeds.line(FILE, s.lastLine().orElseThrow()).startsWith("- Thời gian thực hiện: "), t.code());
    }
  }

  @Test
  void deadlines_areThePhrasesOnTheTimeLines() {
    for (Task t : PLAN.tasks()) {
      String timeLine = Seeds.line(FILE, t.source().orElseThrow().lastLine().orElseThrow());
      assertEquals("- Thời gian thực hiện: " + t.deadline().phrase() + ".", timeLine, t.code());
    }
    assertEquals(new Deadline.Continuous("Thường xuyên"), PLAN.task("II.2").orElseThrow().deadline());
    assertEquals(new Deadline.FromYearOnward("Năm 2025 và các năm tiếp theo", 2025), PLAN.task("II.5").orElseThrow().deadline());
  }

  @Test
  void itemsOneAndTwo_nameNoLead_itemSix_namesTwo() {
    assertEquals(List.of(), PLAN.task("II.1").orElseThrow().leads());
    assertEquals(List.of(), PLAN.task("II.2").orElseThrow().leads());
    assertEquals(List.of(HuePlan.TU_PHAP, HuePlan.KHCN), PLAN.task("II.6").orElseThrow().leads());
    assertEquals(List.of(), PLAN.task("II.6").orElseThrow().implementers());
    for (String code : List.of("II.3", "II.4", "II.5", "II.7")) {
      assertEquals(1, PLAN.task(code).orElseThrow().leads().size(), code);
    }
  }

  @Test
  void leadsAndCoordinators_areNamedOnTheirLabelledLines() {
    for (Task t : PLAN.tasks()) {
      int from = t.source().orElseThrow().line();
      int to = t.source().orElseThrow().lastLine().orElseThrow();
      List<String> block = Seeds.lines(FILE).subList(from - 1, to);
      String leads = block.stream().filter(l -> l.startsWith("- Chủ trì tham mưu thực hiện: ")).findFirst().orElse("");
      for (String id : t.leads()) {
        assertTrue(leads.contains(PLAN.agency(id).orElseThrow().nameVi()), t.code() + " lead " + id);
      }
      assertEquals(t.leads().isEmpty(), leads.isEmpty(), t.code());
    }
  }

  @Test
  void everyAgencyNamed_isInTheRegistry() {
    Stream<String> named = Stream.of(
            PLAN.tasks().stream().flatMap(t -> t.agencyIds().stream()),
            PLAN.childPlanDuty().orElseThrow().units().stream(),
            PLAN.reportingDuties().stream().flatMap(r -> Stream.concat(r.from().stream(), Stream.of(r.to()))),
            Stream.of(PLAN.issuer(), PLAN.monitor().orElseThrow()))
        .flatMap(s -> s);
    named.forEach(id -> assertTrue(PLAN.agency(id).isPresent(), id));
  }

  @Test
  void sectionThree_givesMonitorChildPlansAndPeriodicReports() {
    assertEquals(HuePlan.TU_PHAP, PLAN.monitor().orElseThrow());
    assertTrue(Seeds.line(FILE, 64).contains("Giao Sở Tư pháp chủ trì"));
    ChildPlanDuty duty = PLAN.childPlanDuty().orElseThrow();
    assertEquals(new Deadline.WithinMonth("hoàn thành trong tháng 9/2025", YearMonth.of(2025, 9)), duty.deadline());
    assertTrue(Seeds.line(FILE, 56).contains("(hoàn thành trong tháng   9/2025)"));
    assertTrue(Seeds.line(FILE, 61).contains("(hoàn thành trong tháng 9/2025)"));
    assertEquals(3, PLAN.reportingDuties().size());
    for (ReportingDuty r : PLAN.reportingDuties()) {
      assertEquals(HuePlan.UBND, r.to());
      assertEquals(Deadline.Period.UNSPECIFIED, ((Deadline.Recurring) r.deadline()).period());
      String line = Seeds.line(FILE, r.source().orElseThrow().line());
      assertTrue(line.contains(r.deadline().phrase()), line);
      assertTrue(line.contains("Ủy ban nhân dân thành phố"), line);
    }
  }

  @Test
  void collectiveDesignations_areMarkedCollective() {
    for (String id : List.of(HuePlan.CO_QUAN_CHUYEN_MON, HuePlan.DON_VI_SU_NGHIEP, HuePlan.UBND_XA, HuePlan.LIEN_QUAN)) {
      assertTrue(PLAN.agency(id).orElseThrow().collective(), id);
    }
    assertTrue(PLAN.agencies().stream().filter(a -> a.id().startsWith("so-")).noneMatch(Agency::collective));
  }

  @Test
  void selections_keepTheOffendingIdsInOrder_andNothingElse() {
    List<String> ids = List.of(HuePlan.TU_PHAP, "so-khong-co", HuePlan.UBND_XA, "khong-co-nua", HuePlan.KHCN);
    assertEquals(List.of("so-khong-co", "khong-co-nua"), PLAN.unregistered(ids));
    assertEquals(List.of(HuePlan.UBND_XA), PLAN.collective(ids));
    assertEquals(List.of(), PLAN.unregistered(PLAN.tasks().stream().flatMap(t -> t.agencyIds().stream()).toList()));
    Task both = Task.builder().from(PLAN.task("II.6").orElseThrow()).coordinators(List.of(HuePlan.KHCN, HuePlan.UBND)).build();
    assertEquals(List.of(HuePlan.KHCN), both.leadsAlsoCoordinating());
    assertEquals(List.of(HuePlan.TU_PHAP, HuePlan.KHCN, HuePlan.UBND), both.agencyIds());
    assertEquals(List.of(), PLAN.task("II.6").orElseThrow().leadsAlsoCoordinating());
  }

  @Test
  void plan_isACityPlanOfHueImplementing66WithNoBudgetFigures() {
    assertEquals(PlanLevel.CITY, PLAN.level());
    assertEquals("Huế", PLAN.locality().orElseThrow());
    assertTrue(PLAN.implementsSymbol("66-NQ/TW"));
    assertTrue(PLAN.declaresFullScope());
    assertTrue(PLAN.budgetYears().isEmpty());
    assertTrue(PLAN.spendingFloors().isEmpty());
    assertEquals(Seeds.line(FILE, 2), PLAN.ref().title().orElseThrow());
  }
}
