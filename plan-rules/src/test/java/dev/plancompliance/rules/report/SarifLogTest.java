package dev.plancompliance.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the SARIF log says of each finding and of the run, on {@link MixedOutcomes} with the plan document's text
 * (and a plan set for the cross-plan parts): the result's level, message, place in the document and in the plan's
 * text, its properties (task, what was found and expected, the plan concerned); the rules that failed at run time or
 * could not decide as the invocation's notifications; the verdicts in the run's properties.
 */
class SarifLogTest {
  private static PlanValidator validator;
  private static ReportedPlan mixed;
  private static List<ReportedPlan> set;

  @BeforeAll
  static void validate() throws IOException {
    validator = PlanValidator.builder().withStandardRules().build();
    mixed = ReportedPlan.of(MixedOutcomes.PLAN, MixedOutcomes.REPORT).inFile(Path.of("hue.json"), Files.readString(MixedOutcomes.planFile()));
    PlanSet plans = PlanDocuments.readSet(MixedOutcomes.ruleCase(MixedOutcomes.COMMUNE_SET));
    set = new ArrayList<>(ReportedPlan.ofSet(plans, validator.validate(plans, LocalDate.of(2025, 12, 31))));
  }

  private static JsonNode run(List<ReportedPlan> reports) throws IOException {
    StringWriter out = new StringWriter();
    ReportFormats.sarif(validator, reports, out);
    return PlanDocuments.objectMapper().readTree(out.toString()).get("runs").get(0);
  }

  @Test
  void eachFinding_isAResult_withItsPlacesAndProperties() throws IOException {
    JsonNode results = run(List.of(mixed)).get("results");
    assertEquals(3, results.size());
    JsonNode vague = results.get(2);
    assertEquals("DL-002", vague.get("ruleId").asText());
    assertEquals("warning", vague.get("level").asText());
    assertEquals("Task II.3 & <its> deadline is vague", vague.at("/message/text").asText());
    assertEquals("hue.json", vague.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("tasks[II.3].deadline", vague.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
    JsonNode related = vague.at("/relatedLocations/0/physicalLocation");
    assertEquals("000_3d0f801100aabd15.txt", related.at("/artifactLocation/uri").asText());
    assertEquals(20, related.at("/region/startLine").asInt());
    assertEquals(30, related.at("/region/endLine").asInt());
    JsonNode props = vague.get("properties");
    assertEquals("II.3", props.get("task").asText());
    assertEquals("Thường xuyên", props.get("actual").asText());
    assertEquals("a date", props.get("expected").asText());
    assertEquals("vi: Task II.3 & <its> deadline is vague", props.get("messageVi").asText());
    assertEquals("NORM", props.get("basisKind").asText());
    assertEquals("/KH-UBND", props.get("plan").asText());
    assertEquals("DL-002|tasks[II.3].deadline", vague.at("/partialFingerprints/planCompliance~1v1").asText());

    JsonNode noLead = results.get(0);
    assertEquals("error", noLead.get("level").asText());
    assertTrue(noLead.at("/locations/0/physicalLocation/region/startLine").asInt() > 1, "the task's line in the document");
    assertFalse(noLead.has("relatedLocations"), "no source lines given");
    assertFalse(noLead.get("properties").has("actual"));
    assertFalse(noLead.get("properties").has("relatedPlan"));
    assertEquals("hue.txt", results.get(1).at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText());
    assertFalse(results.get(1).at("/relatedLocations/0/physicalLocation/region").has("endLine"), "one line");
  }

  @Test
  void rulesThatFailedOrCouldNotDecide_areTheInvocationsNotifications() throws IOException {
    JsonNode invocation = run(List.of(mixed)).at("/invocations/0");
    assertFalse(invocation.get("executionSuccessful").asBoolean());
    List<String> notes = new ArrayList<>();
    invocation.get("toolExecutionNotifications").forEach(n -> notes.add(n.get("level").asText() + " " + n.at("/associatedRule/id").asText() + ": " + n.at("/message/text").asText()));
    assertEquals(List.of("error X-100: rule X-100 (\"X-100 throws\") failed on hue.json: boom on II.4", "error X-100: rule X-100 (\"X-100 throws\") failed on hue.json: boom on II.5",
        "warning COV-003: rule COV-003 could not decide on hue.json: the plan's level is unknown",
        "warning X-100: rule X-100 could not decide on hue.json: the rule failed"), notes);
  }

  @Test
  void theRunsProperties_giveTheVerdictOfEachDocument_andOfTheRun() throws IOException {
    JsonNode props = run(List.of(mixed)).get("properties");
    assertEquals("NOT_COMPLIANT", props.get("verdict").asText());
    JsonNode doc = props.at("/documents/0");
    assertEquals("hue.json", doc.get("document").asText());
    assertEquals("/KH-UBND", doc.get("plan").asText());
    assertFalse(doc.get("crossPlan").asBoolean());
    assertEquals("NOT_COMPLIANT", doc.get("verdict").asText());
    assertEquals("[\"COV-003\",\"X-100\"]", doc.get("undecidedRules").toString());
  }

  @Test
  void aSetsCrossPlanFindings_nameThePlanConcerned_andTheCrossPlanRulesAreMarked() throws IOException {
    JsonNode run = run(set);
    JsonNode hie = null;
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asText().equals("HIE-001")) {
        hie = r;
      }
    }
    assertEquals("01/KH-UBND", hie.at("/properties/relatedPlan").asText());
    assertEquals("/CTr-UBND", hie.at("/properties/plan").asText());
    assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
    assertTrue(run.at("/properties/documents/2/crossPlan").asBoolean());
    for (JsonNode rule : run.at("/tool/driver/rules")) {
      assertEquals(List.of("DL-004", "HIE-001", "HIE-002").contains(rule.get("id").asText()), rule.at("/properties/crossPlan").asBoolean(), rule.get("id").asText());
    }
  }

  @Test
  void severities_mapToSarifLevels() {
    assertEquals(List.of("error", "warning", "note"), List.of(SarifLog.level(Severity.ERROR), SarifLog.level(Severity.WARNING), SarifLog.level(Severity.INFO)));
  }
}
