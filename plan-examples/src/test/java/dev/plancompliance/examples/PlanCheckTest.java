package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plancompliance.model.json.PlanDocuments;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCheckTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PlanCheck.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void validateExamples_printsASummaryLinePerPlan_andExitsOneForErrors() {
    Run r = run("validate", "--examples", "--as-of", "2025-12-31");
    assertEquals(1, r.code(), r.err());
    assertEquals(ExamplePlans.names().size(), r.out().lines().filter(l -> l.startsWith("== ")).count());
    assertTrue(r.out().contains("BUD-001 not evaluable"), "Hà Nội's floor binds, no figures");
    assertTrue(r.out().lines().anyMatch(l -> l.matches(ExamplePlans.names().size() + " plans validated as of 2025-12-31: \\d+ compliant, \\d+ not compliant")), r.out());
  }

  @Test
  void jsonFormat_isOneArrayOfReports() throws IOException {
    Run r = run("validate", "--examples", "--as-of", "2025-12-31", "--format", "json");
    JsonNode reports = PlanDocuments.objectMapper().readTree(r.out());
    assertTrue(reports.isArray());
    assertEquals(ExamplePlans.names().size(), reports.size());
    assertEquals("2025-12-31", reports.get(0).get("asOf").asText());
  }

  @Test
  void compliantPlan_exitsZero() {
    Run r = run("validate", "--as-of", "2025-12-31", Path.of("src/main/resources/plans/ha-tinh-444-kh-ubnd.json").toString());
    assertEquals(0, r.code(), r.out() + r.err());
  }

  @Test
  void malformedFile_exitsTwoWithOneLineNamingFileLineColumnAndPath(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"ref\": {\"symbol\": \"x\", \"kind\": \"PLAN\"},\n  \"issuer\": \"a\", \"level\": \"TOWN\"}", StandardCharsets.UTF_8);
    Run r = run("validate", f.toString());
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
    Run r = run("rules");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("COV-001  ERROR"), r.out());
    assertTrue(r.out().contains("BUD-001"), r.out());
  }

  @Test
  void helpAndVersion_exitZero() {
    assertEquals(0, run("--help").code());
    Run v = run("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("plan-check "), v.out());
  }
}
