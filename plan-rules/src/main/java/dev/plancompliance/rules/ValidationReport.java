package dev.plancompliance.rules;

import dev.plancompliance.model.json.PlanDocuments;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.plancompliance.model.DocumentRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a validator concluded about one plan as of a date: the rule-set manifest it used, one outcome per
 * rule, the findings (sorted: severity, rule, the task's position in the plan, path), and whether every
 * rule ran to the end. A report is a value: equal inputs give equal reports.
 *
 * @param errors rules that failed at run time; when not empty the report is incomplete
 */
// the order is fixed: derived properties come from methods, whose order reflection does not keep
@JsonPropertyOrder({"plan", "asOf", "manifest", "outcomes", "findings", "errors", "complete", "verdict", "compliant"})
@JsonIgnoreProperties(value = {"compliant", "complete", "verdict"}, allowGetters = true)
public record ValidationReport(
    DocumentRef plan,
    LocalDate asOf,
    List<RuleSetDigest> manifest,
    List<RuleOutcome> outcomes,
    List<Finding> findings,
    List<RuleError> errors) {

  public ValidationReport {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    manifest = List.copyOf(manifest);
    outcomes = List.copyOf(outcomes);
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
  }

  /** Whether every rule ran to the end. */
  @JsonProperty("complete")
  public boolean isComplete() {
    return errors.isEmpty();
  }

  /** What the report concludes: see {@link Verdict}. */
  @JsonProperty("verdict")
  public Verdict verdict() {
    return Verdict.of(plan.kind(), outcomes, findings, errors);
  }

  /** Whether the verdict is {@link Verdict#COMPLIANT}: an implementing plan, complete, no ERROR finding, every ERROR rule decided. */
  @JsonProperty("compliant")
  public boolean isCompliant() {
    return verdict() == Verdict.COMPLIANT;
  }

  /** The rules of ERROR severity that could not decide (NOT_EVALUABLE): why a report is {@link Verdict#INCONCLUSIVE}. */
  public List<RuleOutcome> undecided() {
    return Verdict.undecided(outcomes);
  }

  /** The outcome of rule {@code ruleId}, if the validator has that rule. */
  public Optional<RuleOutcome> outcome(String ruleId) {
    return outcomes.stream().filter(o -> o.ruleId().equals(ruleId)).findFirst();
  }

  /** Findings of rule {@code ruleId}. */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** How many rules ended with {@code outcome}. */
  public long count(Outcome outcome) {
    return outcomes.stream().filter(o -> o.outcome() == outcome).count();
  }

  /** The report as a JSON document (stable: equal reports give equal text). */
  public String toJson() {
    return PlanDocuments.toJson(this);
  }

  /** Several reports as one JSON array (stable, like {@link #toJson()}). */
  public static String toJson(List<ValidationReport> reports) {
    return PlanDocuments.toJson(reports);
  }

  /** Reads a report written by {@link #toJson()}; malformed input is a {@link dev.plancompliance.model.json.PlanFormatException}. */
  public static ValidationReport fromJson(String json, String source) {
    return dev.plancompliance.model.json.PlanDocuments.readValue(json, source, ValidationReport.class);
  }

  /** Reads reports written by {@link #toJson(List)}. */
  public static List<ValidationReport> listFromJson(String json, String source) {
    return List.of(dev.plancompliance.model.json.PlanDocuments.readValue(json, source, ValidationReport[].class));
  }

  /** The report as text for a person, in both languages. */
  public String toText() {
    return ReportText.render(this, List.of(Language.VI, Language.EN));
  }

  /** The report as text for a person, in one language. */
  public String toText(Language language) {
    return ReportText.render(this, List.of(language));
  }

  /**
   * The report as text in {@code languages} (one, or both: Vietnamese then English); {@code verbose} gives
   * every NOT_APPLICABLE rule with its reason rather than only their ids.
   */
  public String toText(List<Language> languages, boolean verbose) {
    return ReportText.render(this, List.copyOf(languages), verbose);
  }
}
