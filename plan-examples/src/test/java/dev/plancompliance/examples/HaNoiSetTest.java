package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.SetReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled Hà Nội set: the city programme (seed 001) and three illustrative commune plans. */
class HaNoiSetTest {
  private static final String PLANS = "src/main/resources/dev/plancompliance/examples/plans/";
  private static PlanValidator validator;

  @BeforeAll
  static void build() {
    validator = PlanValidator.builder().withStandardRules().build();
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void bundledSet_isTheCityProgrammeAndThreeClearlyIllustrativeCommunes() throws IOException {
    PlanSet set = ExamplePlans.haNoiSet();
    assertEquals(ExamplePlans.read("ha-noi-2025.json"), set.parent());
    assertEquals(set, PlanDocuments.readSet(Path.of(PLANS + "ha-noi-set.json")));
    assertEquals(3, set.children().size());
    for (Plan c : set.children()) {
      assertTrue(c.ref().title().orElseThrow().startsWith("[MINH HỌA"), c.ref().title().orElseThrow());
      assertTrue(c.locality().orElseThrow().endsWith("(minh họa)"));
      assertTrue(c.sourceFile().isEmpty(), "an illustrative plan has no source document");
    }
  }

  @Test
  void setReport_oneCompliantCommune_oneLate_oneMissingAGroup_andNoDepartmentPlan() {
    SetReport r = validator.validate(ExamplePlans.haNoiSet(), LocalDate.of(2025, 12, 31));
    assertEquals(List.of("parent.childPlanDuty.units[so-ban-nganh-thanh-pho]",
            "children[87/KH-UBND @ Xã C (minh họa)].groups[66-NQ/TW#4]",
            "children[112/KH-UBND @ Xã B (minh họa)].ref.issuedOn"),
        r.crossPlan().findings().stream().sorted(java.util.Comparator.comparing(Finding::ruleId).reversed()).map(Finding::path).toList());
    assertTrue(r.children().get(0).isCompliant());
    assertEquals(Outcome.FAILED, r.children().get(2).outcome("COV-001").orElseThrow().outcome());
  }

  @Test
  void validateSet_printsTheSetReport() {
    CliRun r = run("validate", "--set", PLANS + "ha-noi-set.json", "--as-of", "2025-12-31", "--lang", "en");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().startsWith("Plan set: /CTr-UBND"), r.out());
    assertTrue(r.out().contains("DL-004 Plan 112/KH-UBND (Xã B (minh họa)) was issued after the deadline /CTr-UBND (Hà Nội) sets for it"), r.out());
    assertEquals(4, r.out().lines().filter(l -> l.startsWith("== parent: ") || l.startsWith("== child: ")).count());
  }

  @Test
  void diffBetweenTwoDates_listsNewAndResolvedFindings_andExitsOneForNewOnes(@TempDir Path dir) throws IOException {
    String set = PLANS + "ha-noi-set.json";
    CliRun older = run("validate", "--set", set, "--progress", PLANS + "illustrative/ha-noi-xa-a-progress-2025-09-30.json",
        "--as-of", "2025-10-01", "--format", "json");
    CliRun newer = run("validate", "--set", set, "--progress", PLANS + "illustrative/ha-noi-xa-a-progress-2026-01-05.json",
        "--as-of", "2026-01-05", "--format", "json");
    Path a = Files.writeString(dir.resolve("old.json"), older.out());
    Path b = Files.writeString(dir.resolve("new.json"), newer.out());
    CliRun diff = run("diff", a.toString(), b.toString(), "--lang", "en");
    assertEquals(1, diff.code(), diff.err());
    assertTrue(diff.out().contains("45/KH-UBND (Ủy ban nhân dân Xã A (minh họa)): 2025-10-01 → 2026-01-05: 2 new, 1 resolved, 7 unchanged"), diff.out());
    assertTrue(diff.out().contains("  - ERROR DL-003 Task 2 was due by 2025-09-29"), diff.out());
    assertTrue(diff.out().endsWith("5 reports compared: 2 new, 1 resolved, 24 unchanged\n"), diff.out());
    CliRun same = run("diff", b.toString(), b.toString(), "--format", "json");
    assertEquals(0, same.code());
    assertEquals(5, PlanDocuments.objectMapper().readTree(same.out()).size());
  }

  @Test
  void badSetProgressOrDiffInput_exitsTwoWithOneLine(@TempDir Path dir) throws IOException {
    CliRun ambiguous = run("validate", "--set", PLANS + "ha-noi-set.json", "--progress",
        Files.writeString(dir.resolve("p.json"), "{\"plan\": \"99/KH-UBND\", \"asOf\": \"2025-10-01\"}").toString());
    assertEquals(2, ambiguous.code());
    assertTrue(ambiguous.err().contains("matches 0 plans"), ambiguous.err());
    assertEquals(2, run("validate", "--set", PLANS + "ha-noi-set.json", PLANS + "hue-2025.json").code());
    CliRun notAReport = run("diff", PLANS + "hue-2025.json", PLANS + "hue-2025.json");
    assertEquals(2, notAReport.code());
    assertEquals(1, notAReport.err().lines().count(), notAReport.err());
  }
}
