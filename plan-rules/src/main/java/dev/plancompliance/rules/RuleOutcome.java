package dev.plancompliance.rules;

import java.util.Objects;

/**
 * The outcome of one rule for one plan, with the rule's severity (so a reader can tell an undecided ERROR
 * rule, which makes a report {@link Verdict#INCONCLUSIVE}, from an undecided INFO one) and the reason in
 * Vietnamese and English when it is NOT_APPLICABLE or NOT_EVALUABLE (empty strings otherwise).
 */
public record RuleOutcome(String ruleId, Severity severity, Outcome outcome, String reasonVi, String reasonEn) {
  public RuleOutcome {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(outcome, "outcome");
    reasonVi = reasonVi == null ? "" : reasonVi;
    reasonEn = reasonEn == null ? "" : reasonEn;
  }

  public String reason(Language language) {
    return language == Language.VI ? reasonVi : reasonEn;
  }
}
