package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.RuleFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCheckTest {
  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void validateExamples_printsASummaryLinePerPlan_andExitsOneForErrors() {
    CliRun r = run("validate", "--examples", "--as-of", "2025-12-31");
    assertEquals(1, r.code(), r.err());
    assertEquals(ExamplePlans.names().size(), r.out().lines().filter(l -> l.startsWith("== ")).count());
    assertTrue(r.out().contains("BUD-001 not evaluable"), "Hà Nội's floor binds, no figures");
    assertTrue(r.out().lines().anyMatch(l -> l.matches(ExamplePlans.names().size() + " documents validated as of 2025-12-31: \\d+ compliant, \\d+ not compliant(, \\d+ inconclusive)?")), r.out());
  }

  @Test
  void theVietnameseReport_hasNoEnglishInIt_forTheSeedsAndTheSet() {
    java.util.regex.Pattern english = java.util.regex.Pattern.compile(
        "(?i)\\b(the|a|of|and|is|not|task|plan|group|document|documents|validated|rule|evaluable|applicable|report|lead|agency|error|warning|info|passed|failed|compliant|inconclusive|basis|line|at)\\b");
    String set = "src/main/resources/dev/plancompliance/examples/plans/ha-noi-set.json";
    for (String[] args : List.of(
        new String[] {"validate", "--examples", "--as-of", "2025-12-31", "--lang", "vi", "--verbose"},
        new String[] {"validate", "--set", set, "--as-of", "2025-12-31", "--lang", "vi", "--verbose"})) {
      CliRun r = run(args);
      List<String> lines = r.out().lines().filter(l -> !l.startsWith("== ") && english.matcher(l.replaceAll("--verbose|\\S+\\.json|\\S+\\.txt", "")).find()).toList();
      assertEquals(List.of(), lines, String.join(" ", args));
      assertTrue(r.out().contains("Đã kiểm tra") || r.out().contains("KHÔNG ĐẠT"), r.out());
    }
  }

  @Test
  void jsonFormat_isOneArrayOfReports() throws IOException {
    CliRun r = run("validate", "--examples", "--as-of", "2025-12-31", "--format", "json");
    JsonNode reports = PlanDocuments.objectMapper().readTree(r.out());
    assertTrue(reports.isArray());
    assertEquals(ExamplePlans.names().size(), reports.size());
    assertEquals("2025-12-31", reports.get(0).get("asOf").asText());
  }

  @Test
  void compliantPlan_exitsZero() {
    CliRun r = run("validate", "--as-of", "2025-12-31", Path.of("src/main/resources/dev/plancompliance/examples/plans/ha-tinh-444-kh-ubnd.json").toString());
    assertEquals(0, r.code(), r.out() + r.err());
  }

  @Test
  void malformedFile_exitsTwoWithOneLineNamingFileLineColumnAndPath(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"ref\": {\"symbol\": \"x\", \"kind\": \"PLAN\"},\n  \"issuer\": \"a\", \"level\": \"TOWN\"}", StandardCharsets.UTF_8);
    CliRun r = run("validate", f.toString());
    assertEquals(2, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("bad.json:2:"), r.err());
    assertTrue(r.err().contains("$.level"), r.err());
    assertTrue(r.err().contains("found \"TOWN\""), r.err());
  }

  @Test
  void usageErrors_exitTwo() {
    assertEquals(2, run("validate").code());
    assertEquals(2, run("validate", "--examples", "--format", "xml").code());
    assertEquals(2, run("validate", "--examples", "--as-of", "31/12/2025").code());
    assertEquals(2, run("frobnicate").code());
  }

  @Test
  void rules_listsTheCatalogue() {
    CliRun r = run("rules");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("COV-001  ERROR"), r.out());
    assertTrue(r.out().contains("BUD-001"), r.out());
    assertTrue(r.out().contains("basis (norm): Nghị quyết 197/2025/QH15"), "the basis kind beside the basis: " + r.out());
    assertTrue(r.out().contains("basis (practice): Thực tiễn"), r.out());
  }

  @Test
  void helpAndVersion_exitZero() {
    assertEquals(0, run("--help").code());
    CliRun v = run("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("plan-check "), v.out());
  }

  @Test
  void testRules_onTheStandardCases_printsALinePerCaseAndAClosingCount() {
    CliRun r = run("test-rules", Path.of("../plan-rules/src/test/resources/rule-cases").toString());
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("PASS ACC-001/fail/")), r.out());
    assertTrue(r.out().strip().lines().reduce((a, b) -> b).orElseThrow().matches("\\d+ passed, 0 failed"), r.out());
  }

  @Test
  void rulesCheck_listsEveryProblemCompilerStyle_andExitsTwo(@TempDir Path dir) throws IOException {
    RuleFolder.write(dir, "broken.drl", List.of(
        "rule \"X-001 one\" @id(\"X-001\") @severity(\"ERROR\") @basis(\"test\")",
        "when",
        "  $t : Task( leads.isEmpty( )",
        "then",
        "end",
        "rule \"X-002 two\" @id(\"X-002\") @severity(\"SEVERE\") @basis(\"test\")",
        "when",
        "  $t : Task( ) )",
        "then",
        "end"),
        "X-001.title=One\nX-002.title=Two\n",
        "X-001.title=Một\nX-002.title=Hai\n");
    CliRun r = run("rules", "--check", dir.toString());
    assertEquals(2, r.code(), r.err());
    String file = dir.resolve("broken.drl").toString();
    assertTrue(r.err().contains(file + ":8:1: "), r.err());
    assertTrue(r.err().contains(file + ":12:"), r.err());
    assertTrue(r.err().contains(file + ":10: rule \"X-002 two\": @severity must be ERROR, WARNING or INFO, was SEVERE"), r.err());
    assertTrue(r.err().strip().endsWith("3 problems"), r.err());
  }

  @Test
  void rulesCheck_onAGoodFolder_exitsZero(@TempDir Path dir) throws IOException {
    RuleFolder.write(dir, "ok.drl", List.of(
        "rule \"X-001 one\" @id(\"X-001\") @severity(\"INFO\") @basis(\"test\")",
        "when $t : Task( leads.isEmpty() ) then ctx.failTask($t, \"leads\");",
        "end"),
        "X-001.title=One\nX-001=Task {task} has no lead\n",
        "X-001.title=Một\nX-001=Nhiệm vụ {task} không có chủ trì\n");
    CliRun r = run("rules", "--check", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("1 rules, no problems"), r.out());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"validate", "rules", "test-rules", "diff"})
  void helpOfEachSubcommand_printsItsUsage_andExitsZero(String command) {
    CliRun r = run(command, "--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Usage: plan-check " + command), r.out());
  }

  @Test
  void validateHelp_listsTheExitCodes() {
    CliRun r = run("validate", "--help");
    assertTrue(r.out().contains("Exit codes"), r.out());
    assertTrue(r.out().contains("INCONCLUSIVE"), r.out());
  }
}
