package dev.plancompliance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plancompliance.model.json.PlanDocuments;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleLabelsTest {

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {
      // labels printed by the seed plans and by the plans of the corpus the issue describes
      "Chủ trì | LEAD", "Cơ quan chủ trì | LEAD", "Đơn vị chủ trì thực hiện | LEAD", "Chủ trì tham mưu thực hiện | LEAD",
      "Cơ quan chủ trì: | LEAD", "CƠ QUAN CHỦ TRÌ | LEAD",
      "Phối hợp | COORDINATOR", "Cơ quan phối hợp | COORDINATOR", "Đơn vị phối hợp thực hiện | COORDINATOR",
      "Đơn vị thực hiện | IMPLEMENTER", "Cơ quan thực hiện | IMPLEMENTER", "Cơ quan, đơn vị thực hiện | IMPLEMENTER",
      "Đơn vị triển khai | IMPLEMENTER",
      "Chủ trì, phối hợp | NONE", "Cơ quan tham mưu | NONE", "Giao | NONE"})
  void theTableReadsEachLabel(String label, String role) {
    Optional<Role> expected = role.equals("NONE") ? Optional.empty() : Optional.of(Role.valueOf(role));
    assertEquals(expected, RoleLabels.read(label));
  }

  @Test
  void decomposedTextSpacingAndTheColonAreFolded() {
    String nfd = Normalizer.normalize("Đơn vị  chủ trì\u00A0thực hiện :", Normalizer.Form.NFD);
    assertEquals(Optional.of(Role.LEAD), RoleLabels.read(nfd));
    assertEquals(Optional.of(Role.IMPLEMENTER), RoleLabels.read(Normalizer.normalize("Đơn vị thực hiện:", Normalizer.Form.NFD)));
  }

  private static Task task(Assignment... assignments) {
    return Task.builder().code("1").title("Rà soát văn bản").addLeads().addAssignments(assignments)
        .deadline(DeadlineParser.parse("Năm 2026")).build();
  }

  @Test
  void aTaskReadsItsRolesFromItsLabelsAfterItsPlainLists() {
    Task task = Task.builder().from(task(Assignment.of("Đơn vị chủ trì thực hiện", "so-tu-phap"), Assignment.of("Phối hợp", "so-noi-vu", "so-tu-phap"),
            Assignment.of("Đơn vị thực hiện", "ubnd-cap-xa"), Assignment.of("Cơ quan tham mưu", "van-phong")))
        .addLeads("so-tai-chinh").build();
    assertEquals(List.of("so-tai-chinh", "so-tu-phap"), task.leadAgencies());
    assertEquals(List.of("so-noi-vu", "so-tu-phap"), task.coordinatingAgencies());
    assertEquals(List.of("ubnd-cap-xa"), task.implementingAgencies());
    assertEquals(List.of("Cơ quan tham mưu"), task.unreadAssignments().stream().map(Assignment::label).toList());
    assertEquals(List.of("Đơn vị thực hiện"), task.labelsReadAs(Role.IMPLEMENTER));
    assertEquals(List.of("so-tu-phap"), task.leadsAlsoCoordinating());
    // every body is named once, those of an unread label too: the registry check sees them all
    assertEquals(List.of("so-tai-chinh", "so-tu-phap", "so-noi-vu", "ubnd-cap-xa", "van-phong"), task.agencyIds());
  }

  @Test
  void aSoleImplementerUnderAnImplementerLabelAnswersForTheTask() {
    Plan plan = Plan.builder().ref(DocumentRef.builder().symbol("12/KH-UBND").kind(DocumentKind.PLAN).issuedOn(LocalDate.of(2025, 8, 1)).build())
        .issuer("ubnd").level(PlanLevel.COMMUNE)
        .addAgencies(Agency.builder().id("ubnd").nameVi("Ủy ban nhân dân xã").kind(AgencyKind.PEOPLES_COMMITTEE).build())
        .addAgencies(Agency.builder().id("cong-an-xa").nameVi("Công an xã").kind(AgencyKind.OTHER).build())
        .addTasks(task(Assignment.of("Đơn vị thực hiện", "cong-an-xa")))
        .build();
    assertEquals(true, plan.hasSoleAccountableImplementer(plan.tasks().get(0)));
    assertEquals(false, plan.hasSoleAccountableImplementer(task(Assignment.of("Cơ quan tham mưu", "cong-an-xa"))));
  }

  @Test
  void anAssignmentNamesABody() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Assignment.builder().label("Chủ trì").build());
    assertEquals("agencies", e.field());
  }

  @Test
  void labelsSurviveJsonVerbatimAndTheRoleIsNotStored() throws Exception {
    Task task = task(Assignment.builder().label("Đơn vị thực hiện:").addAgencies("cong-an-xa")
        .source(SourceRef.builder().file("plan.txt").line(40).build()).build());
    Plan plan = Plan.builder().ref(DocumentRef.of("12/KH-UBND", DocumentKind.PLAN)).issuer("ubnd").level(PlanLevel.COMMUNE).addTasks(task).build();
    String json = PlanDocuments.toJson(plan);
    org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"label\": \"Đơn vị thực hiện:\""), json);
    org.junit.jupiter.api.Assertions.assertFalse(json.contains("\"role\""), json);
    assertEquals(plan, PlanDocuments.read(json, "plan.json"));
  }
}
