package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {
  @Test
  void huePlan_isReturnedForRevision_namingTheTwoTasksWithoutLead() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/dev/plancompliance/examples/plans/hue-2025.json")) {
      EmbeddingExample.Decision d = EmbeddingExample.review(in, "hue-2025.json", LocalDate.of(2025, 12, 31));
      assertFalse(d.accepted());
      assertEquals(2, d.toFix().size(), d.toFix().toString());
      assertTrue(d.toFix().get(0).startsWith("ACC-001 tasks[II.1].leads: "), d.toFix().get(0));
      assertTrue(d.toFix().get(1).startsWith("ACC-001 tasks[II.2].leads: "), d.toFix().get(1));
    }
  }

  @Test
  void haTinhPlan_isAccepted() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/dev/plancompliance/examples/plans/ha-tinh-444-kh-ubnd.json")) {
      EmbeddingExample.Decision d = EmbeddingExample.review(in, "ha-tinh.json", LocalDate.of(2025, 12, 31));
      assertTrue(d.accepted(), d.toFix().toString());
    }
  }

  @Test
  void malformedDocument_isReturnedWithThePlaceToFix() {
    InputStream in = new ByteArrayInputStream("{\"ref\": {\"symbol\": \"x\", \"kind\": \"PLAN\"},\n \"level\": 7}".getBytes(StandardCharsets.UTF_8));
    EmbeddingExample.Decision d = EmbeddingExample.review(in, "upload-17.json", LocalDate.of(2025, 12, 31));
    assertFalse(d.accepted());
    assertTrue(d.toFix().get(0).startsWith("upload-17.json:2:"), d.toFix().get(0));
    assertTrue(d.toFix().get(0).contains("$.level"), d.toFix().get(0));
  }

  @Test
  void main_printsTheDecision() throws Exception {
    java.io.PrintStream old = System.out;
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("returned for revision:"), out);
    assertTrue(out.contains("ACC-001 tasks[II.1].leads"), out);
  }

  @Test
  void sarif_pointsEachResultAtTheLineOfThePlanFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("hue-2025.json");
    try (InputStream in = getClass().getResourceAsStream("/dev/plancompliance/examples/plans/hue-2025.json")) {
      Files.copy(in, file);
    }
    StringWriter out = new StringWriter();
    EmbeddingExample.sarif(file, LocalDate.of(2025, 12, 31), out);
    JsonNode run = new ObjectMapper().readTree(out.toString()).get("runs").get(0);
    assertEquals("plan-compliance", run.at("/tool/driver/name").asText());
    int errors = 0;
    for (JsonNode result : run.get("results")) {
      JsonNode location = result.at("/locations/0/physicalLocation");
      assertEquals("hue-2025.json", location.at("/artifactLocation/uri").asText(), result.toString());
      assertTrue(location.at("/region/startLine").asInt() > 1, result.toString());
      errors += result.get("level").asText().equals("error") ? 1 : 0;
    }
    assertEquals(2, errors, out.toString());   // the two tasks without a lead, as review() says
  }

  /** Each Java block of the README's host section, paragraph by paragraph, is code of this class, so it compiles. */
  @Test
  void readmeJavaBlocks_areCodeOfTheExample() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(Path.of("src/main/java/dev/plancompliance/examples/EmbeddingExample.java"), StandardCharsets.UTF_8)
        .replaceAll("(?m)^  ", "");
    String hosts = readme.substring(readme.indexOf("## For host developers"), readme.indexOf("## For rule authors"));
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(hosts);
    int paragraphs = 0;
    while (block.find()) {
      for (String paragraph : block.group(1).split("\n\n")) {
        assertTrue(source.contains(paragraph.strip()), "README's Java is not in EmbeddingExample.java:\n" + paragraph);
        paragraphs++;
      }
    }
    assertTrue(paragraphs >= 3, "README's host section has " + paragraphs + " Java paragraphs");
  }
}
