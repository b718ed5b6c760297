package dev.plancompliance.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.plancompliance.model.Plan;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of each value of a JSON document, so that a finding's path ({@code tasks[II.1].leads}) can be
 * shown at its line in the plan document: the task's object, the reporting duty's, or the top-level field.
 */
final class PlanLines {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final Pattern FIRST = Pattern.compile("^([A-Za-z]+)(?:\\[([^\\]]*)\\])?");
  private static final Pattern REST = Pattern.compile("^((?:\\.[A-Za-z]+)*)");

  private final Map<String, Integer> lines = new HashMap<>();

  private PlanLines(String json) {
    try (JsonParser p = FACTORY.createParser(json.startsWith("\uFEFF") ? json.substring(1) : json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
          lines.putIfAbsent(path(p.getParsingContext(), t), p.currentTokenLocation().getLineNr());
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("the document's text is not JSON: " + e.getMessage(), e);
    }
  }

  /** The lines of {@code json} (a leading byte order mark is skipped, as the document readers do). */
  static PlanLines of(String json) {
    return new PlanLines(json);
  }

  /**
   * The line of the part of {@code plan} (found at {@code base} in this document, {@code $} for a plan
   * document) that {@code findingPath} points at; the nearest enclosing value with a known line.
   */
  Optional<Integer> lineOf(Plan plan, String base, String findingPath) {
    Matcher m = FIRST.matcher(findingPath);
    String candidate = base;
    if (m.find()) {
      String field = m.group(1);
      String key = m.group(2);
      candidate = base + "." + field;
      int index = key == null ? -1 : indexOf(plan, field, key);
      if (index >= 0) {
        candidate += "[" + index + "]";
      } else if (field.equals("groups")) {
        candidate = base + ".tasks"; // a group without a task: point at the task list
      }
      // then the plain fields that follow (".leads", ".ref.issuedOn"), up to the first keyed one
      Matcher rest = REST.matcher(findingPath.substring(m.end()));
      if (rest.find()) {
        candidate += rest.group(1);
      }
    }
    for (String p = candidate; ; p = parent(p)) {
      Integer line = lines.get(p);
      if (line != null) {
        return Optional.of(line);
      }
      if (p.equals("$") || p.isEmpty()) {
        return Optional.empty();
      }
    }
  }

  private static int indexOf(Plan plan, String field, String key) {
    switch (field) {
      case "tasks":
        for (int i = 0; i < plan.tasks().size(); i++) {
          if (plan.tasks().get(i).code().equals(key)) {
            return i;
          }
        }
        return -1;
      case "agencies":
        for (int i = 0; i < plan.agencies().size(); i++) {
          if (plan.agencies().get(i).id().equals(key)) {
            return i;
          }
        }
        return -1;
      case "budgetYears":
        for (int i = 0; i < plan.budgetYears().size(); i++) {
          if (String.valueOf(plan.budgetYears().get(i).fiscalYear()).equals(key)) {
            return i;
          }
        }
        return -1;
      default:
        return key.matches("\\d+") ? Integer.parseInt(key) : -1;
    }
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "$" : path.substring(0, cut);
  }

  private static String path(JsonStreamContext context, JsonToken token) {
    StringBuilder sb = new StringBuilder();
    // a container's own start token belongs to the value that holds it
    JsonStreamContext c = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? context.getParent() : context;
    for (; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        sb.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        sb.insert(0, "." + c.getCurrentName());
      }
    }
    return "$" + sb;
  }
}
