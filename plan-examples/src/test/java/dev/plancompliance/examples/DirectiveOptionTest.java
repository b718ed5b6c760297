package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.DocumentKind;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.json.PlanDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan-check validate --directive FILE}: a directive the catalogue lacks, given as data. The Hà Tĩnh
 * plan re-cited as implementing a provincial decision (illustrative) with no groups declared: STR-001 passes,
 * the group rules cannot judge, and the verdict says so.
 */
class DirectiveOptionTest {
  private static final String DECISION = """
      {
        "ref": {"symbol": "15/QĐ-UBND", "kind": "DECISION", "issuer": "Ủy ban nhân dân tỉnh Hà Tĩnh (minh họa)", "issuedOn": "2025-09-01"},
        "horizon": {"targetYear": 2030}
      }
      """;

  private static Path planImplementingTheDecision(Path dir) throws IOException {
    Plan haTinh = ExamplePlans.read("ha-tinh-444-kh-ubnd.json");
    Plan plan = Plan.builder().from(haTinh)
        .implementsRefs(List.of(DocumentRef.of("15/QĐ-UBND", DocumentKind.DECISION)))
        .tasks(haTinh.tasks().stream().map(t -> Task.builder().from(t).group(java.util.Optional.empty()).build()).toList())
        .build();
    Path file = dir.resolve("plan.json");
    PlanDocuments.write(plan, file);
    return file;
  }

  @Test
  void aDirectiveWithNoGroups_isKnown_andLeavesTheGroupRulesNotEvaluable(@TempDir Path dir) throws IOException {
    Path plan = planImplementingTheDecision(dir);
    Path decision = Files.writeString(dir.resolve("decision.json"), DECISION, StandardCharsets.UTF_8);

    CliRun without = CliRun.of("validate", plan.toString(), "--as-of", "2025-12-31", "--lang", "en");
    assertEquals(1, without.code(), without.out());
    assertTrue(without.out().contains("STR-001"), "unknown directive: " + without.out());

    CliRun with = CliRun.of("validate", plan.toString(), "--directive", decision.toString(), "--as-of", "2025-12-31", "--lang", "en");
    assertTrue(!with.out().contains("STR-001 "), with.out());
    assertTrue(with.out().contains("? COV-001 not evaluable: 15/QĐ-UBND is known to the validator without task groups"), with.out());
    assertTrue(with.out().contains("? COV-002 not evaluable: 15/QĐ-UBND is known"), with.out());
    assertTrue(!with.out().contains("names no task group"), "no per-task cascade: " + with.out());
  }

  @Test
  void aDirectiveTheCatalogueHas_isBadInputNamingTheFile(@TempDir Path dir) throws IOException {
    Path plan = planImplementingTheDecision(dir);
    Path again = Files.writeString(dir.resolve("66.json"), DECISION.replace("15/QĐ-UBND", "66-NQ/TW"), StandardCharsets.UTF_8);
    CliRun r = CliRun.of("validate", plan.toString(), "--directive", again.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(again + ": directive 66-NQ/TW is already in the catalogue"), r.err());
  }

  @Test
  void aMalformedDirective_isBadInputWithItsLine(@TempDir Path dir) throws IOException {
    Path plan = planImplementingTheDecision(dir);
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"ref\": {\"symbol\": \"X\", \"kind\": \"DECREE\"},\n  \"groupz\": []\n}", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("validate", plan.toString(), "--directive", broken.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("plan-check: " + broken + ":3:"), r.err());
  }
}
