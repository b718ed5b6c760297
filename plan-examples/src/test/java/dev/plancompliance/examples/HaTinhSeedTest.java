package dev.plancompliance.examples;

import dev.plancompliance.model.Seeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.SourceRef;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.Text;
import dev.plancompliance.model.json.PlanDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the Hà Tĩnh plan 444/KH-UBND (plans/ha-tinh-444-kh-ubnd.json) against the seed text itself: the
 * appendix table "DANH MỤC CÁC NHIỆM VỤ" is read here, independently of the JSON, and every row is compared
 * with its encoded task.
 */
class HaTinhSeedTest {
  private static final String SEED_FILE = "003_5e5f6eee794eb63a.txt";
  private static final String PLAN_RESOURCE = "/dev/plancompliance/examples/plans/ha-tinh-444-kh-ubnd.json";
  private static final Map<String, Integer> ROMAN =
      Map.of("I", 1, "II", 2, "III", 3, "IV", 4, "V", 5, "VI", 6, "VII", 7);
  private static final Pattern GROUP_ROW = Pattern.compile("(I|II|III|IV|V|VI|VII) \\|");
  private static final Pattern TASK_ROW = Pattern.compile("(\\d+) \\|");
  /** Distinct bodies in an agency cell are separated by ";" or by a "," that starts a new "Sở …" / "Văn phòng …". */
  private static final Pattern AGENCY_SEPARATOR = Pattern.compile(";\\s*|,\\s*(?=Sở |Văn phòng )");
  /** Role words printed after a name in a lead cell (III.11: "… thực hiện; Sở Tư pháp đầu mối tổng hợp"). */
  private static final Pattern ROLE_SUFFIX = Pattern.compile("\\s+(thực hiện|đầu mối tổng hợp)$");

  private static List<String> seed;
  private static List<Row> rows;
  private static Plan plan;

  /** One task row of the appendix table: its group, TT, 1-based line numbers and the five cells after TT. */
  record Row(String roman, String tt, int titleLine, int lastLine, String title, String lead, String coordinators, String output, String time) {
    String code() {
      return roman + "." + tt;
    }
  }

  @BeforeAll
  static void load() throws IOException {
    seed = Seeds.lines(SEED_FILE);
    rows = readAppendix(seed);
    try (InputStream in = HaTinhSeedTest.class.getResourceAsStream(PLAN_RESOURCE)) {
      assertNotNull(in, "missing classpath resource " + PLAN_RESOURCE);
      plan = PlanDocuments.read(in, PLAN_RESOURCE);
    }
  }

  /**
   * Reads the appendix: after "PHỤ LỤC", the header row (six cells), then group rows ("I |", title, "||||")
   * and task rows ("1 |" and five cells). A cell ends at the first line ending in "|"; an empty cell is a
   * bare "|".
   */
  static List<Row> readAppendix(List<String> lines) {
    int start = lines.indexOf("PHỤ LỤC");
    assertTrue(start >= 0, "no PHỤ LỤC heading in " + SEED_FILE);
    int header = lines.subList(start, lines.size()).indexOf("TT |") + start;
    assertTrue(header > start, "no table header TT | after PHỤ LỤC");
    List<String> headerCells = lines.subList(header, header + 6).stream().map(HaTinhSeedTest::cellText).toList();
    assertEquals(List.of("TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian thực hiện"), headerCells);
    List<Row> found = new ArrayList<>();
    String roman = null;
    int i = header + 6;
    while (i < lines.size()) {
      String line = lines.get(i);
      Matcher g = GROUP_ROW.matcher(line);
      Matcher t = TASK_ROW.matcher(line);
      if (g.matches()) {
        roman = g.group(1);
        int[] next = {i + 1};
        readCell(lines, next); // the group title
        assertEquals("||||", lines.get(next[0]), "group row " + roman + " is not followed by ||||");
        i = next[0] + 1;
      } else if (t.matches()) {
        assertNotNull(roman, "task row before any group row at line " + (i + 1));
        int[] next = {i + 1};
        int titleLine = next[0] + 1;
        String title = readCell(lines, next);
        String lead = readCell(lines, next);
        String coordinators = readCell(lines, next);
        String output = readCell(lines, next);
        String time = readCell(lines, next);
        found.add(new Row(roman, t.group(1), titleLine, next[0], title, lead, coordinators, output, time));
        i = next[0];
      } else {
        return fail("unexpected line " + (i + 1) + " in the appendix table: " + line);
      }
    }
    return found;
  }

  private static String readCell(List<String> lines, int[] at) {
    StringBuilder cell = new StringBuilder();
    while (at[0] < lines.size()) {
      String line = lines.get(at[0]++);
      cell.append(line).append(' ');
      if (line.stripTrailing().endsWith("|")) {
        return cellText(cell.toString());
      }
    }
    return fail("table cell not closed by | at the end of " + SEED_FILE);
  }

  private static String cellText(String raw) {
    String s = raw.strip();
    if (s.endsWith("|")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /** The names an agency cell lists, each as a comparison key. */
  private static List<String> agencyKeys(String cell) {
    if (cell.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(AGENCY_SEPARATOR.split(cell))
        .map(p -> ROLE_SUFFIX.matcher(p.strip()).replaceFirst(""))
        .map(Text::key)
        .toList();
  }

  private static List<String> encodedKeys(List<String> ids, String what) {
    return ids.stream()
        .map(id -> plan.agency(id).orElseGet(() -> fail(what + " names " + id + ", which is not in the registry")))
        .map(Agency::nameVi)
        .map(Text::key)
        .toList();
  }

  @Test
  void appendixHas42TaskRows_andThePlanEncodesEachOnce() {
    assertEquals(42, rows.size(), "task rows read from the appendix table");
    assertEquals(rows.size(), plan.tasks().size(), "encoded tasks vs. appendix rows");
    assertEquals(rows.stream().map(Row::code).toList(), plan.tasks().stream().map(Task::code).toList(),
        "task codes, in table order");
  }

  @Test
  void everyTaskMatchesItsRow_titleLeadsCoordinatorsOutputAndTimePhrase() {
    for (Row row : rows) {
      Task task = plan.task(row.code()).orElseGet(() -> fail("no task " + row.code()));
      String at = row.code() + " (" + SEED_FILE + " L" + row.titleLine() + ")";
      assertEquals(Text.key(row.title()), Text.key(task.title()), at + " title");
      assertEquals(agencyKeys(row.lead()), encodedKeys(task.leads(), row.code()), at + " leads");
      assertEquals(agencyKeys(row.coordinators()), encodedKeys(task.coordinators(), row.code()), at + " coordinators");
      assertTrue(task.implementers().isEmpty(), at + " has no implementer column");
      assertEquals(row.output().isEmpty() ? "" : Text.key(row.output()), task.output().map(Text::key).orElse(""), at + " output");
      assertEquals(Text.key(row.time()), Text.key(task.deadline().phrase()), at + " time phrase");
      assertEquals(ROMAN.get(row.roman()), task.group().map(g -> g.number()).orElse(-1), at + " group");
      assertEquals("66-NQ/TW", task.group().get().directive(), at + " directive");
      SourceRef src = task.source().orElseGet(() -> fail(at + " has no source"));
      assertEquals(SEED_FILE, src.file(), at + " source file");
      assertEquals(row.titleLine(), src.line(), at + " source line");
      assertEquals(row.lastLine(), src.lastLine().orElse(-1), at + " source lastLine");
    }
  }

  @Test
  void everySourceLineHoldsTheStartOfItsTitle() {
    for (Task task : plan.tasks()) {
      SourceRef src = task.source().orElseGet(() -> fail(task.code() + " has no source"));
      assertTrue(src.line() <= seed.size(), task.code() + " source line beyond the seed");
      String line = Text.key(seed.get(src.line() - 1));
      String title = Text.key(task.title());
      String start = title.substring(0, Math.min(40, title.length()));
      assertTrue(line.startsWith(start), task.code() + ": L" + src.line() + " does not start with \"" + start + "\"");
    }
  }

  @Test
  void datedDeadlinesCarryTheYearsTheirPhrasesPrint() {
    for (Task task : plan.tasks()) {
      Deadline d = task.deadline();
      List<Integer> years =
          d instanceof Deadline.InYear y ? List.of(y.year())
          : d instanceof Deadline.YearRange r ? List.of(r.from(), r.to())
          : List.of();
      for (int year : years) {
        assertTrue(d.phrase().contains(Integer.toString(year)), task.code() + ": " + year + " not in \"" + d.phrase() + "\"");
      }
      if (d instanceof Deadline.Composite c) {
        c.parts().forEach(p -> assertTrue(Text.key(c.phrase()).contains(Text.key(p.phrase())),
            task.code() + ": part \"" + p.phrase() + "\" not in \"" + c.phrase() + "\""));
      }
    }
  }

  @Test
  void allSevenGroupsOf66NqTwAreCovered_andTheRomanRowsNameThem() {
    Directive nq66 = Directives.standard().get("66-NQ/TW");
    Set<Integer> expected = nq66.groups().stream().map(d -> d.number()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(IntStream.rangeClosed(1, 7).boxed().collect(Collectors.toCollection(TreeSet::new)), expected);
    Set<Integer> covered = plan.tasks().stream()
        .map(t -> t.group().orElseGet(() -> fail(t.code() + " has no group")).number())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, covered, "groups covered by the encoded tasks");
    for (int i = 0; i < seed.size(); i++) {
      Matcher g = GROUP_ROW.matcher(seed.get(i));
      if (g.matches() && i > seed.indexOf("PHỤ LỤC")) {
        int number = ROMAN.get(g.group(1));
        String title = cellText(seed.get(i + 1));
        assertTrue(nq66.group(number).orElseThrow().matchesTitle(title),
            "appendix group " + g.group(1) + " (L" + (i + 1) + ") is not titled as 66-NQ/TW group " + number + ": " + title);
      }
    }
  }

  @Test
  void everyReferencedAgencyIsInTheRegistry() {
    Set<String> ids = plan.agencies().stream().map(Agency::id).collect(Collectors.toSet());
    Stream<String> referenced = Stream.of(
            plan.tasks().stream().flatMap(t -> t.agencyIds().stream()),
            Stream.of(plan.issuer()),
            plan.monitor().stream(),
            plan.reportingDuties().stream().flatMap(d -> Stream.concat(d.from().stream(), Stream.of(d.to()))),
            plan.childPlanDuty().stream().flatMap(d -> d.units().stream()))
        .flatMap(s -> s);
    List<String> missing = referenced.filter(id -> !ids.contains(id)).distinct().toList();
    assertTrue(missing.isEmpty(), "agency ids not in the registry: " + missing);
  }

  @Test
  void planLevelFactsFollowTheBody() {
    assertEquals("444/KH-UBND", plan.ref().symbol());
    assertEquals(java.time.LocalDate.of(2025, 8, 13), plan.ref().issuedOn().orElseThrow());
    assertTrue(seed.get(11).contains(plan.ref().symbol()), "L12 carries the plan's symbol");
    for (String symbol : List.of("66-NQ/TW", "140/NQ-CP", "45-CTr/TU")) {
      assertTrue(plan.implementsSymbol(symbol), "implements " + symbol);
      assertTrue(seed.get(15).contains(symbol), "L16 cites " + symbol);
    }
    assertEquals(SEED_FILE, plan.sourceFile().orElseThrow());
    assertTrue(plan.budgetYears().isEmpty(), "the seed gives no budget amounts");
    // III.1 (L90): Sở Tư pháp monitors and consolidates; L312: "Sở Tư pháp đầu mối tổng hợp".
    String monitor = plan.monitor().orElseGet(() -> fail("no monitor"));
    assertEquals(Text.key("Sở Tư pháp"), Text.key(plan.agency(monitor).orElseThrow().nameVi()));
    assertTrue(seed.get(89).contains("theo dõi, đôn đốc"), "L90 is the monitoring clause");
    assertTrue(seed.get(311).contains("Sở Tư pháp đầu mối tổng hợp"), "L312 names the consolidating focal point");
    assertFalse(plan.reportingDuties().isEmpty(), "L90 sets reporting to UBND tỉnh and Bộ Tư pháp");
    plan.reportingDuties().forEach(d -> {
      SourceRef src = d.source().orElseGet(() -> fail("reporting duty without source"));
      String text = IntStream.rangeClosed(src.line(), src.lastLine().orElse(src.line()))
          .mapToObj(n -> seed.get(n - 1)).collect(Collectors.joining(" "));
      assertTrue(Text.key(text).contains(Text.key(d.deadline().phrase())), "duty phrase at L" + src.line());
      assertTrue(Text.key(text).contains("báo cáo"), "L" + src.line() + " is a reporting clause");
    });
    List<Agency> collectives = plan.agencies().stream().filter(Agency::collective).toList();
    assertTrue(collectives.stream().anyMatch(a -> a.isNamed("Các sở, ban, ngành cấp tỉnh")), "collective provincial departments");
    assertTrue(collectives.stream().anyMatch(a -> a.isNamed("UBND cấp xã")), "collective commune committees");
  }
}
