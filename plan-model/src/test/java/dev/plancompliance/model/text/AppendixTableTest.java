package dev.plancompliance.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the importer reads a task table (the appendix: TT, task, lead, coordinators, time, output): one task per row
 * with its columns (an empty output cell an empty output), group rows that name a group of the directive or none, a row repeated word for word read once,
 * a code printed twice told apart, the header printed again on a new page skipped, a stray row listed as not
 * placed, the table ending at the recipients.
 */
class AppendixTableTest {
  private static final String GROUP_2 = Directives.standard().get("66-NQ/TW").groups().get(1).titleVi();
  private static final String HEADER = "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |";

  private static PlanImport read() {
    return PlanImporter.standard().read(String.join("\n", "KẾ HOẠCH", "Thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị", "I. NHIỆM VỤ",
        "Các nhiệm vụ tại Phụ lục kèm theo.", "PHỤ LỤC", HEADER,
        "| I | " + GROUP_2 + " | | | | |",
        "| 1 | Rà soát văn bản | Sở Tư pháp | Sở Nội vụ | Năm 2026 | Báo cáo |",
        "| 2 | Tập huấn cán bộ | Sở Nội vụ | | | |",
        "| 1 | Rà soát văn bản | Sở Tư pháp | Sở Nội vụ | Năm 2026 | Báo cáo |",
        HEADER,
        "| II | Nhiệm vụ khác | | | | |",
        "| 1 | Kiểm tra công tác chuyển đổi số | Công an tỉnh | | Năm 2027 | |",
        "| 1 | Kiểm tra lại | Công an tỉnh | | Năm 2027 | |",
        "| ghi chú | thêm |",
        "Nơi nhận:", "| 3 | Sở Y tế | | | | |"), "t.txt");
  }

  private static String decision(PlanImport imported, String subject) {
    return FirstDecision.on(imported, subject).map(d -> d.line() + " " + d.taken() + ": " + d.why()).orElse("(none)");
  }

  private static String line(Task t) {
    return t.code() + " | " + t.title() + " | L" + t.leads() + " C" + t.coordinators() + " | " + t.deadline() + " | " + t.output().map(o -> "\"" + o + "\"").orElse("-") + " | "
        + t.group().map(Object::toString).orElse("-") + t.groupSuggestedBy().map(w -> " (" + w + ")").orElse("") + " | " + t.source().orElseThrow().line();
  }

  @Test
  void eachRow_isATask_withItsColumns_underTheGroupItsGroupRowNames() {
    PlanImport imported = read();
    assertEquals(List.of(
        "I.1 | Rà soát văn bản | L[so-tu-phap] C[so-noi-vu] | InYear[phrase=Năm 2026, year=2026] | \"Báo cáo\" | 66-NQ/TW#2 | 8",
        "I.2 | Tập huấn cán bộ | L[so-noi-vu] C[] | Unspecified[phrase=] | \"\" | 66-NQ/TW#2 | 9",
        "II.1 | Kiểm tra công tác chuyển đổi số | L[cong-an-tinh] C[] | InYear[phrase=Năm 2027, year=2027] | \"\" | 66-NQ/TW#6 (chuyển đổi số) | 13",
        "II.1' | Kiểm tra lại | L[cong-an-tinh] C[] | InYear[phrase=Năm 2027, year=2027] | \"\" | - | 14"),
        imported.draft().tasks().stream().map(AppendixTableTest::line).toList());
    assertEquals("6 4 tasks: a table headed TT / task / lead … holds the tasks, one row each", decision(imported, "appendix table"));
    assertEquals("7 group 2 of 66-NQ/TW: the group row's words are the group's title: \"" + Header.shorten(GROUP_2) + "\"", decision(imported, "table row I"));
    assertEquals("12 no group: the group row's words name none of the directive's groups: \"Nhiệm vụ khác\"; its rows' groups are suggestions at most",
        decision(imported, "table row II"));
    assertEquals("directions, not tasks", FirstDecision.on(imported, "section I").orElseThrow().taken());
  }

  @Test
  void aRepeatedRowIsReadOnce_theRepeatedHeaderIsSkipped_andAStrayRowIsListed() {
    PlanImport imported = read();
    assertEquals("10 read once: the row repeats an earlier one word for word (a crawl's repetition)", decision(imported, "table row I.1"));
    assertEquals(List.of(new UnplacedLine(15, "ghi chú"), new UnplacedLine(15, "thêm")), imported.unplaced(), "the header again is no stray row; the recipients end the table");
  }
}
