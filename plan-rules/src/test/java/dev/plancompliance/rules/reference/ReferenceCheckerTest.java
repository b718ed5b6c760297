package dev.plancompliance.rules.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.RuleCases;
import dev.plancompliance.rules.RuleInfo;
import dev.plancompliance.rules.reference.ReferenceChecker.RuleResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference checker on the rule cases — plans, plans with a progress report, plan sets: it concludes
 * what each case expects, and agrees with Drools on every rule of every report the case gives (for a set:
 * the parent's, each child's and the cross-plan report).
 */
class ReferenceCheckerTest {
  private static final ReferenceChecker REFERENCE = new ReferenceChecker();
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<RuleCases.RuleCase> cases() throws URISyntaxException {
    Path dir = Path.of(ReferenceCheckerTest.class.getResource("/rule-cases").toURI());
    return RuleCases.cases(dir).stream();
  }

  @Test
  void referenceKnowsExactlyTheStandardRules() {
    assertEquals(Reports.STANDARD.rules().stream().map(RuleInfo::id).sorted().toList(),
        ReferenceChecker.RULE_IDS.stream().sorted().toList());
    assertEquals(Reports.STANDARD.crossPlanRules().stream().sorted().toList(), ReferenceChecker.CROSS_PLAN_RULE_IDS);
    assertEquals(ReferenceChecker.RULE_IDS.stream().filter(id -> !ReferenceChecker.CROSS_PLAN_RULE_IDS.contains(id)).toList(),
        ReferenceChecker.PLAN_RULE_IDS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reference_concludesWhatTheCaseExpects(RuleCases.RuleCase c) throws IOException {
    assertTrue(c.problem().isEmpty(), c.name() + ": " + c.problem().orElse(""));
    JsonNode sidecar = c.expected().isPresent() ? JSON.readTree(c.expected().get().toFile()) : JSON.createObjectNode();
    LocalDate asOf = sidecar.has("asOf") ? LocalDate.parse(sidecar.get("asOf").asText()) : RuleCases.DEFAULT_AS_OF;
    Outcome outcome = sidecar.has("outcome") ? Outcome.valueOf(sidecar.get("outcome").asText())
        : c.kind().equals("fail") ? Outcome.FAILED : Outcome.PASSED;
    Set<String> paths = new TreeSet<>();
    sidecar.path("findings").forEach(f -> paths.add(f.get("path").asText()));
    RuleResult expected = new RuleResult(outcome, paths);

    if (ReferenceChecker.CROSS_PLAN_RULE_IDS.contains(c.ruleId())) {
      assertTrue(c.progress().isEmpty(), c.name() + ": a set case with a progress report");
      PlanSet set = PlanDocuments.readSet(c.plan());
      ReferenceChecker.SetResult reference = REFERENCE.check(set, asOf);
      assertEquals(expected, reference.crossPlan().get(c.ruleId()), c.name());
      assertEquals(List.of(), Reports.differences(Reports.STANDARD.validate(set, asOf), reference), c.name());
      return;
    }
    Plan plan = PlanDocuments.read(c.plan());
    ReferenceChecker checker = REFERENCE;
    dev.plancompliance.rules.PlanValidator validator = Reports.STANDARD;
    if (c.directive().isPresent()) { // a directive of the case's own, known beside the catalogue
      dev.plancompliance.model.Directives known = dev.plancompliance.model.Directives.standard().with(List.of(PlanDocuments.readDirective(c.directive().get())));
      checker = new ReferenceChecker(known);
      validator = validator.withDirectives(known);
    }
    Map<String, RuleResult> reference;
    Map<String, RuleResult> drools;
    if (c.progress().isPresent()) {
      ProgressReport progress = PlanDocuments.readProgress(c.progress().get());
      reference = checker.check(plan, progress, asOf);
      drools = Reports.results(validator.validate(plan, progress, asOf));
    } else {
      reference = checker.check(plan, asOf);
      drools = Reports.results(validator.validate(plan, asOf));
    }
    assertEquals(expected, reference.get(c.ruleId()), c.name());
    assertEquals(List.of(), Reports.differences(drools, reference), c.name());
  }
}
