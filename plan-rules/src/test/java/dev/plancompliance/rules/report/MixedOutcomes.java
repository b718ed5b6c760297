package dev.plancompliance.rules.report;

import dev.plancompliance.model.DocumentKind;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.SourceRef;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.BasisKind;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.RuleError;
import dev.plancompliance.rules.RuleInfo;
import dev.plancompliance.rules.RuleOutcome;
import dev.plancompliance.rules.RuleSetDigest;
import dev.plancompliance.rules.Severity;
import dev.plancompliance.rules.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A report with one rule outcome of each kind a report format shows differently, on the Huế rule case of ACC-001:
 * ACC-001 failed with two ERROR findings (on II.1, whose task gives its source lines, and on II.2, with a source line in
 * another file), DL-002 failed with a WARNING finding only (on 11 lines of the plan's text, with what was found),
 * BUD-001 NOT_APPLICABLE, COV-003 NOT_EVALUABLE, X-100 (a rule without a title in {@link #RULES}) failed twice at
 * run time, STR-001 passed.
 */
final class MixedOutcomes {
  private MixedOutcomes() {}

  private static final String CASE = "/rule-cases/ACC-001/fail/hue-2025.json";

  static final Plan PLAN = plan();

  private static Plan plan() {
    try (InputStream in = MixedOutcomes.class.getResourceAsStream(CASE)) {
      return PlanDocuments.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), CASE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of a rule case on the test class path: {@code "HIE-001/fail/commune-without-group-4.json"}. */
  static Path ruleCase(String name) {
    try {
      return Path.of(MixedOutcomes.class.getResource("/rule-cases/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plan document {@link #PLAN} is read from. */
  static Path planFile() {
    return ruleCase(CASE.substring("/rule-cases/".length()));
  }

  /** The Hà Nội programme and the commune that misses group 4 (rule case HIE-001): a set the report tests share. */
  static final String COMMUNE_SET = "HIE-001/fail/commune-without-group-4.json";

  /** The Hà Tĩnh plan whose partial scope names group 5 only and which has a task in group 6 (rule case COV-003). */
  static final String PARTIAL_PLAN = "COV-003/fail/task-outside-declared-groups.json";

  /** {@link #PLAN} issued as a notice (Thông báo 12/TB-UBND): a document that no plan rule judges. */
  static final Plan NOTICE = Plan.builder().from(PLAN).ref(DocumentRef.builder().from(PLAN.ref()).kind(DocumentKind.NOTICE).symbol("12/TB-UBND").build()).build();

  static Finding finding(String rule, Severity severity, String task, String field, String en, Optional<SourceRef> source,
      Optional<String> actual) {
    String path = "tasks[" + task + "]." + field;
    return new Finding(rule, severity, path, Optional.of(task), source, "vi: " + en, en, "NQ 66, mục " + rule, BasisKind.NORM,
        actual, actual.map(a -> "a date"), rule + "|" + path);
  }

  private static RuleInfo rule(String id, Severity severity, String title) {
    return new RuleInfo(id, severity, "tiêu đề " + id, title, "basis", BasisKind.NORM, "standard");
  }

  static final List<RuleInfo> RULES = List.of(rule("ACC-001", Severity.ERROR, "Every task names a lead agency"),
      rule("DL-002", Severity.WARNING, "Deadlines are dates"), rule("BUD-001", Severity.ERROR, "Budget floor"),
      rule("COV-003", Severity.ERROR, "Level coverage"), rule("STR-001", Severity.ERROR, "Codes are unique"));

  static final ValidationReport REPORT = report();

  /** A source text for the plan: 40 numbered lines. */
  static final String SOURCE_TEXT = java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(i -> "dòng " + i).collect(java.util.stream.Collectors.joining("\n"));

  private static ValidationReport report() {
    List<RuleOutcome> outcomes = List.of(
        new RuleOutcome("ACC-001", Severity.ERROR, Outcome.FAILED, "", ""),
        new RuleOutcome("DL-002", Severity.WARNING, Outcome.FAILED, "", ""),
        new RuleOutcome("BUD-001", Severity.ERROR, Outcome.NOT_APPLICABLE, "không ràng buộc ngân sách", "the plan binds no budget"),
        new RuleOutcome("COV-003", Severity.ERROR, Outcome.NOT_EVALUABLE, "không rõ cấp", "the plan's level is unknown"),
        new RuleOutcome("X-100", Severity.ERROR, Outcome.NOT_EVALUABLE, "lỗi", "the rule failed"),
        new RuleOutcome("STR-001", Severity.ERROR, Outcome.PASSED, "", ""));
    SourceRef lines20to30 = SourceRef.builder().file(PLAN.sourceFile().orElseThrow()).line(20).lastLine(30).build();
    List<Finding> findings = List.of(
        finding("ACC-001", Severity.ERROR, "II.1", "leads", "Task II.1 names no lead agency", Optional.empty(), Optional.empty()),
        finding("ACC-001", Severity.ERROR, "II.2", "leads", "Task II.2 names no lead agency", Optional.of(SourceRef.of("hue.txt", 41)), Optional.empty()),
        finding("DL-002", Severity.WARNING, "II.3", "deadline", "Task II.3 & <its> deadline is vague", Optional.of(lines20to30), Optional.of("Thường xuyên")));
    return new ValidationReport(PLAN.ref(), LocalDate.of(2025, 12, 31),
        List.of(new RuleSetDigest("standard", "1.0", "ab12", List.of("ACC-001"))), outcomes, findings,
        List.of(new RuleError("X-100 throws", "X-100", "boom on II.4"), new RuleError("X-100 throws", "X-100", "boom on II.5")));
  }
}
