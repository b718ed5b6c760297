package dev.plancompliance.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.RuleError;
import dev.plancompliance.rules.RuleInfo;
import dev.plancompliance.rules.RuleOutcome;
import dev.plancompliance.rules.Severity;
import dev.plancompliance.rules.ValidationReport;
import dev.plancompliance.rules.Verdict;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports as one SARIF 2.1.0 log: one run of {@code plan-check}, the rule catalogue in
 * {@code tool.driver.rules} (title, legal basis, default level), and one result per finding, located in the
 * plan document (its line when known) with the finding's path as a logical location, the source text's
 * line (the seed) as a related location, and the finding's fingerprint as a partial fingerprint. The run's
 * property bag carries the verdict of the run and of each document; a rule of ERROR severity that could not
 * decide is a warning notification of the invocation (a rule that failed at run time is an error one).
 */
final class SarifOutput {
  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String SOURCE_BASE = "SOURCEDOCS";
  private static final ObjectMapper JSON = PlanDocuments.objectMapper();

  private SarifOutput() {}

  static String write(List<RuleInfo> rules, Set<String> crossPlanRules, List<CheckedPlan> checked, String version) {
    ObjectNode log = JSON.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "plan-check");
    driver.put("version", version);
    driver.put("informationUri", "https://github.com/plan-compliance/plan-compliance");
    ArrayNode ruleArray = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (RuleInfo r : rules) {
      ruleIndex.put(r.id(), ruleIndex.size());
      ObjectNode rule = ruleArray.addObject();
      rule.put("id", r.id());
      rule.putObject("shortDescription").put("text", r.titleEn());
      rule.putObject("fullDescription").put("text", r.titleVi());
      rule.putObject("help").put("text", "Basis: " + r.basis());
      rule.putObject("defaultConfiguration").put("level", level(r.severity()));
      ObjectNode props = rule.putObject("properties");
      props.put("severity", r.severity().name());
      props.put("basis", r.basis());
      props.put("basisKind", r.basisKind().name());
      props.put("ruleSet", r.ruleSet());
      props.put("crossPlan", crossPlanRules.contains(r.id()));
    }
    run.putObject("originalUriBaseIds").putObject(SOURCE_BASE).putObject("description")
        .put("text", "The folder of the plans' source documents (the texts the plan documents were encoded from).");
    ArrayNode invocationNotes = JSON.createArrayNode();
    ArrayNode results = run.putArray("results");
    for (CheckedPlan c : checked) {
      for (Finding f : c.report().findings()) {
        results.add(result(f, c, checked, ruleIndex));
      }
      for (RuleError e : c.report().errors()) {
        notify(invocationNotes, "error", e.ruleId(),
            "rule " + e.ruleId() + " (\"" + e.rule() + "\") failed on " + c.document() + ": " + e.message());
      }
      for (RuleOutcome o : c.report().undecided()) {
        notify(invocationNotes, "warning", o.ruleId(),
            "rule " + o.ruleId() + " could not decide on " + c.document() + ": " + o.reasonEn());
      }
    }
    boolean ran = checked.stream().allMatch(c -> c.report().errors().isEmpty());
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", ran);
    if (!invocationNotes.isEmpty()) {
      invocation.set("toolExecutionNotifications", invocationNotes);
    }
    verdicts(run.putObject("properties"), checked);
    return write(log);
  }

  private static void notify(ArrayNode notes, String level, String ruleId, String text) {
    ObjectNode note = notes.addObject();
    note.put("level", level);
    note.putObject("message").put("text", text);
    note.putObject("associatedRule").put("id", ruleId);
  }

  /**
   * The verdicts in the run's property bag: the run's combined verdict and each document's, with the rules of
   * ERROR severity that could not decide (why a document is INCONCLUSIVE), as the text and JSON reports say.
   */
  private static void verdicts(ObjectNode props, List<CheckedPlan> checked) {
    props.put("verdict", Verdict.combined(checked.stream().map(c -> c.report().verdict()).toList()).name());
    ArrayNode documents = props.putArray("documents");
    for (CheckedPlan c : checked) {
      ValidationReport r = c.report();
      ObjectNode d = documents.addObject();
      d.put("document", c.document());
      d.put("plan", r.plan().symbol());
      d.put("crossPlan", c.crossPlan());
      d.put("verdict", r.verdict().name());
      ArrayNode undecided = d.putArray("undecidedRules");
      r.undecided().forEach(o -> undecided.add(o.ruleId()));
    }
  }

  private static ObjectNode result(Finding f, CheckedPlan c, List<CheckedPlan> all, Map<String, Integer> ruleIndex) {
    ObjectNode r = JSON.createObjectNode();
    r.put("ruleId", f.ruleId());
    if (ruleIndex.containsKey(f.ruleId())) {
      r.put("ruleIndex", ruleIndex.get(f.ruleId()));
    }
    r.put("level", level(f.severity()));
    r.putObject("message").put("text", f.messageEn());
    CheckedPlan.Location at = c.locate(f, all);
    ObjectNode location = r.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(at.artifact()));
    at.line().ifPresent(line -> physical.putObject("region").put("startLine", line));
    ObjectNode logical = location.putArray("logicalLocations").addObject();
    logical.put("fullyQualifiedName", f.path());
    logical.put("kind", "member");
    f.source().ifPresent(s -> {
      ObjectNode related = r.putArray("relatedLocations").addObject();
      related.put("id", 0);
      ObjectNode rp = related.putObject("physicalLocation");
      rp.putObject("artifactLocation").put("uri", uri(s.file())).put("uriBaseId", SOURCE_BASE);
      ObjectNode region = rp.putObject("region").put("startLine", s.line());
      s.lastLine().ifPresent(l -> region.put("endLine", l));
      related.putObject("message").put("text", "the text of the plan this finding is about");
    });
    r.putObject("partialFingerprints").put("planCompliance/v1", f.fingerprint());
    ObjectNode props = r.putObject("properties");
    props.put("messageVi", f.messageVi());
    props.put("basis", f.basis());
    props.put("basisKind", f.basisKind().name());
    props.put("plan", c.report().plan().symbol());
    f.relatedPlan().ifPresent(p -> props.put("relatedPlan", p.symbol()));
    f.taskCode().ifPresent(t -> props.put("task", t));
    f.actual().ifPresent(a -> props.put("actual", a));
    f.expected().ifPresent(e -> props.put("expected", e));
    return r;
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** A file name as a relative URI reference: forward slashes, non-ASCII and spaces percent-encoded. */
  static String uri(String document) {
    try {
      return new URI(null, null, document.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot name " + document + " as a URI: " + e.getMessage(), e);
    }
  }

  private static String write(ObjectNode log) {
    return PlanDocuments.toJson(log);
  }
}
