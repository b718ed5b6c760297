package dev.plancompliance.examples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.model.text.ImportDecision;
import dev.plancompliance.model.text.PlanImport;
import dev.plancompliance.model.text.PlanImporter;
import dev.plancompliance.model.text.UnplacedLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plan-check import FILE [--out plan.json] [--format text|json]}: reads a plan's text into a draft plan
 * document and lists the decisions taken and the lines not placed. With {@code --out} the draft goes to that
 * file and the decisions to standard output; without it the draft goes to standard output and, in text, the
 * decisions to standard error, so that {@code plan-check import plan.txt > plan.json} works. Exit codes: 0
 * imported, 2 bad input or usage.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Read a plan's text (UTF-8, as a legal portal shows it) into a draft plan document, and list the decisions taken and the lines not placed.")
final class ImportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "PLAN.json", description = "Write the draft plan document here (else to standard output).")
  Path out;

  @Option(names = "--format", defaultValue = "text", description = "How to list the decisions: text or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Parameters(index = "0", paramLabel = "FILE", description = "The plan's text (.txt, UTF-8).")
  Path file;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    PlanCheck.requireOneOf(cl, "--format", format, "text", "json");
    PlanImport imported = importer().read(file);
    String draft = PlanDocuments.write(imported.draft());
    PrintWriter stdout = cl.getOut();
    if (out != null) {
      Files.writeString(out, draft, StandardCharsets.UTF_8);
    }
    if (format.equals("json")) {
      ObjectNode report = report(imported);
      if (out == null) {
        report.set("draft", PlanDocuments.objectMapper().readTree(draft));
      } else {
        report.put("draft", out.toString());
      }
      stdout.print(PlanDocuments.objectMapper().writer(PlanDocuments.prettyPrinter()).writeValueAsString(report));
      stdout.println();
    } else {
      PrintWriter listing = out == null ? cl.getErr() : stdout;
      if (out == null) {
        stdout.print(draft);
        stdout.println();
      }
      listing.print(text(imported, out));
    }
    stdout.flush();
    cl.getErr().flush();
    return PlanCheck.OK;
  }

  /** Made when first used: picocli makes every subcommand at start-up, and most runs import nothing. */
  private static final class Importer {
    static final PlanImporter INSTANCE = PlanImporter.standard();
  }

  static PlanImporter importer() {
    return Importer.INSTANCE;
  }

  /** Whether {@code file} is a plan's text (.txt, .docx) rather than a plan document (JSON). */
  static boolean isDocument(Path file) {
    return lowerName(file).endsWith(".txt") || isDocx(file);
  }

  /** Whether {@code file} is a Word document (.docx). */
  static boolean isDocx(Path file) {
    return lowerName(file).endsWith(".docx");
  }

  private static String lowerName(Path file) {
    return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** The listing a person reads: what was made, then each decision, then each line not placed. */
  static String text(PlanImport imported, Path out) {
    StringBuilder b = new StringBuilder();
    b.append(imported).append(out == null ? "" : " → " + out).append('\n');
    b.append("An automatic reading: check the decisions below before you rely on the draft.\n");
    b.append("decisions:\n");
    imported.decisions().forEach(d -> b.append("  ").append(d).append('\n'));
    b.append("not placed (").append(imported.unplaced().size()).append("):\n");
    imported.unplaced().forEach(u -> b.append("  ").append(u).append('\n'));
    return b.toString();
  }

  private static ObjectNode report(PlanImport imported) {
    ObjectNode report = PlanDocuments.objectMapper().createObjectNode();
    report.put("source", imported.source());
    report.put("tasks", imported.draft().tasks().size());
    ArrayNode decisions = report.putArray("decisions");
    for (ImportDecision d : imported.decisions()) {
      ObjectNode n = decisions.addObject();
      n.put("line", d.line());
      n.put("subject", d.subject());
      n.put("taken", d.taken());
      ArrayNode options = n.putArray("options");
      d.options().forEach(options::add);
      n.put("why", d.why());
    }
    ArrayNode unplaced = report.putArray("unplaced");
    for (UnplacedLine u : imported.unplaced()) {
      unplaced.addObject().put("line", u.line()).put("text", u.text());
    }
    return report;
  }
}
