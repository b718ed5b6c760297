package dev.plancompliance.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The rule catalogue as Markdown, generated from the rules' metadata, the message catalogues and each
 * rule's first failing case (its example finding). The standard catalogue's copy is committed as
 * {@code plan-rules/RULE-CATALOGUE.md}; a test keeps it up to date.
 */
public final class RuleCatalogue {
  private RuleCatalogue() {}

  /** The catalogue of {@code validator}'s rules, with example findings from the cases under {@code casesDir}. */
  public static String markdown(PlanValidator validator, Path casesDir) {
    List<RuleCases.RuleCase> cases = RuleCases.cases(casesDir);
    StringBuilder sb = new StringBuilder();
    sb.append("# Rule catalogue\n\n")
        .append("Generated from the rules' metadata (`@id`, `@severity`, `@basis`, `@basisKind`), the message catalogues\n")
        .append("and the rule cases by `plan-check rules --markdown --cases DIR`. Do not edit by hand. A basis is a NORM\n")
        .append("(a resolution, law or decree the rule rests on) or PRACTICE (what implementing plans do, not binding in\n")
        .append("itself).\n\n")
        .append("| id | severity | basis | title | title (vi) | rule set |\n|---|---|---|---|---|---|\n");
    for (RuleInfo r : validator.rules()) {
      sb.append("| ").append(r.id()).append(" | ").append(r.severity()).append(" | ").append(r.basisKind()).append(" | ").append(cell(r.titleEn()))
          .append(" | ").append(cell(r.titleVi())).append(" | ").append(r.ruleSet()).append(" |\n");
    }
    for (RuleInfo r : validator.rules()) {
      sb.append("\n## ").append(r.id()).append(" — ").append(r.titleEn()).append("\n\n")
          .append("- Severity: ").append(r.severity()).append('\n')
          .append("- Checks (vi): ").append(r.titleVi()).append('\n')
          .append("- Basis (").append(r.basisKind().label(Language.EN)).append("): ").append(r.basis()).append('\n');
      example(validator, cases, r.id()).ifPresentOrElse(
          f -> sb.append("- Example finding (").append(exampleName(cases, r.id())).append("), at `").append(f.path()).append("`:\n")
              .append("  - vi: ").append(f.messageVi()).append('\n')
              .append("  - en: ").append(f.messageEn()).append('\n'),
          () -> sb.append("- Example finding: none (no failing case)\n"));
    }
    return sb.toString();
  }

  private static Optional<Finding> example(PlanValidator validator, List<RuleCases.RuleCase> cases, String id) {
    return firstFailCase(cases, id).flatMap(c -> {
      RuleCases.RuleCaseResult result = RuleCases.run(validator, c);
      if (!result.passed()) {
        return Optional.empty();
      }
      return RuleCases.report(validator, c).flatMap(rep -> rep.findings(id).stream().findFirst());
    });
  }

  private static String exampleName(List<RuleCases.RuleCase> cases, String id) {
    return firstFailCase(cases, id).map(RuleCases.RuleCase::name).orElse("");
  }

  private static Optional<RuleCases.RuleCase> firstFailCase(List<RuleCases.RuleCase> cases, String id) {
    return cases.stream().filter(c -> c.ruleId().equals(id) && c.kind().equals("fail") && c.problem().isEmpty()).findFirst();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }
}
