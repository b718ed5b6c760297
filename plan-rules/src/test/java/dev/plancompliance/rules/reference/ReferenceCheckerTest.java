package dev.plancompliance.rules.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plancompliance.model.Plan;
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

/** The reference checker on the rule cases: it concludes what each case expects, and agrees with Drools on every rule. */
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
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reference_concludesWhatTheCaseExpects(RuleCases.RuleCase c) throws IOException {
    JsonNode sidecar = c.expected().isPresent() ? JSON.readTree(c.expected().get().toFile()) : JSON.createObjectNode();
    LocalDate asOf = sidecar.has("asOf") ? LocalDate.parse(sidecar.get("asOf").asText()) : RuleCases.DEFAULT_AS_OF;
    Outcome outcome = sidecar.has("outcome") ? Outcome.valueOf(sidecar.get("outcome").asText())
        : c.kind().equals("fail") ? Outcome.FAILED : Outcome.PASSED;
    Set<String> paths = new TreeSet<>();
    sidecar.path("findings").forEach(f -> paths.add(f.get("path").asText()));

    Plan plan = PlanDocuments.read(c.plan());
    Map<String, RuleResult> reference = REFERENCE.check(plan, asOf);
    assertEquals(new RuleResult(outcome, paths), reference.get(c.ruleId()), c.name());
    assertEquals(List.of(), Reports.differences(Reports.results(Reports.STANDARD.validate(plan, asOf)), reference), c.name());
  }
}
