package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.Verdict;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * One verdict per document, the same in every output: the text report's summary line, the JSON report's
 * {@code verdict}, the SARIF run's property bag, the JUnit suite's {@code verdict} property and the exit code
 * of {@code plan-check validate}. Run on each seed plan, on a notice (NOT A PLAN; a run of notices only is
 * INCONCLUSIVE, exit code 3) and on the whole batch.
 */
class VerdictAcrossFormatsTest {
  private static final ObjectMapper JSON = PlanDocuments.objectMapper();
  private static final String AS_OF = "2025-12-31";

  static Stream<String> documents() {
    return Stream.of("hue-2025.json", "ha-noi-2025.json", "ha-tinh-444-kh-ubnd.json", "bac-giang-2021.json")
        .map(n -> "src/main/resources/dev/plancompliance/examples/plans/" + n);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyFormatAndTheExitCodeSayTheSameVerdict(String document) throws Exception {
    Verdict verdict = verdictEverywhere(document);
    assertTrue(EnumSet.of(Verdict.COMPLIANT, Verdict.NOT_COMPLIANT, Verdict.INCONCLUSIVE).contains(verdict), verdict.name());
  }

  @Test
  void theExamplesCoverEveryVerdictOfAPlan() throws Exception {
    Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
    for (String d : documents().toList()) {
      seen.add(verdictEverywhere(d));
    }
    assertEquals(EnumSet.of(Verdict.COMPLIANT, Verdict.NOT_COMPLIANT, Verdict.INCONCLUSIVE), seen,
        "so that the agreement above is shown for each verdict a plan can get");
  }

  @Test
  void aNoticeIsNotAPlanInEveryFormat(@TempDir Path dir) throws Exception {
    ObjectNode plan = (ObjectNode) JSON.readTree(Files.readString(Path.of("src/main/resources/dev/plancompliance/examples/plans/ha-tinh-444-kh-ubnd.json")));
    plan.with("ref").put("kind", "NOTICE");
    Path notice = dir.resolve("notice.json");
    Files.writeString(notice, JSON.writeValueAsString(plan));
    assertEquals(Verdict.NOT_A_PLAN, verdictEverywhere(notice.toString()));
  }

  @Test
  void theBatchVerdictIsTheWorstOne_inSarifAndInTheExitCode() throws Exception {
    CliRun sarif = CliRun.of("validate", "--examples", "--as-of", AS_OF, "--format", "sarif");
    JsonNode props = JSON.readTree(sarif.out()).get("runs").get(0).get("properties");
    assertEquals("NOT_COMPLIANT", props.get("verdict").asText());
    assertEquals(PlanCheck.exitCode(Verdict.NOT_COMPLIANT), sarif.code());
    List<String> verdicts = new ArrayList<>();
    props.get("documents").forEach(d -> verdicts.add(d.get("verdict").asText()));
    assertEquals(ExamplePlans.names().size(), verdicts.size());
    assertTrue(verdicts.contains("INCONCLUSIVE") && verdicts.contains("COMPLIANT"), verdicts.toString());
  }

  /** Runs the document in every format; asserts they agree and returns the verdict they share. */
  private static Verdict verdictEverywhere(String document) throws Exception {
    CliRun json = CliRun.of("validate", "--as-of", AS_OF, "--format", "json", document);
    assertEquals("", json.err());
    JsonNode report = JSON.readTree(json.out());
    report = report.isArray() ? report.get(0) : report;
    Verdict verdict = Verdict.valueOf(report.get("verdict").asText());
    int code = PlanCheck.exitCode(verdict);
    assertEquals(code, json.code(), "exit code of --format json");

    CliRun text = CliRun.of("validate", "--as-of", AS_OF, "--lang", "en", document);
    assertEquals(code, text.code(), "exit code of the text report");
    String summary = text.out().lines().filter(l -> l.startsWith("as of " + AS_OF + ":")).findFirst().orElse(text.out());
    assertTrue(summary.endsWith("— " + verdict.label(Language.EN)), summary);

    CliRun sarif = CliRun.of("validate", "--as-of", AS_OF, "--format", "sarif", document);
    assertEquals(code, sarif.code(), "exit code of --format sarif");
    JsonNode run = JSON.readTree(sarif.out()).get("runs").get(0);
    assertEquals(Verdict.combined(List.of(verdict)).name(), run.get("properties").get("verdict").asText(), "the run's verdict");
    JsonNode doc = run.get("properties").get("documents").get(0);
    assertEquals(verdict.name(), doc.get("verdict").asText());
    List<String> undecided = new ArrayList<>();
    doc.get("undecidedRules").forEach(u -> undecided.add(u.asText()));
    assertEquals(verdict == Verdict.INCONCLUSIVE, !undecided.isEmpty(), "INCONCLUSIVE names the rules that could not decide: " + undecided);

    CliRun junit = CliRun.of("validate", "--as-of", AS_OF, "--format", "junit", document);
    assertEquals(code, junit.code(), "exit code of --format junit");
    NodeList props = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(junit.out()))).getElementsByTagName("property");
    String junitVerdict = null;
    for (int i = 0; i < props.getLength(); i++) {
      Element p = (Element) props.item(i);
      if (p.getAttribute("name").equals("verdict")) {
        junitVerdict = p.getAttribute("value");
      }
    }
    assertEquals(verdict.name(), junitVerdict);

    CliRun html = CliRun.of("validate", "--as-of", AS_OF, "--format", "html", "--lang", "en", document);
    assertEquals(code, html.code(), "exit code of --format html");
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.out());
    assertEquals(verdict.label(Language.EN), page.selectFirst("table.plans tbody tr .badge").text(), "the plan's verdict in the plans table");
    assertEquals(verdict.label(Language.EN), page.selectFirst("#p1 .badge").text(), "and at the head of its section");
    return verdict;
  }
}
