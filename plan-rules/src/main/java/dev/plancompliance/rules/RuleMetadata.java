package dev.plancompliance.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The metadata contract of rules, checked from the DRL source when a validator is built and by the rule
 * linter. Each rule id has exactly one DRL rule that carries {@code @severity} and {@code @basis} (its other
 * rules carry only {@code @id}); severities are ERROR, WARNING or INFO; the basis is not empty; the title
 * exists in both languages. Rules without an {@code @id} derive facts for other rules and have no outcome.
 */
final class RuleMetadata {
  private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO");

  private RuleMetadata() {}

  static void check(List<DrlRule> rules, MessageCatalogue messages, List<String> problems, Map<String, RuleInfo> out) {
    Map<String, List<DrlRule>> byId = new LinkedHashMap<>();
    for (DrlRule rule : rules) {
      if (rule.id() == null) {
        if (rule.metadata().containsKey("severity") || rule.metadata().containsKey("basis")) {
          problems.add(where(rule) + "has @severity or @basis but no @id");
        }
        continue;
      }
      if (rule.id().isBlank()) {
        problems.add(where(rule) + "@id is empty");
        continue;
      }
      byId.computeIfAbsent(rule.id(), k -> new java.util.ArrayList<>()).add(rule);
    }
    byId.forEach((id, group) -> {
      List<DrlRule> primaries = group.stream().filter(r -> r.metadata().containsKey("severity") || r.metadata().containsKey("basis")).toList();
      if (primaries.size() != 1) {
        DrlRule at = primaries.size() > 1 ? primaries.get(1) : group.get(0);
        problems.add(where(at) + "rule id " + id + " needs exactly one rule with @severity and @basis, found " + primaries.size()
            + (primaries.isEmpty() ? "" : " (" + String.join(", ", primaries.stream().map(r -> r.file() + ":" + r.line()).toList()) + ")"));
        return;
      }
      DrlRule primary = primaries.get(0);
      String severity = primary.metadata().get("severity");
      String basis = primary.metadata().get("basis");
      String kind = primary.metadata().getOrDefault("basisKind", BasisKind.PRACTICE.name());
      boolean ok = true;
      if (java.util.Arrays.stream(BasisKind.values()).noneMatch(k -> k.name().equals(kind))) {
        problems.add(where(primary) + "@basisKind must be NORM or PRACTICE, was " + kind);
        ok = false;
      }
      if (severity == null || !SEVERITIES.contains(severity)) {
        problems.add(where(primary) + "@severity must be ERROR, WARNING or INFO, was " + (severity == null ? "missing" : severity));
        ok = false;
      }
      if (basis == null || basis.isBlank()) {
        problems.add(where(primary) + "@basis is missing or empty");
        ok = false;
      }
      for (Language language : Language.values()) {
        if (!messages.has(language, id + ".title")) {
          problems.add(where(primary) + "no title \"" + id + ".title\" in the " + language.name().toLowerCase(Locale.ROOT) + " message catalogue");
          ok = false;
        }
      }
      if (ok) {
        out.put(id, new RuleInfo(id, Severity.valueOf(severity), messages.render(Language.VI, id + ".title", Map.of()),
            messages.render(Language.EN, id + ".title", Map.of()), basis, BasisKind.valueOf(kind), primary.file()));
      }
    });
  }

  static String where(DrlRule rule) {
    return rule.file() + ":" + rule.line() + ": rule \"" + rule.name() + "\": ";
  }
}
