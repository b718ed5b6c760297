package dev.plancompliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** plan-rules/RULES.md explains every rule of the standard catalogue, once, and no rule that does not exist. */
class RulesDocumentTest {
  private static final Pattern SECTION = Pattern.compile("(?m)^### ([A-Z]+-\\d{3}) — ");

  @Test
  void everyStandardRule_hasOneSection_inCatalogueOrder() throws IOException {
    String text = Files.readString(Path.of("RULES.md"), StandardCharsets.UTF_8);
    java.util.Set<String> documented = new java.util.TreeSet<>();
    List<String> repeated = new java.util.ArrayList<>();
    Matcher m = SECTION.matcher(text);
    while (m.find()) {
      if (!documented.add(m.group(1))) {
        repeated.add(m.group(1));
      }
    }
    java.util.Set<String> rules = new java.util.TreeSet<>();
    PlanValidator.builder().withStandardRules().build().rules().forEach(r -> rules.add(r.id()));
    assertEquals(List.of(), repeated, "rules explained twice in RULES.md");
    assertEquals(rules, documented, "RULES.md must have one '### <ID> — ' section per rule of the standard catalogue");
  }
}
