package dev.plancompliance.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Scope;
import dev.plancompliance.model.TaskGroupDefinition;
import java.util.ArrayList;
import java.util.Optional;
import dev.plancompliance.model.SourceRef;
import dev.plancompliance.model.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the importer reads a body by its roman sections, on small plans of the shapes real ones take: no roman
 * headings at all, task items that name no body beside duties given per body, duties per body in the task
 * section itself, labelled task items beside an organisation section; and where the body ends.
 */
class SectionsTest {
  private static PlanImport read(String... lines) {
    return PlanImporter.standard().read(String.join("\n", lines), "t.txt");
  }

  private static List<String> codes(Plan plan) {
    return plan.tasks().stream().map(Task::code).toList();
  }

  private static String decision(PlanImport imported, String subject) {
    return FirstDecision.on(imported, subject).map(ImportDecision::taken).orElse("(none)");
  }

  @Test
  void withoutRomanHeadings_theItemsAreTheTasks_andTheBodyEndsAtTheRecipients() {
    PlanImport imported = read("KẾ HOẠCH", "VỀ PHÁP LUẬT", "1. Rà soát văn bản", "- Chủ trì: Sở Tư pháp", "2. Tập huấn", "- Chủ trì: Sở Nội vụ",
        "Nơi nhận:", "- Như trên;", "3. Sở Y tế");
    Plan plan = imported.draft();
    assertEquals("one task section", decision(imported, "body"));
    assertEquals(2, plan.tasks().size(), plan.tasks().toString());
    Task second = plan.tasks().get(1);
    assertEquals(SourceRef.builder().file("t.txt").line(5).lastLine(6).build(), second.source().orElseThrow(),
        "\"Nơi nhận:\" is no wrapped part of the lead's name");
    assertEquals(List.of("so-noi-vu"), second.assignments().get(0).agencies());
  }

  @Test
  void itemsThatNameNoBody_beside_dutiesPerBody_leaveTheDutiesAsTheTasks() {
    PlanImport imported = read("KẾ HOẠCH", "VỀ PHÁP LUẬT", "I. MỤC ĐÍCH, YÊU CẦU", "- Quán triệt.", "II. NHIỆM VỤ", "1. Tăng cường tuyên truyền.",
        "2. Rà soát văn bản.", "III. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp:", "- Chủ trì rà soát văn bản.", "2. Sở Nội vụ:", "- Phối hợp tập huấn.",
        "IV. KINH PHÍ", "Kinh phí bảo đảm từ ngân sách.", "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh phối hợp tuyên truyền.");
    Plan plan = imported.draft();
    assertEquals(List.of("III.1-1", "III.2-1"), codes(plan));
    assertEquals(List.of("so-tu-phap"), plan.tasks().get(0).leads(), "\"Chủ trì …\" under \"1. Sở Tư pháp:\"");
    assertEquals(List.of("so-noi-vu"), plan.tasks().get(1).coordinators());
    assertEquals("directions; the duties given per body are the tasks", decision(imported, "task sections"));
    assertEquals("purpose, not tasks", decision(imported, "section I"));
    assertEquals("directions, not tasks", decision(imported, "section II"));
    assertEquals(List.of(new UnplacedLine(14, "Kinh phí bảo đảm từ ngân sách.")), imported.unplaced(), "a section of another kind: its lines are listed");
    assertEquals(List.of("uy-ban-mat-tran-to-quoc-tinh"), plan.requests().get(0).addressees(), "a request in it is read as one");
  }

  @Test
  void dutiesPerBody_inTheTaskSection_areTheTasks() {
    PlanImport imported = read("KẾ HOẠCH", "VỀ PHÁP LUẬT", "I. NHIỆM VỤ CỤ THỂ", "1. Sở Tư pháp:", "- Chủ trì rà soát văn bản.", "2. Sở Nội vụ:", "- Tập huấn.",
        "II. TỔ CHỨC THỰC HIỆN", "Sở Tư pháp theo dõi, báo cáo.");
    Plan plan = imported.draft();
    assertEquals(List.of("I.1-1", "I.2-1"), codes(plan));
    assertEquals(List.of("so-noi-vu"), plan.tasks().get(1).implementers(), "no role word: the body implements it");
  }

  @Test
  void labelledTaskItems_keepTheOrganisationSectionsDutiesOutOfTheTasks_andTheSignatureEndsTheBody() {
    PlanImport imported = read("KẾ HOẠCH", "VỀ PHÁP LUẬT", "I. NHIỆM VỤ", "1. Rà soát văn bản", "- Chủ trì: Sở Tư pháp", "II. TỔ CHỨC THỰC HIỆN",
        "1. Sở Tư pháp:", "- Chủ trì rà soát văn bản.", "2. Sở Nội vụ:", "- Phối hợp tập huấn.", "TM. ỦY BAN NHÂN DÂN", "3. Sở Y tế");
    Plan plan = imported.draft();
    assertEquals(List.of("I.1"), codes(plan));
    assertEquals("(none)", decision(imported, "task sections"));
    assertTrue(imported.unplaced().stream().noneMatch(u -> u.text().contains("Sở Y tế")), imported.unplaced().toString());
  }
  /** A plan implementing 66-NQ/TW whose task section has a heading for each of {@code groups}, one task under each. */
  private static PlanImport withGroupHeadings(int groups) {
    List<String> lines = new ArrayList<>(List.of("KẾ HOẠCH", "Thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị", "I. NHIỆM VỤ"));
    List<TaskGroupDefinition> all = Directives.standard().get("66-NQ/TW").groups();
    for (int g = 0; g < groups; g++) {
      lines.add((g + 1) + ". " + all.get(g).titleVi());
      lines.add("- Chủ trì: Sở Tư pháp");
    }
    return read(lines.toArray(String[]::new));
  }

  @Test
  void headingsThatNameEveryGroup_stateAFullScope_andFewerLeaveItUnstated() {
    PlanImport full = withGroupHeadings(7);
    assertEquals(Optional.of(Scope.full()), full.draft().scope());
    assertEquals("FULL", decision(full, "scope"));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), full.draft().tasks().stream().map(t -> t.group().orElseThrow().number()).toList());
    PlanImport six = withGroupHeadings(6);
    assertEquals(Optional.empty(), six.draft().scope());
    assertEquals("not stated", decision(six, "scope"));
    assertTrue(six.decisions().stream().anyMatch(d -> d.subject().equals("scope") && d.why().startsWith("the headings name 6 of the 7 groups of 66-NQ/TW")), six.decisions().toString());
  }
}
