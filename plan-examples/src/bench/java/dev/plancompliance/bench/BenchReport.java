package dev.plancompliance.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
 * The benchmark command: runs the JMH benchmarks, the cold-start and the scaling measurements in one go,
 * prints a Markdown table of times and ratios, and with {@code --readme FILE} writes it into that file
 * between {@code <!-- bench:start -->} and {@code <!-- bench:end -->}.
 */
public final class BenchReport {
  private static final String START = "<!-- bench:start -->";
  private static final String END = "<!-- bench:end -->";

  private BenchReport() {}

  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    Path readme = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--readme")) {
        readme = Path.of(args[++i]);
      }
    }
    Path jarDir = Path.of(BenchReport.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getParent();

    Map<String, Double> us = new LinkedHashMap<>();
    Options validation = new OptionsBuilder().include(ValidationBenchmark.class.getSimpleName())
        .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(3))
        .measurementIterations(5).measurementTime(TimeValue.seconds(3)).build();
    for (RunResult r : new Runner(validation).run()) {
      us.put(r.getParams().getBenchmark().replaceAll(".*\\.", ""), r.getPrimaryResult().getScore());
    }
    Options build = new OptionsBuilder().include(BuildBenchmark.class.getSimpleName()).build();
    Collection<RunResult> builds = new Runner(build).run();
    double buildMs = builds.iterator().next().getPrimaryResult().getScore();

    double cliMs = coldStart(jarDir.resolve("plan-check.jar"), null);
    Path archive = jarDir.resolve("plan-check.jsa");
    double cliCdsMs = Files.exists(archive) ? coldStart(jarDir.resolve("plan-check.jar"), archive) : Double.NaN;
    List<long[]> scaling = new ArrayList<>();
    for (int n : new int[] {1_000, 10_000, 100_000}) {
      scaling.add(scaling(jarDir.resolve("benchmarks.jar"), n));
    }

    String table = table(us, buildMs, cliMs, cliCdsMs, scaling);
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

  private static String table(Map<String, Double> us, double buildMs, double cliMs, double cliCdsMs, List<long[]> scaling) {
    double refBatch = us.get("referenceBatch");
    double batch = us.get("droolsBatch");
    double two = us.get("droolsBatchTwoThreads");
    StringBuilder sb = new StringBuilder();
    sb.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB max heap (benchmark JVM); JDK ")
        .append(System.getProperty("java.version")).append(' ').append(System.getProperty("java.vm.name"))
        .append("; ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
        .append("; measured ").append(LocalDate.now()).append(".\n\n")
        .append("| measurement | plain Java (reference) | Drools (PlanValidator) | ratio | target |\n|---|---|---|---|---|\n");
    row(sb, "one plan, 41 tasks", us.get("referenceSingle"), us.get("droolsSingle"), "–");
    row(sb, "national batch, 3,355 plans, 1 thread", refBatch, batch, "≤ 8×");
    sb.append(String.format("| national batch, 2 threads vs 1 | – | %s | %.2f× throughput | ≥ 1.6× |%n", time(two), batch / two));
    sb.append(String.format("| `PlanValidator.build()`, standard rules, fresh JVM | – | %.0f ms | – | ≤ 500 ms |%n", buildMs));
    sb.append(String.format("| CLI `validate` one plan, fresh JVM, wall | – | %.0f ms | – | ≤ 1,000 ms |%n", cliMs));
    sb.append(String.format("| the same with the class-data archive (`-XX:SharedArchiveFile=…/plan-check.jsa`) | – | %.0f ms | – | ≤ 1,000 ms |%n", cliCdsMs));
    for (long[] s : scaling) {
      sb.append(String.format("| stream of %,d plans, `-Xmx512m` | – | %,d ms (%.0f µs/plan), heap peak %d MiB, live after %d MiB | – | linear, flat |%n",
          s[0], s[1], s[1] * 1000.0 / s[0], s[2], s[3]));
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String what, double reference, double drools, String target) {
    sb.append(String.format("| %s | %s | %s | %.1f× | %s |%n", what, time(reference), time(drools), drools / reference, target));
  }

  private static String time(double micros) {
    return micros >= 1000 ? String.format("%,.1f ms", micros / 1000) : String.format("%.1f µs", micros);
  }

  /** Median wall time of plan-check validating one plan in a fresh JVM, five runs; with the class-data archive if given. */
  private static double coldStart(Path planCheck, Path archive) throws IOException, InterruptedException {
    Path plan = Files.createTempFile("plan", ".json");
    Files.writeString(plan, dev.plancompliance.model.json.PlanDocuments.write(NationalBatch.plan(0)), StandardCharsets.UTF_8);
    long[] ms = new long[5];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      List<String> command = new ArrayList<>(List.of(java()));
      if (archive != null) {
        command.add("-XX:SharedArchiveFile=" + archive);
      }
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

  /** {n, elapsed ms, peak heap MiB, live heap MiB after the batch} from a fresh JVM with -Xmx512m. */
  private static long[] scaling(Path benchmarks, int n) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(java(), "-Xmx512m", "-cp", benchmarks.toString(), Scaling.class.getName(), String.valueOf(n))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("scaling run of " + n + " plans failed: " + out);
    }
    String[] f = out.substring(out.lastIndexOf('\n') + 1).split(" ");
    return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[4])};
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
