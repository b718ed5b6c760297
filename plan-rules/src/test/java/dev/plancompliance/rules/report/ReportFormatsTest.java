package dev.plancompliance.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.ValidationReport;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The report formats as a host calls them: a report and a Writer. The Huế rule case of ACC-001 (task II.1
 * has no lead: one ERROR) is the plan; the outputs' schemas and the seeds are checked through the command
 * line in plan-examples.
 */
class ReportFormatsTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final String CASE = "/rule-cases/ACC-001/fail/hue-2025.json";
  private static PlanValidator validator;
  private static String text;
  private static Plan plan;
  private static ValidationReport report;

  @BeforeAll
  static void validate() throws IOException {
    validator = PlanValidator.builder().withStandardRules().build();
    try (var in = ReportFormatsTest.class.getResourceAsStream(CASE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    plan = PlanDocuments.read(text, CASE);
    report = validator.validate(plan, AS_OF);
  }

  private static Document xml(String s) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(s)));
  }

  @Test
  void textAndJson_areTheReportsOwn() {
    StringWriter out = new StringWriter();
    ReportFormats.text(report, List.of(Language.EN), false, out);
    assertEquals(report.toText(List.of(Language.EN), false), out.toString());
    out = new StringWriter();
    ReportFormats.json(List.of(report), out);
    assertEquals(List.of(report), ValidationReport.listFromJson(out.toString(), "out"));
  }

  @Test
  void sarif_ofADocumentThatIsNoFile_namesItUnderTheDocumentsBase_andWithItsTextGivesTheLine() throws Exception {
    StringWriter out = new StringWriter();
    ReportFormats.sarif(validator, List.of(ReportedPlan.of(plan, report).named("db:plans/42")), out);
    JsonNode result = PlanDocuments.objectMapper().readTree(out.toString()).get("runs").get(0).get("results").get(0);
    JsonNode physical = result.get("locations").get(0).get("physicalLocation");
    assertEquals("db%3Aplans/42", physical.get("artifactLocation").get("uri").asText(), "a colon cannot make it a scheme");
    assertEquals("DOCUMENTS", physical.get("artifactLocation").get("uriBaseId").asText());
    assertFalse(physical.has("region"), "no text given: no line");

    out = new StringWriter();
    ReportFormats.sarif(validator, List.of(ReportedPlan.of(plan, report).named("db:plans/42").withText(text)), out);
    physical = PlanDocuments.objectMapper().readTree(out.toString()).at("/runs/0/results/0/locations/0/physicalLocation");
    int line = physical.get("region").get("startLine").asInt();
    assertTrue(text.lines().toList().get(line - 1).contains("\"leads\""), text.lines().toList().get(line - 1));
  }

  @Test
  void sarif_ofFiles_namesThemRelativeToTheBaseFolder_orTheirOwnFolder(@TempDir Path dir) throws Exception {
    Path inside = dir.resolve("plans").resolve("huế.json");
    Files.createDirectories(inside.getParent());
    Files.writeString(inside, text);
    Path elsewhere = Files.createTempFile("outside", ".json");
    StringWriter out = new StringWriter();
    ReportFormats.sarif(validator, List.of(ReportedPlan.of(plan, report).inFile(inside, text), ReportedPlan.of(plan, report).inFile(elsewhere, text)), dir, out);
    JsonNode run = PlanDocuments.objectMapper().readTree(out.toString()).get("runs").get(0);
    JsonNode bases = run.get("originalUriBaseIds");
    assertEquals(dir.toUri().toString(), bases.get("PLANROOT").get("uri").asText());
    assertEquals(elsewhere.getParent().toUri().toString(), bases.get("PLANROOT2").get("uri").asText());
    List<String> uris = run.findValues("artifactLocation").stream().filter(l -> l.get("uriBaseId").asText().startsWith("PLANROOT"))
        .map(l -> l.get("uriBaseId").asText() + " " + l.get("uri").asText()).distinct().toList();
    assertEquals(List.of("PLANROOT plans/hu%E1%BA%BF.json", "PLANROOT2 " + elsewhere.getFileName()), uris);
    Files.delete(elsewhere);
  }

  @Test
  void relativeUri_neverBecomesAbsolute_andNeverThrows() {
    assertEquals("2025%3Anotes.txt", SarifLog.relativeUri("2025:notes.txt"));
    assertEquals("javascript%3Aalert%281%29", SarifLog.relativeUri("javascript:alert(1)"));
    assertEquals("%2Fetc/passwd", SarifLog.relativeUri("/etc/passwd"));
    assertEquals("a/b%20c.json", SarifLog.relativeUri("a\\b c.json"));
    assertEquals("x%3F", SarifLog.relativeUri("x\uD800"), "a lone surrogate");
    for (String s : List.of("2025:notes.txt", "javascript:x", "//host/x", "/x", "http://a", "x\uD800")) {
      assertFalse(URI.create(SarifLog.relativeUri(s)).isAbsolute(), s);
      assertEquals(null, URI.create(SarifLog.relativeUri(s)).getAuthority(), s);
    }
  }

  @Test
  void junit_failsOnTheErrorOnly_namesItsClassAfterTheDocument_andGivesTheTime() throws Exception {
    StringWriter out = new StringWriter();
    ReportedPlan one = ReportedPlan.of(plan, report).named("hue.json").withTime(Duration.ofMillis(1234));
    ReportFormats.junit(validator, List.of(one, ReportedPlan.of(plan, report).named("hue.json")), out);
    Document doc = xml(out.toString());
    NodeList suites = doc.getElementsByTagName("testsuite");
    Element suite = (Element) suites.item(0);
    long errorRules = report.outcomes().stream().filter(o -> report.findings(o.ruleId()).stream().anyMatch(f -> f.severity().name().equals("ERROR"))).count();
    assertEquals(1, errorRules, "the case: ACC-001 only");
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("1.234", suite.getAttribute("time"));
    assertEquals("2", doc.getDocumentElement().getAttribute("failures"));
    assertEquals("hue.json", ((Element) suite.getElementsByTagName("testcase").item(0)).getAttribute("classname"));
    assertEquals("hue.json (2)", ((Element) ((Element) suites.item(1)).getElementsByTagName("testcase").item(0)).getAttribute("classname"));
    assertFalse(((Element) suites.item(1)).hasAttribute("time"), "not measured: no time");
  }

  @Test
  void junit_staysWellFormed_whenATaskCodeHoldsCharactersXmlCannot() throws Exception {
    Task first = plan.tasks().get(0);
    Plan odd = Plan.builder().from(plan).tasks(List.of(Task.builder().from(first).code("II.1\u0000\u0001\u001b\uFFFE\uFFFF").build()))
        .addAllTasks(plan.tasks().subList(1, plan.tasks().size())).build();
    StringWriter out = new StringWriter();
    ReportFormats.junit(validator, List.of(ReportedPlan.of(odd, validator.validate(odd, AS_OF))), out);
    String failure = xml(out.toString()).getElementsByTagName("failure").item(0).getTextContent();
    assertTrue(failure.contains("tasks[II.1\\u0000\\u0001\\u001B\\uFFFE\\uFFFF].leads"), failure);
  }

  @Test
  void aWriterThatFails_isAnUncheckedIOException_andTheWriterIsNotClosed() {
    class Failing extends FilterWriter {
      boolean closed;

      Failing() {
        super(new StringWriter());
      }

      @Override
      public void write(String s, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {
        closed = true;
      }
    }
    Failing w = new Failing();
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ReportFormats.json(List.of(report), w));
    assertTrue(e.getMessage().contains("disk full"), e.getMessage());
    assertFalse(w.closed);
    Writer ok = new StringWriter();
    ReportFormats.sarif(validator, List.of(ReportedPlan.of(plan, report)), ok);
    assertTrue(ok.toString().startsWith("{"));
  }
}
