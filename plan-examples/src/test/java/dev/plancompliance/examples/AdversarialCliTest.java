package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reproducers of the adversarial run's defects at the command line (issue 19): what a user or a script sees. */
class AdversarialCliTest {
  private static final String PLANS = "src/main/resources/dev/plancompliance/examples/plans/";

  /** The Hà Nội set copied to {@code dir}, every document starting with a UTF-8 byte order mark. */
  private static Path setWithBom(Path dir) throws Exception {
    for (String f : new String[] {"ha-noi-set.json", "ha-noi-2025.json", "illustrative/ha-noi-xa-a-compliant.json", "illustrative/ha-noi-xa-b-late.json",
        "illustrative/ha-noi-xa-c-missing-group-4.json"}) {
      Path to = dir.resolve(f);
      Files.createDirectories(to.getParent());
      Files.writeString(to, "\uFEFF" + Files.readString(Path.of(PLANS, f), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    return dir.resolve("ha-noi-set.json");
  }

  @Test
  void aSetWhoseDocumentsStartWithAByteOrderMarkValidatesInEveryFormatAsWithout(@TempDir Path dir) throws Exception {
    Path set = setWithBom(dir);
    for (String format : new String[] {"text", "json", "sarif", "junit", "html"}) {
      CliRun plain = CliRun.of("validate", "--set", PLANS + "ha-noi-set.json", "--as-of", "2025-12-31", "--format", format, "--lang", "en");
      CliRun bom = CliRun.of("validate", "--set", set.toString(), "--as-of", "2025-12-31", "--format", format, "--lang", "en");
      assertEquals(plain.code(), bom.code(), format + ": " + bom.err());
      assertFalse(bom.err().contains("plan-check:"), format + ": " + bom.err()); // notes only, no error
      assertTrue(bom.out().length() > 1_000, format);
    }
  }

  @Test
  void whatADocumentPutsInAnErrorCannotForgeALineOrDriveTheTerminal(@TempDir Path dir) throws Exception {
    String forged = "x\\nplan-check: all plans COMPLIANT\\u001b[2J\\u0000";
    String json = Files.readString(Path.of(PLANS, "hue-2025.json"), StandardCharsets.UTF_8).replaceFirst("\\{", "{\"" + forged + "\": 1,");
    Path plan = dir.resolve("forged.json");
    Files.writeString(plan, json, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("validate", plan.toString(), "--as-of", "2025-12-31");
    assertEquals(PlanCheck.BAD_INPUT, run.code());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(run.err().contains("\u001b") || run.err().contains("\u0000"), run.err());
    assertTrue(run.err().startsWith("plan-check: " + plan), run.err());

    // a type error on a 1 Mi string quotes an excerpt of it
    String big = "A".repeat(1 << 20 - 1);
    String typed = Files.readString(Path.of(PLANS, "hue-2025.json"), StandardCharsets.UTF_8).replaceFirst("\"issuedOn\": \"[^\"]*\"", "\"issuedOn\": \"" + big + "\"");
    Files.writeString(plan, typed, StandardCharsets.UTF_8);
    CliRun typeError = CliRun.of("validate", plan.toString(), "--as-of", "2025-12-31");
    assertEquals(PlanCheck.BAD_INPUT, typeError.code(), typeError.err().substring(0, Math.min(300, typeError.err().length())));
    assertTrue(typeError.err().length() < 3_000, "an excerpt, not the string: " + typeError.err().length() + " characters");
  }

  @Test
  void aFailureOfPlanCheckItselfIsNotCalledBadInput() {
    assertTrue(PlanCheck.isBadInput(new IllegalArgumentException("a bad date")));
    assertTrue(PlanCheck.isBadInput(new java.io.IOException("no such file")));
    assertFalse(PlanCheck.isBadInput(new NullPointerException()));
    assertFalse(PlanCheck.isBadInput(new IllegalStateException("a defect")));
    assertEquals(4, PlanCheck.INTERNAL_FAILURE);
    assertTrue(CliRun.of("validate", "--help").out().contains("4   an internal failure of plan-check"), CliRun.of("validate", "--help").out());
  }

  /** The Huế plan with its first task's code, or (title = true) its title, replaced. */
  private static Path variant(Path dir, String name, String code, String title) throws Exception {
    dev.plancompliance.model.Plan hue = ExamplePlans.read("hue-2025.json");
    java.util.List<dev.plancompliance.model.Task> tasks = new java.util.ArrayList<>(hue.tasks());
    dev.plancompliance.model.Task.Builder first = dev.plancompliance.model.Task.builder().from(tasks.get(0));
    if (code != null) {
      first.code(code);
    }
    if (title != null) {
      first.title(title);
    }
    tasks.set(0, first.build());
    Path file = dir.resolve(name);
    dev.plancompliance.model.json.PlanDocuments.write(dev.plancompliance.model.Plan.builder().from(hue).tasks(tasks).build(), file);
    return file;
  }

  @Test
  void aTaskCodeOfABracketAndThousandsOfFieldsGivesEveryFormatNotAStackOverflow(@TempDir Path dir) throws Exception {
    Path plan = variant(dir, "deep.json", "1]" + ".x".repeat(5_000), null);
    for (String format : new String[] {"text", "json", "sarif", "junit", "html"}) {
      CliRun run = CliRun.of("validate", plan.toString(), "--as-of", "2025-12-31", "--format", format);
      assertEquals(PlanCheck.ERRORS_FOUND, run.code(), format + ": " + run.err().substring(0, Math.min(400, run.err().length())));
      assertFalse(run.err().contains("plan-check:"), format + ": " + run.err()); // a note at most
    }
  }

  @Test
  void findingPathsReadOneWaySoDiffSeesAFindingOnATaskWhoseCodeHoldsBrackets(@TempDir Path dir) throws Exception {
    assertEquals("a\\].agencies\\[b", dev.plancompliance.rules.RuleContext.pathKey("a].agencies[b"));
    assertEquals("II.1.a", dev.plancompliance.rules.RuleContext.pathKey("II.1.a"), "real codes are written as they are");
    assertEquals("a\\\\b", dev.plancompliance.rules.RuleContext.pathKey("a\\b"));
    // the same finding on tasks "x]" and "x": paths, hence fingerprints, differ, and diff says the one is new
    Path older = dir.resolve("old.json");
    Path newer = dir.resolve("new.json");
    java.nio.file.Files.writeString(older, CliRun.of("validate", variant(dir, "a.json", "x", null).toString(), "--as-of", "2025-12-31", "--format", "json").out());
    java.nio.file.Files.writeString(newer, CliRun.of("validate", variant(dir, "b.json", "x]", null).toString(), "--as-of", "2025-12-31", "--format", "json").out());
    CliRun diff = CliRun.of("diff", older.toString(), newer.toString(), "--lang", "en");
    assertEquals(PlanCheck.ERRORS_FOUND, diff.code(), diff.out());
    assertTrue(diff.out().contains("[x\\]]") || diff.out().contains("x]"), diff.out());
  }

  @Test
  void aReportQuotingAPlanStringOfAMillionCharactersReadsBack(@TempDir Path dir) throws Exception {
    Path plan = variant(dir, "long.json", null, "Tổ chức " + "rất ".repeat(249_990));
    CliRun json = CliRun.of("validate", plan.toString(), "--as-of", "2025-12-31", "--format", "json");
    assertEquals("", json.err());
    Path report = dir.resolve("report.json");
    java.nio.file.Files.writeString(report, json.out(), StandardCharsets.UTF_8);
    assertEquals(1, dev.plancompliance.rules.ValidationReport.listFromJson(json.out(), "report.json").size());
    CliRun diff = CliRun.of("diff", report.toString(), report.toString());
    assertEquals(PlanCheck.OK, diff.code(), diff.err());
  }

  @Test
  void diffRefusesInputThatIsNoReportFileInOneLine(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("r.json");
    java.nio.file.Files.writeString(report, "[]");
    Path latin1 = dir.resolve("latin1.json");
    java.nio.file.Files.write(latin1, new byte[] {'[', '"', (byte) 0xE9, '"', ']'});
    String[][] cases = {{"/dev/zero", "not a regular file"}, {dir.toString(), "a folder, not a report"}, {latin1.toString(), "not UTF-8 text (an invalid byte at offset 2)"},
        {dir.resolve("none.json").toString(), "no such file"}};
    for (String[] c : cases) {
      CliRun run = CliRun.of("diff", c[0], report.toString());
      assertEquals(PlanCheck.BAD_INPUT, run.code(), c[0]);
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().contains(c[1]), run.err());
    }
  }

  @Test
  void theAdversarialRunsTwoPlansWhosePathsOnceCoincidedHaveDistinctFingerprintsAndDiffSeesTheNewError(@TempDir Path dir) throws Exception {
    // task "a].agencies[b" with the unregistered lead "c", and task "a" with the unregistered lead "b].agencies[c"
    Path older = dir.resolve("old.json");
    Path newer = dir.resolve("new.json");
    dev.plancompliance.rules.PlanValidator validator = HtmlReports.validator();
    java.util.List<dev.plancompliance.rules.Finding> found = new java.util.ArrayList<>();
    for (String[] v : new String[][] {{"a].agencies[b", "c", "old.json"}, {"a", "b].agencies[c", "new.json"}}) {
      dev.plancompliance.model.Plan hue = ExamplePlans.read("hue-2025.json");
      java.util.List<dev.plancompliance.model.Task> tasks = new java.util.ArrayList<>(hue.tasks());
      tasks.set(0, dev.plancompliance.model.Task.builder().from(tasks.get(0)).code(v[0]).leads(java.util.List.of(v[1])).build());
      dev.plancompliance.model.Plan plan = dev.plancompliance.model.Plan.builder().from(hue).tasks(tasks).build();
      dev.plancompliance.rules.ValidationReport report = validator.validate(plan, java.time.LocalDate.of(2025, 12, 31));
      found.add(report.findings("ACC-005").get(0));
      java.nio.file.Files.writeString(dir.resolve(v[2]), dev.plancompliance.rules.ValidationReport.toJson(java.util.List.of(report)), StandardCharsets.UTF_8);
    }
    assertEquals("tasks[a\\].agencies\\[b].agencies[c]", found.get(0).path());
    assertEquals("tasks[a].agencies[b\\].agencies\\[c]", found.get(1).path());
    assertFalse(found.get(0).fingerprint().equals(found.get(1).fingerprint()));
    CliRun diff = CliRun.of("diff", older.toString(), newer.toString(), "--lang", "en");
    assertEquals(PlanCheck.ERRORS_FOUND, diff.code(), "the new ERROR is new, not unchanged: " + diff.out());
  }

  @Test
  void anAsOfDateOutsideTheYears1900To2199IsAUsageError() {
    for (String date : new String[] {"0000-01-01", "+999999999-12-31", "2200-01-01"}) {
      CliRun run = CliRun.of("validate", "--examples", "--as-of", date);
      assertEquals(PlanCheck.BAD_INPUT, run.code(), date);
      assertTrue(run.err().lines().findFirst().orElse("").startsWith("--as-of must be a date"), run.err());
    }
  }

  @Test
  void aReportThatCannotBeWrittenIsNotPassedOffAsWritten() {
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(Path.of("/dev/full")), "a device that is always full (Linux)");
    for (String format : new String[] {"text", "json", "html"}) {
      CliRun run = CliRun.of("validate", "--examples", "--format", format, "--out", "/dev/full");
      assertEquals(PlanCheck.BAD_INPUT, run.code(), format + ": " + run.err());
      assertEquals("plan-check: cannot write the report to /dev/full", run.err().strip(), format);
    }
  }
}
