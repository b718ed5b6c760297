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

/**
 * The line of each value of a JSON document, so that a finding's path ({@code tasks[II.1].leads}) can be
 * shown at its line in the plan document: the task's object, the reporting duty's, or the top-level field.
 */
final class PlanLines {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

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
    // read by hand, not by a regular expression: a repeated group recurses per character, and a task
    // code of "1]" and ".x" × 5,000 overflowed the stack
    String candidate = base;
    int i = letters(findingPath, 0);
    if (i > 0) {
      String field = findingPath.substring(0, i);
      String key = null;
      if (i < findingPath.length() && findingPath.charAt(i) == '[') {
        int end = keyEnd(findingPath, i + 1);
        if (end < findingPath.length() && findingPath.charAt(end) == ']') {
          key = unescape(findingPath.substring(i + 1, end));
          i = end + 1;
        }
      }
      candidate = base + "." + field;
      int index = key == null ? -1 : indexOf(plan, field, key);
      if (index >= 0) {
        candidate += "[" + index + "]";
      } else if (field.equals("groups")) {
        candidate = base + ".tasks"; // a group without a task: point at the task list
      }
      // then the plain fields that follow (".leads", ".ref.issuedOn"), up to the first keyed one
      int restStart = i;
      while (i < findingPath.length() && findingPath.charAt(i) == '.') {
        int end = letters(findingPath, i + 1);
        if (end == i + 1) {
          break;
        }
        i = end;
      }
      candidate += findingPath.substring(restStart, i);
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

  /** The end of the run of ASCII letters of {@code s} from {@code from}. */
  private static int letters(String s, int from) {
    int i = from;
    while (i < s.length() && ((s.charAt(i) >= 'a' && s.charAt(i) <= 'z') || (s.charAt(i) >= 'A' && s.charAt(i) <= 'Z'))) {
      i++;
    }
    return i;
  }

  private static String unescape(String key) {
    if (key.indexOf('\\') < 0) {
      return key;
    }
    StringBuilder sb = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\\' && i + 1 < key.length()) {
        c = key.charAt(++i);
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** The index of the {@code ]} that closes the key starting at {@code from} in {@code path} (escapes skipped). */
  static int keyEnd(String path, int from) {
    for (int i = from; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']') {
        return i;
      }
    }
    return path.length();
  }

  /** Per plan, the position of each task code, agency id and fiscal year: made once, not searched per finding. */
  private final Map<Plan, Map<String, Integer>> positions = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  private int indexOf(Plan plan, String field, String key) {
    if (!field.equals("tasks") && !field.equals("agencies") && !field.equals("budgetYears")) {
      return key.matches("\\d{1,9}") ? Integer.parseInt(key) : -1;
    }
    Map<String, Integer> at = positions.computeIfAbsent(plan, p -> {
      Map<String, Integer> m = new HashMap<>();
      for (int i = p.tasks().size() - 1; i >= 0; i--) {
        m.put("tasks\u0000" + p.tasks().get(i).code(), i); // the first of equal codes wins
      }
      for (int i = p.agencies().size() - 1; i >= 0; i--) {
        m.put("agencies\u0000" + p.agencies().get(i).id(), i);
      }
      for (int i = p.budgetYears().size() - 1; i >= 0; i--) {
        m.put("budgetYears\u0000" + p.budgetYears().get(i).fiscalYear(), i);
      }
      return m;
    });
    return at.getOrDefault(field + "\u0000" + key, -1);
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
