package dev.plancompliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed RULE-CATALOGUE.md is what the rules generate. Regenerate with -DupdateCatalogue=true. */
class RuleCatalogueTest {
  private static final Path COMMITTED = Path.of("RULE-CATALOGUE.md");

  @Test
  void committedCatalogue_isUpToDate() throws IOException {
    PlanValidator validator = PlanValidator.builder().withStandardRules().build();
    String generated = RuleCatalogue.markdown(validator, Path.of("src/test/resources/rule-cases"));
    if (Boolean.getBoolean("updateCatalogue")) {
      Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
    }
    assertFalse(generated.contains("Example finding: none"), "every rule has an example finding");
    assertEquals(generated, Files.readString(COMMITTED, StandardCharsets.UTF_8),
        "plan-rules/RULE-CATALOGUE.md is out of date: run mvn -pl plan-rules -am test -Dtest=RuleCatalogueTest -DupdateCatalogue=true -Dsurefire.failIfNoSpecifiedTests=false");
  }
}
