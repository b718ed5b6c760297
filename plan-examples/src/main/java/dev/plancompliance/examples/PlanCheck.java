package dev.plancompliance.examples;

import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.model.json.PlanFormatException;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.RuleCases;
import dev.plancompliance.rules.RuleCatalogue;
import dev.plancompliance.rules.RuleInfo;
import dev.plancompliance.rules.RuleSetException;
import dev.plancompliance.rules.Severity;
import dev.plancompliance.rules.ValidationReport;
import dev.plancompliance.rules.Verdict;
import dev.plancompliance.rules.report.ReportFormats;
import dev.plancompliance.rules.report.ReportedPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plan-check}: validates plan documents from the command line. Exit codes follow the verdict of
 * the whole run ({@link Verdict#combined}): 0 every document COMPLIANT, 1 some document NOT COMPLIANT (an
 * ERROR finding), 2 bad input or usage (one clear line on stderr; the stack trace only with
 * {@code --verbose}), 3 none NOT COMPLIANT but some INCONCLUSIVE (a rule of ERROR severity could not
 * decide or failed to run) or NOT A PLAN (a notice, letter… that no plan rule judges), 4 a failure of
 * plan-check itself (one line on stderr). What a message quotes from a document is escaped and cut.
 */
@Command(
    name = "plan-check",
    mixinStandardHelpOptions = true,
    versionProvider = PlanCheck.Version.class,
    description = "Checks Vietnamese implementation plans against the resolutions they implement (66-NQ/TW and others).",
    subcommands = {PlanCheck.Validate.class, ImportCommand.class, PlanCheck.Rules.class, PlanCheck.TestRules.class, DiffCommand.class})
public final class PlanCheck implements Callable<Integer> {
  static final int OK = 0;
  static final int ERRORS_FOUND = 1;
  static final int BAD_INPUT = 2;
  static final int INCONCLUSIVE = 3;
  /** A failure of plan-check itself (a defect, or the JVM out of memory), not of the input: one line on stderr. */
  static final int INTERNAL_FAILURE = 4;

  /** The exit code of a verdict: 0 compliant, 1 not compliant, 3 inconclusive (or not a plan). */
  static int exitCode(Verdict verdict) {
    return switch (verdict) {
      case COMPLIANT -> OK;
      case NOT_COMPLIANT -> ERRORS_FOUND;
      case INCONCLUSIVE, NOT_A_PLAN -> INCONCLUSIVE;
    };
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    quietLogging();
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * plan-check logs warnings only, to stderr, through slf4j-simple when that is the binding (Drools' own
   * report of a DRL compile failure repeats what plan-check prints). Set as system properties, not a
   * {@code simplelogger.properties} at the class path's root, which would reconfigure a host's logging; a
   * property given on the command line ({@code -Dorg.slf4j.simpleLogger.defaultLogLevel=debug}) wins.
   */
  static void quietLogging() {
    String prefix = "org.slf4j.simpleLogger.";
    for (String[] p : new String[][] {{"defaultLogLevel", "warn"}, {"log.org.drools.compiler.kie.builder.impl", "off"}, {"logFile", "System.err"}}) {
      if (System.getProperty(prefix + p[0]) == null) {
        System.setProperty(prefix + p[0], p[1]);
      }
    }
  }

  /** Runs the command line with the given output streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new PlanCheck());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, line, parsed) -> {
      boolean verbose = parsed.originalArgs().contains("--verbose");
      boolean input = isBadInput(ex);
      line.getErr().println("plan-check: " + (input ? "" : "internal failure, please report it: ") + printable(ex, describe(ex)));
      if (verbose) {
        ex.printStackTrace(line.getErr());
      }
      line.getErr().flush();
      return input ? BAD_INPUT : INTERNAL_FAILURE;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError | AssertionError | LinkageError e) {
      // an Error passes picocli's handler: still one line and a code of its own, not a stack trace and 1
      err.println("plan-check: internal failure, please report it: " + e.getClass().getSimpleName() + ": "
          + dev.plancompliance.model.Text.excerpt(String.valueOf(e.getMessage()), 500));
      code = INTERNAL_FAILURE;
    }
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return BAD_INPUT;
  }

  /**
   * Usage error unless {@code value} (an option's, {@code null} when not given) is one of {@code allowed}:
   * "--format must be text or json, was x".
   */
  static void requireOneOf(CommandLine cl, String option, String value, String... allowed) {
    if (value != null && !List.of(allowed).contains(value)) {
      String all = allowed.length == 1 ? allowed[0]
          : String.join(", ", java.util.Arrays.asList(allowed).subList(0, allowed.length - 1)) + " or " + allowed[allowed.length - 1];
      throw new CommandLine.ParameterException(cl, option + " must be " + all + ", was " + value);
    }
  }

  /** Whether {@code ex} says the input (documents, options, rule folders) is bad, rather than plan-check. */
  static boolean isBadInput(Exception ex) {
    return ex instanceof IllegalArgumentException || ex instanceof IOException || ex instanceof java.io.UncheckedIOException
        || ex instanceof PlanFormatException || ex instanceof RuleSetException || ex instanceof dev.plancompliance.model.text.DocumentImportException
        || ex instanceof CommandLine.ParameterException;
  }

  /**
   * A message as stderr may show it: what a document put in it cannot start a line or drive the terminal
   * (control characters escaped) and is cut; a rule folder's problems keep one line each.
   */
  static String printable(Exception ex, String message) {
    if (ex instanceof RuleSetException) {
      return String.join("\n", message.lines().map(l -> dev.plancompliance.model.Text.excerpt(l, 1_000)).toList());
    }
    return dev.plancompliance.model.Text.excerpt(message, 2_000);
  }

  /** The report could not be written (a full disk, a closed pipe): bad input's exit code, as for a file that cannot be read. */
  static final class ReportNotWritten extends IOException {
    ReportNotWritten(String message) {
      super(message);
    }
  }

  static String describe(Exception ex) {
    if (ex instanceof java.io.UncheckedIOException u) {
      return describe(u.getCause());
    }
    if (ex instanceof ReportNotWritten) {
      return ex.getMessage();
    }
    if (ex instanceof PlanFormatException || ex instanceof RuleSetException || ex instanceof dev.plancompliance.model.text.DocumentImportException) {
      return ex.getMessage();
    }
    if (ex instanceof NoSuchFileException nsf) {
      return "no such file: " + nsf.getFile();
    }
    if (ex instanceof IOException io) {
      return "cannot read: " + io.getMessage();
    }
    return ex.getClass().getSimpleName() + ": " + ex.getMessage();
  }

  /** The value of {@code future}, with the exception that stopped it rethrown as it was. */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** Options shared by the subcommands that build a validator. */
  static final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Add the .drl rules (and messages_vi/en.properties) of DIR to the standard rules. DRL is code: use trusted folders only.")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--directive", paramLabel = "FILE",
        description = "Add the directive document FILE (JSON: its task groups, requirements, horizon) to the bundled catalogue (66-NQ/TW, 06-CT/TU); repeatable. A directive may declare no groups: the group rules are then NOT_EVALUABLE.")
    List<Path> directiveFiles = new ArrayList<>();

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    PlanValidator validator() {
      PlanValidator.Builder builder = PlanValidator.builder().withStandardRules();
      ruleDirs.forEach(builder::addRules);
      if (!directiveFiles.isEmpty()) {
        List<Directive> added = new ArrayList<>();
        for (Path file : directiveFiles) {
          try {
            added.add(PlanDocuments.readDirective(file));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
        builder.directives(withDirectives(added));
      }
      return builder.build();
    }

    /** The bundled catalogue with {@code added}; a symbol it already has, or given twice, is bad input naming the file. */
    private Directives withDirectives(List<Directive> added) {
      List<Directive> all = new ArrayList<>(Directives.standard().all());
      for (int i = 0; i < added.size(); i++) {
        Directive d = added.get(i);
        if (all.stream().anyMatch(k -> k.ref().hasSymbol(d.symbol()))) {
          throw new IllegalArgumentException(directiveFiles.get(i) + ": directive " + d.symbol()
              + " is already in the catalogue (bundled, or an earlier --directive); give each directive once");
        }
        all.add(d);
      }
      return Directives.of(all);
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true, description = "Validate plan documents (JSON) — or plans' texts (.txt, .docx), read on the fly as plan-check import reads them — and print a report for each.",
      exitCodeListHeading = "%nExit codes (the verdict of the whole run):%n",
      exitCodeList = {
          "0:every document COMPLIANT",
          "1:some document NOT COMPLIANT (an ERROR finding)",
          "2:bad input or usage",
          "3:none NOT COMPLIANT, but some INCONCLUSIVE (a rule of ERROR severity could not decide) or NOT A PLAN",
          "4:an internal failure of plan-check (one line on stderr; please report it)"})
  static final class Validate implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin RuleOptions rules;

    @Option(names = "--format", defaultValue = "text",
        description = "text, json (one JSON array of reports; a set report with --set), sarif (SARIF 2.1.0), junit (JUnit XML) or html (one self-contained page: coverage matrix, findings beside the plan's text; Vietnamese unless --lang en). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE (UTF-8) instead of standard output.")
    Path outFile;

    @Option(names = "--set", paramLabel = "SET", description = "Validate the plan set of SET ({\"parent\": PLAN, \"children\": [PLAN, ...]}, plans inline or as file names relative to SET): each plan, and the cross-plan rules.")
    Path set;

    @Option(names = "--progress", paramLabel = "FILE", description = "A progress report to attach to the plan of its symbol (for DL-003, overdue tasks). Repeatable.")
    List<Path> progress = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Validate as of this date. Default: today.")
    String asOf;

    @Option(names = "--lang", description = "vi or en: print messages in one language only. Default: both.")
    String lang;

    @Option(names = "--examples", description = "Validate the bundled example plans.")
    boolean examples;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Plan documents (JSON) to validate, or plans' texts (.txt, .docx).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      CommandLine cl = spec.commandLine();
      requireOneOf(cl, "--format", format, "text", "json", "sarif", "junit", "html");
      requireOneOf(cl, "--lang", lang, "vi", "en");
      if ((files.isEmpty() ? 0 : 1) + (examples ? 1 : 0) + (set == null ? 0 : 1) != 1) {
        throw new CommandLine.ParameterException(cl, "give one of FILE..., --examples or --set SET");
      }
      LocalDate date;
      try {
        date = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(cl, "--as-of must be a date YYYY-MM-DD, was " + dev.plancompliance.model.Text.excerpt(asOf, 40));
      }
      if (date.getYear() < PlanDocuments.MIN_YEAR || date.getYear() > PlanDocuments.MAX_YEAR) {
        throw new CommandLine.ParameterException(cl, "--as-of must be a date from " + PlanDocuments.MIN_YEAR + " to " + PlanDocuments.MAX_YEAR + ", was " + asOf);
      }
      // Compiling the rule base and reading the documents need different classes: do both at once.
      CompletableFuture<PlanValidator> building = CompletableFuture.supplyAsync(rules::validator);
      List<ProgressReport> reports = new ArrayList<>();
      for (Path p : progress) {
        reports.add(PlanDocuments.readProgress(p));
      }
      ValidationRun run;
      List<String> automatic = new ArrayList<>(); // plans' texts read on the fly: said first in text, on stderr in the other formats
      if (set != null) {
        run = ValidationRun.set(await(building), set, reports, date);
      } else {
        Map<String, Plan> plans = new LinkedHashMap<>();
        // where each report's document is: a bundled resource, or a file; both with their text, for lines
        Map<String, UnaryOperator<ReportedPlan>> documents = new LinkedHashMap<>();
        if (examples) {
          plans.putAll(ExamplePlans.all());
          plans.keySet().forEach(n -> documents.put(n, r -> ValidationRun.withSource(r.named(ExamplePlans.resourcePath(n)).withText(ExamplePlans.documentText(n)),
              ExamplePlans.sourceText(n))));
        }
        for (Path f : files) {
          if (ImportCommand.isDocument(f)) {
            // a plan's text, not a plan document: judged as the importer reads it, and the report says so first
            dev.plancompliance.model.text.PlanImport imported = ImportCommand.importer().read(f);
            String reading = imported.decisions().size() + " decisions taken by default in an automatic reading; `plan-check import " + f + "` lists them";
            String name = f + " (" + reading + ")";
            automatic.add(f + ": " + reading);
            plans.put(name, imported.draft());
            java.util.Optional<String> source = ImportCommand.isDocx(f) ? java.util.Optional.empty() : java.util.Optional.of(java.nio.file.Files.readString(f, StandardCharsets.UTF_8));
            documents.put(name, r -> ValidationRun.withSource(r.named(f.toString()), source));
            continue;
          }
          plans.put(f.toString(), PlanDocuments.read(f));
          String text = java.nio.file.Files.readString(f, StandardCharsets.UTF_8);
          documents.put(f.toString(), r -> r.inFile(f, text));
        }
        run = ValidationRun.plans(await(building), plans, documents, reports, date);
      }
      if (format.equals("html")) {
        automatic.addAll(run.readSourcesBeside());
      }
      PlanValidator validator = await(building);
      PrintWriter out = outFile == null ? cl.getOut() : new PrintWriter(java.nio.file.Files.newBufferedWriter(outFile, StandardCharsets.UTF_8));
      switch (format) {
        case "json" -> {
          if (run.set.isPresent()) {
            ReportFormats.json(run.set.get(), out);
          } else {
            ReportFormats.json(run.reports(), out);
          }
        }
        case "sarif" -> ReportFormats.sarif(validator, run.checked, out);
        case "junit" -> ReportFormats.junit(validator, run.checked, out);
        case "html" -> ReportFormats.html(validator, run.checked, Language.EN.name().equalsIgnoreCase(lang) ? Language.EN : Language.VI, out);
        default -> out.print(run.text(lang == null ? java.util.Optional.empty() : java.util.Optional.of(lang.equals("vi") ? Language.VI : Language.EN),
            rules.verbose));
      }
      if (outFile != null) {
        out.close();
      } else {
        out.flush();
      }
      if (out.checkError()) { // a PrintWriter keeps I/O errors to itself: a full disk must not pass for a report
        throw new ReportNotWritten("cannot write the report to " + (outFile == null ? "standard output" : outFile.toString()));
      }
      if (!format.equals("text")) {
        automatic.forEach(a -> cl.getErr().println("note: " + a));
        cl.getErr().flush();
      }
      return exitCode(run.verdict());
    }
  }

  @Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rule catalogue (id, severity, title, legal basis), lint a rule folder, or print the catalogue as Markdown.")
  static final class Rules implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin RuleOptions rules;

    @Option(names = "--lang", description = "vi or en. Default: en.")
    String lang = "en";

    @Option(names = "--check", paramLabel = "DIR", description = "Compile the rules of DIR beside the standard ones and check their metadata and messages; print every problem, file:line:column first.")
    Path check;

    @Option(names = "--markdown", description = "Print the catalogue as Markdown, with example findings from --cases.")
    boolean markdown;

    @Option(names = "--cases", paramLabel = "DIR", description = "Rule cases (RULE-ID/pass|fail|other/*.json) for --markdown examples.")
    Path cases;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (check != null) {
        return lint(check, out, spec.commandLine().getErr());
      }
      PlanValidator validator = rules.validator();
      if (markdown) {
        if (cases == null) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--markdown needs --cases DIR");
        }
        out.print(RuleCatalogue.markdown(validator, cases));
      } else {
        Language language = lang.equals("vi") ? Language.VI : Language.EN;
        for (RuleInfo r : validator.rules()) {
          out.printf("%-8s %-8s %s%n         basis (%s): %s%n", r.id(), r.severity(), r.title(language), r.basisKind().name().toLowerCase(java.util.Locale.ROOT), r.basis());
        }
      }
      out.flush();
      return OK;
    }

    private static int lint(Path dir, PrintWriter out, PrintWriter err) {
      try {
        PlanValidator validator = PlanValidator.builder().withStandardRules().addRules(dir).build();
        long own = validator.manifest().stream().filter(d -> d.version().equals("custom")).mapToLong(d -> d.ruleIds().size()).sum();
        out.println(dir + ": " + own + " rules, no problems");
        out.flush();
        return OK;
      } catch (RuleSetException e) {
        // compiler style: one problem per line, the file named from the folder given, the source line quoted
        for (String problem : e.problems()) {
          err.println(problem.startsWith("?") ? problem : dir.resolve(problem.substring(0, problem.indexOf(':'))) + problem.substring(problem.indexOf(':')));
        }
        err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
        err.flush();
        return BAD_INPUT;
      }
    }
  }

  @Command(name = "test-rules", mixinStandardHelpOptions = true, description = "Run rule cases (RULE-ID/pass|fail|other/*.json with *.expected.json sidecars) and print a line per case.")
  static final class TestRules implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin RuleOptions rules;

    @Parameters(paramLabel = "CASES", description = "The folder of rule cases.")
    Path cases;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PlanValidator validator = rules.validator();
      List<RuleCases.RuleCaseResult> results = RuleCases.run(validator, cases);
      for (RuleCases.RuleCaseResult r : results) {
        out.println((r.passed() ? "PASS " : "FAIL ") + r.name() + ": " + r.detail());
      }
      List<String> missing = RuleCases.missingCases(validator, cases);
      missing.forEach(m -> out.println("MISSING " + m));
      long passed = results.stream().filter(RuleCases.RuleCaseResult::passed).count();
      long failed = results.size() - passed + missing.size();
      out.println(passed + " passed, " + failed + " failed");
      out.flush();
      return failed == 0 ? OK : ERRORS_FOUND;
    }
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = PlanCheck.class.getResourceAsStream("/dev/plancompliance/examples/plan-check.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"plan-check " + p.getProperty("version", "unknown")};
    }
  }
}
