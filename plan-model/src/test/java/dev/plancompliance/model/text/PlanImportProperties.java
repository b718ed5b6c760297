package dev.plancompliance.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trip: a plan rendered as a document — labelled blocks under the directive's group headings, or an
 * appendix table with group rows, with the wording variants plans print — imports back to the same tasks:
 * codes, titles, leads and coordinators by name, time phrases, outputs and groups. Shrinking gives the
 * smallest document that does not.
 */
class PlanImportProperties {
  private static final Directive NQ66 = Directives.standard().get("66-NQ/TW");
  private static final List<String> BODIES = List.of("Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Công an tỉnh", "Văn phòng UBND tỉnh",
      "Sở Khoa học và Công nghệ", "Thanh tra tỉnh", "UBND cấp xã");
  private static final List<String> TITLES = List.of("Tổ chức quán triệt Nghị quyết số 66-NQ/TW", "Rà soát các văn bản quy phạm pháp luật của tỉnh",
      "Tập huấn nghiệp vụ cho đội ngũ làm công tác pháp chế", "Xây dựng cơ sở dữ liệu văn bản", "Kiểm tra việc thi hành pháp luật",
      "Bố trí kinh phí cho công tác xây dựng pháp luật", "Tuyên truyền, phổ biến pháp luật cho người dân");
  private static final List<String> TIMES = List.of("Thường xuyên", "Năm 2026", "Quý I hằng năm", "Hằng năm", "Năm 2025 và các năm tiếp theo",
      "Trước ngày 30/6/2026", "Theo yêu cầu của Bộ Tư pháp");
  private static final List<String> OUTPUTS = List.of("Văn bản", "Báo cáo", "Hội nghị", "Kế hoạch", "Lớp tập huấn");
  private static final List<String> LEAD_LABELS = List.of("Chủ trì", "Cơ quan chủ trì", "Đơn vị chủ trì thực hiện", "Chủ trì tham mưu thực hiện");
  private static final List<String> COORDINATOR_LABELS = List.of("Phối hợp", "Cơ quan phối hợp", "Đơn vị phối hợp thực hiện");
  private static final List<String> TIME_LABELS = List.of("Thời gian", "Thời gian thực hiện", "Thời gian hoàn thành");

  record Spec(int group, String title, String lead, List<String> coordinators, String time, String output) {}

  record Wording(String lead, String coordinator, String time, boolean boldMarkup) {}

  @Provide
  Arbitrary<List<Spec>> tasks() {
    Arbitrary<Spec> spec = Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.of(TITLES), Arbitraries.of(BODIES),
        Arbitraries.of(BODIES).list().ofMaxSize(2).uniqueElements(), Arbitraries.of(TIMES), Arbitraries.of(OUTPUTS))
        .as((g, title, lead, coordinators, time, output) -> new Spec(g, title, lead,
            coordinators.stream().filter(c -> !c.equals(lead)).toList(), time, output));
    return spec.list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<Wording> wordings() {
    return Combinators.combine(Arbitraries.of(LEAD_LABELS), Arbitraries.of(COORDINATOR_LABELS), Arbitraries.of(TIME_LABELS), Arbitraries.of(true, false))
        .as(Wording::new);
  }

  /** The tasks in group order, as a plan numbers them. */
  private static List<Spec> byGroup(List<Spec> specs) {
    List<Spec> sorted = new ArrayList<>(specs);
    sorted.sort(java.util.Comparator.comparingInt(Spec::group));
    return sorted;
  }

  private static List<String> head(boolean bold) {
    String b = bold ? "**" : "";
    return List.of("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Số: 88/KH-UBND", "Quảng Trị, ngày 4 tháng 9 năm 2025", b + "KẾ HOẠCH" + b,
        "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW", "Thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị.",
        b + "I. MỤC ĐÍCH, YÊU CẦU" + b, "Quán triệt đầy đủ.");
  }

  /** Labelled blocks: "II. NHIỆM VỤ", "n. <group title>", "a) title" and its labelled lines. */
  static String labelledBlocks(List<Spec> specs, Wording w) {
    List<String> lines = new ArrayList<>(head(w.boldMarkup()));
    lines.add("II. NHIỆM VỤ, GIẢI PHÁP");
    int heading = 0;
    int lastGroup = 0;
    char letter = 'a';
    for (Spec s : byGroup(specs)) {
      if (s.group() != lastGroup) {
        heading++;
        lines.add(heading + ". " + NQ66.group(s.group()).orElseThrow().titleVi());
        lastGroup = s.group();
        letter = 'a';
      }
      lines.add(letter++ + ") " + s.title() + ".");
      lines.add("- " + w.lead() + ": " + s.lead() + ".");
      if (!s.coordinators().isEmpty()) {
        lines.add("- " + w.coordinator() + ": " + String.join(", ", s.coordinators()) + ".");
      }
      lines.add("- " + w.time() + ": " + s.time() + ".");
      lines.add("- Sản phẩm: " + s.output() + ".");
    }
    lines.add("III. TỔ CHỨC THỰC HIỆN");
    lines.add("Giao Sở Tư pháp chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.");
    return String.join("\n", lines);
  }

  /** An appendix table, one cell per line ending in a bar, as portals flatten it; group rows across the columns. */
  static String appendixTable(List<Spec> specs, Wording w) {
    List<String> lines = new ArrayList<>(head(w.boldMarkup()));
    lines.add("II. NHIỆM VỤ");
    lines.add("Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.");
    lines.add("PHỤ LỤC");
    for (String h : List.of("TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian thực hiện")) {
      lines.add(h + " |");
    }
    String[] roman = {"", "I", "II", "III", "IV", "V", "VI", "VII"};
    int heading = 0;
    int lastGroup = 0;
    int n = 0;
    for (Spec s : byGroup(specs)) {
      if (s.group() != lastGroup) {
        heading++;
        lines.add(roman[heading] + " |");
        lines.add(NQ66.group(s.group()).orElseThrow().titleVi() + " |");
        lines.add("||||");
        lastGroup = s.group();
        n = 0;
      }
      lines.add(++n + " |");
      lines.add(s.title() + " |");
      lines.add(s.lead() + " |");
      lines.add((s.coordinators().isEmpty() ? "" : String.join("; ", s.coordinators()) + " ") + "|");
      lines.add(s.output() + " |");
      lines.add(s.time() + " |");
    }
    return String.join("\n", lines);
  }

  @Property(tries = 200)
  void labelledBlocks_importBackToTheSameTasks(@ForAll("tasks") List<Spec> specs, @ForAll("wordings") Wording w) {
    Plan plan = PlanImporter.standard().read(labelledBlocks(specs, w), "blocks.txt").draft();
    assertSameTasks(byGroup(specs), plan, labelledBlocks(specs, w));
  }

  @Property(tries = 200)
  void appendixTable_importsBackToTheSameTasks(@ForAll("tasks") List<Spec> specs, @ForAll("wordings") Wording w) {
    Plan plan = PlanImporter.standard().read(appendixTable(specs, w), "table.txt").draft();
    assertSameTasks(byGroup(specs), plan, appendixTable(specs, w));
  }

  private static void assertSameTasks(List<Spec> specs, Plan plan, String document) {
    assertEquals(specs.size(), plan.tasks().size(), document);
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      Task t = plan.tasks().get(i);
      assertEquals(Text.key(s.title()), Text.key(t.title()).replaceAll("\\.$", ""), t.code());
      assertEquals(List.of(Text.key(s.lead())), names(plan, t.leadAgencies()), t.code());
      assertEquals(s.coordinators().stream().map(Text::key).collect(Collectors.toSet()), java.util.Set.copyOf(names(plan, t.coordinatingAgencies())), t.code());
      assertEquals(s.time(), t.deadline().phrase(), t.code());
      assertEquals(s.output(), t.output().orElse(""), t.code());
      assertEquals(s.group(), t.group().orElseThrow().number(), t.code());
      assertEquals(true, t.groupSuggestedBy().isEmpty(), t.code() + ": the heading names the group");
    }
  }

  private static List<String> names(Plan plan, List<String> ids) {
    return ids.stream().map(id -> Text.key(plan.agency(id).orElseThrow().nameVi())).toList();
  }
}
