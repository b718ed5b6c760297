package dev.plancompliance.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The metadata contract of rules, checked when a validator is built. Each rule id has exactly one DRL rule
 * that carries {@code @severity} and {@code @basis} (its other rules carry only {@code @id}); severities
 * are ERROR, WARNING or INFO; the basis is not empty; titles exist in both languages. Rules without an
 * {@code @id} derive facts for other rules and have no outcome.
 */
final class RuleMetadata {
  private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO");

  private RuleMetadata() {}

  static void check(KieBase kieBase, Map<String, String> fileOfRule, MessageCatalogue messages, List<String> problems, Map<String, RuleInfo> out) {
    Map<String, List<Rule>> byId = new LinkedHashMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        Object id = rule.getMetaData().get("id");
        if (id != null) {
          byId.computeIfAbsent(id.toString(), k -> new ArrayList<>()).add(rule);
        }
      }
    }
    byId.forEach((id, rules) -> {
      List<Rule> primaries = rules.stream().filter(r -> r.getMetaData().containsKey("severity")).toList();
      String where = fileOfRule.getOrDefault(rules.get(0).getName(), "?");
      if (id.isBlank()) {
        problems.add(where + ": rule \"" + rules.get(0).getName() + "\": @id is empty");
        return;
      }
      if (primaries.size() != 1) {
        problems.add(where + ": rule id " + id + " needs exactly one rule with @severity and @basis, found " + primaries.size()
            + (primaries.isEmpty() ? "" : " " + primaries.stream().map(r -> "\"" + r.getName() + "\"").toList()));
        return;
      }
      Rule primary = primaries.get(0);
      String file = fileOfRule.getOrDefault(primary.getName(), "?");
      String severity = String.valueOf(primary.getMetaData().get("severity"));
      Object basis = primary.getMetaData().get("basis");
      boolean ok = true;
      if (!SEVERITIES.contains(severity)) {
        problems.add(file + ": rule \"" + primary.getName() + "\": @severity must be ERROR, WARNING or INFO, was " + severity);
        ok = false;
      }
      if (basis == null || basis.toString().isBlank()) {
        problems.add(file + ": rule \"" + primary.getName() + "\": @basis is missing or empty");
        ok = false;
      }
      for (Language language : Language.values()) {
        if (!messages.has(language, id + ".title")) {
          problems.add(file + ": rule id " + id + ": no title \"" + id + ".title\" in the " + language.name().toLowerCase(java.util.Locale.ROOT) + " message catalogue");
          ok = false;
        }
      }
      if (ok) {
        out.put(id, new RuleInfo(id, Severity.valueOf(severity), messages.render(Language.VI, id + ".title", Map.of()),
            messages.render(Language.EN, id + ".title", Map.of()), basis.toString(), file));
      }
    });
  }
}
