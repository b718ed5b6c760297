package dev.plancompliance.rules.report;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
final class SarifLog {
  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  /** The base of the plan documents that are files under the base folder. */
  static final String PLAN_ROOT = "PLANROOT";
  /** The base of documents the host named, that are not files (bundled examples, records of a host's). */
  static final String NAMED = "DOCUMENTS";
  /** The base of the plans' source texts ({@code source.file} of a finding). */
  static final String SOURCE_BASE = "SOURCEDOCS";
  private static final ObjectMapper JSON = PlanDocuments.objectMapper();

  private SarifLog() {}

  static ObjectNode log(List<RuleInfo> rules, Set<String> crossPlanRules, List<ReportedPlan> checked, String version, Path baseFolder) {
    Artifacts artifacts = new Artifacts(baseFolder);
    ObjectNode log = JSON.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "plan-compliance");
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
    ArrayNode invocationNotes = JSON.createArrayNode();
    ArrayNode results = run.putArray("results");
    for (ReportedPlan c : checked) {
      for (Finding f : c.report().findings()) {
        results.add(result(f, c, checked, ruleIndex, artifacts));
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
    run.set("originalUriBaseIds", artifacts.bases());
    verdicts(run.putObject("properties"), checked);
    return log;
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
  private static void verdicts(ObjectNode props, List<ReportedPlan> checked) {
    props.put("verdict", Verdict.combined(checked.stream().map(c -> c.report().verdict()).toList()).name());
    ArrayNode documents = props.putArray("documents");
    for (ReportedPlan c : checked) {
      ValidationReport r = c.report();
      ObjectNode d = documents.addObject();
      d.put("document", c.document());
      d.put("plan", r.plan().symbol());
      d.put("crossPlan", c.isCrossPlan());
      d.put("verdict", r.verdict().name());
      ArrayNode undecided = d.putArray("undecidedRules");
      r.undecided().forEach(o -> undecided.add(o.ruleId()));
    }
  }

  private static ObjectNode result(Finding f, ReportedPlan c, List<ReportedPlan> all, Map<String, Integer> ruleIndex, Artifacts artifacts) {
    ObjectNode r = JSON.createObjectNode();
    r.put("ruleId", f.ruleId());
    if (ruleIndex.containsKey(f.ruleId())) {
      r.put("ruleIndex", ruleIndex.get(f.ruleId()));
    }
    r.put("level", level(f.severity()));
    r.putObject("message").put("text", f.messageEn());
    ReportedPlan.Location at = c.locate(f, all);
    ObjectNode location = r.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.set("artifactLocation", artifacts.of(at.in()));
    at.line().ifPresent(line -> physical.putObject("region").put("startLine", line));
    ObjectNode logical = location.putArray("logicalLocations").addObject();
    logical.put("fullyQualifiedName", f.path());
    logical.put("kind", "member");
    f.source().ifPresent(s -> {
      ObjectNode related = r.putArray("relatedLocations").addObject();
      related.put("id", 0);
      ObjectNode rp = related.putObject("physicalLocation");
      rp.putObject("artifactLocation").put("uri", relativeUri(s.file())).put("uriBaseId", SOURCE_BASE);
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

  /**
   * A name as a relative URI reference: path segments split at {@code /} (and {@code \\}), every character
   * but the unreserved ones percent-encoded as UTF-8 (a lone surrogate as {@code ?}), so that a colon, a
   * scheme-like prefix or a leading slash cannot turn it into an absolute URI.
   */
  static String relativeUri(String name) {
    StringBuilder sb = new StringBuilder();
    byte[] bytes = name.replace('\\', '/').getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean unreserved = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '.' || b == '_' || b == '~';
      if (unreserved || b == '/' && i > 0) {
        sb.append((char) b);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16))).append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  /**
   * How the log names the plan documents: a file under the base folder by its path relative to
   * {@value #PLAN_ROOT} (the base folder's absolute URI); a file elsewhere relative to its own folder's base
   * ({@code PLANROOT2}, …); a document that is no file, by its name relative to {@value #NAMED}, a base with
   * no URI. Every URI in the log is then relative with a base, as SARIF consumers expect.
   */
  private static final class Artifacts {
    private final Path root;
    private final Map<Path, String> folders = new LinkedHashMap<>();
    private boolean named;

    Artifacts(Path baseFolder) {
      this.root = baseFolder.toAbsolutePath().normalize();
      folders.put(root, PLAN_ROOT);
    }

    ObjectNode of(ReportedPlan p) {
      ObjectNode location = JSON.createObjectNode();
      if (p.file().isEmpty()) {
        named = true;
        return location.put("uri", relativeUri(p.document())).put("uriBaseId", NAMED);
      }
      Path file = p.file().get().toAbsolutePath().normalize();
      Path folder = file.startsWith(root) ? root : file.getParent();
      String id = folders.computeIfAbsent(folder, f -> PLAN_ROOT + (folders.size() + 1));
      StringBuilder relative = new StringBuilder();
      for (Path part : folder.relativize(file)) {
        relative.append(relative.length() == 0 ? "" : "/").append(part);
      }
      return location.put("uri", relativeUri(relative.toString())).put("uriBaseId", id);
    }

    ObjectNode bases() {
      ObjectNode bases = JSON.createObjectNode();
      folders.forEach((folder, id) -> {
        String uri = folder.toUri().toASCIIString();
        bases.putObject(id).put("uri", uri.endsWith("/") ? uri : uri + "/");
      });
      if (named) {
        bases.putObject(NAMED).putObject("description").put("text", "Documents named by the caller that are not files (bundled examples, records of a host).");
      }
      bases.putObject(SOURCE_BASE).putObject("description")
          .put("text", "The folder of the plans' source documents (the texts the plan documents were encoded from).");
      return bases;
    }
  }
}
