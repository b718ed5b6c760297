package dev.plancompliance.bench;

import dev.plancompliance.model.Plan;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.report.ReportFormats;
import dev.plancompliance.rules.report.ReportedPlan;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The HTML report of the national batch (3,355 plans, validated once in the setup): rendering the page,
 * beside the plain-Java reference of the least any page of it does — one line per plan and per finding
 * (symbol, rule, path, message) appended to one buffer — and beside the JSON report of the same reports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HtmlReportBenchmark {
  PlanValidator validator;
  List<ReportedPlan> reports;

  @Setup(Level.Trial)
  public void setUp() {
    validator = PlanValidator.builder().withStandardRules().build();
    reports = reports(validator);
  }

  static List<ReportedPlan> reports(PlanValidator validator) {
    List<ReportedPlan> all = new ArrayList<>();
    for (Plan p : NationalBatch.plans(NationalBatch.NATIONAL)) {
      all.add(ReportedPlan.of(p, validator.validate(p, ValidationBenchmark.AS_OF)));
    }
    return all;
  }

  @Benchmark
  public int referenceLines() {
    StringBuilder sb = new StringBuilder();
    for (ReportedPlan r : reports) {
      sb.append(r.plan().ref().symbol()).append('\n');
      for (Finding f : r.report().findings()) {
        sb.append(f.ruleId()).append(' ').append(f.path()).append(' ').append(f.messageVi()).append('\n');
      }
    }
    return sb.length();
  }

  @Benchmark
  public int html() {
    return render(validator, reports).length();
  }

  @Benchmark
  public int json() {
    StringWriter out = new StringWriter();
    ReportFormats.json(reports.stream().map(ReportedPlan::report).toList(), out);
    return out.getBuffer().length();
  }

  static String render(PlanValidator validator, List<ReportedPlan> reports) {
    StringWriter out = new StringWriter();
    ReportFormats.html(validator, reports, Language.VI, out);
    return out.toString();
  }
}
