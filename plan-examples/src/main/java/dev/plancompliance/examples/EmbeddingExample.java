package dev.plancompliance.examples;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.model.json.PlanFormatException;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.Severity;
import dev.plancompliance.rules.ValidationReport;
import dev.plancompliance.rules.report.ReportFormats;
import dev.plancompliance.rules.report.ReportedPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * How a host application embeds the library: build one validator at start-up, read a plan sent as JSON,
 * validate it, and act on the report or write it in another format. The README quotes this class (a test checks
 * that each of its Java blocks is here); a test runs it.
 */
public final class EmbeddingExample {
  // Built once: it owns the compiled rules and is safe to share between request threads.
  private static final PlanValidator VALIDATOR = PlanValidator.builder().withStandardRules().build();

  private EmbeddingExample() {}

  /** What the host tells the agency that submitted the plan. */
  public record Decision(boolean accepted, List<String> toFix) {}

  public static Decision review(InputStream json, String documentName, LocalDate asOf) {
    Plan plan;
    try {
      plan = PlanDocuments.read(json, documentName);
    } catch (PlanFormatException e) {
      // Bad input, not a rule violation: the message names the file, JSON path, line and column.
      return new Decision(false, List.of(e.getMessage()));
    }
    ValidationReport report = VALIDATOR.validate(plan, asOf);
    List<String> toFix = report.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(f -> f.ruleId() + " " + f.path() + ": " + f.message(Language.VI) + " (" + f.basis() + ")")
        .toList();
    return new Decision(report.isCompliant(), toFix);
  }

  /** Validates a plan file and writes its SARIF log; the document's name and text let each result point at its line. */
  public static void sarif(Path file, LocalDate asOf, Writer out) throws IOException {
    String text = Files.readString(file);
    Plan plan = PlanDocuments.read(text, file.toString());
    long start = System.nanoTime();
    ValidationReport report = VALIDATOR.validate(plan, asOf);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    ReportedPlan reported = ReportedPlan.of(plan, report).inFile(file, text).withTime(took);
    ReportFormats.sarif(VALIDATOR, List.of(reported), out);   // also text, json, junit, html
  }

  /** Reviews the bundled Huế plan as of 31/12/2025 and prints the decision. */
  public static void main(String[] args) throws IOException {
    try (InputStream in = EmbeddingExample.class.getResourceAsStream("/dev/plancompliance/examples/plans/hue-2025.json")) {
      Decision decision = review(in, "hue-2025.json", LocalDate.of(2025, 12, 31));
      System.out.println(decision.accepted() ? "accepted" : "returned for revision:");
      decision.toFix().forEach(line -> System.out.println("  - " + line));
    }
  }
}
