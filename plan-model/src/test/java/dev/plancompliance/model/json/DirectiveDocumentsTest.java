package dev.plancompliance.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Directive documents: the schema, the strict reader and what a host may declare (a directive with no groups). */
class DirectiveDocumentsTest {
  private static final String NO_GROUPS = """
      {
        "ref": {"symbol": "15/QĐ-UBND", "kind": "DECISION", "issuer": "Ủy ban nhân dân tỉnh (minh họa)", "issuedOn": "2025-09-01"}
      }
      """;

  private static Directive read(String json) {
    return PlanDocuments.readDirective(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "d.json");
  }

  @Test
  void sharedDefinitions_areThoseOfThePlanSchema() throws IOException {
    JsonNode plan = PlanDocuments.objectMapper().readTree(PlanDocuments.schema()).get("$defs");
    JsonNode directive = PlanDocuments.objectMapper().readTree(PlanDocuments.directiveSchema()).get("$defs");
    int shared = 0;
    for (Iterator<String> names = directive.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (plan.has(name)) {
        assertEquals(plan.get(name), directive.get(name), "$defs/" + name + " differs between plan.schema.json and directive.schema.json");
        shared++;
      }
    }
    assertTrue(shared >= 5, "documentRef, date, spendingFloor … are shared");
  }

  @Test
  void bundledDirectives_areValidDocuments() {
    for (Directive d : Directives.standard().all()) {
      assertEquals(List.of(), PlanSchema.validateDirective(PlanDocuments.writeDirective(d)), d.symbol());
    }
  }

  @Test
  void aDirectiveWithNoGroups_readsAndIsValid() {
    Directive d = read(NO_GROUPS);
    assertTrue(d.groups().isEmpty());
    assertEquals("15/QĐ-UBND", d.symbol());
    assertEquals(List.of(), PlanSchema.validateDirective(NO_GROUPS));
    assertEquals(d, read(PlanDocuments.writeDirective(d)), "round trip");
  }

  @Test
  void anUnknownField_isRefusedWithItsPathAndLine_byReaderAndSchema() {
    String json = NO_GROUPS.replace("\"ref\"", "\"group\": [],\n  \"ref\"");
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> read(json));
    assertTrue(e.getMessage().startsWith("d.json:2:"), e.getMessage());
    assertTrue(e.getMessage().contains("\"group\""), e.getMessage());
    assertFalse(PlanSchema.validateDirective(json).isEmpty());
  }

  @Test
  void groupsOutOfOrder_areRefusedNamingTheEntry() {
    String json = NO_GROUPS.replace("\"ref\"", """
        "groups": [{"number": 2, "titleVi": "Hai", "titleEn": "Two"}],
          "ref\"""");
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> read(json));
    assertTrue(e.getMessage().contains("numbered 1..1"), e.getMessage());
  }

  @Test
  void aFile_isReadWithItsNameInErrors(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"ref\": {\"symbol\": \"X\"}}");
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.readDirective(file));
    assertTrue(e.getMessage().startsWith(file + ":1:"), e.getMessage());
    assertTrue(e.getMessage().contains("kind"), e.getMessage());
  }
}
