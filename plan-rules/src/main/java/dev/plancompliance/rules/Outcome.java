package dev.plancompliance.rules;

/** What one rule concluded about one plan. */
public enum Outcome {
  PASSED,
  FAILED,
  /** The rule does not apply to this plan (e.g. no spending floor binds it). */
  NOT_APPLICABLE,
  /** The rule applies but the plan lacks the data to decide (e.g. a floor binds and no budget figures are given). */
  NOT_EVALUABLE
}
