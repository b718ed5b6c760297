package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.RuleInfo;
import dev.plancompliance.rules.RuleOutcome;
import dev.plancompliance.rules.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full report of each seed plan as of 2025-12-31: every rule's outcome and how many findings it raised.
 * Each FAILED / NOT_EVALUABLE line was checked against the seed text; the reason is given beside it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedReportsTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** Huế (seed 000): 7 tasks, one per group. */
  static final String HUE = """
      ACC-001 FAILED 2          II.1 (L9-14), II.2 (L15-19): only "Triển khai thực hiện" with collective bodies, no "Chủ trì"
      ACC-002 FAILED 1          II.6 (L44): "Sở Tư pháp; Sở Khoa học và Công nghệ"
      ACC-003 PASSED 0
      ACC-004 PASSED 0
      ACC-005 PASSED 0
      ACC-006 PASSED 0          III.3 (L64): Sở Tư pháp monitors
      ACC-007 PASSED 0
      BUD-001 NOT_APPLICABLE 0  no floor of its own; 66-NQ/TW's floor binds the national budget only
      BUD-002 NOT_APPLICABLE 0
      COV-001 PASSED 0
      COV-002 PASSED 0
      COV-003 NOT_APPLICABLE 0
      COV-004 FAILED 7          each group has exactly one task (INFO)
      DL-001 PASSED 0           every group states "Thường xuyên" or "Năm 2025 và các năm tiếp theo"
      DL-002 PASSED 0
      DL-003 NOT_APPLICABLE 0   no progress report attached
      DL-004 NOT_APPLICABLE 0   cross-plan: the plan is validated alone, not in a plan set
      DL-005 NOT_APPLICABLE 0   no issue date printed, no plan period
      HIE-001 NOT_APPLICABLE 0  cross-plan
      HIE-002 NOT_APPLICABLE 0  cross-plan
      REP-001 FAILED 3          L58, L63, L64: "định kỳ" reporting with no frequency and no cut-off
      REP-002 PASSED 0          L56, L61: own plans "trong tháng 9/2025"
      STR-001 PASSED 0
      STR-002 FAILED 7          no task names an output
      STR-003 PASSED 0
      STR-004 PASSED 0          no numeric target, no request
      """;

  /** Hà Nội (seed 001): 42 lettered items; the appendix (L484) that would give leads, outputs and time is not in the seed. */
  static final String HA_NOI = """
      ACC-001 NOT_EVALUABLE 0   no item of section II names a lead (implementers: the collective bodies of L62-64); the appendix of L484 that assigns them is not in the seed
      ACC-002 PASSED 0
      ACC-003 PASSED 0
      ACC-004 PASSED 0
      ACC-005 PASSED 0
      ACC-006 PASSED 0          III.4 (L492): Sở Tư pháp monitors
      ACC-007 PASSED 0
      BUD-001 NOT_EVALUABLE 0   II.7.d (L439-441): floor 0.5 % of the city budget binds, no budget figures
      BUD-002 NOT_EVALUABLE 0   "tăng dần" binds, fewer than two fiscal years given
      COV-001 PASSED 0
      COV-002 PASSED 0
      COV-003 NOT_APPLICABLE 0
      COV-004 PASSED 0          every group has at least two lettered items
      DL-001 NOT_EVALUABLE 0    41 time frames are in the missing appendix (II.2.đ follows the central roadmap)
      DL-002 PASSED 0
      DL-003 NOT_APPLICABLE 0   no progress report attached
      DL-004 NOT_APPLICABLE 0   cross-plan: the plan is validated alone, not in a plan set
      DL-005 NOT_APPLICABLE 0   no issue date printed, no plan period
      HIE-001 NOT_APPLICABLE 0  cross-plan
      HIE-002 NOT_APPLICABLE 0  cross-plan
      REP-001 PASSED 0          L488-490: six-monthly to Sở Tư pháp before 15/6 and 01/12
      REP-002 PASSED 0          L466: own plans in July 2025
      STR-001 PASSED 0
      STR-002 NOT_EVALUABLE 0   no item names an output; the appendix of L484 is not in the seed
      STR-003 PASSED 0
      STR-004 PASSED 0
      """;

  /** Hà Tĩnh 444/KH-UBND (seed 003): the appendix table of 42 rows. */
  static final String HA_TINH = """
      ACC-001 PASSED 0          every row fills "Cơ quan chủ trì"
      ACC-002 FAILED 18         rows led by "Các sở, ban, ngành cấp tỉnh; UBND cấp xã" (III.11 adds Sở Tư pháp)
      ACC-003 FAILED 36         the same 18 rows, two collective leads each
      ACC-004 PASSED 0
      ACC-005 PASSED 0
      ACC-006 PASSED 0          III.1 (L90): Sở Tư pháp monitors
      ACC-007 PASSED 0
      BUD-001 NOT_APPLICABLE 0  no floor of its own (VII.b, L86, only cites 197/2025/QH15); 66-NQ/TW's floor is national
      BUD-002 NOT_APPLICABLE 0
      COV-001 PASSED 0
      COV-002 PASSED 0
      COV-003 NOT_APPLICABLE 0
      COV-004 PASSED 0
      DL-001 PASSED 0
      DL-002 PASSED 0           latest dated task III.11 ends 2029, within 2030
      DL-003 NOT_APPLICABLE 0   no progress report attached
      DL-004 NOT_APPLICABLE 0   cross-plan: the plan is validated alone, not in a plan set
      DL-005 PASSED 0           every dated task falls on or after 13/8/2025
      HIE-001 NOT_APPLICABLE 0  cross-plan
      HIE-002 NOT_APPLICABLE 0  cross-plan
      REP-001 FAILED 3          L90: "định kỳ và đột xuất khi có yêu cầu" (twice: UBND tỉnh, Bộ Tư pháp); L103: "theo quy định"
      REP-002 FAILED 1          I.2 (L131-135): own implementing documents "Ngay sau khi Kế hoạch ban hành", no date
      STR-001 PASSED 0
      STR-002 FAILED 1          V.2 (L341-345): the Kết quả cell is empty
      STR-003 PASSED 0
      STR-004 FAILED 1          III.6 (L104): "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" is a request, not a task (INFO)
      """;

  /** Bắc Giang (seed 002), implementing Chỉ thị 06-CT/TU: 20 tasks. */
  static final String BAC_GIANG = """
      ACC-001 FAILED 14         no "Cơ quan chủ trì", only several or collective bodies (L143, L198; "Đề nghị" items 9, 10)
      ACC-002 FAILED 3          II.4.1 (L163), II.4.2 (L177-180), II.8 (L259)
      ACC-003 FAILED 7          "các sở, cơ quan…", "UBND cấp huyện", "UBND các cấp" (L250) as leads
      ACC-004 PASSED 0
      ACC-005 PASSED 0
      ACC-006 PASSED 0          III.2 (L287): Sở Tư pháp monitors
      ACC-007 PASSED 0
      BUD-001 NOT_APPLICABLE 0
      BUD-002 NOT_APPLICABLE 0
      COV-001 PASSED 0          all ten items of 06-CT/TU
      COV-002 PASSED 0
      COV-003 NOT_APPLICABLE 0
      COV-004 FAILED 5          items 2, 7, 8, 9, 10 are single tasks (INFO)
      DL-001 FAILED 4           5.3, 6.3, 9, 10 state no time of their own (plan-model/TIME-PHRASES.md §2)
      DL-002 NOT_APPLICABLE 0   06-CT/TU declares no horizon
      DL-003 NOT_APPLICABLE 0   no progress report attached
      DL-004 NOT_APPLICABLE 0   cross-plan: the plan is validated alone, not in a plan set
      DL-005 NOT_APPLICABLE 0   no issue date printed, no plan period
      HIE-001 NOT_APPLICABLE 0  cross-plan
      HIE-002 NOT_APPLICABLE 0  cross-plan
      REP-001 PASSED 0          L283: yearly before 02/12
      REP-002 PASSED 0          L278: own plans before 30/6/2021
      STR-001 PASSED 0
      STR-002 FAILED 20         no task names an output
      STR-003 PASSED 0
      STR-004 PASSED 0          items 9, 10 ("Đề nghị …") stay tasks: they carry 06-CT/TU's items 9 and 10
      """;

  private PlanValidator validator;

  @BeforeAll
  void buildValidator() {
    validator = PlanValidator.builder().withStandardRules().build();
  }

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("/dev/plancompliance/examples/plans/hue-2025.json", HUE),
        Arguments.of("/dev/plancompliance/examples/plans/ha-noi-2025.json", HA_NOI),
        Arguments.of("/dev/plancompliance/examples/plans/ha-tinh-444-kh-ubnd.json", HA_TINH),
        Arguments.of("/dev/plancompliance/examples/plans/bac-giang-2021.json", BAC_GIANG));
  }

  /** Rule id → "OUTCOME findings", from the first three columns of a table. */
  static Map<String, String> parse(String table) {
    Map<String, String> rows = new TreeMap<>();
    table.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
      String[] cells = line.split("\\s+", 4);
      Outcome.valueOf(cells[1]); // the table names real outcomes
      Integer.parseInt(cells[2]);
      String previous = rows.put(cells[0], cells[1] + " " + cells[2]);
      assertTrue(previous == null, "rule " + cells[0] + " twice in the table");
    });
    return rows;
  }

  static Map<String, String> actual(ValidationReport report) {
    Map<String, Long> counts = report.findings().stream().collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
    Map<String, String> rows = new TreeMap<>();
    for (RuleOutcome o : report.outcomes()) {
      rows.put(o.ruleId(), o.outcome() + " " + counts.getOrDefault(o.ruleId(), 0L));
    }
    return rows;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void reportAsOfEndOf2025_matchesTheReviewedTable(String resource, String table) {
    ValidationReport report = validator.validate(CardRulesOnSeedsTest.load(resource), AS_OF);
    assertTrue(report.isComplete(), "every rule ran: " + report.errors());
    assertEquals(validator.rules().stream().map(RuleInfo::id).sorted().toList(), parse(table).keySet().stream().toList(),
        "the table lists every rule of the validator");
    assertEquals(parse(table), actual(report), report.toText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/plancompliance/examples/plans/hue-2025.json", "/dev/plancompliance/examples/plans/ha-noi-2025.json", "/dev/plancompliance/examples/plans/ha-tinh-444-kh-ubnd.json", "/dev/plancompliance/examples/plans/bac-giang-2021.json"})
  void validatingTwice_givesEqualReportsAndByteIdenticalJson(String resource) {
    Plan first = CardRulesOnSeedsTest.load(resource);
    Plan second = CardRulesOnSeedsTest.load(resource); // read again: an equal plan, not the same object
    assertEquals(first, second);
    ValidationReport a = validator.validate(first, AS_OF);
    ValidationReport b = validator.validate(second, AS_OF);
    assertEquals(a, b);
    assertArrayEquals(a.toJson().getBytes(StandardCharsets.UTF_8), b.toJson().getBytes(StandardCharsets.UTF_8));
    assertEquals(a.toText(), b.toText());
  }
}
