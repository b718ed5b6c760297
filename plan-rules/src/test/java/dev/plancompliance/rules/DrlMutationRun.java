package dev.plancompliance.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DRL mutation run, out of the default build (it compiles every mutant: minutes):
 * {@code mvn -B verify -pl plan-rules -am -Ddrl.mutation=true -Dtest=DrlMutationRun -Dsurefire.failIfNoSpecifiedTests=false -Djqwik.skip}.
 * Writes the score per rule id and every survivor to {@code plan-rules/target/drl-mutation.md}; survivors argued
 * equivalent in {@code src/test/resources/drl-mutation-equivalents.tsv} are counted apart, with their argument.
 */
@EnabledIfSystemProperty(named = "drl.mutation", matches = "true")
class DrlMutationRun {
  @Test
  void mutateEveryStandardRuleFileAndRunTheRuleCases(@TempDir Path work) throws Exception {
    long start = System.nanoTime();
    List<DrlMutation.Result> results = DrlMutation.run(Path.of("src/main/resources/dev/plancompliance/rules"), Path.of("src/test/resources/rule-cases"), work,
        r -> System.out.println("[drl-mutation] " + r.fate() + " " + r.mutant().ruleId() + " " + r.mutant().file() + ":" + r.mutant().line() + " "
            + r.mutant().operator() + ": " + r.mutant().description() + (r.by() == null ? "" : " (" + r.by() + ")")));
    String report = DrlMutation.report(results, DrlMutation.equivalents(Path.of("src/test/resources/drl-mutation-equivalents.tsv"))) + String.format("%n%d mutants in %d s%n", results.size(), (System.nanoTime() - start) / 1_000_000_000);
    Files.writeString(Path.of("target", "drl-mutation.md"), report, StandardCharsets.UTF_8);
    System.out.println(report);
    assertFalse(results.isEmpty());
  }
}
