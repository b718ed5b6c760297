package dev.plancompliance.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plancompliance.model.Directives;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Scope;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.report.Coverage.State;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan's row of the coverage matrix: the directive it reaches (the first with a task placed in its groups), the
 * count and state of each group under the plan's scope, the tasks in no group; and the shade of a count. On the Huế
 * plan (every group, one task each) and the Hà Tĩnh plan whose partial scope names group 5 only.
 */
class CoverageTest {
  private static final Directives STANDARD = Directives.standard();
  private static final Plan HUE = MixedOutcomes.PLAN;

  private static Plan partial() throws Exception {
    return PlanDocuments.read(MixedOutcomes.ruleCase(MixedOutcomes.PARTIAL_PLAN));
  }

  private static List<String> cells(Coverage c) {
    return c.cells().stream().map(cell -> cell.group().number() + ":" + cell.count() + ":" + cell.state()).toList();
  }

  @Test
  void aPlanCoveringEveryGroup_hasACountInEachAndNoTaskUngrouped() {
    Coverage c = Coverage.of(HUE, STANDARD).orElseThrow();
    assertEquals("66-NQ/TW", c.directive().symbol());
    assertEquals(List.of("1:1:COVERED", "2:1:COVERED", "3:1:COVERED", "4:1:COVERED", "5:1:COVERED", "6:1:COVERED", "7:1:COVERED"), cells(c));
    assertEquals(7, c.tasks());
    assertEquals(0, c.ungrouped());
  }

  @Test
  void tasksInNoGroup_areCounted_andTheirGroupsAreMissing() {
    List<Task> tasks = HUE.tasks().stream().map(t -> t.code().equals(HUE.tasks().get(3).code()) ? Task.builder().from(t).group(Optional.empty()).build() : t).toList();
    Coverage c = Coverage.of(Plan.builder().from(HUE).tasks(tasks).build(), STANDARD).orElseThrow();
    assertEquals("4:0:MISSING", cells(c).get(3));
    assertEquals(1, c.ungrouped());
    assertEquals(7, c.tasks());
  }

  @Test
  void aPartialScope_leavesTheOtherGroupsOut_andMarksTasksBeyondIt() throws Exception {
    Coverage c = Coverage.of(partial(), STANDARD).orElseThrow();
    assertEquals(List.of("1:0:OUT_OF_SCOPE", "2:0:OUT_OF_SCOPE", "3:0:OUT_OF_SCOPE", "4:0:OUT_OF_SCOPE", "5:2:COVERED", "6:1:BEYOND_SCOPE", "7:0:OUT_OF_SCOPE"),
        cells(c));
  }

  @Test
  void aPartialScopeNamingAnotherDirectivesGroup_leavesEveryGroupOfThisOneOut() throws Exception {
    Plan plan = partial();
    Plan other = Plan.builder().from(plan).scope(Scope.partial(List.of(GroupRef.of("06-CT/TU", 5)), "nhóm 5 của chỉ thị khác")).build();
    assertEquals(List.of("1:0:OUT_OF_SCOPE", "2:0:OUT_OF_SCOPE", "3:0:OUT_OF_SCOPE", "4:0:OUT_OF_SCOPE", "5:2:BEYOND_SCOPE", "6:1:BEYOND_SCOPE", "7:0:OUT_OF_SCOPE"),
        cells(Coverage.of(other, STANDARD).orElseThrow()));
  }

  @Test
  void aPlanThatReachesNoDirectiveWithGroups_hasNoRow() {
    Plan none = Plan.builder().from(HUE).implementsRefs(List.of()).parentRefs(List.of()).build();
    assertEquals(Optional.empty(), Coverage.of(none, STANDARD));
  }

  @ParameterizedTest(name = "{0} tasks → shade {1}")
  @CsvSource({"0, 0", "1, 1", "2, 2", "3, 2", "4, 3", "6, 3", "7, 4", "40, 4"})
  void theShadeOfACount_growsInSteps(int count, int shade) {
    assertEquals(shade, Coverage.shade(count));
  }
}
