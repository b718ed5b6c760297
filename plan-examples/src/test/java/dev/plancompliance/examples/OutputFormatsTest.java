package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plancompliance.model.json.PlanDocuments;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The SARIF and JUnit XML outputs against their published schemas (src/test/resources/schemas, see its
 * README): SARIF with the OASIS 2.1.0 JSON schema (networknt's validator), JUnit XML with the JDK's XML
 * Schema validator against Jenkins xUnit's junit-10.xsd (the whole document) and Maven Surefire's report
 * schema (each suite), after a parse with the JDK's namespace-aware DOM parser.
 */
class OutputFormatsTest {
  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PlanCheck.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals("", err.toString());
    return out.toString();
  }

  // each test runs the command itself, not once in a @BeforeAll: PIT credits a test only with the code run inside it
  private static final String SET = "src/main/resources/dev/plancompliance/examples/plans/ha-noi-set.json";
  private static final String PROGRESS = "src/main/resources/dev/plancompliance/examples/plans/illustrative/ha-noi-xa-a-progress-2026-01-05.json";

  private static String examples(String format) {
    return run("validate", "--examples", "--as-of", "2025-12-31", "--format", format);
  }

  private static String set(String format) {
    return run("validate", "--set", SET, "--progress", PROGRESS, "--as-of", "2026-01-05", "--format", format);
  }

  private static List<Error> sarifErrors(String log) throws Exception {
    try (InputStream in = OutputFormatsTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
      return schema.validate(log, InputFormat.JSON);
    }
  }

  @Test
  void sarif_isValidAgainstTheOasisSchema() throws Exception {
    assertEquals(List.of(), sarifErrors(examples("sarif")));
    assertEquals(List.of(), sarifErrors(set("sarif")));
  }

  @Test
  void sarifSchema_rejectsABrokenLog_soTheCheckAboveIsReal() throws Exception {
    String log = examples("sarif");
    assertFalse(sarifErrors(log.replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\"")).isEmpty());
    assertFalse(sarifErrors(log.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"")).isEmpty());
  }

  @Test
  void sarif_hasOneResultPerFinding_theRulesInTheDriver_andLocationsInThePlanDocument() throws Exception {
    JsonNode log = PlanDocuments.objectMapper().readTree(examples("sarif"));
    JsonNode run = log.get("runs").get(0);
    JsonNode reports = PlanDocuments.objectMapper().readTree(run("validate", "--examples", "--as-of", "2025-12-31", "--format", "json"));
    int findings = 0;
    for (JsonNode r : reports) {
      findings += r.get("findings").size();
    }
    assertEquals(findings, run.get("results").size());
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertEquals("ACC-001", rules.get(0).get("id").asText());
    assertEquals(26, rules.size());
    JsonNode first = run.get("results").get(0);
    assertEquals("ACC-001", first.get("ruleId").asText());
    assertEquals(rules.get(first.get("ruleIndex").asInt()).get("id").asText(), first.get("ruleId").asText());
    JsonNode physical = first.get("locations").get(0).get("physicalLocation");
    assertEquals("dev/plancompliance/examples/plans/hue-2025.json", physical.get("artifactLocation").get("uri").asText());
    assertEquals("DOCUMENTS", physical.get("artifactLocation").get("uriBaseId").asText(), "a bundled plan is no file: named, under a base with no URI");
    String hue = ExamplePlans.documentText("hue-2025.json");
    int line = physical.get("region").get("startLine").asInt();
    List<String> lines = hue.lines().toList();
    assertTrue(lines.get(line - 1).contains("\"leads\""), "the leads of task II.1 in the plan document: " + lines.get(line - 1));
    assertTrue(lines.subList(line - 8, line).stream().anyMatch(l -> l.contains("\"code\": \"II.1\"")), "task II.1");
    assertEquals("tasks[II.1].leads", first.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText());
    JsonNode seed = first.get("relatedLocations").get(0).get("physicalLocation");
    assertEquals("000_3d0f801100aabd15.txt", seed.get("artifactLocation").get("uri").asText());
    assertEquals(9, seed.get("region").get("startLine").asInt());
    assertTrue(first.get("partialFingerprints").get("planCompliance/v1").asText().matches("[0-9a-f]{16}"));
    assertEquals("PRACTICE", first.get("properties").get("basisKind").asText(), "ACC-001 rests on practice");
    java.util.Set<String> kinds = new java.util.TreeSet<>();
    run.get("results").forEach(r -> kinds.add(r.get("properties").get("basisKind").asText()));
    assertEquals(java.util.Set.of("NORM", "PRACTICE"), kinds, "every result says its basis kind; the seeds show both");
    rules.forEach(r -> assertTrue(r.get("properties").get("basisKind").asText().matches("NORM|PRACTICE"), r.toString()));
  }

  @Test
  void sarifOfASet_pointsCrossPlanFindingsAtTheChildsDocument() throws Exception {
    JsonNode results = PlanDocuments.objectMapper().readTree(set("sarif")).get("runs").get(0).get("results");
    JsonNode late = null;
    for (JsonNode r : results) {
      if (r.get("ruleId").asText().equals("DL-004")) {
        late = r;
      }
    }
    JsonNode physical = late.get("locations").get(0).get("physicalLocation");
    assertEquals("src/main/resources/dev/plancompliance/examples/plans/illustrative/ha-noi-xa-b-late.json", physical.get("artifactLocation").get("uri").asText());
    assertEquals("PLANROOT", physical.get("artifactLocation").get("uriBaseId").asText());
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/dev/plancompliance/examples/plans/illustrative/ha-noi-xa-b-late.json"));
    assertTrue(doc.lines().toList().get(physical.get("region").get("startLine").asInt() - 1).contains("\"issuedOn\": \"2025-08-20\""));
    assertEquals("112/KH-UBND", late.get("properties").get("relatedPlan").asText());
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static Validator validator(String xsd) throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    return f.newSchema(new StreamSource(OutputFormatsTest.class.getResource("/schemas/" + xsd).toString())).newValidator();
  }

  @Test
  void junit_isValidAgainstJenkinsXunitSchema_andEachSuiteAgainstSurefiresReportSchema() throws Exception {
    for (String xml : List.of(examples("junit"), set("junit"))) {
      validator("junit-10.xsd").validate(new StreamSource(new StringReader(xml)));
      Document doc = parse(xml);
      NodeList suites = doc.getElementsByTagName("testsuite");
      assertTrue(suites.getLength() > 0);
      Validator surefire = validator("surefire-test-report.xsd");
      for (int i = 0; i < suites.getLength(); i++) {
        surefire.validate(new DOMSource(suites.item(i)));
      }
    }
  }

  @Test
  void junit_hasATestCasePerRuleOutcome_failuresForFailedRules_skippedWithTheReason() throws Exception {
    Document doc = parse(set("junit"));
    Element root = doc.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    NodeList suites = root.getElementsByTagName("testsuite");
    assertEquals(5, suites.getLength(), "the parent, three communes, cross-plan");
    Element crossPlan = (Element) suites.item(4);
    assertTrue(crossPlan.getAttribute("name").startsWith("cross-plan "), crossPlan.getAttribute("name"));
    assertEquals("3", crossPlan.getAttribute("tests"));
    assertEquals("1", crossPlan.getAttribute("failures"), "HIE-001 has an ERROR finding; the other two rules' findings are WARNING and INFO");
    assertTrue(Double.parseDouble(crossPlan.getAttribute("time")) > 0, "the set's validation time");
    Element parent = (Element) suites.item(0);
    NodeList cases = parent.getElementsByTagName("testcase");
    assertEquals(26, cases.getLength());
    List<String> skipped = new ArrayList<>();
    int failures = 0;
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      if (c.getElementsByTagName("failure").getLength() > 0) {
        failures++;
      }
      NodeList s = c.getElementsByTagName("skipped");
      if (s.getLength() > 0) {
        skipped.add(c.getAttribute("name").substring(0, 7).strip() + ": " + ((Element) s.item(0)).getAttribute("message"));
      }
    }
    assertEquals(Integer.parseInt(parent.getAttribute("failures")), failures);
    assertEquals(Integer.parseInt(parent.getAttribute("skipped")), skipped.size());
    assertTrue(skipped.contains("DL-001: not evaluable: the time frames of 41 tasks are set in an appendix that is not available"), skipped.toString());
    assertTrue(skipped.stream().anyMatch(s -> s.startsWith("HIE-001: not applicable: checked across plans")), skipped.toString());
    Element xaA = (Element) suites.item(1);
    assertTrue(xaA.getAttribute("name").contains("ha-noi-xa-a-compliant.json"), xaA.getAttribute("name"));
    String text = xaA.getTextContent();
    assertTrue(text.contains("ERROR reportingDuties[0].deadline[2025-H2]: The report to \"Department of Justice\" for 2025-H2 was due by 2025-11-30"), text);
  }

  /** Every artifact location of a SARIF log: relative URI, with a base the run declares with an absolute URI or none. */
  private static void assertEveryUriRelativeToADeclaredBase(JsonNode log) {
    JsonNode run = log.get("runs").get(0);
    JsonNode bases = run.get("originalUriBaseIds");
    bases.fields().forEachRemaining(b -> {
      if (b.getValue().has("uri")) {
        String uri = b.getValue().get("uri").asText();
        assertTrue(java.net.URI.create(uri).isAbsolute() && uri.endsWith("/"), b.getKey() + ": " + uri);
      }
    });
    List<JsonNode> locations = new ArrayList<>(log.findValues("artifactLocation"));
    assertFalse(locations.isEmpty());
    for (JsonNode l : locations) {
      assertFalse(java.net.URI.create(l.get("uri").asText()).isAbsolute(), l.toString());
      assertTrue(bases.has(l.get("uriBaseId").asText()), l.toString());
    }
  }

  @Test
  void sarif_namesEveryArtifactByARelativeUriAndABase_alsoForAbsoluteInputPaths() throws Exception {
    assertEveryUriRelativeToADeclaredBase(PlanDocuments.objectMapper().readTree(examples("sarif")));
    assertEveryUriRelativeToADeclaredBase(PlanDocuments.objectMapper().readTree(set("sarif")));
    java.nio.file.Path plan = java.nio.file.Path.of("src/main/resources/dev/plancompliance/examples/plans/hue-2025.json").toAbsolutePath();
    java.nio.file.Path outside = java.nio.file.Files.createTempDirectory("plan check ").resolve("Huế 2025.json");
    java.nio.file.Files.copy(plan, outside);
    String sarif = run("validate", "--as-of", "2025-12-31", "--format", "sarif", plan.toString(), outside.toString());
    assertEquals(List.of(), sarifErrors(sarif));
    JsonNode log = PlanDocuments.objectMapper().readTree(sarif);
    assertEveryUriRelativeToADeclaredBase(log);
    JsonNode bases = log.get("runs").get(0).get("originalUriBaseIds");
    assertEquals(java.nio.file.Path.of("").toAbsolutePath().toUri().toString(), bases.get("PLANROOT").get("uri").asText(), "the working directory");
    assertEquals(outside.getParent().toUri().toASCIIString(), bases.get("PLANROOT2").get("uri").asText(), "a file elsewhere: its folder");
    List<String> uris = log.findValues("artifactLocation").stream().filter(l -> l.get("uriBaseId").asText().startsWith("PLANROOT"))
        .map(l -> l.get("uriBaseId").asText() + " " + l.get("uri").asText()).distinct().sorted().toList();
    assertEquals(List.of("PLANROOT src/main/resources/dev/plancompliance/examples/plans/hue-2025.json", "PLANROOT2 Hu%E1%BA%BF%202025.json"), uris);
  }

  @Test
  void junit_failsOnlyRulesWithAnErrorFinding_warningsAndInfoAreSystemOut_classNamesUnique() throws Exception {
    for (String xml : List.of(examples("junit"), set("junit"))) {
      Document doc = parse(xml);
      NodeList suites = doc.getElementsByTagName("testsuite");
      java.util.Set<String> classnames = new java.util.HashSet<>();
      for (int i = 0; i < suites.getLength(); i++) {
        Element suite = (Element) suites.item(i);
        NodeList cases = suite.getElementsByTagName("testcase");
        classnames.add(((Element) cases.item(0)).getAttribute("classname"));
        for (int j = 0; j < cases.getLength(); j++) {
          Element c = (Element) cases.item(j);
          NodeList failure = c.getElementsByTagName("failure");
          NodeList out = c.getElementsByTagName("system-out");
          if (failure.getLength() > 0) {
            assertTrue(failure.item(0).getTextContent().lines().anyMatch(l -> l.startsWith("ERROR ")), c.getAttribute("name"));
          }
          if (out.getLength() > 0) {
            assertTrue(out.item(0).getTextContent().lines().allMatch(l -> l.startsWith("WARNING ") || l.startsWith("INFO ")), c.getAttribute("name"));
          }
        }
      }
      assertEquals(suites.getLength(), classnames.size(), "one class name per suite: " + classnames);
    }
    // the four seeds: a COMPLIANT plan shows no failure, but its warnings are there
    Document doc = parse(examples("junit"));
    NodeList suites = doc.getElementsByTagName("testsuite");
    int compliant = 0;
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      String verdict = "";
      NodeList props = suite.getElementsByTagName("property");
      for (int j = 0; j < props.getLength(); j++) {
        if (((Element) props.item(j)).getAttribute("name").equals("verdict")) {
          verdict = ((Element) props.item(j)).getAttribute("value");
        }
      }
      assertTrue(Double.parseDouble(suite.getAttribute("time")) > 0, "measured: " + suite.getAttribute("name"));
      if (verdict.equals("COMPLIANT")) {
        compliant++;
        assertEquals("0", suite.getAttribute("failures"), suite.getAttribute("name"));
        assertTrue(suite.getElementsByTagName("system-out").getLength() > 0, "its WARNING/INFO findings: " + suite.getAttribute("name"));
      } else if (verdict.equals("NOT_COMPLIANT")) {
        assertTrue(Integer.parseInt(suite.getAttribute("failures")) > 0, suite.getAttribute("name"));
      }
    }
    assertTrue(compliant > 0, "some seed is COMPLIANT");
  }
}
