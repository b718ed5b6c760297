package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.text.PlanImport;
import dev.plancompliance.model.text.PlanImporter;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.Severity;
import dev.plancompliance.rules.ValidationReport;
import dev.plancompliance.rules.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The nine corpus plans (other directives, duties per body, tasks with no time), imported and validated: each
 * imports, and the directive the validator does not know is said once (STR-001, an ERROR: the verdict is NOT
 * COMPLIANT until that directive is given with --directive), not once per rule that needs its groups. The
 * ERROR findings per document are printed for the closing note (ACC-001: tasks no body answers for).
 */
class CorpusImportTest {
  private static final PlanValidator VALIDATOR = PlanValidator.builder().withStandardRules().build();

  @ParameterizedTest
  @ValueSource(strings = {"cantho-153-KH-UBND-2025.txt", "cantho-157-KH-UBND-2025.txt", "cantho-160-KH-UBND-2025.txt", "daklak-0124-KH-UBND-2025.txt",
      "dongnai-182-KH-UBND-2025.txt", "dongthap-556-KH-UBND-2025.txt", "hatinh-624-KH-UBND-2025.txt", "hcm-174-KH-UBND-2025.txt",
      "nghean-1026-KH-UBND-2025.txt"})
  void corpusPlan_importsAndIsJudgedAsAPlanUnderAnUnknownDirective(String file) throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/dev/plancompliance/model/corpus/" + file)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    PlanImport imported = PlanImporter.standard().read(text, file);
    Plan draft = imported.draft();
    ValidationReport report = VALIDATOR.validate(draft, LocalDate.of(2025, 12, 31));
    TreeMap<String, Long> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
        .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
    System.out.printf("[corpus] %s: %d tasks, %d decisions, %d lines not placed; %s; ERROR findings %s; STR-001 %d%n", file, draft.tasks().size(),
        imported.decisions().size(), imported.unplaced().size(), report.verdict(), errors,
        report.findings().stream().filter(f -> f.ruleId().equals("STR-001")).count());
    assertEquals(1, report.findings().stream().filter(f -> f.ruleId().equals("STR-001")).count(), file + ": the unknown directive, said once");
    assertTrue(List.of(Verdict.INCONCLUSIVE, Verdict.NOT_COMPLIANT).contains(report.verdict()), report.verdict().toString());
  }
}
