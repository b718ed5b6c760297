package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.ValidationReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan of 10,000 tasks validates; a 200 MB file is refused by plan-check with one clear line. */
class LargeDocumentsTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final int TASKS = 10_000;

  @Test
  void planOfTenThousandTasks_validates() {
    // judged on its text alone (no missing appendix to defer to), every item has the same two findings
    Plan seed = Plan.builder().from(MalformedCorpus.seedPlan("ha-noi-2025.json")).missingAppendix(java.util.Optional.empty()).build();
    List<Task> tasks = new ArrayList<>(TASKS);
    for (int i = 0; tasks.size() < TASKS; i++) {
      Task t = seed.tasks().get(i % seed.tasks().size());
      tasks.add(Task.builder().from(t).code(t.code() + "#" + (i / seed.tasks().size())).build());
    }
    Plan big = Plan.builder().from(seed).tasks(tasks).build();
    String json = PlanDocuments.write(big);
    long start = System.nanoTime();
    Plan read = PlanDocuments.read(json, "ha-noi-10000.json");
    long readMs = (System.nanoTime() - start) / 1_000_000;
    assertEquals(big, read);

    PlanValidator validator = PlanValidator.builder().withStandardRules().build();
    validator.validate(seed, AS_OF); // warm up on the seed
    start = System.nanoTime();
    ValidationReport report = validator.validate(read, AS_OF);
    long validateMs = (System.nanoTime() - start) / 1_000_000;

    assertTrue(report.isComplete(), report.errors().toString());
    assertEquals(validator.rules().size(), report.outcomes().size());
    // each copy of a seed task has the findings the seed task has
    ValidationReport seedReport = validator.validate(seed, AS_OF);
    long perTaskSeed = seedReport.findings().stream().filter(f -> f.taskCode().isPresent()).count();
    long perTaskBig = report.findings().stream().filter(f -> f.taskCode().isPresent()).count();
    assertEquals(perTaskSeed * TASKS / seed.tasks().size(), perTaskBig, "task findings scale with the copies");
    System.out.printf("[large] plan of %,d tasks (%,d bytes of JSON): read in %d ms, validated in %d ms, %,d findings%n",
        TASKS, json.getBytes(StandardCharsets.UTF_8).length, readMs, validateMs, report.findings().size());
    assertTrue(report.findings().stream().map(Finding::ruleId).distinct().count() > 1);
  }

  @Test
  void file200MB_isRefusedByPlanCheckWithOneLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.json");
    long size = 200L << 20;
    byte[] task = "{\"code\": \"T\", \"title\": \"Nhiệm vụ\", \"deadline\": {\"type\": \"vague\", \"phrase\": \"v\"}},\n"
        .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write("{\"ref\": {\"symbol\": \"1/KH\", \"kind\": \"PLAN\"}, \"issuer\": \"u\", \"level\": \"CITY\", \"tasks\": [\n"
          .getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < size; written += task.length) {
        out.write(task);
      }
      out.write("{}]}\n".getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(Files.size(file) > size);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    int code = PlanCheck.run(new String[] {"validate", file.toString()}, new PrintWriter(out), new PrintWriter(err));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals(PlanCheck.BAD_INPUT, code, err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("plan-check: " + file + ":"), err.toString());
    assertTrue(err.toString().contains("at $: expected a document of at most 67108864 bytes (64 MiB, PlanDocuments.MAX_DOCUMENT_LENGTH)"),
        err.toString());
    System.out.printf("[large] plan-check on a %,d-byte file: exit 2 in %d ms: %s", Files.size(file), ms, err);
  }
}
