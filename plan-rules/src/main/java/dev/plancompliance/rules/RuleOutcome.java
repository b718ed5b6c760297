package dev.plancompliance.rules;

import java.util.Objects;

/**
 * The outcome of one rule for one plan, with the reason in Vietnamese and English when it is
 * NOT_APPLICABLE or NOT_EVALUABLE (empty strings otherwise).
 */
public record RuleOutcome(String ruleId, Outcome outcome, String reasonVi, String reasonEn) {
  public RuleOutcome {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(outcome, "outcome");
    reasonVi = reasonVi == null ? "" : reasonVi;
    reasonEn = reasonEn == null ? "" : reasonEn;
  }

  public String reason(Language language) {
    return language == Language.VI ? reasonVi : reasonEn;
  }
}
