package dev.plancompliance.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule as written in a DRL file: where it starts, its name, its metadata and its text. Read from the
 * source so that metadata problems can be reported with file and line even when the file does not compile.
 */
record DrlRule(String file, int line, String name, Map<String, String> metadata, String text) {
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
  private static final Pattern META = Pattern.compile("@(\\w+)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
  private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b|\\bwhen\\b");

  /** The rule's {@code @id}, or null for a helper rule that derives facts. */
  String id() {
    return metadata.get("id");
  }

  static List<DrlRule> parse(Map<String, String> sources) {
    List<DrlRule> rules = new ArrayList<>();
    sources.forEach((file, text) -> {
      Matcher m = RULE.matcher(text);
      List<int[]> starts = new ArrayList<>();
      List<String> names = new ArrayList<>();
      while (m.find()) {
        starts.add(new int[] {m.start(), m.end()});
        names.add(m.group(1));
      }
      for (int i = 0; i < starts.size(); i++) {
        int start = starts.get(i)[0];
        int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
        String block = text.substring(start, end);
        Matcher when = WHEN.matcher(block);
        String header = when.find(starts.get(i)[1] - start) ? block.substring(0, when.start()) : block;
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher mm = META.matcher(header);
        while (mm.find()) {
          meta.putIfAbsent(mm.group(1), mm.group(2).replace("\\\"", "\""));
        }
        rules.add(new DrlRule(file, lineOf(text, start), names.get(i), meta, block));
      }
    });
    return rules;
  }

  /** The 1-based line of {@code offset} in {@code text}. */
  static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
