package dev.plancompliance.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.RuleOutcome;
import dev.plancompliance.rules.Severity;
import dev.plancompliance.rules.ValidationReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of several plans, on rule-case plans: a plan set (the Hà Nội programme and a commune that misses
 * group 4) beside a notice, which gets the set's section and the parent/child rows of the coverage matrix; a page of
 * more than {@link HtmlReport#LISTED_FINDINGS} findings, which lists the ERROR and WARNING findings and counts the
 * rest; a partial plan beside one that leaves its scope unstated, in Vietnamese. The plans are validated once; the
 * page is rendered in each test (PIT credits a test only with the code run inside it).
 */
class HtmlReportOfManyPlansTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static PlanValidator validator;
  private static List<ReportedPlan> setAndNotice;
  private static List<ReportedPlan> overLimit;
  private static List<ReportedPlan> scopes;

  @BeforeAll
  static void validate() throws IOException {
    validator = PlanValidator.builder().withStandardRules().build();
    PlanSet set = PlanDocuments.readSet(MixedOutcomes.ruleCase(MixedOutcomes.COMMUNE_SET));
    Plan hue = MixedOutcomes.PLAN;
    setAndNotice = new ArrayList<>(ReportedPlan.ofSet(set, validator.validate(set, AS_OF)));
    setAndNotice.add(ReportedPlan.of(MixedOutcomes.NOTICE, validator.validate(MixedOutcomes.NOTICE, LocalDate.of(2026, 1, 15))));

    ValidationReport mixed = MixedOutcomes.REPORT;
    List<Finding> findings = new ArrayList<>(mixed.findings());
    for (int i = 0; i < HtmlReport.LISTED_FINDINGS - 2; i++) { // 2 ERROR + 1 WARNING + 4,998 INFO: one over the limit
      findings.add(MixedOutcomes.finding("COV-004", Severity.INFO, "II." + i, "group", "one task " + i, Optional.empty(), Optional.empty()));
    }
    List<RuleOutcome> outcomes = new ArrayList<>(mixed.outcomes());
    outcomes.add(new RuleOutcome("DL-005", Severity.WARNING, Outcome.NOT_EVALUABLE, "không rõ", "unclear"));
    ValidationReport many = new ValidationReport(mixed.plan(), AS_OF, mixed.manifest(), outcomes, findings, mixed.errors());
    ValidationReport clean = new ValidationReport(mixed.plan(), AS_OF, mixed.manifest(), List.of(new RuleOutcome("STR-001", Severity.ERROR, Outcome.PASSED, "", "")),
        List.of(), List.of());
    overLimit = List.of(ReportedPlan.of(hue, many).named("a.json"), ReportedPlan.of(hue, clean).named("b.json"));

    Plan partial = PlanDocuments.read(MixedOutcomes.ruleCase(MixedOutcomes.PARTIAL_PLAN));
    Plan unstated = Plan.builder().from(hue).scope(Optional.empty()).build();
    scopes = List.of(ReportedPlan.of(partial, validator.validate(partial, AS_OF)), ReportedPlan.of(unstated, validator.validate(unstated, AS_OF)));
  }

  private static String page(List<ReportedPlan> reports, Language lang) {
    return HtmlReport.render(validator.rules(), validator.directives(), "9.9", reports, lang);
  }

  /** The page from the first {@code from} up to and including the first {@code to} after it. */
  private static String part(String page, String from, String to) {
    int start = page.indexOf(from);
    assertTrue(start >= 0, from);
    return page.substring(start, page.indexOf(to, start) + to.length());
  }

  @Test
  void aSetsPage_linksItsSetSection_andCountsEveryPlanButTheCrossPlanReport() {
    String page = page(setAndNotice, Language.EN);
    assertTrue(page.contains("<title>Implementation plan compliance report — 3 plans</title>"), page);
    assertEquals("<nav aria-label=\"Contents\"><p><a href=\"#summary\">Summary</a> · <a href=\"#coverage\">Coverage of the task groups</a> · "
        + "<a href=\"#set\">Plan set</a> · <a href=\"#findings\">Findings by plan</a></p></nav>", part(page, "<nav", "</nav>"));
    assertEquals("""
        <dt>As of</dt><dd>2025-12-31, 2026-01-15</dd>
        <dt>Plans</dt><dd>3</dd>
        <dt>Verdicts</dt><dd><span class="badge v-COMPLIANT">COMPLIANT</span> 0 <span class="badge v-NOT_COMPLIANT">NOT COMPLIANT</span> 2 <span class="badge v-INCONCLUSIVE">INCONCLUSIVE</span> 0 <span class="badge v-NOT_A_PLAN">NOT A PLAN</span> 1</dd>
        <dt>Findings</dt><dd><span class="badge ERROR">Error</span> 9 <span class="badge WARNING">Warning</span> 8 <span class="badge INFO">Info</span> 13</dd>""",
        part(page, "<dt>As of", "13</dd>"));
    assertEquals("""
        <tr data-row-plan="p1"><td class="num">1</td><th scope="row"><a href="#p1">/CTr-UBND</a></th><td lang="vi">Hà Nội City People&#39;s Committee</td><td><span class="badge v-NOT_COMPLIANT">NOT COMPLIANT</span></td><td class="num">7</td><td class="num">7</td><td class="num">7</td></tr>
        <tr data-row-plan="p2"><td class="num">2</td><th scope="row"><a href="#p2">01/KH-UBND</a></th><td lang="vi">People&#39;s Committee of Xã C (illustrative)</td><td><span class="badge v-NOT_COMPLIANT">NOT COMPLIANT</span></td><td class="num">1</td><td class="num">0</td><td class="num">6</td></tr>
        <tr data-row-plan="p3"><td class="num">3</td><th scope="row"><a href="#p3">12/TB-UBND</a></th><td lang="vi">City People&#39;s Committee (Huế)</td><td><span class="badge v-NOT_A_PLAN">NOT A PLAN</span></td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>
        """, part(page, "<tr data-row-plan=\"p1\"><td", "0</td></tr>\n"));
    assertTrue(page.contains("<tr><th scope=\"row\">COV-004 — Groups covered by only one task</th><td><span class=\"badge INFO\">Info</span></td>"
        + "<td class=\"num\">13</td><td class=\"num\">2</td></tr>"), "13 findings in 2 plans");
  }

  @Test
  void aSetsCoverageMatrix_marksTheParentAndItsChild_andNamesThePlansThatReachNoDirective() {
    assertEquals("""
        <tbody>
        <tr data-row-plan="p1"><th scope="row">1. <a href="#p1">/CTr-UBND</a><span class="tag">parent</span></th><td class="c1">1</td><td class="c1">1</td><td class="c1">1</td><td class="c1">1</td><td class="c1">1</td><td class="c1">1</td><td class="c1">1</td><td class="num">0</td><td class="num">7</td></tr>
        <tr data-row-plan="p2" class="child"><th scope="row">↳ 2. <a href="#p2">01/KH-UBND</a><span class="tag">child</span></th><td class="c1">1</td><td class="c1">1</td><td class="c1">1</td><td class="missing" title="01/KH-UBND, group 4: no task">✗ 0</td><td class="c1">1</td><td class="c1">1</td><td class="c1">1</td><td class="num">0</td><td class="num">6</td></tr>
        </tbody>
        </table>
        <p>Reaching no directive with task groups in the catalogue: <a href="#p3">12/TB-UBND</a></p>
        </section>""", part(page(setAndNotice, Language.EN), "<tbody>\n<tr data-row-plan=\"p1\"><th", "</section>"));
  }

  @Test
  void aSetsSection_namesItsCrossPlanRules_andPointsEachFindingAtThePlanItIsAbout() {
    String set = part(page(setAndNotice, Language.EN), "<section id=\"set\"", "</section>");
    assertEquals("""
        <section id="set" aria-labelledby="set-h">
        <h2 id="set-h">Plan set: /CTr-UBND</h2>
        <p>The parent plan and the number of plans that implement it: 2. Cross-plan rules: DL-004, HIE-001, HIE-002 — <span class="badge v-NOT_COMPLIANT">NOT COMPLIANT</span></p>
        <div data-block>
        <h3><span class="badge ERROR">Error</span> (1)</h3>""", part(set, "<section", "</h3>"));
    assertTrue(set.contains("<tr data-severity=\"ERROR\" data-rule=\"HIE-001\" data-plan=\"p2\"><td>—</td><td>Plan 01/KH-UBND (Xã C (minh họa)) has no task in group 4"
        + " (international cooperation), which /CTr-UBND (Hà Nội) assigns to its unit.<div class=\"where\">Plan concerned: 01/KH-UBND (Ủy ban nhân dân Xã C (minh họa))</div>"
        + "<div class=\"where\">children[01/KH-UBND @ Xã C (minh họa)].groups[66-NQ/TW#4] · 01/KH-UBND</div></td><td>—</td></tr>"), set);
    assertTrue(set.contains("<tr data-severity=\"WARNING\" data-rule=\"HIE-002\" data-plan=\"p1\">"), "a finding on the parent's own order points at the parent");
  }

  @Test
  void aNoticesSection_saysWhyNoRuleJudgedIt() {
    assertEquals("""
        <p><span class="badge v-NOT_A_PLAN">NOT A PLAN</span> <span lang="vi">City People&#39;s Committee (Huế)</span> · As of 2026-01-15</p>
        <p>not a plan: Thông báo. The plan rules judge only plans (Kế hoạch) and action programmes (Chương trình hành động)</p>
        </section>""", part(part(page(setAndNotice, Language.EN), "<section class=\"plan\" id=\"p3\"", "</section>"), "<p>", "</section>"));
  }

  @Test
  void aPageOverTheLimit_listsTheErrorsAndWarnings_countsTheRest_andSaysSo() {
    String page = page(overLimit, Language.EN);
    assertTrue(page.contains("<dt>Findings listed</dt><dd>3 / 5001 — over 5,000 findings"), page);
    assertTrue(page.contains("<p class=\"WARNING\">This page lists part of the findings, by severity: 3 / 5001. over 5,000"), page);
    assertEquals("""
        <label>Rule <select name="rule"><option value="">All</option><option value="ACC-001">ACC-001</option><option value="DL-002">DL-002</option></select></label>
        <label>Plan <select name="plan"><option value="">All</option><option value="p1">1. /KH-UBND</option></select></label>
        <button type="reset">Clear filters</button> <span class="shown"><output id="shown">3</output> findings shown</span>""",
        part(page, "<label>Rule", "findings shown</span>"));
    assertEquals("""
        <p><span class="badge INFO">Info</span> 4998 findings not listed on this page (see the note at the top).</p>
        <details><summary>Rules that could not decide: 2 · rules that do not apply: 0</summary>
        <ul>
        <li><strong>COV-003</strong> <span class="badge ERROR">Error</span> could not decide: the plan&#39;s level is unknown</li>
        <li><strong>X-100</strong> <span class="badge ERROR">Error</span> could not decide: the rule failed</li>
        </ul>
        </details>""", part(page, "<p><span class=\"badge INFO\">", "</details>"));
    assertEquals(3, page.split("<tr data-severity=", -1).length - 1, "rows for the listed findings only");
  }

  @Test
  void aPageOverTheLimit_givesNoSectionToAPlanWithNothingListed_andDoesNotLinkIt() {
    String page = page(overLimit, Language.EN);
    assertTrue(page.contains("<tr data-row-plan=\"p2\"><td class=\"num\">2</td><th scope=\"row\">/KH-UBND <span class=\"where\">b.json</span></th>"), page);
    assertTrue(page.contains("<tr data-row-plan=\"p2\"><th scope=\"row\">2. /KH-UBND</th>"), "its coverage row");
    assertFalse(page.contains("id=\"p2\""), "no section");
    assertTrue(page.contains("<section class=\"plan\" id=\"p1\""), "the plan with listed findings keeps its section");
  }

  @Test
  void aPageAtTheLimit_listsEveryFinding() {
    ValidationReport many = overLimit.get(0).report();
    ValidationReport fewer = new ValidationReport(many.plan(), AS_OF, many.manifest(), many.outcomes(), many.findings().subList(0, HtmlReport.LISTED_FINDINGS), many.errors());
    String page = page(List.of(ReportedPlan.of(MixedOutcomes.PLAN, fewer)), Language.EN);
    assertFalse(page.contains("Findings listed"), "not summarised");
    assertEquals(HtmlReport.LISTED_FINDINGS, page.split("<tr data-severity=", -1).length - 1);
    assertTrue(page.contains("<li><strong>DL-005</strong> could not decide: unclear</li>"), "a WARNING rule that could not decide is listed on a whole page");
    assertTrue(page.contains("<li><strong>BUD-001</strong> does not apply: the plan binds no budget</li>"), page);
  }

  @Test
  void theMatrixInVietnamese_marksGroupsOutsideAPartialScope_andTasksBeyondIt_andTagsAnUnstatedScope() {
    String page = page(scopes, Language.VI);
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"), page);
    assertTrue(page.contains("<h3 id=\"matrix-1\">66-NQ/TW — <span>Nghị quyết số 66-NQ/TW"), "Vietnamese text needs no lang on a Vietnamese page");
    assertEquals("""
        <tr data-row-plan="p1"><th scope="row">1. <a href="#p1">/KH-UBND</a><span class="tag">phạm vi một phần</span></th><td class="out" title="/KH-UBND, nhóm 1: ngoài phạm vi kế hoạch">—</td><td class="out" title="/KH-UBND, nhóm 2: ngoài phạm vi kế hoạch">—</td><td class="out" title="/KH-UBND, nhóm 3: ngoài phạm vi kế hoạch">—</td><td class="out" title="/KH-UBND, nhóm 4: ngoài phạm vi kế hoạch">—</td><td class="c2">2</td><td class="beyond" title="/KH-UBND, nhóm 6: có nhiệm vụ dù ngoài phạm vi đã nêu">1 ⁺</td><td class="out" title="/KH-UBND, nhóm 7: ngoài phạm vi kế hoạch">—</td><td class="num">0</td><td class="num">3</td></tr>
        """, part(page, "<tr data-row-plan=\"p1\"><th", "</tr>\n"));
    assertTrue(page.contains("<tr data-row-plan=\"p2\"><th scope=\"row\">2. <a href=\"#p2\">/KH-UBND</a><span class=\"tag\">chưa nêu phạm vi</span></th>"), page);
  }
}
