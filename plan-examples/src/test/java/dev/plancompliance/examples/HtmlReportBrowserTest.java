package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.Severity;
import dev.plancompliance.rules.report.ReportedPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: the machine's headless Chromium loads the page of the four seeds and of
 * the Hà Nội set from a file:// URL; the test checks that nothing goes to the console, reads the matrix as
 * rendered, clicks a filter and sees rows hidden, and leaves a screenshot and the page under
 * {@code target/html-report/} for a person to look at. Skipped when no Chromium is installed, unless
 * {@code PLAN_CHECK_REQUIRE_BROWSER=1} (as CI sets it, having installed Debian's {@code chromium}).
 */
class HtmlReportBrowserTest {
  private static final Path OUT = Path.of("target", "html-report");

  private static Path browser() {
    Optional<Path> chromium = Chromium.executable();
    if (chromium.isEmpty()) {
      String message = "no Chromium on this machine (install Debian's chromium, or set CHROMIUM); the browser test did not run";
      if ("1".equals(System.getenv("PLAN_CHECK_REQUIRE_BROWSER"))) {
        throw new AssertionError(message + ", and PLAN_CHECK_REQUIRE_BROWSER=1 requires it");
      }
      Assumptions.abort(message);
    }
    return chromium.get();
  }

  private static Path write(String name, String html) throws Exception {
    Files.createDirectories(OUT);
    Path page = OUT.resolve(name).toAbsolutePath();
    Files.writeString(page, html, StandardCharsets.UTF_8);
    return page;
  }

  /** Cells of the first matrix as the browser renders them: one string per row, cells joined by "|". */
  private static final String MATRIX_ROWS = "Array.from(document.querySelectorAll('#coverage table.matrix')[0].querySelectorAll('tbody tr'))"
      + ".map(function(r){return Array.from(r.querySelectorAll('td')).map(function(c){return c.innerText.trim();}).join('|');})";

  private static final String VISIBLE = "(function(s){return Array.from(document.querySelectorAll(s)).filter(function(e){return e.offsetParent!==null;}).length;})";

  @Test
  void theSeedsPageLoadsCleanlyShowsTheMatrixAndItsSeverityFilterHidesRows(@TempDir Path profile) throws Exception {
    Path browser = browser();
    List<ReportedPlan> reports = HtmlReports.seedReports();
    Path page = write("seeds.html", HtmlReports.html(reports, Language.VI));
    long errors = reports.stream().flatMap(r -> r.report().findings().stream()).filter(f -> f.severity() == Severity.ERROR).count();
    long all = reports.stream().mapToLong(r -> r.report().findings().size()).sum();
    try (Chromium chromium = new Chromium(browser, profile.resolve("profile"), 1280, 1800)) {
      chromium.open(page);
      assertEquals(List.of(), chromium.errors, "the console stays empty (no script error, nothing the content policy refused)");
      assertEquals(false, chromium.evaluate("document.getElementById('filters').hidden").asBoolean(), "the script shows the filters");
      JsonNode rows = chromium.evaluate(MATRIX_ROWS);
      assertEquals("1|1|1|1|1|1|1|0|7", rows.get(0).asText(), "Huế");
      assertEquals("7|9|8|2|7|4|5|0|42", rows.get(1).asText(), "Hà Nội");
      assertEquals("3|17|11|2|3|4|2|0|42", rows.get(2).asText(), "Hà Tĩnh");
      assertEquals(all, chromium.evaluate(VISIBLE + "('tr[data-severity]')").asLong());
      chromium.screenshot(OUT.resolve("seeds.png"));
      // untick "Lỗi": the ERROR rows go, the others stay, the count follows
      chromium.click("#filters input[value=ERROR]");
      assertEquals(0, chromium.evaluate(VISIBLE + "('tr[data-severity=ERROR]')").asLong(), "ERROR rows hidden");
      assertEquals(all - errors, chromium.evaluate(VISIBLE + "('tr[data-severity]')").asLong());
      assertEquals(String.valueOf(all - errors), chromium.evaluate("document.getElementById('shown').textContent").asText());
      assertEquals(0, chromium.evaluate(VISIBLE + "('#p4 [data-block] h4 .badge.ERROR')").asLong(), "an emptied severity block hides its heading");
      // the plan filter: only Hà Tĩnh's section and matrix row remain
      chromium.evaluate("(function(){var s=document.querySelector('#filters select[name=plan]');s.value='p3';s.dispatchEvent(new Event('change',{bubbles:true}));return true;})()");
      assertEquals(1, chromium.evaluate(VISIBLE + "('section[data-plan-section]')").asLong());
      assertEquals(1, chromium.evaluate(VISIBLE + "('#coverage tr[data-row-plan]')").asLong());
      chromium.click("#filters button[type=reset]");
      chromium.settle();
      assertEquals(all, chromium.evaluate(VISIBLE + "('tr[data-severity]')").asLong(), "clearing the filters shows every row again");
      assertEquals(List.of(), chromium.errors);
    }
    assertTrue(Files.size(OUT.resolve("seeds.png")) > 10_000, "a screenshot with content");
  }

  @Test
  void theSetPageMarksTheCommuneWithoutAGroup4Task(@TempDir Path profile) throws Exception {
    Path browser = browser();
    Path page = write("ha-noi-set.html", HtmlReports.set());
    try (Chromium chromium = new Chromium(browser, profile.resolve("profile"), 1280, 1400)) {
      chromium.open(page);
      assertEquals(List.of(), chromium.errors);
      JsonNode rows = chromium.evaluate(MATRIX_ROWS);
      assertEquals(4, rows.size(), "the parent and three communes");
      assertEquals("✗ 0", rows.get(3).asText().split("\\|")[3], "the third commune's group 4");
      JsonNode colours = chromium.evaluate("(function(){var c=getComputedStyle(document.querySelector('#coverage td.missing'));return [c.color,c.backgroundColor];})()");
      assertEquals("rgb(138, 28, 28)", colours.get(0).asText(), "the style sheet applied (the content policy let it)");
      assertEquals("rgb(253, 226, 225)", colours.get(1).asText());
      chromium.screenshot(OUT.resolve("ha-noi-set.png"));
    }
  }
}
