package dev.plancompliance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanSetTest {
  private static final Plan XA_A = SetPlans.commune("Xã A", LocalDate.of(2025, 7, 25), 1, 5);

  @Test
  void collectivePeoplesCommittees_designateCommunePlans_notDepartmentPlans() {
    PlanSet set = PlanSet.of(SetPlans.city(), List.of(XA_A));
    assertTrue(set.designates("ubnd-cap-xa", XA_A));
    assertFalse(set.designates("so-ban-nganh", XA_A));
    assertFalse(set.designates("no-such-unit", XA_A));
    assertEquals(List.of("ubnd-cap-xa"), set.unitsDesignating(XA_A));
    assertTrue(set.isOrderedToPlan(XA_A));
  }

  @Test
  void namedUnit_designatesTheChildWhoseIssuerHasItsName() {
    Plan department = Plan.builder().from(XA_A).level(PlanLevel.DEPARTMENT).locality(Optional.empty())
        .agencies(List.of(SetPlans.agency("stp", "Sở  Tư pháp", AgencyKind.DEPARTMENT, false))).issuer("stp").build();
    PlanSet set = PlanSet.of(SetPlans.city(), List.of(department));
    assertTrue(set.designates("so-tu-phap", department));
    assertTrue(set.designates("so-ban-nganh", department), "a department is one of the city's departments");
    assertFalse(set.designates("ubnd-cap-xa", department));
  }

  @Test
  void groupsAssignedTo_areTheGroupsOfParentTasksNamingTheChildsUnit() {
    PlanSet set = PlanSet.of(SetPlans.city(), List.of(XA_A));
    assertEquals(List.of(GroupRef.of("66-NQ/TW", 1), GroupRef.of("66-NQ/TW", 5)), set.groupsAssignedTo(XA_A));
  }

  @Test
  void childPlanDueDate_isTheEndOfTheDutysWindow() {
    assertEquals(Optional.of(LocalDate.of(2025, 7, 31)), PlanSet.of(SetPlans.city(), List.of()).childPlanDueDate());
  }

  @Test
  void citesParent_byParentRefOrImplementsRefs() {
    PlanSet set = PlanSet.of(SetPlans.city(), List.of());
    assertTrue(set.citesParent(XA_A));
    Plan viaImplements = Plan.builder().from(XA_A).parentRefs(List.of())
        .addImplementsRefs(DocumentRef.of("/ctr-ubnd", DocumentKind.ACTION_PROGRAMME)).build();
    assertTrue(set.citesParent(viaImplements));
    assertFalse(set.citesParent(Plan.builder().from(XA_A).parentRefs(List.of()).build()));
    // a plan that cites a document implementing the parent does not cite the parent itself
    Plan throughAnother = Plan.builder().from(XA_A).parentRefs(List.of(DocumentRef.builder().symbol("01-KH/TU").kind(DocumentKind.PLAN)
        .addImplementsRefs(DocumentRef.of("/CTr-UBND", DocumentKind.ACTION_PROGRAMME)).build())).build();
    assertTrue(throughAnother.implementsSymbol("/CTr-UBND"));
    assertFalse(set.citesParent(throughAnother));
  }

  @Test
  void twoChildrenWithTheSameSymbolAndLocality_areMeaningless() {
    assertEquals("01/KH-UBND @ Xã A", PlanSet.key(XA_A));
    PlanSet.of(SetPlans.city(), List.of(XA_A, SetPlans.commune("Xã B", LocalDate.of(2025, 7, 1), 1)));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PlanSet.of(SetPlans.city(), List.of(XA_A, XA_A)));
    assertEquals("children", e.field());
  }
}
