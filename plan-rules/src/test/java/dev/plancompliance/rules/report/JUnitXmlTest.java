package dev.plancompliance.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.rules.RuleError;
import dev.plancompliance.rules.RuleInfo;
import dev.plancompliance.rules.ValidationReport;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole JUnit XML document for {@link MixedOutcomes}, a report with one rule outcome of each kind a CI server shows
 * differently: an ERROR finding (a failure), WARNING findings only (a pass with the findings in system-out),
 * NOT_APPLICABLE and NOT_EVALUABLE (skipped with the reason), a rule that failed twice at run time (one error, the
 * first, not counted as skipped) and a pass; then the same report again without a time (a second suite, its class name numbered). The schemas
 * the document meets are checked in plan-examples; this pins what a reader of the file sees, element by element.
 */
class JUnitXmlTest {
  @Test
  void everyKindOfOutcome_isTheTestCaseElementACiServerShowsForIt() {
    Plan plan = MixedOutcomes.PLAN;
    ValidationReport report = MixedOutcomes.REPORT;
    List<RuleInfo> rules = MixedOutcomes.RULES;
    StringWriter out = new StringWriter();
    ReportedPlan reported = ReportedPlan.of(plan, report).named("hue.json");
    JUnitXml.write(rules, List.of(reported.withTime(Duration.ofMillis(1500)), reported), out);

    String symbol = plan.ref().symbol();
    String suite = """
          <testsuite name="hue.json SYMBOL" tests="6" failures="1" errors="1" skipped="2"TIME>
            <properties>
              <property name="plan" value="SYMBOL"/>
              <property name="document" value="hue.json"/>
              <property name="asOf" value="2025-12-31"/>
              <property name="verdict" value="NOT_COMPLIANT"/>
              <property name="undecidedRules" value="COV-003 X-100"/>
              <property name="ruleset.standard" value="1.0 sha256:ab12"/>
            </properties>
            <testcase name="ACC-001 Every task names a lead agency" classname="CLASS" time="0"><failure message="2 finding(s): Task II.1 names no lead agency" type="ERROR">ERROR tasks[II.1].leads: Task II.1 names no lead agency / vi: Task II.1 names no lead agency [basis (NORM): NQ 66, mục ACC-001]
        ERROR tasks[II.2].leads: Task II.2 names no lead agency / vi: Task II.2 names no lead agency [basis (NORM): NQ 66, mục ACC-001] (hue.txt line 41)
        </failure></testcase>
            <testcase name="DL-002 Deadlines are dates" classname="CLASS" time="0"><system-out>WARNING tasks[II.3].deadline: Task II.3 &amp; &lt;its&gt; deadline is vague / vi: Task II.3 &amp; &lt;its&gt; deadline is vague [basis (NORM): NQ 66, mục DL-002] (000_3d0f801100aabd15.txt line 20)
        </system-out></testcase>
            <testcase name="BUD-001 Budget floor" classname="CLASS" time="0"><skipped message="not applicable: the plan binds no budget"></skipped></testcase>
            <testcase name="COV-003 Level coverage" classname="CLASS" time="0"><skipped message="not evaluable: the plan's level is unknown"></skipped></testcase>
            <testcase name="X-100" classname="CLASS" time="0"><error message="the rule failed at run time: boom on II.4" type="RuleError">X-100 throws: boom on II.4</error></testcase>
            <testcase name="STR-001 Codes are unique" classname="CLASS" time="0"></testcase>
          </testsuite>""".replace("SYMBOL", symbol);
    String expected = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuites name=\"plan-compliance\" tests=\"12\" failures=\"2\" errors=\"2\" time=\"1.500\">\n"
        + suite.replace("TIME", " time=\"1.500\"").replace("CLASS", "hue.json") + "\n"
        + suite.replace("TIME", "").replace("CLASS", "hue.json (2)") + "\n"
        + "</testsuites>\n";
    assertEquals(expected, out.toString());
  }

  @Test
  void anErrorOfARuleWithoutAnOutcome_isNoTestCase_andCountsForNothing() {
    ValidationReport report = MixedOutcomes.REPORT;
    ValidationReport odd = new ValidationReport(report.plan(), report.asOf(), report.manifest(), report.outcomes().subList(0, 1), List.of(),
        List.of(new RuleError("X-999 throws", "X-999", "boom")));
    StringWriter out = new StringWriter();
    JUnitXml.write(MixedOutcomes.RULES, List.of(ReportedPlan.of(MixedOutcomes.PLAN, odd)), out);
    assertTrue(out.toString().contains("<testsuites name=\"plan-compliance\" tests=\"1\" failures=\"0\" errors=\"0\""), out.toString());
    assertFalse(out.toString().contains("X-999"), out.toString());
  }

  @Test
  void xmlEscapesOnlyWhatXml10CannotHold_andKeepsEveryOtherCharacter() {
    assertEquals("Sở Tư pháp\t\n\r \uD7FF\uE000\uFFFD\uD800\uDC00\uD83D\uDE00", JUnitXml.xml("Sở Tư pháp\t\n\r \uD7FF\uE000\uFFFD\uD800\uDC00\uD83D\uDE00"), "U+10000 is the first supplementary character");
    assertEquals("a\\u0000b\\u001F\\uDFFF\\uD800\\uFFFE\\uFFFF\\u000B", JUnitXml.xml("a\u0000b\u001F\uDFFF\uD800\uFFFE\uFFFF\u000B"));
    assertEquals("\\uD800 then \uD83D\uDE00", JUnitXml.xml("\uD800 then \uD83D\uDE00"), "a lone surrogate beside a pair");
  }
}
