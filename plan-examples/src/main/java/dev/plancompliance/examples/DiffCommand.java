package dev.plancompliance.examples;

import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.ReportDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plan-check diff OLD.json NEW.json}: what changed between two reports of the same plans (written by
 * {@code validate --format json}, for one plan, several, or a set), by finding fingerprint. Exit codes: 0 no
 * new finding, 1 new findings, 2 bad input or usage.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Compare two JSON reports (validate --format json) of the same plans: new, resolved and unchanged findings.")
final class DiffCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--lang", description = "vi or en: print messages in one language only. Default: both.")
  String lang;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older report (JSON).")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer report (JSON).")
  Path newer;

  /**
   * A report file's text: a regular file (not a folder, a pipe or {@code /dev/zero}) of at most
   * {@link dev.plancompliance.model.json.PlanDocuments#MAX_REPORT_LENGTH} bytes, in UTF-8; otherwise bad input naming the file.
   */
  static String readReport(Path file) throws IOException {
    try {
      return TextFiles.read(file, dev.plancompliance.model.json.PlanDocuments.MAX_REPORT_LENGTH);
    } catch (TextFiles.Unreadable e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage() + ", not a report (give the UTF-8 JSON file validate --format json wrote;"
          + " at most PlanDocuments.MAX_REPORT_LENGTH bytes)");
    }
  }

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    PlanCheck.requireOneOf(cl, "--format", format, "text", "json");
    PlanCheck.requireOneOf(cl, "--lang", lang, "vi", "en");
    List<ReportDiff> diffs = ReportDiff.compare(readReport(older), older.toString(), readReport(newer), newer.toString());
    PrintWriter out = cl.getOut();
    if (format.equals("json")) {
      out.print(ReportDiff.toJson(diffs));
    } else {
      List<Language> languages = lang == null ? List.of(Language.VI, Language.EN) : List.of(lang.equals("vi") ? Language.VI : Language.EN);
      out.print(ReportDiff.toText(diffs, languages));
    }
    out.flush();
    return diffs.stream().anyMatch(ReportDiff::hasNew) ? PlanCheck.ERRORS_FOUND : PlanCheck.OK;
  }
}
