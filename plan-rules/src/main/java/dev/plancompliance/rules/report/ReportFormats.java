package dev.plancompliance.rules.report;

import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.SetReport;
import dev.plancompliance.rules.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The report formats, written to a {@link Writer} the caller owns (flushed, not closed). The command line
 * writes its outputs through these methods; a host gets the same bytes.
 *
 * <ul>
 *   <li><b>text</b>: for a person, in Vietnamese, English or both ({@link ValidationReport#toText(List, boolean)});
 *   <li><b>JSON</b>: the report itself, read back by {@link ValidationReport#fromJson} (schema:
 *       {@code dev/plancompliance/rules/validation-report.schema.json} in this jar);
 *   <li><b>SARIF 2.1.0</b>: one run, the rule catalogue in the driver and one result per finding, located
 *       in the plan's document (its line when the document's text was given to {@link ReportedPlan});
 *       every artifact URI is relative to a named base ({@code PLANROOT} the base folder, {@code PLANROOT2}…
 *       other folders, {@code DOCUMENTS} documents that are no files, {@code SOURCEDOCS} the plans' source
 *       texts), as code-scanning consumers expect;
 *   <li><b>HTML</b>: one page for a person reviewing many plans ({@link #html});
 *   <li><b>JUnit XML</b>: a suite per report and a test case per rule; only rules with an ERROR finding fail,
 *       WARNING and INFO findings are the test case's {@code <system-out>}, so a COMPLIANT plan shows no
 *       failure.
 * </ul>
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(plan, asOf);
 * ReportedPlan reported = ReportedPlan.of(plan, report).inFile(file, Files.readString(file));
 * try (Writer out = Files.newBufferedWriter(Path.of("plan-check.sarif"))) {
 *   ReportFormats.sarif(validator, List.of(reported), out);
 * }
 * }</pre>
 *
 * <p>An {@link IOException} of the writer is rethrown as an {@link UncheckedIOException}.
 */
public final class ReportFormats {
  private ReportFormats() {}

  /** The text report of {@code report} in {@code languages} (both: Vietnamese first); {@code verbose}: every NOT_APPLICABLE rule with its reason. */
  public static void text(ValidationReport report, List<Language> languages, boolean verbose, Writer out) {
    write(out, report.toText(languages, verbose));
  }

  /** The text report of a plan set: each plan's, then the cross-plan rules'. */
  public static void text(SetReport report, List<Language> languages, boolean verbose, Writer out) {
    write(out, report.toText(languages, verbose));
  }

  /** The reports as one JSON array. */
  public static void json(List<ValidationReport> reports, Writer out) {
    write(out, ValidationReport.toJson(reports));
  }

  /** A set's report as one JSON object. */
  public static void json(SetReport report, Writer out) {
    write(out, report.toJson());
  }

  /**
   * One SARIF 2.1.0 log of the reports, the files among their documents named relative to the working
   * directory ({@link #sarif(PlanValidator, List, Path, Writer)}).
   *
   * @param validator the validator that made the reports: its rule catalogue goes into the log
   */
  public static void sarif(PlanValidator validator, List<ReportedPlan> reports, Writer out) {
    sarif(validator, reports, Path.of(""), out);
  }

  /**
   * One SARIF 2.1.0 log of the reports; a document that is a file under {@code baseFolder} is named relative
   * to it ({@code PLANROOT}, whose absolute URI the log gives), a file elsewhere relative to its own folder.
   */
  public static void sarif(PlanValidator validator, List<ReportedPlan> reports, Path baseFolder, Writer out) {
    write(out, PlanDocuments.toJson(SarifLog.log(validator.rules(), validator.crossPlanRules(), reports, PlanValidator.libraryVersion(), baseFolder)));
  }

  /**
   * The reports as one self-contained HTML page in {@code language} (a summary, the coverage matrix of plans
   * × the directive's groups, each plan's findings by severity and rule beside the plan's own text when
   * {@link ReportedPlan#withSource} gave it, filters that need no server). For a plan set, pass
   * {@link ReportedPlan#ofSet}'s list: the parent and its children are shown as such, with the cross-plan
   * findings. Nothing in the page is fetched from elsewhere; every string of a plan is escaped.
   *
   * @param validator the validator that made the reports: its rule titles and directive catalogue
   */
  public static void html(PlanValidator validator, List<ReportedPlan> reports, Language language, Writer out) {
    write(out, HtmlReport.render(validator.rules(), validator.directives(), PlanValidator.libraryVersion(), reports, language));
  }

  /** The reports as JUnit XML: one suite per report, one test case per rule. */
  public static void junit(PlanValidator validator, List<ReportedPlan> reports, Writer out) {
    JUnitXml.write(validator.rules(), reports, out);
    flush(out);
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report: " + e.getMessage(), e);
    }
    flush(out);
  }

  private static void flush(Writer out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report: " + e.getMessage(), e);
    }
  }
}
