package dev.plancompliance.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plancompliance.model.Directives;
import dev.plancompliance.rules.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of {@link MixedOutcomes} with the plan's source text, in English: the summary a reader sees first
 * (facts, the plans table, findings by rule) and the plan's own section (the rules that failed at run time, the
 * findings by severity and rule with the plan's lines or the task's title beside each, the undecided rules),
 * markup and all. The page's accessibility and its script are checked in plan-examples.
 */
class HtmlReportTest {
  // rendered in each test, not once in a @BeforeAll: PIT credits a test only with the code run inside it
  private static String page() {
    ReportedPlan reported = ReportedPlan.of(MixedOutcomes.PLAN, MixedOutcomes.REPORT).named("hue.json").withSource(MixedOutcomes.SOURCE_TEXT);
    return HtmlReport.render(MixedOutcomes.RULES, Directives.standard(), "9.9", List.of(reported),
        Language.EN);
  }

  /** The page from the first {@code from} up to and including the first {@code to} after it. */
  private static String part(String from, String to) {
    String page = page();
    int start = page.indexOf(from);
    return page.substring(start, page.indexOf(to, start) + to.length());
  }

  @Test
  void summary_countsVerdictsAndFindings_namesTheRuleSets_andListsThePlansAndTheRulesThatFound() {
    assertEquals("""
        <dl class="facts">
        <dt>As of</dt><dd>2025-12-31</dd>
        <dt>Plans</dt><dd>1</dd>
        <dt>Verdicts</dt><dd><span class="badge v-COMPLIANT">COMPLIANT</span> 0 <span class="badge v-NOT_COMPLIANT">NOT COMPLIANT</span> 1 <span class="badge v-INCONCLUSIVE">INCONCLUSIVE</span> 0 <span class="badge v-NOT_A_PLAN">NOT A PLAN</span> 0</dd>
        <dt>Findings</dt><dd><span class="badge ERROR">Error</span> 2 <span class="badge WARNING">Warning</span> 1 <span class="badge INFO">Info</span> 0</dd>
        <dt>Rule sets</dt><dd>standard 1.0 <code title="sha256 ab12">ab12</code></dd>
        </dl>
        <table class="plans">
        <caption>Plans</caption>
        <thead><tr><th scope="col">#</th><th scope="col">Plan</th><th scope="col">Issuer</th><th scope="col">Verdict</th><th scope="col" class="num">Error</th><th scope="col" class="num">Warning</th><th scope="col" class="num">Info</th></tr></thead>
        <tbody>
        <tr data-row-plan="p1"><td class="num">1</td><th scope="row"><a href="#p1">/KH-UBND</a> <span class="where">hue.json</span></th><td lang="vi">City People&#39;s Committee (Huế)</td><td><span class="badge v-NOT_COMPLIANT">NOT COMPLIANT</span></td><td class="num">2</td><td class="num">1</td><td class="num">0</td></tr>
        </tbody>
        </table>
        <table class="rules">
        <caption>Findings by rule</caption>
        <thead><tr><th scope="col">Rule</th><th scope="col">Severity</th><th scope="col" class="num">Findings</th><th scope="col" class="num">Plans</th></tr></thead>
        <tbody>
        <tr><th scope="row">ACC-001 — Every task names a lead agency</th><td><span class="badge ERROR">Error</span></td><td class="num">2</td><td class="num">1</td></tr>
        <tr><th scope="row">DL-002 — Deadlines are dates</th><td><span class="badge WARNING">Warning</span></td><td class="num">1</td><td class="num">1</td></tr>
        </tbody>
        </table>
        </section>""", part("<dl class=\"facts\">", "</table>\n</section>"));
  }

  @Test
  void aPlansSection_quotesItsLinesBesideEachFinding_andListsWhatFailedAndWhatCouldNotDecide() {
    assertEquals("""
        <div class="ERROR"><p><strong>Rules that failed at run time (the report is incomplete):</strong></p><ul>
        <li>X-100 (X-100 throws): boom on II.4</li>
        <li>X-100 (X-100 throws): boom on II.5</li>
        </ul></div>
        <div data-block>
        <h4><span class="badge ERROR">Error</span> (2)</h4>
        <table class="findings">
        <thead><tr><th scope="col">Task</th><th scope="col">Finding</th><th scope="col">The plan's text</th></tr></thead>
        <tbody data-rule="ACC-001">
        <tr class="rulehead"><th colspan="3" scope="rowgroup">ACC-001 — Every task names a lead agency (2)<br><span class="basis">Basis (norm): NQ 66, mục ACC-001</span></th></tr>
        <tr data-severity="ERROR" data-rule="ACC-001" data-plan="p1"><td>II.1</td><td>Task II.1 names no lead agency<div class="where">tasks[II.1].leads · hue.json</div></td><td><blockquote lang="vi" cite="#p1"><span class="ln">9</span> dòng 9
        <span class="ln">10</span> dòng 10
        <span class="ln">11</span> dòng 11
        <span class="ln">12</span> dòng 12
        <span class="ln">13</span> dòng 13
        <span class="ln">14</span> dòng 14</blockquote></td></tr>
        <tr data-severity="ERROR" data-rule="ACC-001" data-plan="p1"><td>II.2</td><td>Task II.2 names no lead agency<div class="where">tasks[II.2].leads · hue.json</div></td><td><span class="title" lang="vi">Đổi mới tư duy, định hướng trong việc cụ thể hóa các chủ trương, đường lối của Đảng, pháp luật của Nhà nước theo hướng vừa bảo đảm yêu cầu quản lý nhà nước, vừa khuyến khích sáng tạo, giải phóng toàn bộ sức sản xuất, khơi thông mọi nguồn lực phát triển</span></td></tr>
        </tbody>
        </table>
        </div>
        <div data-block>
        <h4><span class="badge WARNING">Warning</span> (1)</h4>
        <table class="findings">
        <thead><tr><th scope="col">Task</th><th scope="col">Finding</th><th scope="col">The plan's text</th></tr></thead>
        <tbody data-rule="DL-002">
        <tr class="rulehead"><th colspan="3" scope="rowgroup">DL-002 — Deadlines are dates (1)<br><span class="basis">Basis (norm): NQ 66, mục DL-002</span></th></tr>
        <tr data-severity="WARNING" data-rule="DL-002" data-plan="p1"><td>II.3</td><td>Task II.3 &amp; &lt;its&gt; deadline is vague<div class="where">actual: Thường xuyên; expected: a date</div><div class="where">tasks[II.3].deadline · hue.json</div></td><td><blockquote lang="vi" cite="#p1"><span class="ln">20</span> dòng 20
        <span class="ln">21</span> dòng 21
        <span class="ln">22</span> dòng 22
        <span class="ln">23</span> dòng 23
        <span class="ln">24</span> dòng 24
        <span class="ln">25</span> dòng 25
        <span class="ln">26</span> dòng 26
        <span class="ln">27</span> dòng 27
        <span class="ln">… 3 more lines</span></blockquote></td></tr>
        </tbody>
        </table>
        </div>
        <details><summary>Rules that could not decide: 2 · rules that do not apply: 1</summary>
        <ul>
        <li><strong>COV-003</strong> <span class="badge ERROR">Error</span> could not decide: the plan&#39;s level is unknown</li>
        <li><strong>X-100</strong> <span class="badge ERROR">Error</span> could not decide: the rule failed</li>
        <li><strong>BUD-001</strong> does not apply: the plan binds no budget</li>
        </ul>
        </details>
        """, part("<div class=\"ERROR\">", "</details>\n"));
  }
}
