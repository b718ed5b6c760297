package dev.plancompliance.bench;

import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Text;
import dev.plancompliance.model.text.PlanImport;
import dev.plancompliance.model.text.PlanImporter;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Importing a plan's text of about 500 lines (seven groups of labelled task blocks, as provincial plans print
 * them), warm, beside validating the draft it gives; the plain-Java reference is the least any reader does:
 * split the text into lines and fold each for comparison ({@link Text#key}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ImportBenchmark {
  static final int TASKS_PER_GROUP = 14;

  String text;
  Plan draft;
  PlanImporter importer;
  PlanValidator validator;

  @Setup(Level.Trial)
  public void setUp() {
    text = document();
    importer = PlanImporter.standard();
    draft = importer.read(text, "bench.txt").draft();
    validator = PlanValidator.builder().withStandardRules().build();
  }

  /** The document: a header, then per group its heading and {@value #TASKS_PER_GROUP} tasks of five lines each. */
  static String document() {
    Directive nq66 = Directives.standard().get("66-NQ/TW");
    String[] bodies = {"Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Công an tỉnh", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ"};
    String[] times = {"Thường xuyên", "Năm 2026", "Quý I hằng năm", "Hằng năm", "Trước ngày 30/6/2026"};
    List<String> lines = new ArrayList<>(List.of("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Số: 88/KH-UBND", "Quảng Trị, ngày 4 tháng 9 năm 2025", "KẾ HOẠCH",
        "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW", "Thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị.", "I. MỤC ĐÍCH, YÊU CẦU",
        "Quán triệt đầy đủ.", "II. NHIỆM VỤ, GIẢI PHÁP"));
    for (int g = 1; g <= 7; g++) {
      lines.add(g + ". " + nq66.group(g).orElseThrow().titleVi());
      for (int t = 0; t < TASKS_PER_GROUP; t++) {
        lines.add(g + "." + (t + 1) + ". Tổ chức thực hiện nhiệm vụ số " + (t + 1) + " của nhóm " + g + " về công tác xây dựng và thi hành pháp luật.");
        lines.add("- Cơ quan chủ trì: " + bodies[(g + t) % bodies.length] + ".");
        lines.add("- Cơ quan phối hợp: " + bodies[(g + t + 1) % bodies.length] + ", UBND cấp xã.");
        lines.add("- Thời gian thực hiện: " + times[(g * t) % times.length] + ".");
        lines.add("- Sản phẩm: Báo cáo.");
      }
    }
    lines.add("III. TỔ CHỨC THỰC HIỆN");
    lines.add("Giao Sở Tư pháp chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.");
    return String.join("\n", lines);
  }

  @Benchmark
  public int referenceLines() {
    int n = 0;
    for (String line : text.split("\n")) {
      n += Text.key(line).length();
    }
    return n;
  }

  @Benchmark
  public PlanImport importText() {
    return importer.read(text, "bench.txt");
  }

  @Benchmark
  public ValidationReport validateDraft() {
    return validator.validate(draft, ValidationBenchmark.AS_OF);
  }
}
