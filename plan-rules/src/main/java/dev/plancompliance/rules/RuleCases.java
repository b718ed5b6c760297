package dev.plancompliance.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.json.PlanDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Worked examples of the rules, kept as data: for every rule a plan that passes it and a plan that fails
 * it, each with what the rule must conclude. The layout (documented for rule authors in the cases folder's
 * {@code README.md}):
 *
 * <pre>
 * &lt;casesDir&gt;/&lt;RULE-ID&gt;/pass/&lt;case&gt;.json            a plan document
 * &lt;casesDir&gt;/&lt;RULE-ID&gt;/pass/&lt;case&gt;.expected.json   optional sidecar
 * &lt;casesDir&gt;/&lt;RULE-ID&gt;/fail/&lt;case&gt;.json + sidecar   the sidecar is required
 * &lt;casesDir&gt;/&lt;RULE-ID&gt;/other/&lt;case&gt;.json + sidecar  e.g. NOT_EVALUABLE; the sidecar is required
 * &lt;casesDir&gt;/&lt;RULE-ID&gt;/&lt;kind&gt;/&lt;case&gt;.progress.json   optional: a progress report attached when validating
 * &lt;casesDir&gt;/&lt;RULE-ID&gt;/&lt;kind&gt;/&lt;case&gt;.directive.json  optional: a directive known besides the validator's
 * </pre>
 *
 * For a cross-plan rule ({@link PlanValidator#crossPlanRules()}) the case document is a plan set
 * ({@code {"parent": …, "children": […]}}, plans inline: a plan file beside it would be taken for a case)
 * and the case is judged on the set's cross-plan report.
 *
 * A sidecar is {@code {"asOf": "2025-12-31", "outcome": "FAILED", "findings": [{"path": "tasks[II.1].leads",
 * "severity": "ERROR"}], "note": "…"}}; every field is optional except as said above. {@code asOf} defaults to
 * {@link #DEFAULT_AS_OF}; {@code outcome} to PASSED in {@code pass/} and FAILED in {@code fail/}; a case in
 * {@code pass/} may expect NOT_APPLICABLE, but only a case expecting PASSED counts as the rule's passing
 * case. {@code findings} lists exactly the findings of the case's rule, compared by path (and severity when
 * given); it is required, and not empty, when the outcome is FAILED.
 *
 * <p>A bad case (unreadable plan or sidecar, a stray file or folder) becomes a failed result naming the
 * problem; no exception escapes for one case.
 */
public final class RuleCases {
  /** The date a case is validated as of when its sidecar gives none. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 12, 31);

  static final String PASS = "pass";
  static final String FAIL = "fail";
  static final String OTHER = "other";
  private static final List<String> KINDS = List.of(PASS, FAIL, OTHER);
  private static final String JSON = ".json";
  private static final String SIDECAR = ".expected.json";
  private static final String PROGRESS = ".progress.json";
  private static final String DIRECTIVE = ".directive.json";
  private static final Set<String> SIDECAR_FIELDS = Set.of("asOf", "outcome", "findings", "note");
  private static final Set<String> FINDING_FIELDS = Set.of("path", "severity");
  private static final ObjectMapper MAPPER = PlanDocuments.objectMapper();

  private RuleCases() {}

  /**
   * One case: a plan document in {@code <ruleId>/<kind>/}, its sidecar if any, or the problem that makes
   * the entry unusable (a stray file or folder, a sidecar without its plan).
   */
  public record RuleCase(String ruleId, String kind, String caseName, Path plan, Optional<Path> expected, Optional<String> problem,
      Optional<Path> progress) {
    public RuleCase {
      Objects.requireNonNull(progress, "progress");
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(caseName, "caseName");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(problem, "problem");
    }

    /**
     * A directive the case's plan is checked against besides the validator's ({@code <case>.directive.json}
     * beside the plan): a province's own directive, one that declares no task groups.
     */
    public Optional<Path> directive() {
      Path d = plan.resolveSibling(caseName + DIRECTIVE);
      return problem.isEmpty() && Files.isRegularFile(d) ? Optional.of(d) : Optional.empty();
    }

    /** {@code ACC-001/fail/no-lead}. */
    public String name() {
      return ruleId + "/" + kind + "/" + caseName;
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /** What running one case concluded; {@code detail} says what was expected and found. */
  public record RuleCaseResult(String ruleId, String kind, String caseName, boolean passed, String detail) {
    /** {@code ACC-001/fail/no-lead}. */
    public String name() {
      return ruleId + "/" + kind + "/" + caseName;
    }
  }

  /** Runs every case under {@code casesDir}, in the order of {@link #cases(Path)}. */
  public static List<RuleCaseResult> run(PlanValidator validator, Path casesDir) {
    Objects.requireNonNull(validator, "validator");
    return cases(casesDir).stream().map(c -> run(validator, c)).toList();
  }

  /**
   * Every case under {@code casesDir}, by rule id, then pass, fail, other, then case name. Files directly
   * in {@code casesDir} and {@code *.md} notes are ignored; any other stray entry becomes a case with a problem.
   */
  public static List<RuleCase> cases(Path casesDir) {
    List<RuleCase> cases = new ArrayList<>();
    for (Path ruleDir : ruleDirs(casesDir)) {
      String ruleId = ruleDir.getFileName().toString();
      for (Path entry : list(ruleDir)) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry) && KINDS.contains(name)) {
          casesOfKind(ruleId, name, entry, cases);
        } else if (Files.isDirectory(entry)) {
          cases.add(problem(ruleId, name, "*", entry, "unknown folder '" + name + "': cases go in pass/, fail/ or other/"));
        } else if (!name.endsWith(".md")) {
          cases.add(problem(ruleId, "-", name, entry, "stray file: cases go in pass/, fail/ or other/"));
        }
      }
    }
    cases.sort(Comparator.comparing(RuleCase::ruleId)
        .thenComparing(c -> KINDS.contains(c.kind()) ? KINDS.indexOf(c.kind()) : KINDS.size())
        .thenComparing(RuleCase::caseName));
    return cases;
  }

  /**
   * What the cases lack: each rule of {@code validator} without a passing case (one in {@code pass/} that
   * expects PASSED) or without a failing case, and each rule folder that names no rule of the validator.
   */
  public static List<String> missingCases(PlanValidator validator, Path casesDir) {
    Objects.requireNonNull(validator, "validator");
    List<RuleCase> cases = cases(casesDir);
    Set<String> ids = validator.rules().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      boolean pass = cases.stream().anyMatch(c -> c.ruleId().equals(id) && c.kind().equals(PASS) && expects(c, Outcome.PASSED));
      boolean fail = cases.stream().anyMatch(c -> c.ruleId().equals(id) && c.kind().equals(FAIL) && expects(c, Outcome.FAILED));
      if (!pass) {
        missing.add(id + ": no passing case (a plan in " + id + "/pass/ that expects PASSED)");
      }
      if (!fail) {
        missing.add(id + ": no failing case (a plan in " + id + "/fail/ with a sidecar listing its findings)");
      }
    }
    for (Path ruleDir : ruleDirs(casesDir)) {
      String name = ruleDir.getFileName().toString();
      if (!ids.contains(name)) {
        missing.add(name + ": the folder names no rule of the validator");
      }
    }
    return missing;
  }

  /** Runs one case. Never throws for a bad case: the result says what is wrong. */
  public static RuleCaseResult run(PlanValidator validator, RuleCase c) {
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(c, "case");
    try {
      if (c.problem().isPresent()) {
        return result(c, false, c.problem().get());
      }
      Expectation expected;
      try {
        expected = expectation(c);
      } catch (BadCase e) {
        return result(c, false, e.getMessage());
      }
      if (validator.rules().stream().noneMatch(r -> r.id().equals(c.ruleId()))) {
        return result(c, false, "the validator has no rule " + c.ruleId());
      }
      CaseReport judged = caseReport(validator, c, expected.asOf());
      if (judged.problem() != null) {
        return result(c, false, judged.problem());
      }
      ValidationReport report = judged.report();
      return compare(c, expected, report);
    } catch (RuntimeException e) {
      return result(c, false, "cannot run the case: " + e);
    }
  }

  /** The report a case's rule is judged on (a plan's, or a set's cross-plan report), or why there is none. */
  private record CaseReport(ValidationReport report, String problem) {
    static CaseReport failed(String problem) {
      return new CaseReport(null, problem);
    }
  }

  private static CaseReport caseReport(PlanValidator standard, RuleCase c, LocalDate asOf) {
    Optional<ProgressReport> progress;
    try {
      progress = c.progress().isPresent() ? Optional.of(PlanDocuments.readProgress(c.progress().get())) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return CaseReport.failed("cannot read the progress report: " + e.getMessage());
    }
    PlanValidator validator = standard;
    if (c.directive().isPresent()) {
      try {
        validator = standard.withDirectives(standard.directives().with(List.of(PlanDocuments.readDirective(c.directive().get()))));
      } catch (IOException | RuntimeException e) {
        return CaseReport.failed("cannot read the directive: " + e.getMessage());
      }
    }
    ValidationReport report;
    if (validator.crossPlanRules().contains(c.ruleId())) {
      PlanSet set;
      try {
        set = PlanDocuments.readSet(c.plan());
      } catch (IOException | RuntimeException e) {
        return CaseReport.failed("cannot read the plan set: " + e.getMessage());
      }
      SetReport setReport = validator.validate(set, progress.stream().toList(), asOf);
      if (!setReport.isComplete()) {
        return CaseReport.failed("rules failed at run time: " + setReport.all().stream().flatMap(r -> r.errors().stream()).toList());
      }
      report = setReport.crossPlan();
    } else {
      Plan plan;
      try {
        plan = PlanDocuments.read(c.plan());
      } catch (IOException | RuntimeException e) {
        return CaseReport.failed("cannot read the plan: " + e.getMessage());
      }
      report = progress.isPresent() ? validator.validate(plan, progress.get(), asOf) : validator.validate(plan, asOf);
    }
    if (!report.isComplete()) {
      return CaseReport.failed("rules failed at run time: " + report.errors());
    }
    return new CaseReport(report, null);
  }

  /** The report a well-formed case is judged on, as of its date; empty when the case cannot be run. */
  static Optional<ValidationReport> report(PlanValidator validator, RuleCase c) {
    try {
      return Optional.ofNullable(caseReport(validator, c, expectation(c).asOf()).report());
    } catch (BadCase | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static RuleCaseResult compare(RuleCase c, Expectation expected, ValidationReport report) {
    RuleOutcome outcome = report.outcome(c.ruleId()).orElseThrow();
    List<Finding> findings = report.findings(c.ruleId());
    List<String> problems = new ArrayList<>();
    if (outcome.outcome() != expected.outcome()) {
      problems.add("expected " + expected.outcome() + ", was " + outcome.outcome()
          + (outcome.reasonEn().isEmpty() ? "" : " (" + outcome.reasonEn() + ")"));
    }
    Set<String> actualPaths = findings.stream().map(Finding::path).collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(expected.findings().keySet());
    missing.removeAll(actualPaths);
    Set<String> unexpected = new TreeSet<>(actualPaths);
    unexpected.removeAll(expected.findings().keySet());
    if (!missing.isEmpty()) {
      problems.add("missing findings " + missing);
    }
    if (!unexpected.isEmpty()) {
      problems.add("unexpected findings " + findings.stream().filter(f -> unexpected.contains(f.path()))
          .map(f -> f.path() + " (" + f.messageEn() + ")").toList());
    }
    // a sidecar names each path once: a rule reporting one thing twice (two rules of one id both firing) is a defect
    findings.stream().collect(Collectors.groupingBy(Finding::path, TreeMap::new, Collectors.counting())).forEach((path, n) -> {
      if (n > 1) {
        problems.add("finding " + path + " reported " + n + " times");
      }
    });
    expected.findings().forEach((path, severity) -> severity.ifPresent(s -> findings.stream()
        .filter(f -> f.path().equals(path) && f.severity() != s)
        .forEach(f -> problems.add("finding " + path + ": expected severity " + s + ", was " + f.severity()))));
    if (problems.isEmpty()) {
      return result(c, true, outcome.outcome() + (findings.isEmpty() ? "" : " with " + findings.size() + " finding(s)") + " as expected");
    }
    return result(c, false, String.join("; ", problems));
  }

  /** What a case expects, from its sidecar and its folder. */
  private record Expectation(LocalDate asOf, Outcome outcome, Map<String, Optional<Severity>> findings) {}

  private static Expectation expectation(RuleCase c) throws BadCase {
    JsonNode root = null;
    if (c.expected().isPresent()) {
      try {
        root = MAPPER.readTree(c.expected().get().toFile());
      } catch (IOException | RuntimeException e) {
        throw new BadCase("cannot read the sidecar " + c.expected().get().getFileName() + ": " + e.getMessage());
      }
      if (root == null || !root.isObject()) {
        throw new BadCase("the sidecar must be a JSON object");
      }
    } else if (!c.kind().equals(PASS)) {
      throw new BadCase("a case in " + c.kind() + "/ needs a sidecar " + c.caseName() + SIDECAR + " stating its outcome and findings");
    }
    if (root != null) {
      for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
        String field = it.next();
        if (!SIDECAR_FIELDS.contains(field)) {
          throw new BadCase("sidecar: unknown field '" + field + "' (known: asOf, outcome, findings, note)");
        }
      }
    }
    LocalDate asOf = DEFAULT_AS_OF;
    if (root != null && root.has("asOf")) {
      try {
        asOf = LocalDate.parse(text(root.get("asOf"), "asOf"));
      } catch (DateTimeParseException e) {
        throw new BadCase("sidecar: asOf must be a date like 2025-12-31, was " + root.get("asOf"));
      }
    }
    Outcome outcome;
    if (root != null && root.has("outcome")) {
      String value = text(root.get("outcome"), "outcome");
      try {
        outcome = Outcome.valueOf(value);
      } catch (IllegalArgumentException e) {
        throw new BadCase("sidecar: outcome must be one of " + List.of(Outcome.values()) + ", was " + value);
      }
    } else if (c.kind().equals(OTHER)) {
      throw new BadCase("sidecar: a case in other/ must state its outcome");
    } else {
      outcome = c.kind().equals(PASS) ? Outcome.PASSED : Outcome.FAILED;
    }
    if (c.kind().equals(PASS) && outcome != Outcome.PASSED && outcome != Outcome.NOT_APPLICABLE) {
      throw new BadCase("a case in pass/ expects PASSED (or NOT_APPLICABLE beside a PASSED case), not " + outcome + "; use other/");
    }
    if (c.kind().equals(FAIL) && outcome != Outcome.FAILED) {
      throw new BadCase("a case in fail/ expects FAILED, not " + outcome + "; use other/");
    }
    Map<String, Optional<Severity>> findings = new LinkedHashMap<>();
    JsonNode list = root == null ? null : root.get("findings");
    if (list != null) {
      if (!list.isArray()) {
        throw new BadCase("sidecar: findings must be a list");
      }
      for (JsonNode f : list) {
        if (!f.isObject()) {
          throw new BadCase("sidecar: each finding must be an object with a path");
        }
        for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
          String field = it.next();
          if (!FINDING_FIELDS.contains(field)) {
            throw new BadCase("sidecar: unknown field '" + field + "' in a finding (known: path, severity)");
          }
        }
        String path = f.has("path") ? text(f.get("path"), "findings[].path") : "";
        if (path.isBlank()) {
          throw new BadCase("sidecar: each finding needs a path");
        }
        Optional<Severity> severity = Optional.empty();
        if (f.has("severity")) {
          String value = text(f.get("severity"), "findings[].severity");
          try {
            severity = Optional.of(Severity.valueOf(value));
          } catch (IllegalArgumentException e) {
            throw new BadCase("sidecar: severity must be one of " + List.of(Severity.values()) + ", was " + value);
          }
        }
        if (findings.put(path, severity) != null) {
          throw new BadCase("sidecar: finding " + path + " is listed twice");
        }
      }
    }
    if (outcome == Outcome.FAILED && findings.isEmpty()) {
      throw new BadCase("sidecar: a FAILED case must list its findings");
    }
    if (outcome != Outcome.FAILED && !findings.isEmpty()) {
      throw new BadCase("sidecar: only a FAILED case has findings, this one expects " + outcome);
    }
    return new Expectation(asOf, outcome, findings);
  }

  /** Whether {@code c} is usable and expects {@code outcome}; a bad case counts for nothing. */
  private static boolean expects(RuleCase c, Outcome outcome) {
    if (c.problem().isPresent()) {
      return false;
    }
    try {
      return expectation(c).outcome() == outcome;
    } catch (BadCase e) {
      return false;
    }
  }

  private static String text(JsonNode node, String field) throws BadCase {
    if (node == null || !node.isTextual()) {
      throw new BadCase("sidecar: " + field + " must be a string");
    }
    return node.asText();
  }

  private static void casesOfKind(String ruleId, String kind, Path dir, List<RuleCase> cases) {
    List<Path> entries = list(dir);
    Set<String> plans = new TreeSet<>();
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (Files.isDirectory(entry)) {
        cases.add(problem(ruleId, kind, name, entry, "unexpected folder: a case is a file <case>.json"));
      } else if (name.endsWith(SIDECAR) || name.endsWith(PROGRESS) || name.endsWith(DIRECTIVE)) {
        String suffix = name.endsWith(SIDECAR) ? SIDECAR : name.endsWith(PROGRESS) ? PROGRESS : DIRECTIVE;
        String caseName = name.substring(0, name.length() - suffix.length());
        if (!Files.exists(dir.resolve(caseName + JSON))) {
          String what = suffix.equals(SIDECAR) ? "sidecar " : suffix.equals(PROGRESS) ? "progress report " : "directive ";
          cases.add(problem(ruleId, kind, caseName, entry, what + name + " has no plan " + caseName + JSON));
        }
      } else if (name.endsWith(JSON)) {
        plans.add(name.substring(0, name.length() - JSON.length()));
      } else if (!name.endsWith(".md")) {
        cases.add(problem(ruleId, kind, name, entry, "stray file: a case is <case>.json with an optional <case>" + SIDECAR));
      }
    }
    for (String caseName : plans) {
      Path sidecar = dir.resolve(caseName + SIDECAR);
      Path progress = dir.resolve(caseName + PROGRESS);
      cases.add(new RuleCase(ruleId, kind, caseName, dir.resolve(caseName + JSON),
          Files.exists(sidecar) ? Optional.of(sidecar) : Optional.empty(), Optional.empty(),
          Files.exists(progress) ? Optional.of(progress) : Optional.empty()));
    }
  }

  private static List<Path> ruleDirs(Path casesDir) {
    Objects.requireNonNull(casesDir, "casesDir");
    if (!Files.isDirectory(casesDir)) {
      throw new IllegalArgumentException("rule cases folder " + casesDir + " does not exist or is not a folder");
    }
    return list(casesDir).stream().filter(Files::isDirectory).toList();
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static RuleCase problem(String ruleId, String kind, String caseName, Path path, String problem) {
    return new RuleCase(ruleId, kind, caseName, path, Optional.empty(), Optional.of(problem), Optional.empty());
  }

  private static RuleCaseResult result(RuleCase c, boolean passed, String detail) {
    return new RuleCaseResult(c.ruleId(), c.kind(), c.caseName(), passed, detail);
  }

  /** A case that cannot be run as written. */
  private static final class BadCase extends Exception {
    private static final long serialVersionUID = 1L;

    BadCase(String message) {
      super(message);
    }
  }
}
