package dev.plancompliance.examples;

import dev.plancompliance.model.Seeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plancompliance.model.BudgetLevel;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.SourceRef;
import dev.plancompliance.model.SpendingFloor;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.TaskGroupDefinition;
import dev.plancompliance.model.Text;
import dev.plancompliance.model.json.PlanDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/** Checks the encoded Hà Nội action programme against the seed text it was encoded from (seed 001). */
class HaNoiSeedTest {
  private static final String RESOURCE = "/dev/plancompliance/examples/plans/ha-noi-2025.json";
  private static final String SEED = "001_0ac0c91c6e978eb2.txt";
  private static final String DIRECTIVE = "66-NQ/TW";

  /** A numbered group heading of section II ("1. Bảo đảm …") and a lettered item ("a) …", "đ) …"). */
  private static final Pattern GROUP = Pattern.compile("^\\s*([1-9])\\.\\s+(.*)$");
  private static final Pattern ITEM = Pattern.compile("^\\s*([a-zđ])\\)\\s+(.*)$");

  private static Plan plan;
  private static List<String> seedLines;
  /** Codes of the lettered items of section II, "II.<group>.<letter>", with the line each starts on. */
  private static Map<String, Integer> seedItems;
  /** Group number to its heading, joined across wrapped lines. */
  private static Map<Integer, String> seedGroupHeadings;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = HaNoiSeedTest.class.getResourceAsStream(RESOURCE)) {
      assertNotNull(in, "missing resource " + RESOURCE);
      plan = PlanDocuments.read(in, RESOURCE);
    }
    seedLines = Seeds.lines(SEED);
    scanSectionTwo();
  }

  private static void scanSectionTwo() {
    int from = indexOfLineStarting("II. NHIỆM VỤ CỤ THỂ", 0);
    int to = indexOfLineStarting("III. TỔ CHỨC THỰC HIỆN", from);
    seedItems = new LinkedHashMap<>();
    seedGroupHeadings = new LinkedHashMap<>();
    Integer group = null;
    for (int i = from + 1; i < to; i++) {
      String line = seedLines.get(i);
      Matcher g = GROUP.matcher(line);
      if (g.matches()) {
        group = Integer.valueOf(g.group(1));
        seedGroupHeadings.put(group, headingFrom(i, to));
        continue;
      }
      Matcher item = ITEM.matcher(line);
      if (item.matches()) {
        assertNotNull(group, "lettered item before any numbered group at line " + (i + 1));
        Integer previous = seedItems.put("II." + group + "." + item.group(1), i + 1);
        assertEquals(null, previous, "letter repeated in group " + group + " at line " + (i + 1));
      }
    }
  }

  private static int indexOfLineStarting(String prefix, int from) {
    for (int i = from; i < seedLines.size(); i++) {
      if (seedLines.get(i).strip().startsWith(prefix)) {
        return i;
      }
    }
    return fail("seed " + SEED + " has no line starting with \"" + prefix + "\"");
  }

  /** The group heading: its wrapped lines up to the first lettered item, without the number. */
  private static String headingFrom(int index, int end) {
    StringBuilder sb = new StringBuilder();
    for (int i = index; i < end && !ITEM.matcher(seedLines.get(i)).matches(); i++) {
      sb.append(seedLines.get(i)).append(' ');
    }
    return sb.toString().strip().replaceFirst("^[1-9]\\.\\s+", "");
  }

  /** Lines {@code first..last} (1-based, inclusive) joined into one text: wrapped lines and blank lines collapsed. */
  private static String joined(int first, int last) {
    return IntStream.rangeClosed(first, last)
        .mapToObj(n -> seedLines.get(n - 1))
        .collect(Collectors.joining(" "))
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static String firstChars(String s, int n) {
    String key = Text.key(s);
    return key.substring(0, Math.min(n, key.length()));
  }

  @Test
  void taskCount_equalsLetteredItemsOfSectionTwo() {
    assertFalse(seedItems.isEmpty(), "no lettered items found in section II of " + SEED);
    assertEquals(seedItems.size(), plan.tasks().size(), "one task per lettered item of section II");
    assertEquals(
        new TreeSet<>(seedItems.keySet()),
        plan.tasks().stream().map(Task::code).collect(Collectors.toCollection(TreeSet::new)),
        "task codes are II.<group>.<letter> as printed");
  }

  @Test
  void everyTask_startsOnItsSourceLineWithItsVerbatimTitle() {
    for (Task task : plan.tasks()) {
      SourceRef source = task.source().orElseThrow(() -> new AssertionError(task.code() + " has no source"));
      assertEquals(SEED, source.file(), task.code());
      int line = source.line();
      int last = source.lastLine().orElseThrow(() -> new AssertionError(task.code() + " has no lastLine"));
      assertEquals(seedItems.get(task.code()), line, task.code() + " starts where its letter is printed");

      String item = joined(line, last).replaceFirst("^[a-zđ]\\)\\s+", "");
      assertEquals(firstChars(task.title(), 20), firstChars(item, 20), task.code() + ": title starts on line " + line);
      assertTrue(Text.key(item).startsWith(Text.key(task.title())),
          task.code() + ": title is verbatim text of lines " + line + "–" + last + ": " + task.title());
      assertEquals(Text.nfc(task.title()), task.title(), task.code() + ": title is NFC");

      int next = seedItems.values().stream().filter(l -> l > line).min(Integer::compare).orElse(Integer.MAX_VALUE);
      assertTrue(last < next, task.code() + ": lastLine " + last + " runs into the next item at line " + next);
      assertFalse(seedLines.get(last - 1).isBlank(), task.code() + ": lastLine " + last + " is blank");
    }
  }

  @Test
  void allSevenGroupsOfTheResolution_areCovered() {
    Directive directive = Directives.standard().get(DIRECTIVE);
    Set<Integer> expected = directive.groups().stream().map(TaskGroupDefinition::number).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(7, expected.size());
    Set<Integer> covered = plan.tasks().stream()
        .map(t -> t.group().orElseThrow(() -> new AssertionError(t.code() + " has no group")))
        .peek(g -> assertEquals(DIRECTIVE, g.directive()))
        .map(g -> g.number())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, covered);
    assertEquals(expected, seedGroupHeadings.keySet().stream().collect(Collectors.toCollection(TreeSet::new)));
    for (Map.Entry<Integer, String> heading : seedGroupHeadings.entrySet()) {
      assertTrue(directive.group(heading.getKey()).orElseThrow().matchesTitle(heading.getValue()),
          "seed group " + heading.getKey() + " is group " + heading.getKey() + " of " + DIRECTIVE + ": " + heading.getValue());
    }
    for (Task task : plan.tasks()) {
      assertTrue(task.code().startsWith("II." + task.group().orElseThrow().number() + "."), task.code() + " sits in its group");
    }
  }

  @Test
  void everyReferencedAgency_isInTheRegistry() {
    List<String> referenced = new ArrayList<>();
    referenced.add(plan.issuer());
    plan.monitor().ifPresent(referenced::add);
    plan.tasks().forEach(t -> referenced.addAll(t.agencyIds()));
    plan.childPlanDuty().ifPresent(d -> referenced.addAll(d.units()));
    plan.reportingDuties().forEach(d -> {
      referenced.addAll(d.from());
      referenced.add(d.to());
    });
    Set<String> registry = plan.agencies().stream().map(a -> a.id()).collect(Collectors.toSet());
    List<String> missing = referenced.stream().filter(id -> !registry.contains(id)).distinct().toList();
    assertTrue(missing.isEmpty(), "agency ids not in the registry: " + missing);
    assertEquals("so-tu-phap", plan.monitor().orElseThrow());
  }

  @Test
  void spendingFloor_isHalfAPercentAndRising() {
    assertEquals(1, plan.spendingFloors().size());
    SpendingFloor floor = plan.spendingFloors().get(0);
    assertEquals(0, floor.rate().compareTo(new BigDecimal("0.005")), "rate was " + floor.rate());
    assertTrue(floor.rising());
    assertEquals(BudgetLevel.PROVINCE, floor.budgetLevel());
    assertTrue(Text.key(floor.basis()).contains(Text.key(
        "không thấp hơn 0,5% tổng chi ngân sách hằng năm và tăng dần")), "basis quotes II.7.d");
    assertTrue(Text.key(joined(439, 441)).contains(Text.key("không thấp hơn 0,5% tổng chi ngân sách hằng năm và tăng dần")),
        "the seed states the floor on lines 439–441");
    assertTrue(plan.budgetYears().isEmpty(), "the seed gives no budget amounts");
  }

  @Test
  void deadlinePhrases_areVerbatimSeedText() {
    String seed = Text.key(String.join(" ", seedLines));
    Stream.concat(
            plan.tasks().stream().map(Task::deadline),
            Stream.concat(
                plan.childPlanDuty().stream().map(d -> d.deadline()),
                plan.reportingDuties().stream().map(d -> d.deadline())))
        .map(Deadline::phrase)
        .distinct()
        .forEach(p -> assertTrue(seed.contains(Text.key(p)), "phrase not in the seed: " + p));
  }
}
