package dev.plancompliance.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Small parent and child plans for plan-set tests: a city that orders its departments and communes to plan within July 2025. */
final class SetPlans {
  private SetPlans() {}

  static final DocumentRef NQ66 = DocumentRef.of("66-NQ/TW", DocumentKind.RESOLUTION);

  static Plan city() {
    return Plan.builder()
        .ref(DocumentRef.of("/CTr-UBND", DocumentKind.ACTION_PROGRAMME))
        .issuer("ubnd-thanh-pho").level(PlanLevel.CITY).locality("Hà Nội")
        .addImplementsRefs(NQ66)
        .addTasks(task("II.1.a", 1, List.of("ubnd-cap-xa", "so-ban-nganh")), task("II.4.a", 4, List.of("so-ban-nganh")),
            task("II.5.a", 5, List.of("ubnd-cap-xa")), task("II.6.a", 6, List.of("so-tu-phap")))
        .addAgencies(agency("ubnd-thanh-pho", "UBND Thành phố", AgencyKind.PEOPLES_COMMITTEE, false),
            agency("ubnd-cap-xa", "UBND cấp xã", AgencyKind.PEOPLES_COMMITTEE, true),
            agency("so-ban-nganh", "các sở, ban, ngành Thành phố", AgencyKind.DEPARTMENT, true),
            agency("so-tu-phap", "Sở Tư pháp", AgencyKind.DEPARTMENT, false))
        .childPlanDuty(ChildPlanDuty.builder().addUnits("so-ban-nganh", "ubnd-cap-xa")
            .deadline(new Deadline.WithinMonth("trong tháng 7 năm 2025", YearMonth.of(2025, 7))).build())
        .build();
  }

  static Plan commune(String locality, LocalDate issued, int... groups) {
    Plan.Builder b = Plan.builder()
        .ref(DocumentRef.builder().symbol("01/KH-UBND").kind(DocumentKind.PLAN).issuedOn(issued).build())
        .issuer("ubnd-xa").level(PlanLevel.COMMUNE).locality(locality)
        .addImplementsRefs(NQ66)
        .addParentRefs(DocumentRef.of("/CTr-UBND", DocumentKind.ACTION_PROGRAMME))
        .addAgencies(agency("ubnd-xa", "UBND " + locality, AgencyKind.PEOPLES_COMMITTEE, false));
    for (int g : groups) {
      b.addTasks(task(String.valueOf(g), g, List.of("ubnd-xa")));
    }
    return b.build();
  }

  static Task task(String code, int group, List<String> implementers) {
    return Task.builder().code(code).title("Nhiệm vụ " + code).group(GroupRef.of("66-NQ/TW", group))
        .implementers(implementers).deadline(Deadline.Unspecified.none()).build();
  }

  static Agency agency(String id, String name, AgencyKind kind, boolean collective) {
    return Agency.builder().id(id).nameVi(name).kind(kind).collective(collective).build();
  }
}
