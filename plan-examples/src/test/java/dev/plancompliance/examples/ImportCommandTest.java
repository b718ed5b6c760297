package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.json.PlanDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan-check import}: the draft on stdout or in --out, the decisions listed, bad input in one line. */
class ImportCommandTest {
  static Path seedFile(Path dir, String seed) throws IOException {
    Path file = dir.resolve(seed);
    try (InputStream in = ImportCommandTest.class.getResourceAsStream("/dev/plancompliance/model/seeds/" + seed)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void draftOnStdout_decisionsOnStderr(@TempDir Path dir) throws IOException {
    Path file = seedFile(dir, "000_3d0f801100aabd15.txt");
    CliRun run = CliRun.of("import", file.toString());
    assertEquals(0, run.code(), run.err());
    Plan draft = PlanDocuments.read(run.out(), "stdout");
    assertEquals(7, draft.tasks().size());
    assertTrue(run.err().startsWith(file + ": 7 tasks, "), run.err());
    assertTrue(run.err().contains("An automatic reading"), run.err());
    assertTrue(run.err().contains("\"Chủ trì tham mưu thực hiện\" → lead"), run.err());
  }

  @Test
  void out_writesTheDraft_andJsonListsDecisionsWithTheirLines(@TempDir Path dir) throws IOException {
    Path file = seedFile(dir, "003_5e5f6eee794eb63a.txt");
    Path out = dir.resolve("444.json");
    CliRun run = CliRun.of("import", file.toString(), "--out", out.toString(), "--format", "json");
    assertEquals(0, run.code(), run.err());
    assertEquals(42, PlanDocuments.read(out).tasks().size());
    JsonNode report = PlanDocuments.objectMapper().readTree(run.out());
    assertEquals(42, report.get("tasks").asInt());
    assertEquals(out.toString(), report.get("draft").asText());
    assertTrue(report.get("decisions").size() > 5, run.out());
    for (JsonNode d : report.get("decisions")) {
      assertTrue(d.get("line").asInt() >= 1 && d.hasNonNull("subject") && d.hasNonNull("taken") && d.hasNonNull("why"), d.toString());
    }
    assertEquals("", run.err());
  }

  @Test
  void emptyOrBinaryFile_isOneLineOnStderr_exit2(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "\n\n");
    CliRun run = CliRun.of("import", empty.toString());
    assertEquals(2, run.code());
    assertEquals("plan-check: " + empty + ": the document is empty: there is no text to read", run.err().strip());
    Path binary = Files.write(dir.resolve("x.txt"), new byte[] {'P', 'K', 3, 4, 0, 0});
    run = CliRun.of("import", binary.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("plan-check: " + binary + ":1: not a text document"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  @Test
  void validate_aPlansText_importsItAndSaysSoFirst(@TempDir Path dir) throws IOException {
    Path file = seedFile(dir, "000_3d0f801100aabd15.txt");
    CliRun run = CliRun.of("validate", file.toString(), "--as-of", "2025-12-31", "--lang", "en");
    assertEquals(1, run.code(), run.err());
    String first = run.out().lines().findFirst().orElseThrow();
    assertTrue(first.matches("== " + java.util.regex.Pattern.quote(file.toString()) + " \\(\\d+ decisions taken by default in an automatic reading; `plan-check import .*` lists them\\)"), first);
    assertTrue(run.out().contains("ACC-001"), run.out());
    assertTrue(run.out().strip().endsWith("1 document validated as of 2025-12-31: 0 compliant, 1 not compliant"), run.out());
  }

  @Test
  void validate_aPlansText_inJson_saysOnStderrThatItIsAnAutomaticReading(@TempDir Path dir) throws IOException {
    Path file = seedFile(dir, "003_5e5f6eee794eb63a.txt");
    CliRun run = CliRun.of("validate", file.toString(), "--as-of", "2025-12-31", "--format", "json");
    assertEquals(0, run.code(), run.err());
    assertEquals("COMPLIANT", PlanDocuments.objectMapper().readTree(run.out()).get(0).get("verdict").asText());
    assertTrue(run.err().startsWith("note: " + file + ": "), run.err());
    assertTrue(run.err().contains("decisions taken by default in an automatic reading"), run.err());
  }

  /** The README's listing of the import of the Hà Tĩnh seed is what the command prints (lines ending in "…" are cut there). */
  @Test
  void readmeListing_isWhatTheCommandPrints(@TempDir Path dir) throws IOException {
    Path seed = seedFile(dir, "003_5e5f6eee794eb63a.txt");
    Path file = Files.move(seed, dir.resolve("444-KH-UBND.txt"));
    Path out = dir.resolve("444-KH-UBND.json");
    CliRun run = CliRun.of("import", file.toString(), "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    String printed = run.out().replace(dir + java.io.File.separator, "");
    String readme = Files.readString(Path.of("..", "README.md"), java.nio.charset.StandardCharsets.UTF_8);
    int at = readme.indexOf("```\n444-KH-UBND.txt: ");
    assertTrue(at >= 0, "README lacks the import listing");
    String listing = readme.substring(at + 4, readme.indexOf("```", at + 4));
    int shown = 0;
    for (String line : listing.lines().toList()) {
      String expected = line.endsWith("…") ? line.substring(0, line.length() - 1) : line;
      if (expected.isBlank() || expected.strip().isEmpty()) {
        continue;
      }
      assertTrue(printed.lines().anyMatch(l -> l.startsWith(expected)), "README shows a line the command does not print: " + line + "\n" + printed);
      shown++;
    }
    assertTrue(shown >= 8, listing);
  }
}
