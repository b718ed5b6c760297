package dev.plancompliance.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.plancompliance.model.json.PlanDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a validator concluded about a plan set: the parent's and each child's own report, and the
 * cross-plan report (its plan is the parent; its outcomes are those of the cross-plan rules only; each of
 * its findings names the child it concerns as {@link Finding#relatedPlan()} and in its path,
 * {@code children[<key>]…}, or the parent's unit that lacks a plan, {@code parent.childPlanDuty.units[<id>]}).
 */
// the order is fixed: derived properties come from methods, whose order reflection does not keep
@JsonPropertyOrder({"parent", "children", "crossPlan", "complete", "verdict", "compliant"})
@JsonIgnoreProperties(value = {"compliant", "complete", "verdict"}, allowGetters = true)
public record SetReport(ValidationReport parent, List<ValidationReport> children, ValidationReport crossPlan) {
  public SetReport {
    Objects.requireNonNull(parent, "parent");
    children = List.copyOf(children);
    Objects.requireNonNull(crossPlan, "crossPlan");
  }

  /** The parent's report, each child's, then the cross-plan report. */
  public List<ValidationReport> all() {
    List<ValidationReport> all = new ArrayList<>();
    all.add(parent);
    all.addAll(children);
    all.add(crossPlan);
    return all;
  }

  /** Whether every rule ran to the end, in every report. */
  @JsonProperty("complete")
  public boolean isComplete() {
    return all().stream().allMatch(ValidationReport::isComplete);
  }

  /** The verdicts of every report combined ({@link Verdict#combined}). */
  @JsonProperty("verdict")
  public Verdict verdict() {
    return Verdict.combined(all().stream().map(ValidationReport::verdict).toList());
  }

  /** Whether the combined verdict is {@link Verdict#COMPLIANT}. */
  @JsonProperty("compliant")
  public boolean isCompliant() {
    return verdict() == Verdict.COMPLIANT;
  }

  /** The set report as a JSON document: {@code {"parent": …, "children": […], "crossPlan": …, "complete": …, "compliant": …}}. */
  public String toJson() {
    return PlanDocuments.toJson(this);
  }

  /** Reads a set report written by {@link #toJson()}; malformed input is a {@link dev.plancompliance.model.json.PlanFormatException}. */
  public static SetReport fromJson(String json, String source) {
    return PlanDocuments.readValue(json, source, SetReport.class);
  }

  /** The set report as text for a person, in both languages: the cross-plan findings first, then each plan's report. */
  public String toText() {
    return ReportText.render(this, List.of(Language.VI, Language.EN));
  }

  public String toText(Language language) {
    return ReportText.render(this, List.of(language));
  }

  /** As {@link ValidationReport#toText(List, boolean)}, for the set. */
  public String toText(List<Language> languages, boolean verbose) {
    return ReportText.render(this, List.copyOf(languages), verbose);
  }
}
