package dev.plancompliance.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the messages a rule set's DRL asks for against the catalogue, from the DRL source: every key a
 * consequence uses ({@code <id>}, {@code <id>.<variant>}, {@code reason.<name>}) exists in Vietnamese and
 * English, both languages use the same placeholders, and each placeholder is a parameter the rule passes
 * (a string literal in the rule, or {@code task}/{@code title} that {@code failTask} adds).
 */
final class MessageLint {
  private static final Pattern CALL = Pattern.compile("ctx\\.(failTaskAs|failChildAs|failAs|failTask|failChild|fail|notApplicable|notEvaluable)\\(\\s*(\"([^\"]*)\")?");
  private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9]*)\"");
  private static final Set<String> TASK_PARAMS = Set.of("task", "title");

  private MessageLint() {}

  static void check(List<DrlRule> rules, MessageCatalogue messages, List<String> problems) {
    for (DrlRule rule : rules) {
      if (rule.id() != null) {
        checkRule(rule, messages, problems);
      }
    }
  }

  private static void checkRule(DrlRule rule, MessageCatalogue messages, List<String> problems) {
    String block = rule.text();
    String id = rule.id();
    Set<String> literals = new HashSet<>();
    Matcher lit = LITERAL.matcher(block);
    while (lit.find()) {
      literals.add(lit.group(1));
    }
    Matcher call = CALL.matcher(block);
    while (call.find()) {
      String method = call.group(1);
      String first = call.group(3);
      String key =
          switch (method) {
            case "fail", "failTask", "failChild" -> id;
            case "failAs", "failTaskAs", "failChildAs" -> first == null ? null : id + "." + first;
            default -> first == null ? null : "reason." + first;
          };
      String where = rule.file() + ":" + (rule.line() + DrlRule.lineOf(block, call.start()) - 1) + ": rule \"" + rule.name() + "\": ";
      if (key == null) {
        problems.add(where + "ctx." + method + " needs a literal message name as its first argument");
        continue;
      }
      Set<String> known = new HashSet<>(literals);
      if (method.startsWith("failTask")) {
        known.addAll(TASK_PARAMS);
      }
      Set<String> vi = null;
      for (Language language : Language.values()) {
        String lang = language.name().toLowerCase(java.util.Locale.ROOT);
        if (!messages.has(language, key)) {
          problems.add(where + "message \"" + key + "\" is missing from the " + lang + " catalogue");
          continue;
        }
        Set<String> placeholders = messages.placeholders(language, key);
        for (String p : placeholders) {
          if (!known.contains(p)) {
            problems.add(where + "message \"" + key + "\" (" + lang + ") uses {" + p + "}, which the rule does not pass");
          }
        }
        if (vi == null) {
          vi = placeholders;
        } else if (!vi.equals(placeholders)) {
          problems.add(where + "message \"" + key + "\" uses placeholders " + vi + " in vi but " + placeholders + " in en");
        }
      }
    }
  }
}
