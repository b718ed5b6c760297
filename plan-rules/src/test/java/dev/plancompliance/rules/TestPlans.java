package dev.plancompliance.rules;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.AgencyKind;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.DocumentKind;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanLevel;
import dev.plancompliance.model.SourceRef;
import dev.plancompliance.model.Task;
import java.time.LocalDate;

/** Small plans for engine tests, with the Huế seed's group-4 task as their one task. */
final class TestPlans {
  private TestPlans() {}

  static Plan oneTask(String symbol) {
    return Plan.builder()
        .ref(DocumentRef.builder().symbol(symbol).kind(DocumentKind.PLAN).issuedOn(LocalDate.of(2025, 8, 1)).build())
        .issuer("ubnd-thanh-pho")
        .level(PlanLevel.CITY)
        .addImplementsRefs(DocumentRef.of("66-NQ/TW", DocumentKind.RESOLUTION))
        .addAgencies(
            Agency.builder().id("ubnd-thanh-pho").nameVi("Ủy ban nhân dân thành phố").kind(AgencyKind.PEOPLES_COMMITTEE).build(),
            Agency.builder().id("so-ngoai-vu").nameVi("Sở Ngoại vụ").nameEn("Department of Foreign Affairs").kind(AgencyKind.DEPARTMENT).build(),
            Agency.builder().id("so-tu-phap").nameVi("Sở Tư pháp").nameEn("Department of Justice").kind(AgencyKind.DEPARTMENT).build())
        .addTasks(Task.builder()
            .code("II.4")
            .title("Nâng cao hiệu quả công tác hợp tác quốc tế về pháp luật và tư pháp")
            .group(GroupRef.of("66-NQ/TW", 4))
            .addLeads("so-ngoai-vu")
            .addCoordinators("so-tu-phap")
            .deadline(new Deadline.FromYearOnward("Năm 2025 và các năm tiếp theo", 2025))
            .source(SourceRef.of("000_3d0f801100aabd15.txt", 27))
            .build())
        .monitor("so-tu-phap")
        .build();
  }
}
