package dev.plancompliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The DRL mutation tool's operators, on a rule of the kind the standard files hold. */
class DrlMutationTest {
  private static final String DRL = String.join("\n",
      "package dev.plancompliance.rules;",
      "global RuleContext ctx;",
      "rule \"X-001 a task without a lead\"",
      "  @id(\"X-001\") @severity(\"ERROR\") @basis(\"b\")",
      "when",
      "  $p : Plan( !isPartial(), tasks.size() >= 2 )",
      "  not Directive()",
      "  $t : Task( leads.isEmpty(), code != \"I\" )",
      "then",
      "  ctx.failTask($t, \"leads\",",
      "      \"n\", 1);",
      "end", "");

  private static List<String> described(List<DrlMutation.Mutant> ms, String operator) {
    return ms.stream().filter(m -> m.operator().equals(operator)).map(DrlMutation.Mutant::description).toList();
  }

  @Test
  void eachOperatorMakesItsMutantsInTheRuleItSitsIn() {
    List<DrlMutation.Mutant> ms = DrlMutation.mutants("x.drl", DRL);
    assertTrue(ms.stream().allMatch(m -> m.ruleId().equals("X-001") && m.rule().equals("X-001 a task without a lead")));
    assertEquals(List.of(">= → <", "!= → =="), described(ms, "comparison flipped"));
    assertEquals(List.of("at column 14"), described(ms, "! dropped"));
    assertEquals(List.of("before leads.isEmpty()"), described(ms, "! added"));
    assertEquals(List.of("2 → 3", "\"I\" → \"I~\""), described(ms, "literal changed"));
    assertEquals(List.of("not Directive()"), described(ms, "not dropped"));
    assertEquals(List.of("Plan( !isPartial() )", "Plan( tasks.size() >= 2 )", "Task( leads.isEmpty() )", "Task( code != \"I\" )"), described(ms, "constraint removed"));
    assertEquals(3, described(ms, "pattern removed").size());
    assertEquals(List.of("ctx.failTask($t, \"leads\","), described(ms, "outcome call removed"));
    DrlMutation.Mutant removed = ms.stream().filter(m -> m.operator().equals("outcome call removed")).findFirst().orElseThrow();
    assertTrue(!removed.drl().contains("ctx.failTask") && !removed.drl().contains("\"n\", 1);"), "the whole statement, both lines");
    DrlMutation.Mutant flipped = ms.get(0);
    assertTrue(flipped.drl().contains("tasks.size() < 2"), flipped.drl());
    assertEquals(6, flipped.line());
  }

  @Test
  void everyArguedEquivalentIsAMutantTheStandardFilesStillMake() throws java.io.IOException {
    java.util.Set<String> made = new java.util.HashSet<>();
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/dev/plancompliance/rules"))) {
      for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
        DrlMutation.mutants(f.getFileName().toString(), java.nio.file.Files.readString(f)).forEach(m -> made.add(DrlMutation.key(m)));
      }
    }
    java.util.Map<String, String> equivalents = DrlMutation.equivalents(java.nio.file.Path.of("src/test/resources/drl-mutation-equivalents.tsv"));
    assertTrue(equivalents.size() > 0);
    assertEquals(List.of(), equivalents.keySet().stream().filter(k -> !made.contains(k)).toList(), "listed equivalents the rule files no longer make");
  }
}
