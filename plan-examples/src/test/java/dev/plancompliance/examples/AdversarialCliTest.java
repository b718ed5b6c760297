package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reproducers of the adversarial run's defects at the command line (issue 19): what a user or a script sees. */
class AdversarialCliTest {
  private static final String PLANS = "src/main/resources/dev/plancompliance/examples/plans/";

  /** The Hà Nội set copied to {@code dir}, every document starting with a UTF-8 byte order mark. */
  private static Path setWithBom(Path dir) throws Exception {
    for (String f : new String[] {"ha-noi-set.json", "ha-noi-2025.json", "illustrative/ha-noi-xa-a-compliant.json", "illustrative/ha-noi-xa-b-late.json",
        "illustrative/ha-noi-xa-c-missing-group-4.json"}) {
      Path to = dir.resolve(f);
      Files.createDirectories(to.getParent());
      Files.writeString(to, "\uFEFF" + Files.readString(Path.of(PLANS, f), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    return dir.resolve("ha-noi-set.json");
  }

  @Test
  void aSetWhoseDocumentsStartWithAByteOrderMarkValidatesInEveryFormatAsWithout(@TempDir Path dir) throws Exception {
    Path set = setWithBom(dir);
    for (String format : new String[] {"text", "json", "sarif", "junit", "html"}) {
      CliRun plain = CliRun.of("validate", "--set", PLANS + "ha-noi-set.json", "--as-of", "2025-12-31", "--format", format, "--lang", "en");
      CliRun bom = CliRun.of("validate", "--set", set.toString(), "--as-of", "2025-12-31", "--format", format, "--lang", "en");
      assertEquals(plain.code(), bom.code(), format + ": " + bom.err());
      assertFalse(bom.err().contains("plan-check:"), format + ": " + bom.err()); // notes only, no error
      assertTrue(bom.out().length() > 1_000, format);
    }
  }

  @Test
  void whatADocumentPutsInAnErrorCannotForgeALineOrDriveTheTerminal(@TempDir Path dir) throws Exception {
    String forged = "x\\nplan-check: all plans COMPLIANT\\u001b[2J\\u0000";
    String json = Files.readString(Path.of(PLANS, "hue-2025.json"), StandardCharsets.UTF_8).replaceFirst("\\{", "{\"" + forged + "\": 1,");
    Path plan = dir.resolve("forged.json");
    Files.writeString(plan, json, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("validate", plan.toString(), "--as-of", "2025-12-31");
    assertEquals(PlanCheck.BAD_INPUT, run.code());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(run.err().contains("\u001b") || run.err().contains("\u0000"), run.err());
    assertTrue(run.err().startsWith("plan-check: " + plan), run.err());

    // a type error on a 1 Mi string quotes an excerpt of it
    String big = "A".repeat(1 << 20 - 1);
    String typed = Files.readString(Path.of(PLANS, "hue-2025.json"), StandardCharsets.UTF_8).replaceFirst("\"issuedOn\": \"[^\"]*\"", "\"issuedOn\": \"" + big + "\"");
    Files.writeString(plan, typed, StandardCharsets.UTF_8);
    CliRun typeError = CliRun.of("validate", plan.toString(), "--as-of", "2025-12-31");
    assertEquals(PlanCheck.BAD_INPUT, typeError.code(), typeError.err().substring(0, Math.min(300, typeError.err().length())));
    assertTrue(typeError.err().length() < 3_000, "an excerpt, not the string: " + typeError.err().length() + " characters");
  }

  @Test
  void aFailureOfPlanCheckItselfIsNotCalledBadInput() {
    assertTrue(PlanCheck.isBadInput(new IllegalArgumentException("a bad date")));
    assertTrue(PlanCheck.isBadInput(new java.io.IOException("no such file")));
    assertFalse(PlanCheck.isBadInput(new NullPointerException()));
    assertFalse(PlanCheck.isBadInput(new IllegalStateException("a defect")));
    assertEquals(4, PlanCheck.INTERNAL_FAILURE);
    assertTrue(CliRun.of("validate", "--help").out().contains("4   an internal failure of plan-check"), CliRun.of("validate", "--help").out());
  }
}
