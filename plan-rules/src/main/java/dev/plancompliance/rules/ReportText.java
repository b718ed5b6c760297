package dev.plancompliance.rules;

import java.util.List;

/** Plain-text rendering of a report for a reviewing official: summary line, then findings by severity. */
final class ReportText {
  private ReportText() {}

  static String render(ValidationReport r, List<Language> languages) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.plan().symbol());
    r.plan().title().ifPresent(t -> sb.append(" — ").append(abbreviate(t, 100)));
    sb.append('\n');
    sb.append("as of ").append(r.asOf()).append(": ");
    body(sb, r, languages);
    return sb.toString();
  }

  /** A set: a summary, the cross-plan findings, then each plan's report. */
  static String render(SetReport s, List<Language> languages) {
    StringBuilder sb = new StringBuilder();
    long compliant = s.all().stream().filter(r -> r != s.crossPlan() && r.isCompliant()).count();
    sb.append("Plan set: ").append(s.parent().plan().symbol());
    s.parent().plan().title().ifPresent(t -> sb.append(" — ").append(abbreviate(t, 80)));
    sb.append("\n  and ").append(s.children().size()).append(" plans that implement it, as of ").append(s.crossPlan().asOf())
        .append(": ").append(compliant).append(" of ").append(s.children().size() + 1).append(" plans compliant on their own; ")
        .append("set ");
    verdict(sb, s.verdict(), languages);
    sb.append('\n');
    sb.append("\n== cross-plan rules (").append(String.join(", ", s.crossPlan().outcomes().stream().map(RuleOutcome::ruleId).toList())).append(")\n");
    sb.append("as of ").append(s.crossPlan().asOf()).append(": ");
    body(sb, s.crossPlan(), languages);
    sb.append("\n== parent: ");
    sb.append(render(s.parent(), languages));
    for (ValidationReport child : s.children()) {
      sb.append("\n== child: ").append(render(child, languages));
    }
    return sb.toString();
  }

  private static void body(StringBuilder sb, ValidationReport r, List<Language> languages) {
    sb
        .append(r.count(Outcome.PASSED)).append(" passed, ")
        .append(r.count(Outcome.FAILED)).append(" failed, ")
        .append(r.count(Outcome.NOT_APPLICABLE)).append(" not applicable, ")
        .append(r.count(Outcome.NOT_EVALUABLE)).append(" not evaluable; ")
        .append(count(r, Severity.ERROR)).append(" errors, ")
        .append(count(r, Severity.WARNING)).append(" warnings, ")
        .append(count(r, Severity.INFO)).append(" info")
        .append(r.isComplete() ? "" : "; INCOMPLETE")
        .append(" — ");
    verdict(sb, r.verdict(), languages);
    sb.append('\n');
    if (r.verdict() == Verdict.NOT_A_PLAN) {
      sb.append("  = ");
      appendLanguages(sb, languages, r.outcomes().isEmpty() ? "" : r.outcomes().get(0).reasonVi(), r.outcomes().isEmpty() ? "" : r.outcomes().get(0).reasonEn());
      sb.append('\n');
      return;
    }
    for (RuleError e : r.errors()) {
      sb.append("  ! rule ").append(e.ruleId()).append(" (\"").append(e.rule()).append("\") failed: ").append(e.message()).append('\n');
    }
    for (RuleOutcome o : r.outcomes()) {
      if (o.outcome() == Outcome.NOT_EVALUABLE) {
        sb.append("  ? ").append(o.ruleId()).append(" not evaluable: ");
        appendLanguages(sb, languages, o.reasonVi(), o.reasonEn());
        sb.append('\n');
      }
    }
    for (Severity severity : Severity.values()) {
      List<Finding> findings = r.findings().stream().filter(f -> f.severity() == severity).toList();
      if (findings.isEmpty()) {
        continue;
      }
      sb.append("  ").append(severity).append(" (").append(findings.size()).append(")\n");
      for (Finding f : findings) {
        sb.append("    ").append(f.ruleId()).append(' ').append(f.taskCode().map(c -> "[" + c + "] ").orElse(""));
        appendLanguages(sb, languages, f.messageVi(), f.messageEn());
        sb.append('\n');
        f.actual().ifPresent(a -> sb.append("        actual: ").append(a).append(f.expected().map(e -> "; expected: " + e).orElse("")).append('\n'));
        sb.append("        at ").append(f.path());
        f.source().ifPresent(s -> sb.append(" (").append(s.file()).append(" line ").append(s.line()).append(')'));
        sb.append("; basis: ").append(f.basis()).append('\n');
        f.relatedPlan().ifPresent(p -> sb.append("        plans: ").append(r.plan().symbol()).append(" → ").append(p.symbol())
            .append(p.issuer().map(i -> " (" + i + ")").orElse("")).append('\n'));
      }
    }
  }

  static void verdict(StringBuilder sb, Verdict verdict, List<Language> languages) {
    appendLanguages(sb, languages, verdict.label(Language.VI), verdict.label(Language.EN));
  }

  static void appendLanguages(StringBuilder sb, List<Language> languages, String vi, String en) {
    for (int i = 0; i < languages.size(); i++) {
      if (i > 0) {
        sb.append(" / ");
      }
      sb.append(languages.get(i) == Language.VI ? vi : en);
    }
  }

  private static long count(ValidationReport r, Severity severity) {
    return r.findings().stream().filter(f -> f.severity() == severity).count();
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
