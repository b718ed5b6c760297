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
import dev.plancompliance.model.TaskGroupDefinition;
import dev.plancompliance.model.Text;
import dev.plancompliance.model.json.PlanDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the Huế (seed 000) and Bắc Giang (seed 002) plan documents against the seed texts they were encoded
 * from: the tasks the seed prints, the lines they cite, the verbatim titles and time phrases, the agency
 * registry and the task groups covered.
 */
class HueAndBacGiangSeedTest {
  private static final String HUE_SEED = "000_3d0f801100aabd15.txt";
  private static final String BAC_GIANG_SEED = "002_9f8dbfd52da4a7ba.txt";

  /** A top-level item of section II: "3. Đổi mới …" (a sub-item "3.1." does not match). */
  private static final Pattern ITEM = Pattern.compile("^(\\d+)\\.\\s");
  /** A numbered sub-item: "3.1. Tiếp tục …", also "5.3.Viện …" (no space, as printed). */
  private static final Pattern SUB_ITEM = Pattern.compile("^(\\d+)\\.(\\d+)\\.?");
  /** A time label of Bắc Giang: "+ Thời gian:", "- Thời gian thực hiện:", or unbulleted. */
  private static final Pattern TIME_LABEL = Pattern.compile("^[-+]?\\s*Thời gian( thực hiện)?:");

  record Case(String resource, String seedFile) {
    @Override
    public String toString() {
      return resource;
    }
  }

  static Stream<Case> plans() {
    return Stream.of(new Case("hue-2025.json", HUE_SEED), new Case("bac-giang-2021.json", BAC_GIANG_SEED));
  }

  // ------------------------------------------------------------------ task items counted in the seed

  @Test
  void hue_hasOneTaskPerItemOfSectionII() {
    List<String> seed = seedLines(HUE_SEED);
    List<String> expected = new ArrayList<>();
    for (int i = sectionStart(seed, "II. "); i < sectionStart(seed, "III. "); i++) {
      Matcher m = ITEM.matcher(seed.get(i));
      if (m.find()) {
        expected.add("II." + m.group(1));
      }
    }
    Plan plan = plan("hue-2025.json");
    assertEquals(7, expected.size(), "Huế section II prints seven items");
    assertEquals(expected.size(), plan.tasks().size(), "task count");
    assertEquals(expected, codes(plan));
  }

  /**
   * Bắc Giang: an item with numbered sub-items (3.1–3.5, 4.1–4.2, 5.1–5.3, 6.1–6.3) yields one task per
   * sub-item; an item without them yields one task per time label it carries, at least one (item 1 has
   * two bullets with their own time, coded II.1-1 and II.1-2).
   */
  @Test
  void bacGiang_hasOneTaskPerSubItemOrTimedBulletOfSectionII() {
    List<String> seed = seedLines(BAC_GIANG_SEED);
    int from = sectionStart(seed, "II. ");
    int to = sectionStart(seed, "III. ");
    List<Integer> itemStarts = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (ITEM.matcher(seed.get(i)).find()) {
        itemStarts.add(i);
      }
    }
    itemStarts.add(to);
    List<String> expected = new ArrayList<>();
    for (int k = 0; k + 1 < itemStarts.size(); k++) {
      List<String> item = seed.subList(itemStarts.get(k), itemStarts.get(k + 1));
      Matcher head = ITEM.matcher(item.get(0));
      assertTrue(head.find());
      String number = head.group(1);
      List<String> subs = new ArrayList<>();
      for (String line : item) {
        Matcher m = SUB_ITEM.matcher(line);
        if (m.find() && m.group(1).equals(number)) {
          subs.add("II." + number + "." + m.group(2));
        }
      }
      long timeLabels = item.stream().filter(l -> TIME_LABEL.matcher(l).find()).count();
      if (!subs.isEmpty()) {
        expected.addAll(subs);
      } else if (timeLabels > 1) {
        LongStream.rangeClosed(1, timeLabels).forEach(n -> expected.add("II." + number + "-" + n));
      } else {
        expected.add("II." + number);
      }
    }
    Plan plan = plan("bac-giang-2021.json");
    assertEquals(10, itemStarts.size() - 1, "Bắc Giang section II prints ten items");
    assertEquals(20, expected.size(), "13 numbered sub-items, item 1's two timed bullets, items 2 and 7–10");
    assertEquals(expected.size(), plan.tasks().size(), "task count");
    assertEquals(expected, codes(plan));
  }

  // ------------------------------------------------------------------ every task traceable to its line

  @ParameterizedTest
  @MethodSource("plans")
  void everyTask_startsOnItsCitedSeedLine(Case c) {
    Plan plan = plan(c.resource());
    List<String> seed = seedLines(c.seedFile());
    assertEquals(c.seedFile(), plan.sourceFile().orElseThrow());
    for (Task t : plan.tasks()) {
      SourceRef s = t.source().orElseThrow(() -> new AssertionError(t.code() + " has no source"));
      assertEquals(c.seedFile(), s.file(), t.code());
      int last = s.lastLine().orElse(s.line());
      assertTrue(last <= seed.size(), t.code() + " ends after the seed's last line");
      String start = t.title().substring(0, Math.min(20, t.title().length()));
      assertTrue(Text.key(seed.get(s.line() - 1)).contains(Text.key(start)),
          t.code() + ": line " + s.line() + " does not contain \"" + start + "\": " + seed.get(s.line() - 1));
      assertTrue(compact(lines(seed, s.line(), last)).contains(compact(t.title())),
          t.code() + ": the title is not verbatim in lines " + s.line() + "–" + last);
    }
  }

  @ParameterizedTest
  @MethodSource("plans")
  void everyPhrase_isVerbatimInTheSeed(Case c) {
    Plan plan = plan(c.resource());
    List<String> seed = seedLines(c.seedFile());
    String whole = compact(lines(seed, 1, seed.size()));
    for (Task t : plan.tasks()) {
      for (String phrase : phrases(t.deadline())) {
        assertTrue(whole.contains(compact(phrase)), t.code() + ": time phrase not in the seed: " + phrase);
      }
    }
    plan.childPlanDuty().ifPresent(d -> {
      SourceRef s = d.source().orElseThrow();
      assertTrue(compact(lines(seed, s.line(), s.lastLine().orElse(s.line()))).contains(compact(d.deadline().phrase())),
          "child-plan duty phrase not in its lines: " + d.deadline().phrase());
    });
    plan.reportingDuties().forEach(r -> {
      SourceRef s = r.source().orElseThrow();
      assertTrue(compact(lines(seed, s.line(), s.lastLine().orElse(s.line()))).contains(compact(r.deadline().phrase())),
          "reporting phrase not in its lines: " + r.deadline().phrase());
    });
  }

  // ------------------------------------------------------------------ agencies

  @ParameterizedTest
  @MethodSource("plans")
  void everyAgencyId_isInTheRegistry_andEveryRegistryEntryIsUsed(Case c) {
    Plan plan = plan(c.resource());
    Set<String> named = new LinkedHashSet<>();
    named.add(plan.issuer());
    plan.monitor().ifPresent(named::add);
    plan.tasks().forEach(t -> named.addAll(t.agencyIds()));
    plan.childPlanDuty().ifPresent(d -> named.addAll(d.units()));
    plan.reportingDuties().forEach(r -> {
      named.addAll(r.from());
      named.add(r.to());
    });
    for (String id : named) {
      assertTrue(plan.agency(id).isPresent(), c + ": agency \"" + id + "\" is not in the registry");
    }
    Set<String> registered = plan.agencies().stream().map(Agency::id).collect(Collectors.toCollection(TreeSet::new));
    registered.removeAll(named);
    assertEquals(Set.of(), registered, c + ": registry entries nothing names");
  }

  // ------------------------------------------------------------------ groups and directives

  @Test
  void hue_coversTheSevenGroupsOf66NQTW() {
    Plan plan = plan("hue-2025.json");
    Directive nq66 = Directives.standard().get("66-NQ/TW");
    assertTrue(plan.implementsSymbol("66-NQ/TW"));
    assertTrue(plan.implementsSymbol("294-KH/TU"));
    assertTrue(plan.implementsSymbol("23-KH/ĐU"));
    for (Task t : plan.tasks()) {
      assertTrue(nq66.hasGroup(t.group().orElseThrow()), t.code() + " names an unknown group");
      assertEquals("II." + t.group().orElseThrow().number(), t.code(), "group follows the item number");
    }
    assertEquals(groupNumbers(nq66), coveredGroups(plan, "66-NQ/TW"));
    assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7), coveredGroups(plan, "66-NQ/TW"));
    assertEquals("so-tu-phap", plan.monitor().orElseThrow());
  }

  @Test
  void bacGiang_implements06CTTU_notResolution66_andCoversItsTenItems() {
    Plan plan = plan("bac-giang-2021.json");
    Directive ct06 = Directives.standard().get("06-CT/TU");
    assertTrue(plan.implementsSymbol("06-CT/TU"));
    assertFalse(plan.implementsSymbol("66-NQ/TW"));
    assertEquals("/KH-UBND", plan.ref().symbol(), "the seed leaves the number blank");
    assertTrue(plan.ref().issuedOn().isEmpty(), "the seed leaves the issue day blank");
    for (Task t : plan.tasks()) {
      assertTrue(ct06.hasGroup(t.group().orElseThrow()), t.code() + " names an unknown group");
      String item = t.code().substring("II.".length()).split("[.-]")[0];
      assertEquals(Integer.parseInt(item), t.group().orElseThrow().number(), t.code() + ": group is the item number");
    }
    assertEquals(groupNumbers(ct06), coveredGroups(plan, "06-CT/TU"));
    assertEquals("so-tu-phap", plan.monitor().orElseThrow());
    Deadline child = plan.childPlanDuty().orElseThrow().deadline();
    assertEquals(new Deadline.ByDate("trước ngày 30/6/2021", LocalDate.of(2021, 6, 30), true), child);
  }

  // ------------------------------------------------------------------ helpers

  private static Plan plan(String resource) {
    try (InputStream in = HueAndBacGiangSeedTest.class.getResourceAsStream("/dev/plancompliance/examples/plans/" + resource)) {
      assertNotNull(in, "missing resource /plans/" + resource);
      return PlanDocuments.read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> codes(Plan plan) {
    return plan.tasks().stream().map(Task::code).toList();
  }

  private static Set<Integer> groupNumbers(Directive d) {
    return d.groups().stream().map(TaskGroupDefinition::number).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<Integer> coveredGroups(Plan plan, String directive) {
    Set<Integer> covered = new TreeSet<>();
    for (Task t : plan.tasks()) {
      assertEquals(directive, t.group().orElseThrow().directive(), t.code());
      covered.add(t.group().orElseThrow().number());
    }
    return covered;
  }

  private static List<String> phrases(Deadline d) {
    if (d instanceof Deadline.Unspecified) {
      return List.of();
    }
    List<String> out = new ArrayList<>(List.of(d.phrase()));
    if (d instanceof Deadline.Composite c) {
      c.parts().forEach(p -> out.addAll(phrases(p)));
    }
    return out;
  }

  /** Index (0-based) of the first line starting with {@code heading}. */
  private static int sectionStart(List<String> seed, String heading) {
    return IntStream.range(0, seed.size())
        .filter(i -> seed.get(i).startsWith(heading))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with \"" + heading + "\""));
  }

  /** Lines {@code from}..{@code to} (1-based, inclusive) joined. */
  private static String lines(List<String> seed, int from, int to) {
    return String.join("\n", seed.subList(from - 1, to));
  }

  /**
   * Comparison key without any whitespace, so that a phrase matches across the seed's hard wraps, including
   * the wrap inside a symbol ("06-⏎CT/TU").
   */
  private static String compact(String s) {
    return Text.key(s).replace(" ", "");
  }

  private static List<String> seedLines(String file) {
    return Seeds.lines(file);
  }
}
