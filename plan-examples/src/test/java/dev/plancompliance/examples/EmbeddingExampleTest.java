package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

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
}
