package dev.plancompliance.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plancompliance.model.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the importer turns a task section into tasks, on small sections of the shapes real plans take: duties written
 * per body (the body's role from the duty's first words, the bodies it coordinates with, a paragraph that goes on
 * with a duty, lettered duties, a duty after the body's colon), items with labelled assignment blocks (one task per
 * block), lettered sub-items, a code printed twice, a section of labels without items, and one of bare text.
 */
class TaskSectionsTest {
  private static final String HEAD = "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 1/KH-UBND\nHà Tĩnh, ngày 1 tháng 8 năm 2025\nKẾ HOẠCH\nVề pháp luật\n"; // 6 lines

  private static PlanImport read(String... section) {
    return PlanImporter.standard().read(HEAD + String.join("\n", section) + "\n", "t.txt");
  }

  /** A task as one line: code, title, leads, coordinators, implementers, labelled assignments, deadline, output, lines. */
  private static String line(Task t) {
    return t.code() + " | " + t.title() + " | L" + t.leads() + " C" + t.coordinators() + " I" + t.implementers()
        + " A" + t.assignments().stream().map(a -> a.label() + "=" + a.agencies()).toList() + " | " + t.deadline() + " | " + t.output().orElse("-")
        + " | " + t.source().map(s -> s.line() + s.lastLine().map(l -> "–" + l).orElse("")).orElse("?");
  }

  private static List<String> lines(PlanImport imported) {
    return imported.draft().tasks().stream().map(TaskSectionsTest::line).toList();
  }

  @Test
  void dutiesPerBody_areTasks_inTheRoleTheirFirstWordsGive() {
    PlanImport imported = read("I. PHÂN CÔNG NHIỆM VỤ", "Các cơ quan thực hiện như sau.", "1. Công an tỉnh",
        "- Chủ trì, phối hợp với Sở Tư pháp rà soát văn bản trước ngày 30/6/2026.", "Việc rà soát bảo đảm đúng quy định.", "- Phối hợp tập huấn hằng năm.",
        "- Tuyên truyền pháp luật.", "2. Sở Tư pháp: phối hợp với Công an tỉnh kiểm tra.", "3. Sở Nội vụ", "a) Chủ trì đào tạo.", "b) Tổ chức tập huấn.");
    assertEquals(List.of(
        "I.1-1 | Chủ trì, phối hợp với Sở Tư pháp rà soát văn bản trước ngày 30/6/2026. | L[cong-an-tinh] C[so-tu-phap] I[] A[] | "
            + "ByDate[phrase=trước ngày 30/6/2026, date=2026-06-30, exclusive=true] | - | 10–11",
        "I.1-2 | Phối hợp tập huấn hằng năm. | L[] C[cong-an-tinh] I[] A[] | Recurring[phrase=hằng năm, period=YEAR, quarter=null, month=null, cutoffs=[], event=null] | - | 12",
        "I.1-3 | Tuyên truyền pháp luật. | L[] C[] I[cong-an-tinh] A[] | Unspecified[phrase=] | - | 13",
        "I.2-1 | phối hợp với Công an tỉnh kiểm tra. | L[] C[so-tu-phap] I[] A[] | Unspecified[phrase=] | - | 14",
        "I.3.a | Chủ trì đào tạo. | L[so-noi-vu] C[] I[] A[] | Unspecified[phrase=] | - | 16",
        "I.3.b | Tổ chức tập huấn. | L[] C[] I[so-noi-vu] A[] | Unspecified[phrase=] | - | 17"), lines(imported));
    assertEquals(List.of(new UnplacedLine(8, "Các cơ quan thực hiện như sau.")), imported.unplaced(), "a line before any body is no duty");
    assertEquals("no time: no clause of theirs starts with a time word (\"trước ngày\", \"trong tháng\", \"hằng năm\" …) that reads as a time frame",
        FirstDecision.takenAndWhy(imported, "4 duties"));
    assertEquals(13, FirstDecision.on(imported, "4 duties").orElseThrow().line(), "at the first duty without a time");
  }

  @Test
  void anItemWithTwoAssignmentBlocks_isTwoTasks_andLetteredSubItemsAreTasksOfTheirOwn() {
    PlanImport imported = read("I. NHIỆM VỤ", "1. Rà soát văn bản", "- Chủ trì: Sở Tư pháp", "- Thời gian: Năm 2026.", "Tổ chức tập huấn cho cán bộ.", "- Chủ trì: Sở Nội vụ",
        "- Phối hợp: Sở Tư pháp", "- Thời gian: hằng năm", "2. Nhiệm vụ chung", "a) Tuyên truyền", "- Chủ trì: Sở Tư pháp", "- Sản phẩm: Báo cáo.", "b) Tập huấn",
        "- Thực hiện: Sở Nội vụ");
    assertEquals(List.of(
        "I.1-1 | Rà soát văn bản | L[] C[] I[] A[Chủ trì=[so-tu-phap]] | InYear[phrase=Năm 2026, year=2026] | - | 8–10",
        "I.1-2 | Tổ chức tập huấn cho cán bộ. | L[] C[] I[] A[Chủ trì=[so-noi-vu], Phối hợp=[so-tu-phap]] | "
            + "Recurring[phrase=hằng năm, period=YEAR, quarter=null, month=null, cutoffs=[], event=null] | - | 11–14",
        "I.2.a | Tuyên truyền | L[] C[] I[] A[Chủ trì=[so-tu-phap]] | Unspecified[phrase=] | Báo cáo | 16–18",
        "I.2.b | Tập huấn | L[] C[] I[] A[Thực hiện=[so-noi-vu]] | Unspecified[phrase=] | - | 19–20"), lines(imported));
    assertEquals("2 tasks (I.1-1 … I.1-2): the item has 2 assignment blocks, each with its own labelled lines", FirstDecision.takenAndWhy(imported, "item I.1"));
  }

  @Test
  void aBulletAfterTheLabels_opensABlock_andTextAfterTheLastLabelsJoinsIt() {
    PlanImport imported = read("I. NHIỆM VỤ", "1. Rà soát văn bản", "- Chủ trì: Sở Tư pháp", "- Rà soát văn bản quy phạm.", "- Chủ trì: Sở Nội vụ", "- Kết quả: Báo cáo",
        "- Tổng kết.");
    assertEquals(List.of("I.1-1 | Rà soát văn bản | L[] C[] I[] A[Chủ trì=[so-tu-phap]] | Unspecified[phrase=] | - | 8–9",
        "I.1-2 | Rà soát văn bản quy phạm. | L[] C[] I[] A[Chủ trì=[so-noi-vu]] | Unspecified[phrase=] | Báo cáo | 10–13"), lines(imported));
  }

  @Test
  void aCodePrintedTwice_isToldApartByALetter() {
    PlanImport imported = read("I. NHIỆM VỤ", "1. Rà soát", "- Chủ trì: Sở Tư pháp", "1. Kiểm tra", "- Chủ trì: Sở Nội vụ", "1. Tập huấn", "- Chủ trì: Sở Nội vụ");
    assertEquals(List.of("I.1", "I.1b", "I.1c"), imported.draft().tasks().stream().map(Task::code).toList());
    assertEquals("I.1b: the code is printed twice in the section; the second is told apart by a letter", FirstDecision.takenAndWhy(imported, "task I.1"));
  }

  @Test
  void aSectionOfLabelsWithoutItems_isOneTask_andOneOfBareTextIsListedAsNotPlaced() {
    assertEquals(List.of("I | NHIỆM VỤ | L[] C[] I[] A[Chủ trì=[so-tu-phap]] | InYear[phrase=Năm 2026, year=2026] | - | 7–9"),
        lines(read("I. NHIỆM VỤ", "- Chủ trì: Sở Tư pháp", "- Thời gian: Năm 2026")));
    PlanImport bare = read("I. NHIỆM VỤ", "Tăng cường tuyên truyền.", "Nâng cao chất lượng.");
    assertEquals(List.of(), bare.draft().tasks());
    assertEquals(List.of(new UnplacedLine(8, "Tăng cường tuyên truyền."), new UnplacedLine(9, "Nâng cao chất lượng.")), bare.unplaced());
  }
}
