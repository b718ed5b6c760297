package dev.plancompliance.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark command: runs the JMH benchmarks, the interleaved measurement of the two ratios, the cold-start
 * and the scaling measurements in one go, prints a Markdown table of times and ratios, and with
 * {@code --readme FILE} writes it into that file between {@code <!-- bench:start -->} and
 * {@code <!-- bench:end -->}.
 */
public final class BenchReport {
  private static final String START = "<!-- bench:start -->";
  private static final String END = "<!-- bench:end -->";
  /** The JVM options README's main command gives plan-check: the class-data archive, C1 only, serial GC. */
  static final String ONE_SHOT_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

  private BenchReport() {}

  /** What one run measured. */
  private record Results(
      Map<String, Double> us, double[] interleaved, double buildMs, Map<String, Double> cliMs, List<long[]> scaling, List<long[]> sets) {}

  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    Path readme = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--readme")) {
        readme = Path.of(args[++i]);
      }
    }
    Path jarDir = Path.of(BenchReport.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getParent();
    Path benchmarks = jarDir.resolve("benchmarks.jar");

    Map<String, Double> us = new LinkedHashMap<>();
    Options validation = new OptionsBuilder().include(ValidationBenchmark.class.getSimpleName())
        .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(3))
        .measurementIterations(5).measurementTime(TimeValue.seconds(3)).build();
    for (RunResult r : new Runner(validation).run()) {
      us.put(r.getParams().getBenchmark().replaceAll(".*\\.", ""), r.getPrimaryResult().getScore());
    }
    Options importing = new OptionsBuilder().include(ImportBenchmark.class.getSimpleName())
        .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(2))
        .measurementIterations(5).measurementTime(TimeValue.seconds(2)).build();
    for (RunResult r : new Runner(importing).run()) {
      us.put(r.getParams().getBenchmark().replaceAll(".*\\.", ""), r.getPrimaryResult().getScore());
    }
    Options html = new OptionsBuilder().include(HtmlReportBenchmark.class.getSimpleName())
        .forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(3))
        .measurementIterations(5).measurementTime(TimeValue.seconds(3)).build();
    for (RunResult r : new Runner(html).run()) {
      us.put("html." + r.getParams().getBenchmark().replaceAll(".*\\.", ""), r.getPrimaryResult().getScore());
    }
    double[] interleaved = Arrays.stream(lastLine(benchmarks, List.of(), Interleaved.class, "").split(" "))
        .mapToDouble(Double::parseDouble).toArray();
    Options build = new OptionsBuilder().include(BuildBenchmark.class.getSimpleName()).build();
    double buildMs = new Runner(build).run().iterator().next().getPrimaryResult().getScore();

    Path planCheck = jarDir.resolve("plan-check.jar");
    Path archive = jarDir.resolve("plan-check.jsa");
    Map<String, Double> cliMs = new LinkedHashMap<>();
    cliMs.put("plain `java -jar`", coldStart(planCheck, List.of()));
    if (Files.exists(archive)) {
      cliMs.put("with the class-data archive (`-XX:SharedArchiveFile=…/plan-check.jsa`)", coldStart(planCheck, List.of("-XX:SharedArchiveFile=" + archive)));
      List<String> oneShot = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
      oneShot.addAll(List.of(ONE_SHOT_OPTIONS.split(" ")));
      cliMs.put("README's main command: the archive and `" + ONE_SHOT_OPTIONS + "`", coldStart(planCheck, oneShot));
    }
    List<long[]> scaling = new ArrayList<>();
    for (int n : new int[] {1_000, 10_000, 100_000}) {
      String[] f = lastLine(benchmarks, List.of("-Xmx512m"), Scaling.class, String.valueOf(n)).split(" ");
      scaling.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[4])});
    }

    List<long[]> sets = new ArrayList<>();
    for (int n : new int[] {10, 100, 1_000}) {
      String[] f = lastLine(benchmarks, List.of("-Xmx1g"), SetScaling.class, String.valueOf(n)).split(" ");
      sets.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])});
    }
    String table = table(new Results(us, interleaved, buildMs, cliMs, scaling, sets));
    System.out.println(table);
    if (readme != null) {
      String text = Files.readString(readme, StandardCharsets.UTF_8);
      int a = text.indexOf(START);
      int b = text.indexOf(END);
      if (a < 0 || b < a) {
        throw new IllegalStateException(readme + " has no " + START + " … " + END + " section");
      }
      Files.writeString(readme, text.substring(0, a + START.length()) + "\n" + table + text.substring(b), StandardCharsets.UTF_8);
      System.out.println("written to " + readme);
    }
  }

  private static String table(Results r) {
    Map<String, Double> us = r.us();
    double refBatch = us.get("referenceBatch");
    double batch = us.get("droolsBatch");
    double refTwo = us.get("referenceBatchTwoThreads");
    double two = us.get("droolsBatchTwoThreads");
    StringBuilder sb = new StringBuilder();
    sb.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB max heap (benchmark JVM); JDK ")
        .append(System.getProperty("java.version")).append(' ').append(System.getProperty("java.vm.name"))
        .append("; ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
        .append("; measured ").append(LocalDate.now()).append(".\n\n")
        .append("| measurement | plain Java (reference) | library (PlanValidator on Drools; PlanImporter) | ratio | target |\n|---|---|---|---|---|\n");
    row(sb, "one plan, 41 tasks", us.get("referenceSingle"), us.get("droolsSingle"), "–");
    row(sb, "national batch, 3,355 plans, 1 thread (JMH)", refBatch, batch, "–");
    sb.append(String.format("| national batch, 2 threads (JMH) | %s: %.2f× the 1-thread throughput | %s: %.2f× | – | – |%n",
        time(refTwo), refBatch / refTwo, time(two), batch / two));
    double[] in = r.interleaved();
    sb.append(String.format("| national batch, interleaved: Drools and plain Java, 1 and 2 threads in turn, median of %d rounds | 2 threads: %.2f× | 2 threads: %.2f× | 1 thread: %.1f× | ≤ 8×; Drools 2 threads ≥ 1.6× |%n",
        (int) in[3], in[2], in[1], in[0]));
    int lines = ImportBenchmark.document().split("\n").length;
    row(sb, "read " + lines + " lines of a plan's text: split and fold each line (reference) / `PlanImporter.read`, warm", us.get("referenceLines"),
        us.get("importText"), "–");
    sb.append(String.format("| the same import beside validating its draft (%d tasks) | – | import %s, validation %s | import %.1f× validation | – |%n",
        7 * ImportBenchmark.TASKS_PER_GROUP, time(us.get("importText")), time(us.get("validateDraft")), us.get("importText") / us.get("validateDraft")));
    NationalPage page = NationalPage.page();
    row(sb, String.format("HTML report of the national batch (%,d plans, %,d findings; page %.1f MiB): a line per plan and finding (reference) / `ReportFormats.html`",
        NationalBatch.NATIONAL, page.findings, page.bytes / 1048576.0), us.get("html.referenceLines"), us.get("html.html"), "seconds");
    sb.append(String.format("| the same page beside the JSON report of the same reports (%.1f MiB) | – | HTML %s, JSON %s | HTML %.1f× JSON | – |%n",
        page.jsonBytes / 1048576.0, time(us.get("html.html")), time(us.get("html.json")), us.get("html.html") / us.get("html.json")));
    sb.append(String.format("| `PlanValidator.build()`, standard rules, fresh JVM | – | %.0f ms | – | ≤ 500 ms |%n", r.buildMs()));
    r.cliMs().forEach((how, ms) ->
        sb.append(String.format("| CLI `validate` one plan, fresh JVM, wall, median of 7: %s | – | %.0f ms | – | ≤ 1,000 ms |%n", how, ms)));
    for (long[] s : r.scaling()) {
      sb.append(String.format("| stream of %,d plans, `-Xmx512m` | – | %,d ms (%.0f µs/plan), heap peak %d MiB, live after %d MiB | – | linear, flat |%n",
          s[0], s[1], s[1] * 1000.0 / s[0], s[2], s[3]));
    }
    return sb.toString();
  }

  /** The national batch's HTML page and JSON report, made once for their sizes. */
  private static final class NationalPage {
    long bytes;
    long jsonBytes;
    long findings;

    static NationalPage page() {
      dev.plancompliance.rules.PlanValidator validator = dev.plancompliance.rules.PlanValidator.builder().withStandardRules().build();
      List<dev.plancompliance.rules.report.ReportedPlan> reports = HtmlReportBenchmark.reports(validator);
      NationalPage h = new NationalPage();
      h.bytes = HtmlReportBenchmark.render(validator, reports).getBytes(StandardCharsets.UTF_8).length;
      java.io.StringWriter json = new java.io.StringWriter();
      dev.plancompliance.rules.report.ReportFormats.json(reports.stream().map(dev.plancompliance.rules.report.ReportedPlan::report).toList(), json);
      h.jsonBytes = json.toString().getBytes(StandardCharsets.UTF_8).length;
      h.findings = reports.stream().mapToLong(r -> r.report().findings().size()).sum();
      return h;
    }
  }

  private static void row(StringBuilder sb, String what, double reference, double drools, String target) {
    sb.append(String.format("| %s | %s | %s | %.1f× | %s |%n", what, time(reference), time(drools), drools / reference, target));
  }

  private static String time(double micros) {
    return micros >= 1000 ? String.format("%,.1f ms", micros / 1000) : String.format("%.1f µs", micros);
  }

  /** Median wall time of plan-check validating one plan in a fresh JVM with {@code jvmOptions}, seven runs. */
  private static double coldStart(Path planCheck, List<String> jvmOptions) throws IOException, InterruptedException {
    Path plan = Files.createTempFile("plan", ".json");
    Files.writeString(plan, dev.plancompliance.model.json.PlanDocuments.write(NationalBatch.plan(0)), StandardCharsets.UTF_8);
    long[] ms = new long[7];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      List<String> command = new ArrayList<>(List.of(java()));
      command.addAll(jvmOptions);
      command.addAll(List.of("-jar", planCheck.toString(), "validate", "--as-of", "2025-12-31", plan.toString()));
      Process p = new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.waitFor(60, TimeUnit.SECONDS);
      ms[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Files.delete(plan);
    Arrays.sort(ms);
    return ms[ms.length / 2];
  }

  /** The last line {@code main} of {@code mainClass} prints, run in a fresh JVM with {@code jvmOptions}. */
  private static String lastLine(Path benchmarks, List<String> jvmOptions, Class<?> mainClass, String arg) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", benchmarks.toString(), mainClass.getName()));
    if (!arg.isEmpty()) {
      command.add(arg);
    }
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(mainClass.getSimpleName() + " " + arg + " failed: " + out);
    }
    return out.substring(out.lastIndexOf('\n') + 1);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
