package dev.plancompliance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plancompliance.model.json.PlanDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * TIME-PHRASES.md stays true: every phrase of its table reads as the type beside it, the table names every
 * type of deadline but "unspecified" (no phrase), and its JSON example is what the parser reads from the example's phrase.
 */
class TimePhrasesDocumentTest {
  private static final ObjectMapper JSON = PlanDocuments.objectMapper();
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([a-z-]+)` \\|", Pattern.MULTILINE);

  private static String page() throws IOException {
    return Files.readString(Path.of("TIME-PHRASES.md"), StandardCharsets.UTF_8);
  }

  private static String type(Deadline d) {
    return JSON.valueToTree(d).get("type").asText();
  }

  @Test
  void everyPhraseOfTheTableReadsAsItsType() throws IOException {
    Matcher m = ROW.matcher(page());
    Set<String> types = new TreeSet<>();
    int rows = 0;
    while (m.find()) {
      assertEquals(m.group(2), type(DeadlineParser.parse(m.group(1))), m.group(1));
      types.add(m.group(2));
      rows++;
    }
    assertTrue(rows >= 30, "rows found: " + rows);
    Set<String> all = new TreeSet<>();
    for (com.fasterxml.jackson.annotation.JsonSubTypes.Type t : Deadline.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value()) {
      all.add(t.name());
    }
    all.remove("unspecified");
    assertEquals(all, types, "the table shows every type of deadline a phrase can read to (\"unspecified\" is no phrase)");
  }

  @Test
  void theJsonExampleIsWhatTheParserReads() throws IOException {
    Matcher m = Pattern.compile("```json\\n\"deadline\": (\\{.*?\\})\\n```", Pattern.DOTALL).matcher(page());
    assertTrue(m.find(), "the example of a deadline");
    Deadline example = PlanDocuments.readValue(m.group(1), "TIME-PHRASES.md", Deadline.class);
    assertEquals(DeadlineParser.parse(example.phrase()), example);
  }
}
