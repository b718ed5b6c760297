package dev.plancompliance.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plancompliance.model.ChildPlanDuty;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Request;
import dev.plancompliance.model.SourceRef;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the importer reads from the organisation section (TỔ CHỨC THỰC HIỆN), on small plans of the shapes real
 * ones take: duties under a heading that names the body ("1. Sở Tư pháp:"), duties written as sentences whose
 * subject is the body ("1. Sở Tư pháp theo dõi, đôn đốc …"), the order to issue plans, requests; what it refuses
 * (a collective body or two bodies as the monitor) is listed as not placed, never dropped.
 */
class OrganisationTest {
  private static final String HEAD = "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 1/KH-UBND\nHà Tĩnh, ngày 1 tháng 8 năm 2025\nKẾ HOẠCH\nVề pháp luật\n"
      + "I. NHIỆM VỤ\n1. Rà soát văn bản\n- Chủ trì: Sở Tư pháp\nII. TỔ CHỨC THỰC HIỆN\n"; // the section's first line is line 11

  private static PlanImport read(String... organisation) {
    return PlanImporter.standard().read(HEAD + String.join("\n", organisation) + "\n", "t.txt");
  }

  @Test
  void dutiesUnderAHeadingThatNamesTheBody_areThatBodys() {
    PlanImport imported = read("1. Sở Tư pháp:", "- Chủ trì, theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch.", "2. Các sở, ban, ngành; UBND cấp xã:",
        "- Xây dựng kế hoạch triển khai thực hiện trong tháng 9 năm 2025.", "- Tổ chức thực hiện.", "3. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh phối hợp tuyên truyền.");
    Plan plan = imported.draft();
    assertEquals(Optional.of("so-tu-phap"), plan.monitor());
    assertEquals("so-tu-phap: the body that \"theo dõi, đôn đốc\" implementation", FirstDecision.takenAndWhy(imported, "monitor"));
    assertEquals(Optional.of(ChildPlanDuty.builder().units(List.of("cac-so-ban-nganh", "ubnd-cap-xa"))
        .deadline(new Deadline.WithinMonth("trong tháng 9 năm 2025", YearMonth.of(2025, 9))).source(SourceRef.of("t.txt", 14)).build()), plan.childPlanDuty());
    assertEquals("child-plan duty of [cac-so-ban-nganh, ubnd-cap-xa]: the text orders these bodies to build their own plans", FirstDecision.takenAndWhy(imported, "order to issue plans"));
    assertEquals(List.of(Request.builder().text("Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh phối hợp tuyên truyền.").addressees(List.of("uy-ban-mat-tran-to-quoc-tinh"))
        .source(SourceRef.of("t.txt", 16)).build()), plan.requests());
    assertEquals(List.of(new UnplacedLine(15, "- Tổ chức thực hiện.")), imported.unplaced(), "a duty that reads as none of these is listed, the headings are not");
  }

  @Test
  void anItemWrittenAsASentence_isADutyOfItsSubject_notAHeading() {
    PlanImport imported = read("1. Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "2. Trên cơ sở Kế hoạch này, các sở, ban, ngành tỉnh, UBND cấp xã xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/9/2025.");
    Plan plan = imported.draft();
    assertEquals(Optional.of("so-tu-phap"), plan.monitor(), "the sentence is read, not skipped as the heading of the duties below it");
    ChildPlanDuty order = plan.childPlanDuty().orElseThrow();
    assertEquals(List.of("cac-so-ban-nganh-tinh", "ubnd-cap-xa"), order.units(), "the bodies the clause ends with");
    assertEquals(new Deadline.ByDate("hoàn thành trước ngày 30/9/2025", LocalDate.of(2025, 9, 30), true), order.deadline());
    assertEquals(List.of(), imported.unplaced());
  }

  @Test
  void aCollectiveBodyOrTwoBodies_areNoMonitor_andTheirDutiesAreListedAsNotPlaced() {
    PlanImport imported = read("1. Các sở, ban, ngành theo dõi, đôn đốc việc thực hiện.", "2. Sở Tư pháp, Sở Nội vụ theo dõi, tổng hợp.");
    assertEquals(Optional.empty(), imported.draft().monitor());
    assertEquals(List.of(new UnplacedLine(11, "1. Các sở, ban, ngành theo dõi, đôn đốc việc thực hiện."), new UnplacedLine(12, "2. Sở Tư pháp, Sở Nội vụ theo dõi, tổng hợp.")),
        imported.unplaced());
  }

  @Test
  void aHeadingWithADutyAfterItsColon_isNoBareHeading_andABareHeadingGivesItsBodyToTheLinesBelow() {
    PlanImport imported = read("1. Sở Tư pháp: chủ trì tuyên truyền", "2. Sở Nội vụ", "- Theo dõi, đôn đốc thực hiện.");
    assertEquals(List.of(new UnplacedLine(11, "1. Sở Tư pháp: chủ trì tuyên truyền")), imported.unplaced());
    assertEquals(Optional.of("so-noi-vu"), imported.draft().monitor());
  }

  @Test
  void anOrderToIssuePlansWithoutATime_isRead_andTheMissingTimeSaid() {
    PlanImport imported = read("1. Các sở, ban, ngành; UBND cấp xã:", "- Xây dựng kế hoạch thực hiện.");
    assertEquals(Deadline.Unspecified.none(), imported.draft().childPlanDuty().orElseThrow().deadline());
    assertEquals("no time: no time phrase the parser reads in \"Xây dựng kế hoạch thực hiện.\"", FirstDecision.takenAndWhy(imported, "the order to issue plans"));
  }

  @Test
  void theBodiesAClauseEndsWith_areTheCommaSeparatedPiecesFromTheEndThatStartLikeABody() {
    assertEquals("các sở, ban, ngành Thành phố, UBND cấp xã",
        Organisation.bodiesAtTheEnd("Trên cơ sở Kế hoạch số 350-KH/TU và Chương trình này, các sở, ban, ngành Thành phố, UBND cấp xã"));
    assertEquals("Sở Tư pháp", Organisation.bodiesAtTheEnd("Sở Tư pháp"));
    assertEquals("Theo kế hoạch, rà soát", Organisation.bodiesAtTheEnd("Theo kế hoạch, rà soát"), "no body: the clause as it is");
    assertEquals("Sở Nội vụ, ngành liên quan", Organisation.bodiesAtTheEnd("Giao nhiệm vụ cho các đơn vị của tỉnh theo quy định, Sở Nội vụ, ngành liên quan"),
        "a short piece goes with the list; the list starts at a body's name");
  }

  @Test
  void aBodysName_isTheHeadUpToAColon_whenItStartsLikeOne() {
    assertEquals(Optional.of("Sở Tư pháp"), Organisation.namesBody("Sở Tư pháp: chủ trì"));
    assertEquals(Optional.of("Ủy ban nhân dân các xã, phường"), Organisation.namesBody("Ủy ban nhân dân các xã, phường."));
    assertEquals(Optional.empty(), Organisation.namesBody("Tăng cường tuyên truyền: Sở Tư pháp"));
    String long24 = "Sở" + " một".repeat(23);
    assertEquals(Optional.of(long24), Organisation.namesBody(long24), "24 words");
    assertEquals(Optional.empty(), Organisation.namesBody(long24 + " hai"), "a head of 25 words is a sentence");
  }
}
