package dev.plancompliance.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain-text rendering of a report for a reviewing official: summary line, then why rules could not decide
 * or did not apply, then findings by severity. With one language every word is in that language (a
 * Vietnamese official reads {@code --lang vi} without English in it); with both, messages are given in both
 * and the labels in English, the common language of the host developers who parse it.
 */
final class ReportText {
  private ReportText() {}

  /** Labels of the text report, Vietnamese then English. */
  private static final Map<String, String[]> LABELS = Map.ofEntries(
      Map.entry("asOf", new String[] {"tính đến", "as of"}),
      Map.entry("passed", new String[] {"đạt", "passed"}),
      Map.entry("failed", new String[] {"không đạt", "failed"}),
      Map.entry("notApplicable", new String[] {"không áp dụng", "not applicable"}),
      Map.entry("notEvaluable", new String[] {"không đánh giá được", "not evaluable"}),
      Map.entry("errors", new String[] {"lỗi", "errors"}),
      Map.entry("error", new String[] {"lỗi", "error"}),
      Map.entry("warnings", new String[] {"cảnh báo", "warnings"}),
      Map.entry("warning", new String[] {"cảnh báo", "warning"}),
      Map.entry("info", new String[] {"thông tin", "info"}),
      Map.entry("incomplete", new String[] {"CHƯA ĐẦY ĐỦ", "INCOMPLETE"}),
      Map.entry("ruleFailed", new String[] {"bị lỗi khi chạy", "failed"}),
      Map.entry("actual", new String[] {"thực tế", "actual"}),
      Map.entry("expected", new String[] {"yêu cầu", "expected"}),
      Map.entry("at", new String[] {"tại", "at"}),
      Map.entry("line", new String[] {"dòng", "line"}),
      Map.entry("basis", new String[] {"căn cứ", "basis"}),
      Map.entry("plans", new String[] {"kế hoạch", "plans"}),
      Map.entry("planSet", new String[] {"Bộ kế hoạch", "Plan set"}),
      Map.entry("crossPlanRules", new String[] {"quy tắc liên kế hoạch", "cross-plan rules"}),
      Map.entry("parentPlan", new String[] {"kế hoạch cấp trên", "parent"}),
      Map.entry("childPlan", new String[] {"kế hoạch cấp dưới", "child"}),
      Map.entry("verboseHint", new String[] {"lý do: thêm --verbose", "reasons: add --verbose"}),
      Map.entry("ERROR", new String[] {"LỖI", "ERROR"}),
      Map.entry("WARNING", new String[] {"CẢNH BÁO", "WARNING"}),
      Map.entry("INFO", new String[] {"THÔNG TIN", "INFO"}));

  static String render(ValidationReport r, List<Language> languages) {
    return render(r, languages, false);
  }

  /** {@code verbose}: every NOT_APPLICABLE rule with its reason, not only their ids. */
  static String render(ValidationReport r, List<Language> languages, boolean verbose) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.plan().symbol());
    r.plan().title().ifPresent(t -> sb.append(" — ").append(abbreviate(t, 100)));
    sb.append('\n');
    sb.append(label("asOf", languages)).append(' ').append(r.asOf()).append(": ");
    body(sb, r, languages, verbose);
    return sb.toString();
  }

  /** A set: a summary, the cross-plan findings, then each plan's report. */
  static String render(SetReport s, List<Language> languages) {
    return render(s, languages, false);
  }

  static String render(SetReport s, List<Language> languages, boolean verbose) {
    StringBuilder sb = new StringBuilder();
    long compliant = s.all().stream().filter(r -> r != s.crossPlan() && r.isCompliant()).count();
    boolean vi = labelLanguage(languages) == Language.VI;
    sb.append(label("planSet", languages)).append(": ").append(s.parent().plan().symbol());
    s.parent().plan().title().ifPresent(t -> sb.append(" — ").append(abbreviate(t, 80)));
    int plans = s.children().size() + 1;
    if (vi) {
      sb.append("\n  và ").append(s.children().size()).append(" kế hoạch triển khai kế hoạch này, tính đến ").append(s.crossPlan().asOf())
          .append(": ").append(compliant).append('/').append(plans).append(" kế hoạch đạt khi xét riêng; cả bộ ");
    } else {
      sb.append("\n  and ").append(s.children().size()).append(s.children().size() == 1 ? " plan that implements" : " plans that implement")
          .append(" it, as of ").append(s.crossPlan().asOf())
          .append(": ").append(compliant).append(" of ").append(plans).append(" plans compliant on their own; set ");
    }
    verdict(sb, s.verdict(), languages);
    sb.append('\n');
    sb.append("\n== ").append(label("crossPlanRules", languages)).append(" (")
        .append(String.join(", ", s.crossPlan().outcomes().stream().map(RuleOutcome::ruleId).toList())).append(")\n");
    sb.append(label("asOf", languages)).append(' ').append(s.crossPlan().asOf()).append(": ");
    body(sb, s.crossPlan(), languages, verbose);
    sb.append("\n== ").append(label("parentPlan", languages)).append(": ");
    sb.append(render(s.parent(), languages, verbose));
    for (ValidationReport child : s.children()) {
      sb.append("\n== ").append(label("childPlan", languages)).append(": ").append(render(child, languages, verbose));
    }
    return sb.toString();
  }

  private static void body(StringBuilder sb, ValidationReport r, List<Language> languages, boolean verbose) {
    sb
        .append(r.count(Outcome.PASSED)).append(' ').append(label("passed", languages)).append(", ")
        .append(r.count(Outcome.FAILED)).append(' ').append(label("failed", languages)).append(", ")
        .append(r.count(Outcome.NOT_APPLICABLE)).append(' ').append(label("notApplicable", languages)).append(", ")
        .append(r.count(Outcome.NOT_EVALUABLE)).append(' ').append(label("notEvaluable", languages)).append("; ")
        .append(count(r, Severity.ERROR)).append(' ').append(label(count(r, Severity.ERROR) == 1 ? "error" : "errors", languages)).append(", ")
        .append(count(r, Severity.WARNING)).append(' ').append(label(count(r, Severity.WARNING) == 1 ? "warning" : "warnings", languages)).append(", ")
        .append(count(r, Severity.INFO)).append(' ').append(label("info", languages))
        .append(r.isComplete() ? "" : "; " + label("incomplete", languages))
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
      sb.append("  ! ").append(e.ruleId()).append(" (\"").append(e.rule()).append("\") ").append(label("ruleFailed", languages)).append(": ")
          .append(e.message()).append('\n');
    }
    for (RuleOutcome o : r.outcomes()) {
      if (o.outcome() == Outcome.NOT_EVALUABLE) {
        sb.append("  ? ").append(o.ruleId()).append(' ').append(label("notEvaluable", languages)).append(": ");
        appendLanguages(sb, languages, o.reasonVi(), o.reasonEn());
        sb.append('\n');
      }
    }
    notApplicable(sb, r, languages, verbose);
    for (Severity severity : Severity.values()) {
      List<Finding> findings = r.findings().stream().filter(f -> f.severity() == severity).toList();
      if (findings.isEmpty()) {
        continue;
      }
      sb.append("  ").append(label(severity.name(), languages)).append(" (").append(findings.size()).append(")\n");
      for (Finding f : findings) {
        finding(sb, r, f, languages);
      }
    }
  }

  /** NOT_APPLICABLE rules: by default their ids, grouped by reason on one line; verbose, one line per reason with it. */
  private static void notApplicable(StringBuilder sb, ValidationReport r, List<Language> languages, boolean verbose) {
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    for (RuleOutcome o : r.outcomes()) {
      if (o.outcome() == Outcome.NOT_APPLICABLE) {
        StringBuilder reason = new StringBuilder();
        appendLanguages(reason, languages, o.reasonVi(), o.reasonEn());
        byReason.computeIfAbsent(reason.toString(), k -> new ArrayList<>()).add(o.ruleId());
      }
    }
    if (byReason.isEmpty()) {
      return;
    }
    if (!verbose) {
      sb.append("  - ").append(label("notApplicable", languages)).append(": ")
          .append(String.join(", ", byReason.values().stream().flatMap(List::stream).toList()))
          .append(" (").append(label("verboseHint", languages)).append(")\n");
      return;
    }
    byReason.forEach((reason, ids) -> sb.append("  - ").append(String.join(", ", ids)).append(' ').append(label("notApplicable", languages))
        .append(": ").append(reason).append('\n'));
  }

  private static void finding(StringBuilder sb, ValidationReport r, Finding f, List<Language> languages) {
    sb.append("    ").append(f.ruleId()).append(' ').append(f.taskCode().map(c -> "[" + c + "] ").orElse(""));
    appendLanguages(sb, languages, f.messageVi(), f.messageEn());
    sb.append('\n');
    f.actual().ifPresent(a -> sb.append("        ").append(label("actual", languages)).append(": ").append(a)
        .append(f.expected().map(e -> "; " + label("expected", languages) + ": " + e).orElse("")).append('\n'));
    sb.append("        ").append(label("at", languages)).append(' ').append(f.path());
    f.source().ifPresent(s -> sb.append(" (").append(s.file()).append(' ').append(label("line", languages)).append(' ').append(s.line()).append(')'));
    sb.append("; ").append(label("basis", languages)).append(" (").append(f.basisKind().label(labelLanguage(languages))).append("): ")
        .append(f.basis()).append('\n');
    f.relatedPlan().ifPresent(p -> sb.append("        ").append(label("plans", languages)).append(": ").append(r.plan().symbol()).append(" → ")
        .append(p.symbol()).append(p.issuer().map(i -> " (" + i + ")").orElse("")).append('\n'));
  }

  /** The language of labels: the only one, or English when the report is in both. */
  private static Language labelLanguage(List<Language> languages) {
    return languages.size() == 1 ? languages.get(0) : Language.EN;
  }

  private static String label(String key, List<Language> languages) {
    return LABELS.get(key)[labelLanguage(languages) == Language.VI ? 0 : 1];
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
