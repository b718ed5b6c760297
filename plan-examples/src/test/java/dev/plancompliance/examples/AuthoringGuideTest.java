package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example rule of plan-rules/AUTHORING.md compiles, keeps the contract, and does what the guide says. */
class AuthoringGuideTest {
  @Test
  void exampleRule_compilesAndRunsOnTheHaNoiPlan(@TempDir Path dir) throws IOException {
    List<String> blocks = codeBlocks(Files.readString(Path.of("../plan-rules/AUTHORING.md"), StandardCharsets.UTF_8));
    String drl = blocks.stream().filter(b -> b.startsWith("package my.rules;")).findFirst().orElseThrow();
    String messages = blocks.stream().filter(b -> b.startsWith("HN-001.title=")).findFirst().orElseThrow();
    Files.writeString(dir.resolve("ha-noi.drl"), drl, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("messages_en.properties"), messages, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("messages_vi.properties"), messages, StandardCharsets.UTF_8);

    PlanValidator validator = PlanValidator.builder().withStandardRules().addRules(dir).build();
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    ValidationReport haNoi = validator.validate(ExamplePlans.read("ha-noi-2025.json"), asOf);
    assertTrue(haNoi.isComplete(), haNoi.errors().toString());
    assertEquals(Outcome.FAILED, haNoi.outcome("HN-001").orElseThrow().outcome());
    assertTrue(haNoi.findings("HN-001").stream().allMatch(f -> f.path().startsWith("tasks[II.7.")), haNoi.findings("HN-001").toString());
    ValidationReport hue = validator.validate(ExamplePlans.read("hue-2025.json"), asOf);
    assertEquals(Outcome.NOT_APPLICABLE, hue.outcome("HN-001").orElseThrow().outcome());
  }

  private static List<String> codeBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    String[] parts = markdown.split("(?m)^```[a-z]*\\R");
    for (int i = 1; i < parts.length; i += 2) {
      blocks.add(parts[i]);
    }
    return blocks;
  }
}
