package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.Text;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.model.text.PlanImporter;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.Severity;
import dev.plancompliance.rules.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The importer's draft of each seed text against the hand-encoded example plan, field by field: tasks found
 * (same code), their first line, title, lead and coordinator names, time phrase and group; and the validator's
 * ERROR findings on both (the same verdict, the same ERROR findings per rule and the same outcome of every rule on every seed). The floors are what the importer reaches today: a change that reads the seeds worse fails.
 */
class ImportAgreementTest {
  private static final PlanValidator VALIDATOR = PlanValidator.builder().withStandardRules().build();

  private static String resource(String path) throws IOException {
    try (InputStream in = ImportAgreementTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "000_3d0f801100aabd15.txt, hue-2025.json,            1.00, 1.00",
      "001_0ac0c91c6e978eb2.txt, ha-noi-2025.json,         0.95, 0.95",
      "002_9f8dbfd52da4a7ba.txt, bac-giang-2021.json,      0.95, 0.60",
      "003_5e5f6eee794eb63a.txt, ha-tinh-444-kh-ubnd.json, 1.00, 1.00"})
  void draftAgreesWithTheExample(String seed, String example, double tasksFloor, double fieldFloor) throws IOException {
    Plan draft = PlanImporter.standard().read(resource("/dev/plancompliance/model/seeds/" + seed), seed).draft();
    Plan hand = PlanDocuments.read(resource("/dev/plancompliance/examples/plans/" + example), example);
    int found = 0;
    TreeMap<String, int[]> fields = new TreeMap<>();
    for (Task h : hand.tasks()) {
      Optional<Task> d = draft.task(h.code());
      if (d.isEmpty()) {
        continue;
      }
      found++;
      Task t = d.get();
      String both = h.code() + " (example " + describe(hand, h) + " | draft " + describe(draft, t) + ")";
      agree(fields, "line", both, h.source().map(s -> s.line()).equals(t.source().map(s -> s.line())));
      agree(fields, "title", both, Text.key(t.title()).startsWith(Text.key(h.title()).substring(0, Math.min(30, h.title().length()))));
      agree(fields, "leads", both, names(hand, h.leadAgencies()).equals(names(draft, t.leadAgencies())));
      agree(fields, "coordinators", both, names(hand, h.coordinatingAgencies()).equals(names(draft, t.coordinatingAgencies())));
      agree(fields, "time", both, Text.key(h.deadline().phrase()).equals(Text.key(t.deadline().phrase())));
      agree(fields, "group", both, h.group().map(g -> g.number()).equals(t.group().map(g -> g.number())));
    }
    double recall = (double) found / hand.tasks().size();
    String table = fields.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
        .collect(Collectors.joining(", "));
    ValidationReport onDraft = VALIDATOR.validate(draft, LocalDate.of(2025, 12, 31));
    ValidationReport onHand = VALIDATOR.validate(hand, LocalDate.of(2025, 12, 31));
    java.util.Map<String, String> handOutcomes = onHand.outcomes().stream().collect(Collectors.toMap(o -> o.ruleId(), o -> o.outcome().name()));
    List<String> differing = onDraft.outcomes().stream().filter(o -> !o.outcome().name().equals(handOutcomes.get(o.ruleId())))
        .map(o -> o.ruleId() + " " + handOutcomes.get(o.ruleId()) + "→" + o.outcome()).sorted().toList();
    System.out.printf("[import] %s: %d of %d example tasks found (%d in the draft); %s; ERROR findings by rule: draft %s, example %s; verdict draft %s, example %s;"
            + " rule outcomes that differ (example→draft): %s%n",
        seed, found, hand.tasks().size(), draft.tasks().size(), table, errorsByRule(onDraft), errorsByRule(onHand), onDraft.verdict(), onHand.verdict(), differing);
    assertTrue(recall >= tasksFloor, seed + ": " + found + " of " + hand.tasks().size());
    assertEquals(onHand.verdict(), onDraft.verdict(), seed + ": the draft and the hand encoding are judged alike");
    assertEquals(errorsByRule(onHand), errorsByRule(onDraft), seed);
    assertEquals(List.of(), differing, seed + ": every rule's outcome on the draft is its outcome on the hand encoding");
    for (String field : List.of("line", "title", "group")) {
      int[] f = fields.get(field);
      assertTrue(f[0] >= fieldFloor * f[1], seed + " " + field + ": " + table);
    }
  }

  /** Counts {@code field}'s agreement; prints {@code both} readings where they differ. */
  private static void agree(TreeMap<String, int[]> fields, String field, String both, boolean same) {
    if (!same) {
      System.out.println("[import]   differs: " + field + " of " + both);
    }
    int[] f = fields.computeIfAbsent(field, k -> new int[2]);
    f[0] += same ? 1 : 0;
    f[1]++;
  }

  private static String describe(Plan plan, Task t) {
    return "line " + t.source().map(s -> s.line()).orElse(0) + ", leads " + names(plan, t.leadAgencies()) + ", coordinators "
        + names(plan, t.coordinatingAgencies()) + ", time \"" + t.deadline().phrase() + "\"";
  }

  /** The bodies' names, folded, in a set: ids differ between a hand encoding and the importer. */
  private static java.util.Set<String> names(Plan plan, List<String> ids) {
    Function<String, String> name = id -> plan.agency(id).map(a -> Text.key(a.nameVi())).orElse(id);
    return ids.stream().map(name).collect(Collectors.toSet());
  }

  private static TreeMap<String, Long> errorsByRule(ValidationReport report) {
    return report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
        .collect(Collectors.groupingBy(f -> f.ruleId(), TreeMap::new, Collectors.counting()));
  }
}
