package dev.plancompliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every worked example in {@code src/test/resources/rule-cases} (see its README) against the standard rules. */
class RuleCasesTest {
  private static PlanValidator validator;

  @BeforeAll
  static void buildValidator() {
    validator = PlanValidator.builder().withStandardRules().build();
  }

  static Path casesDir() {
    URL url = RuleCasesTest.class.getResource("/rule-cases");
    if (url == null) {
      throw new IllegalStateException("no rule-cases folder on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<RuleCases.RuleCase> cases() {
    return RuleCases.cases(casesDir()).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleCase(RuleCases.RuleCase ruleCase) {
    RuleCases.RuleCaseResult result = RuleCases.run(validator, ruleCase);
    assertTrue(result.passed(), () -> result.name() + ": " + result.detail());
  }

  @Test
  void everyRuleHasAPassingAndAFailingCase() {
    assertEquals(List.of(), RuleCases.missingCases(validator, casesDir()));
  }
}
