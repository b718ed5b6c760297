package dev.plancompliance.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Role;
import dev.plancompliance.model.RoleLabels;
import dev.plancompliance.model.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ENCODING.md stays true: its first JSON example is a plan document the reader accepts; every example marked
 * {@code <!-- example: plan fields -->} is read as that plan with those fields replaced, every one marked
 * {@code <!-- example: task -->} as that plan with the task added; and its role-label table is what
 * {@link RoleLabels} reads.
 */
class EncodingGuideTest {
  private static final ObjectMapper JSON = PlanDocuments.objectMapper();
  private static final Pattern BLOCK = Pattern.compile("(?:<!-- example: ([a-z ]+) -->\\n)?```json\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern LABEL_ROW = Pattern.compile("^\\| `([^`]+)` \\| (LEAD|COORDINATOR|IMPLEMENTER|none)\\b", Pattern.MULTILINE);

  private static String guide() throws IOException {
    return Files.readString(Path.of("ENCODING.md"), StandardCharsets.UTF_8);
  }

  record Example(String kind, String json) {}

  private static List<Example> examples() throws IOException {
    List<Example> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(guide());
    while (m.find()) {
      out.add(new Example(m.group(1) == null ? "plan" : m.group(1), m.group(2)));
    }
    return out;
  }

  @Test
  void everyJsonExampleReadsAsPartOfAPlanDocument() throws IOException {
    List<Example> examples = examples();
    assertEquals("plan", examples.get(0).kind(), "the first example is a whole plan document");
    String base = examples.get(0).json();
    Plan plan = PlanDocuments.read(base, "ENCODING.md example 1");
    assertEquals("444/KH-UBND", plan.ref().symbol());
    int fields = 0;
    int tasks = 0;
    for (int i = 1; i < examples.size(); i++) {
      Example e = examples.get(i);
      ObjectNode doc = (ObjectNode) JSON.readTree(base);
      JsonNode part = JSON.readTree(e.json());
      String source = "ENCODING.md example " + (i + 1) + " (" + e.kind() + ")";
      switch (e.kind()) {
        case "plan fields" -> {
          doc.setAll((ObjectNode) part);
          Plan read = PlanDocuments.read(JSON.writeValueAsString(doc), source);
          part.fieldNames().forEachRemaining(f -> assertTrue(JSON.valueToTree(read).has(f) || part.get(f).isEmpty(), source + ": " + f + " kept"));
          fields++;
        }
        case "task" -> {
          ((ArrayNode) doc.get("tasks")).add(part);
          Plan read = PlanDocuments.read(JSON.writeValueAsString(doc), source);
          assertEquals(part.get("code").asText(), read.tasks().get(1).code(), source);
          tasks++;
        }
        default -> throw new AssertionError(source + ": unknown example kind");
      }
    }
    assertTrue(fields >= 8 && tasks >= 2, "the guide's examples were found: " + fields + " field sets, " + tasks + " tasks");
  }

  @Test
  void theTasksExampleUnderAPrintedLabel_readsTheLabelAsTheGuideSays() throws IOException {
    List<Example> examples = examples();
    String base = examples.get(0).json();
    Example v1 = examples.stream().filter(e -> e.json().contains("\"V.1\"")).findFirst().orElseThrow();
    ObjectNode doc = (ObjectNode) JSON.readTree(base);
    ((ArrayNode) doc.get("tasks")).add(JSON.readTree(v1.json()));
    Task task = PlanDocuments.read(JSON.writeValueAsString(doc), "ENCODING.md").tasks().get(1);
    assertEquals(List.of("so-tu-phap"), task.leadAgencies());
    assertEquals(List.of("ubnd-cap-xa"), task.coordinatingAgencies());
  }

  @Test
  void theRoleLabelTableIsWhatTheLibraryReads() throws IOException {
    Matcher m = LABEL_ROW.matcher(guide());
    int rows = 0;
    while (m.find()) {
      Optional<Role> expected = m.group(2).equals("none") ? Optional.empty() : Optional.of(Role.valueOf(m.group(2)));
      assertEquals(expected, RoleLabels.read(m.group(1)), m.group(1));
      rows++;
    }
    assertEquals(14, rows, "rows of the label table");
  }
}
