package dev.plancompliance.rules;

import java.util.Objects;

/**
 * A rule that failed at run time (threw, or fired without end): the report that carries one is incomplete.
 *
 * @param rule the DRL rule name
 * @param ruleId its {@code @id}, or the rule name when it has none
 */
public record RuleError(String rule, String ruleId, String message) {
  public RuleError {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
  }
}
