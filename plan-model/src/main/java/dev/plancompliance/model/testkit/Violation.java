package dev.plancompliance.model.testkit;

import dev.plancompliance.model.Plan;
import java.util.Objects;

/**
 * A plan with exactly one known defect, made from a compliant plan: the id of the standard rule
 * (RULES.md) that must report it, and what was changed, in English.
 *
 * @param plan the defective plan
 * @param ruleId the rule that must fail, e.g. {@code ACC-001}
 * @param description the defect, e.g. "task III.2 names no lead"
 */
public record Violation(Plan plan, String ruleId, String description) {
  public Violation {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(description, "description");
  }

  @Override
  public String toString() {
    return ruleId + ": " + description + " (plan " + plan.ref().symbol() + ", " + plan.tasks().size() + " tasks)";
  }
}
