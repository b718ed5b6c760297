package dev.plancompliance.rules;

import java.util.List;

/**
 * Rules that cannot be used: DRL that does not compile, or rule metadata that breaks the contract (missing
 * or duplicate {@code @id}, unknown {@code @severity}, empty {@code @basis}, message keys missing from a
 * catalogue). Lists every problem, each as {@code file:line:column: message}.
 */
public final class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  RuleSetException(String summary, List<String> problems) {
    super(summary + ":\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, as {@code file:line:column: message}. */
  public List<String> problems() {
    return problems;
  }
}
