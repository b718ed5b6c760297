package dev.plancompliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case runner itself: bad cases become failed results that say what is wrong; gaps are listed. */
class RuleCasesRunnerTest {
  private static PlanValidator validator;
  private static String compliant;
  private static String noMonitor;

  @TempDir Path dir;

  @BeforeAll
  static void setUp() throws IOException {
    validator = PlanValidator.builder().withStandardRules().build();
    compliant = Files.readString(RuleCasesTest.casesDir().resolve("ACC-006/pass/ha-tinh.json"));
    noMonitor = Files.readString(RuleCasesTest.casesDir().resolve("ACC-006/fail/no-monitor.json"));
  }

  private void write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private RuleCases.RuleCaseResult only() {
    List<RuleCases.RuleCaseResult> results = RuleCases.run(validator, dir);
    assertEquals(1, results.size(), results.toString());
    return results.get(0);
  }

  @Test
  void aCaseThatHoldsPasses() throws IOException {
    write("ACC-006/fail/no-monitor.json", noMonitor);
    write("ACC-006/fail/no-monitor.expected.json", "{\"findings\": [{\"path\": \"monitor\", \"severity\": \"WARNING\"}]}");
    RuleCases.RuleCaseResult result = only();
    assertTrue(result.passed(), result.detail());
    assertEquals("ACC-006/fail/no-monitor", result.name());
  }

  @Test
  void aWrongExpectationFailsAndSaysWhatWasFound() throws IOException {
    write("ACC-006/pass/no-monitor.json", noMonitor);
    RuleCases.RuleCaseResult result = only();
    assertFalse(result.passed());
    assertTrue(result.detail().contains("expected PASSED, was FAILED") && result.detail().contains("unexpected findings [monitor"), result.detail());
  }

  @Test
  void aWrongPathOrSeverityFails() throws IOException {
    write("ACC-006/fail/no-monitor.json", noMonitor);
    write("ACC-006/fail/no-monitor.expected.json", "{\"findings\": [{\"path\": \"monitor\", \"severity\": \"ERROR\"}, {\"path\": \"issuer\"}]}");
    RuleCases.RuleCaseResult result = only();
    assertFalse(result.passed());
    assertTrue(result.detail().contains("missing findings [issuer]") && result.detail().contains("expected severity ERROR, was WARNING"), result.detail());
  }

  @Test
  void anUnreadablePlanIsAFailedResultNotAnException() throws IOException {
    write("ACC-006/pass/broken.json", "{\"ref\": ");
    RuleCases.RuleCaseResult result = only();
    assertFalse(result.passed());
    assertTrue(result.detail().startsWith("cannot read the plan: "), result.detail());
  }

  @Test
  void anUnreadableProgressReportDirectiveOrSet_isAFailedResultThatSaysWhichFileAndWhy() throws IOException {
    write("ACC-006/pass/with-progress.json", compliant);
    write("ACC-006/pass/with-progress.progress.json", "{\"plan\": ");
    assertEquals("cannot read the progress report: " + dir.resolve("ACC-006/pass/with-progress.progress.json")
        + ":1:10: at $: expected the rest of the document, found the end of the input", only().detail());
    Files.delete(dir.resolve("ACC-006/pass/with-progress.progress.json"));
    write("ACC-006/pass/with-progress.directive.json", "[]");
    assertTrue(only().detail().startsWith("cannot read the directive: "), only().detail());
    Files.delete(dir.resolve("ACC-006/pass/with-progress.directive.json"));
    Files.delete(dir.resolve("ACC-006/pass/with-progress.json"));
    write("HIE-001/pass/a-plan-not-a-set.json", compliant);
    assertTrue(only().detail().startsWith("cannot read the plan set: "), only().detail());
  }

  @Test
  void aFailingCaseNeedsASidecarWithFindings() throws IOException {
    write("ACC-006/fail/no-monitor.json", noMonitor);
    assertTrue(only().detail().contains("needs a sidecar"), only().detail());
    write("ACC-006/fail/no-monitor.expected.json", "{\"outcome\": \"FAILED\"}");
    assertTrue(only().detail().contains("must list its findings"), only().detail());
  }

  @Test
  void badSidecarsAreReported() throws IOException {
    write("ACC-006/other/x.json", compliant);
    write("ACC-006/other/x.expected.json", "{\"outcome\": \"PASSED\", \"findngs\": []}");
    assertTrue(only().detail().contains("unknown field 'findngs'"), only().detail());
    write("ACC-006/other/x.expected.json", "{\"outcome\": \"PASS\"}");
    assertTrue(only().detail().contains("outcome must be one of"), only().detail());
    write("ACC-006/other/x.expected.json", "{\"outcome\": \"PASSED\", \"asOf\": \"31/12/2025\"}");
    assertTrue(only().detail().contains("asOf must be a date"), only().detail());
    write("ACC-006/other/x.expected.json", "{\"asOf\": \"2025-12-31\"}");
    assertTrue(only().detail().contains("must state its outcome"), only().detail());
  }

  @Test
  void strayEntriesAreFailedCases() throws IOException {
    write("ACC-006/passes/a.json", compliant);
    write("ACC-006/pass/orphan.expected.json", "{}");
    write("ACC-006/pass/notes.txt", "x");
    write("ACC-006/README.md", "notes are fine");
    List<RuleCases.RuleCaseResult> results = RuleCases.run(validator, dir);
    assertEquals(3, results.size(), results.toString());
    assertTrue(results.stream().noneMatch(RuleCases.RuleCaseResult::passed));
    assertTrue(results.stream().anyMatch(r -> r.detail().contains("unknown folder 'passes'")), results.toString());
    assertTrue(results.stream().anyMatch(r -> r.detail().contains("has no plan orphan.json")), results.toString());
    assertTrue(results.stream().anyMatch(r -> r.detail().contains("stray file")), results.toString());
  }

  @Test
  void missingCasesNamesGapsAndUnknownFolders() throws IOException {
    write("ACC-006/pass/ha-tinh.json", compliant);
    write("ACC-006/fail/no-monitor.json", noMonitor);
    write("ACC-006/fail/no-monitor.expected.json", "{\"findings\": [{\"path\": \"monitor\"}]}");
    write("ACC-099/pass/x.json", compliant);
    write("BUD-001/pass/na.json", compliant);
    write("BUD-001/pass/na.expected.json", "{\"outcome\": \"NOT_APPLICABLE\"}");
    List<String> missing = RuleCases.missingCases(validator, dir);
    assertFalse(missing.stream().anyMatch(m -> m.startsWith("ACC-006")), missing.toString());
    assertTrue(missing.contains("ACC-099: the folder names no rule of the validator"), missing.toString());
    assertTrue(missing.stream().anyMatch(m -> m.startsWith("BUD-001: no passing case")), missing.toString());
    assertTrue(missing.stream().anyMatch(m -> m.startsWith("ACC-001: no failing case")), missing.toString());
  }
}
