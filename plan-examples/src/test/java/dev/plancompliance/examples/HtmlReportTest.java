package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Task;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.ValidationReport;
import dev.plancompliance.rules.report.ReportedPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report's document structure on the seeds and the Hà Nội set, parsed as a browser parses HTML5. */
class HtmlReportTest {

  private static Document parse(String html) {
    return Jsoup.parse(html);
  }

  /** The matrix row of the plan numbered {@code n}: each group cell's text. */
  private static List<String> cells(Element matrix, int n) {
    Element row = matrix.selectFirst("tbody tr[data-row-plan=p" + n + "]");
    List<String> texts = new ArrayList<>();
    Elements tds = row.select("td");
    for (int i = 0; i < tds.size() - 2; i++) { // the last two: no group, total
      texts.add(tds.get(i).text());
    }
    return texts;
  }

  @Test
  void theSeedsMatrixCountsEachPlansTasksPerGroupOfTheDirectiveItImplements() {
    Document d = parse(HtmlReports.seeds(Language.VI));
    Elements matrices = d.select("#coverage table.matrix");
    assertEquals(2, matrices.size(), "one matrix per directive: 66-NQ/TW (Huế, Hà Nội, Hà Tĩnh) and 06-CT/TU (Bắc Giang)");
    Element nq66 = matrices.get(0);
    assertTrue(nq66.selectFirst("caption").text().endsWith("66-NQ/TW"));
    assertEquals(8, nq66.select("thead th").size() - 2, "plan column and the seven groups (then no group, total)");
    assertEquals(List.of("1", "1", "1", "1", "1", "1", "1"), cells(nq66, 1), "Huế: one task per group");
    assertEquals(List.of("7", "9", "8", "2", "7", "4", "5"), cells(nq66, 2), "Hà Nội's 42 tasks");
    assertEquals(List.of("3", "17", "11", "2", "3", "4", "2"), cells(nq66, 3), "Hà Tĩnh's 42 tasks");
    assertEquals("42", nq66.selectFirst("tr[data-row-plan=p3]").select("td").last().text());
    assertEquals(List.of("2", "1", "5", "2", "3", "3", "1", "1", "1", "1"), cells(matrices.get(1), 4), "Bắc Giang under the ten groups of 06-CT/TU");
    assertTrue(d.select("#coverage td.missing").isEmpty(), "every seed plan has a task in every group");
    // shading by count: 1 → c1, 2–3 → c2, 4–6 → c3, 7+ → c4
    assertEquals("c4", nq66.select("tr[data-row-plan=p3] td").get(1).className(), "17 tasks");
    assertEquals("c2", nq66.select("tr[data-row-plan=p3] td").get(0).className(), "3 tasks");
  }

  @Test
  void theSetMatrixShowsTheParentThenItsChildrenAndTheCommuneWithoutAGroup4TaskAsMissing() {
    Document d = parse(HtmlReports.set());
    Element matrix = d.selectFirst("#coverage table.matrix");
    Elements rows = matrix.select("tbody tr");
    assertEquals(4, rows.size(), "the parent and its three communes");
    assertTrue(rows.get(0).selectFirst("th").text().contains("cấp trên"));
    for (int i = 1; i < 4; i++) {
      assertTrue(rows.get(i).hasClass("child") && rows.get(i).selectFirst("th").text().contains("cấp dưới"), rows.get(i).text());
    }
    Elements missing = matrix.select("td.missing");
    assertEquals(1, missing.size(), matrix.text());
    assertEquals("✗ 0", missing.first().text(), "a symbol as well as a colour");
    assertEquals(4, missing.first().elementSiblingIndex(), "group 4 (after the plan's header cell)");
    assertEquals("p4", missing.first().parent().attr("data-row-plan"), "the third commune, ha-noi-xa-c-missing-group-4");
    // the cross-plan findings are in the set's section, each naming the commune it concerns
    Element set = d.getElementById("set");
    ValidationReport cross = HtmlReports.setReports().get(4).report();
    assertEquals(cross.findings().size(), set.select("tr[data-severity]").size());
    assertFalse(cross.findings().isEmpty(), "the late commune and the one without group 4 give cross-plan findings");
    for (Element row : set.select("tr[data-severity]")) {
      assertTrue(row.text().contains("Kế hoạch liên quan") || row.attr("data-plan").equals("p1"), row.text());
    }
  }

  @Test
  void everyFindingIsARowUnderItsSeverityAndRuleWithTheRulesBasis() {
    List<ReportedPlan> reports = HtmlReports.seedReports();
    Document d = parse(HtmlReports.html(reports, Language.VI));
    for (int i = 0; i < reports.size(); i++) {
      ValidationReport r = reports.get(i).report();
      Element section = d.getElementById("p" + (i + 1));
      Elements rows = section.select("tr[data-severity]");
      assertEquals(r.findings().size(), rows.size(), r.plan().symbol());
      for (int k = 0; k < rows.size(); k++) {
        Finding f = r.findings().get(k);
        Element row = rows.get(k);
        assertEquals(f.severity().name(), row.attr("data-severity"));
        assertEquals(f.ruleId(), row.attr("data-rule"));
        assertEquals(f.ruleId(), row.parent().attr("data-rule"), "the row sits in its rule's group");
        assertTrue(row.parent().selectFirst("tr.rulehead").text().contains(f.basis()), "the rule's basis heads the group");
        assertTrue(row.text().contains(f.messageVi()), row.text());
        assertEquals(f.taskCode().orElse("—"), row.child(0).text());
      }
      // the rules that did not apply or could not decide, collapsed, with their reasons
      Element details = section.selectFirst("details");
      long undecided = r.count(Outcome.NOT_APPLICABLE) + r.count(Outcome.NOT_EVALUABLE);
      assertEquals(undecided, details.select("li").size(), r.plan().symbol());
      assertFalse(details.hasAttr("open"));
    }
  }

  @Test
  void aFindingOnATaskQuotesThePlansOwnLinesFromItsSourceText() {
    Document d = parse(HtmlReports.seeds(Language.VI));
    // Huế II.1 (ACC-001): its source lines in the seed text, numbered
    Element row = d.select("#p1 tr[data-rule=ACC-001]").stream().filter(r -> r.child(0).text().equals("II.1")).findFirst().orElseThrow();
    Element quote = row.selectFirst("blockquote");
    assertEquals("9", quote.selectFirst(".ln").text(), "the task's first line in 000_3d0f801100aabd15.txt");
    String seedLine9 = ExamplePlans.sourceText("hue-2025.json").orElseThrow().lines().skip(8).findFirst().orElseThrow();
    assertTrue(quote.text().contains(seedLine9.strip().substring(0, 60)), quote.text());
    // Hà Tĩnh's tasks come from its appendix table: each quoted finding names lines that exist
    Elements quotes = d.select("#p3 blockquote");
    assertFalse(quotes.isEmpty());
  }

  @Test
  void theSourceTextsBundledWithTheExamplesAreTheSeedsThemselves() throws Exception {
    Path seeds = Path.of("../plan-model/src/test/resources/dev/plancompliance/model/seeds");
    for (String name : HtmlReports.SEEDS) {
      String file = ExamplePlans.read(name).sourceFile().orElseThrow();
      assertEquals(Files.readString(seeds.resolve(file), StandardCharsets.UTF_8), ExamplePlans.sourceText(name).orElseThrow(), file);
    }
  }

  @Test
  void thePageIsSelfContainedAndOnlyItsOwnStyleAndScriptMayRun() throws Exception {
    Document d = parse(HtmlReports.seeds(Language.VI));
    assertEquals("vi", d.selectFirst("html").attr("lang"));
    assertEquals(1, d.select("style").size());
    assertEquals(1, d.select("script").size());
    assertTrue(d.select("link, img, iframe, object, embed, [src], [style]").isEmpty(), "nothing loaded, no inline style attribute");
    for (Element a : d.select("[href]")) {
      assertTrue(a.attr("href").startsWith("#"), a.outerHtml());
      assertTrue(d.getElementById(a.attr("href").substring(1)) != null, "a link to nothing: " + a.outerHtml());
    }
    String policy = d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(policy.startsWith("default-src 'none'"), policy);
    assertTrue(policy.contains("'" + sha256(d.selectFirst("style").data()) + "'"), "the style sheet's hash is allowed");
    assertTrue(policy.contains("'" + sha256(d.selectFirst("script").data()) + "'"), "the script's hash is allowed");
    assertTrue(d.selectFirst("script").data().length() < 4096, "a few KB of plain script at most");
    // usable without script: the filters are hidden until the script shows them
    assertTrue(d.getElementById("filters").hasAttr("hidden"));
  }

  @Test
  void headingsGoDownOneLevelAtATimeAndEveryHeaderCellHasAScope() {
    for (String html : List.of(HtmlReports.seeds(Language.VI), HtmlReports.set())) {
      Document d = parse(html);
      int previous = 0;
      for (Element h : d.select("h1, h2, h3, h4, h5, h6")) {
        int level = h.tagName().charAt(1) - '0';
        assertTrue(level <= previous + 1, "heading " + h.tagName() + " after h" + previous + ": " + h.text());
        previous = level;
      }
      assertEquals(1, d.select("h1").size());
      for (Element th : d.select("th")) {
        assertTrue(List.of("col", "row", "rowgroup").contains(th.attr("scope")), th.outerHtml());
      }
      for (Element table : d.select("table.matrix, table.plans")) {
        assertTrue(table.selectFirst("caption") != null);
      }
    }
  }

  @Test
  void inEnglishTheLabelsAndMessagesAreEnglishAndThePlansTextIsMarkedVietnamese() {
    List<ReportedPlan> reports = HtmlReports.seedReports();
    Document d = parse(HtmlReports.html(reports, Language.EN));
    assertEquals("en", d.selectFirst("html").attr("lang"));
    assertEquals("Coverage of the task groups", d.getElementById("coverage-h").text());
    Finding first = reports.get(0).report().findings().get(0);
    assertTrue(d.getElementById("p1").selectFirst("tr[data-severity]").text().contains(first.messageEn()));
    assertFalse(d.getElementById("p1").selectFirst("tr[data-severity]").text().contains(first.messageVi()));
    assertTrue(d.select("blockquote").stream().allMatch(q -> q.attr("lang").equals("vi")));
  }

  @Test
  void aPlansMarkupQuotesAndControlCharactersRenderAsText() {
    Plan hue = ExamplePlans.read("hue-2025.json");
    String hostile = "<script>alert('x')</script> \"quoted\" & <b onmouseover=\"alert(1)\">bold</b> \u0000\u0001\u001b[2J\ufffe\uffff\ud800 end";
    List<Task> tasks = new ArrayList<>(hue.tasks());
    Task first = tasks.get(0);
    tasks.set(0, Task.builder().from(first).title(hostile).source(java.util.Optional.empty()).build());
    Plan plan = Plan.builder().from(hue).tasks(tasks).ref(dev.plancompliance.model.DocumentRef.builder().from(hue.ref()).title(hostile).build()).build();
    ReportedPlan reported = ReportedPlan.of(plan, HtmlReports.validator().validate(plan, HtmlReports.AS_OF)).named(hostile);
    String html = HtmlReports.html(List.of(reported), Language.VI);
    Document d = parse(html);
    assertEquals(1, d.select("script").size(), "no script but the page's own");
    assertTrue(d.select("b, [onmouseover]").isEmpty());
    assertTrue(d.getElementById("p1-h").text().contains("<script>alert('x')</script> \"quoted\" & <b onmouseover=\"alert(1)\">bold</b>"));
    assertTrue(d.getElementById("p1-h").text().contains("\\u0000\\u0001\\u001B[2J\\uFFFE\\uFFFF\\uD800 end"), "what HTML cannot carry is shown escaped");
    for (char c : new char[] {'\u0000', '\u0001', '\u001b', '\ufffe', '\uffff', '\ud800'}) {
      assertEquals(-1, html.indexOf(c), "raw U+" + Integer.toHexString(c));
    }
    // the task whose title is hostile is quoted by its title (its source lines dropped), as text
    assertTrue(d.select("#p1 span.title").stream().anyMatch(s -> s.text().startsWith("<script>")), d.getElementById("p1").text());
  }

  @Test
  void theCommandLineWritesTheExamplesPageToAFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    CliRun text = CliRun.of("validate", "--examples", "--as-of", "2025-12-31");
    CliRun run = CliRun.of("validate", "--examples", "--as-of", "2025-12-31", "--format", "html", "--out", out.toString());
    assertEquals(text.code(), run.code(), "the same verdict, the same exit code");
    assertEquals("", run.out());
    Document d = Jsoup.parse(out.toFile(), "UTF-8");
    assertEquals(ExamplePlans.names().size(), d.select("table.plans tbody tr").size());
    assertFalse(d.select("#p1 blockquote").isEmpty(), "the bundled plans quote their seed texts");
    CliRun en = CliRun.of("validate", "--examples", "--as-of", "2025-12-31", "--format", "html", "--lang", "en");
    assertTrue(en.out().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), en.out().substring(0, 60));
  }

  @Test
  void aPlanFileGetsTheSourceTextBesideItAndANoteWhenThereIsNone(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("hue.json");
    Files.writeString(plan, ExamplePlans.documentText("hue-2025.json"), StandardCharsets.UTF_8);
    CliRun without = CliRun.of("validate", plan.toString(), "--as-of", "2025-12-31", "--format", "html");
    assertTrue(without.err().contains("note: " + plan + ": its source text 000_3d0f801100aabd15.txt is not a file beside it"), without.err());
    assertTrue(Jsoup.parse(without.out()).select("blockquote").isEmpty());
    Files.writeString(dir.resolve("000_3d0f801100aabd15.txt"), ExamplePlans.sourceText("hue-2025.json").orElseThrow(), StandardCharsets.UTF_8);
    CliRun with = CliRun.of("validate", plan.toString(), "--as-of", "2025-12-31", "--format", "html");
    assertEquals("", with.err());
    assertFalse(Jsoup.parse(with.out()).select("blockquote").isEmpty());
    // a source text in Latin-1, or a folder of that name: named in a note, the page shows the tasks' titles
    Path source = dir.resolve("000_3d0f801100aabd15.txt");
    Files.write(source, new byte[] {'K', (byte) 0xE9, '\n'});
    CliRun latin1 = CliRun.of("validate", plan.toString(), "--as-of", "2025-12-31", "--format", "html");
    assertTrue(latin1.err().contains("its source text 000_3d0f801100aabd15.txt is not UTF-8 text (an invalid byte at offset 1)"), latin1.err());
    assertTrue(Jsoup.parse(latin1.out()).select("blockquote").isEmpty());
    Files.delete(source);
    Files.createDirectory(source);
    CliRun folder = CliRun.of("validate", plan.toString(), "--as-of", "2025-12-31", "--format", "html");
    assertTrue(folder.err().contains("its source text 000_3d0f801100aabd15.txt is a folder"), folder.err());
    assertEquals(without.code(), folder.code(), "a source text that cannot be quoted changes no verdict");
  }

  @Test
  void aBatchOfMoreThan5000FindingsListsTheErrorsAndTheWarningsThatFitAndCountsTheRest() {
    // Bắc Giang: 14 ERROR, 34 WARNING, 5 INFO findings; 100 copies make 5,300
    ReportedPlan one = HtmlReports.seedReports().get(3);
    List<ReportedPlan> batch = java.util.Collections.nCopies(100, one);
    Document d = parse(HtmlReports.html(batch, Language.VI));
    assertEquals(1_400, d.select("tr[data-severity=ERROR]").size(), "every ERROR listed");
    assertEquals(3_400, d.select("tr[data-severity=WARNING]").size(), "the WARNINGs fit in the 5,000 rows whole");
    assertEquals(0, d.select("tr[data-severity=INFO]").size(), "the INFOs do not: counted, not listed");
    assertTrue(d.getElementById("findings").selectFirst("p.WARNING").text().contains("4800 / 5300"), d.getElementById("findings").selectFirst("p").text());
    assertEquals(100, d.select("section[data-plan-section]").size(), "a report given 100 times is 100 plans");
    assertTrue(d.getElementById("p57").text().contains("5 phát hiện không được liệt kê"), d.getElementById("p57").text());
    // the per-rule table counts every finding, listed or not
    Element rules = d.selectFirst("table.rules");
    long infoRules = one.report().findings().stream().filter(f -> f.severity() == dev.plancompliance.rules.Severity.INFO).map(Finding::ruleId).distinct().count();
    int counted = rules.select("tbody tr").stream().mapToInt(r -> Integer.parseInt(r.child(2).text())).sum();
    assertEquals(5_300, counted);
    assertTrue(infoRules > 0);
    assertTrue(rules.select("tbody tr").stream().allMatch(r -> r.child(3).text().equals("100")), "each rule in all 100 plans");
  }

  private static String sha256(String text) throws Exception {
    return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
