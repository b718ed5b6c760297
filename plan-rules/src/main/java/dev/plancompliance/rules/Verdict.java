package dev.plancompliance.rules;

import dev.plancompliance.model.DocumentKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a report concludes about a document, decided in one place ({@link #of}) and shown the same way in
 * every format and by the exit code of {@code plan-check}:
 * <ul>
 *   <li>{@link #NOT_A_PLAN}: the document is not an implementing plan (a notice, letter, report, decision…),
 *       so no plan rule judged it;</li>
 *   <li>{@link #NOT_COMPLIANT}: at least one ERROR finding;</li>
 *   <li>{@link #INCONCLUSIVE}: no ERROR finding, but a rule of ERROR severity could not be decided
 *       (NOT_EVALUABLE) or failed at run time — the plan may or may not comply;</li>
 *   <li>{@link #COMPLIANT}: every rule of ERROR severity ran and passed or did not apply.</li>
 * </ul>
 */
public enum Verdict {
  COMPLIANT("ĐẠT", "COMPLIANT"),
  NOT_COMPLIANT("KHÔNG ĐẠT", "NOT COMPLIANT"),
  INCONCLUSIVE("CHƯA KẾT LUẬN ĐƯỢC", "INCONCLUSIVE"),
  NOT_A_PLAN("KHÔNG PHẢI KẾ HOẠCH", "NOT A PLAN");

  private final String vi;
  private final String en;

  Verdict(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  /** The verdict as printed in a report ("NOT COMPLIANT", "KHÔNG ĐẠT"). */
  public String label(Language language) {
    return language == Language.VI ? vi : en;
  }

  /** The verdict of one report: see the class comment for the order in which the cases are decided. */
  static Verdict of(DocumentKind kind, List<RuleOutcome> outcomes, List<Finding> findings, List<RuleError> errors) {
    if (!kind.isImplementingPlan()) {
      return NOT_A_PLAN;
    }
    if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      return NOT_COMPLIANT;
    }
    if (!errors.isEmpty() || !undecided(outcomes).isEmpty()) {
      return INCONCLUSIVE;
    }
    return COMPLIANT;
  }

  /** The rules of ERROR severity that could not decide: why a report is {@link #INCONCLUSIVE}. */
  static List<RuleOutcome> undecided(List<RuleOutcome> outcomes) {
    return outcomes.stream().filter(o -> o.severity() == Severity.ERROR && o.outcome() == Outcome.NOT_EVALUABLE).toList();
  }

  /**
   * The verdict of several reports taken together (a set, a batch): NOT_COMPLIANT if any is, else
   * INCONCLUSIVE if any is inconclusive or not a plan, else COMPLIANT; an empty batch is COMPLIANT.
   */
  public static Verdict combined(Collection<Verdict> verdicts) {
    if (verdicts.contains(NOT_COMPLIANT)) {
      return NOT_COMPLIANT;
    }
    return verdicts.contains(INCONCLUSIVE) || verdicts.contains(NOT_A_PLAN) ? INCONCLUSIVE : COMPLIANT;
  }

  /** The verdict named {@code name} ignoring case, spaces and underscores, if any. */
  static Optional<Verdict> parse(String name) {
    String key = name.strip().replace(' ', '_').toUpperCase(java.util.Locale.ROOT);
    for (Verdict v : values()) {
      if (v.name().equals(key)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
