package dev.plancompliance.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.json.PlanDocuments;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The line a finding's path points at in a plan document: the keyed task, agency or fiscal year (by code, id or
 * year, escapes and all; a number in a task key is a code, not a position), a numbered entry, a plain field under them, the task list for a
 * group with no task, and the nearest enclosing value when the exact one is not written.
 */
class PlanLinesTest {
  /** A plan document; each value sits on the line its comment in {@link #lineOf} names. */
  static final String JSON = """
      {
        "ref": {"symbol": "1/KH-UBND", "kind": "PLAN",
          "issuedOn": "2025-08-01"},
        "issuer": "ubnd",
        "level": "CITY",
        "tasks": [
          {"code": "1", "title": "Một", "deadline": {"type": "continuous", "phrase": "Thường xuyên"}},
          {"code": "a]b\\\\c", "title": "Hai", "deadline": {"type": "continuous", "phrase": "Thường xuyên"},
            "leads": ["so-tu-phap"]},
          {"code": "3", "title": "Ba", "deadline": {"type": "continuous", "phrase": "Thường xuyên"}}
        ],
        "agencies": [
          {"id": "ubnd", "nameVi": "Ủy ban nhân dân thành phố", "kind": "PEOPLES_COMMITTEE"},
          {"id": "so-tu-phap", "nameVi": "Sở Tư pháp", "kind": "DEPARTMENT"}
        ],
        "budgetYears": [
          {"fiscalYear": 2025, "totalSpend": 100, "lawDraftingSpend": 1},
          {"fiscalYear": 2026, "totalSpend": 100,
           "lawDraftingSpend": 1}
        ]
      }
      """;

  private static final Plan PLAN = PlanDocuments.read(JSON, "plan.json");

  private static Optional<Integer> lineOf(String findingPath) {
    return PlanLines.of(JSON).lineOf(PLAN, "$", findingPath);
  }

  @ParameterizedTest(name = "{0} → line {1}")
  @CsvSource(delimiter = '|', value = {
      "tasks[1].title|7", "tasks[1]|7", "tasks[a\\]b\\\\c].leads|9", "tasks[a\\]b\\\\c].title|8", "tasks[1].leads|7",
      "agencies[so-tu-phap].nameVi|14", "agencies[so-tu-phap]|14", "budgetYears[2026].lawDraftingSpend|19", "budgetYears[2025]|17",
      "tasks[9].title|6", "groups[66-NQ/TW#4]|6", "ref.issuedOn|3", "ref.symbol|2", "ref|2", "level|5", "issuer|4", "monitor|1", "|1",
      "tasks[1]title|7", "tasks[1|6", "reportingDuties[0].deadline|1", "budgetYears[1].totalSpend|16", "tasks[3]|10", "tasks[2]|6"})
  void aFindingsPath_pointsAtTheLineOfWhatItIsAbout(String path, int line) {
    assertEquals(Optional.of(line), lineOf(path == null ? "" : path));
  }

  @Test
  void inASetDocument_thePlanIsFoundAtItsBase() {
    String set = "{\n  \"parent\": " + JSON.replace("\n", "\n  ").strip() + "\n}\n";
    assertEquals(Optional.of(9), PlanLines.of(set).lineOf(PLAN, "$.parent", "tasks[a\\]b\\\\c].leads").map(l -> l - 1), "one line down: the set's opening brace");
    assertEquals(Optional.of(1), PlanLines.of(set).lineOf(PLAN, "$.children[0]", "tasks[1]"), "nothing at that base: the document's start");
  }

  @Test
  void aLeadingByteOrderMark_isNoPartOfTheText_andTextThatIsNotJsonIsRefused() {
    assertEquals(Optional.of(9), PlanLines.of("\uFEFF" + JSON).lineOf(PLAN, "$", "tasks[a\\]b\\\\c].leads"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanLines.of("{\"ref\": "));
    assertTrue(e.getMessage().startsWith("the document's text is not JSON: "), e.getMessage());
  }

  @Test
  void theCloseOfAKey_skipsEscapedBrackets() {
    assertEquals(10, PlanLines.keyEnd("tasks[a\\]b].x", 6));
    assertEquals(10, PlanLines.keyEnd("tasks[a\\\\b].x", 6), "an escaped backslash escapes nothing after it");
    assertEquals(9, PlanLines.keyEnd("tasks[abc", 6), "no close: the end");
  }
}
