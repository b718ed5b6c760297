package dev.plancompliance.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.SetReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of a plan set read from its set document, with the documents their findings point into: the parent
 * written inline (its lines in the set document, under {@code $.parent}), a child named by file (its lines in its
 * own file), the cross-plan report at the parent's place, whose findings on a child point at the child's file.
 * On the Hà Nội programme and the commune that misses group 4 (rule case HIE-001).
 */
class ReportedPlanTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static PlanValidator validator;
  @TempDir static Path dir;
  private static Path setFile;
  private static Path childFile;
  private static PlanSet set;
  private static SetReport report;

  @BeforeAll
  static void writeTheSetWithItsChildInAFile() throws IOException {
    validator = PlanValidator.builder().withStandardRules().build();
    JsonNode root = PlanDocuments.objectMapper().readTree(Files.readString(MixedOutcomes.ruleCase(MixedOutcomes.COMMUNE_SET)));
    childFile = dir.resolve("xa-c.json");
    Files.writeString(childFile, PlanDocuments.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root.get("children").get(0)));
    ((ObjectNode) root).putArray("children").add("xa-c.json");
    setFile = dir.resolve("set.json");
    Files.writeString(setFile, "\uFEFF" + PlanDocuments.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
    set = PlanDocuments.readSet(setFile);
    report = validator.validate(set, AS_OF);
  }

  /** The 1-based number of the first line of {@code file} that holds the last of {@code texts}, each searched from the line of the one before. */
  private static int lineHolding(Path file, String... texts) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int i = 0;
    for (String text : texts) {
      while (i < lines.size() && !lines.get(i).contains(text)) {
        i++;
      }
    }
    if (i == lines.size()) {
      throw new AssertionError(List.of(texts) + " not in " + file);
    }
    return i + 1;
  }

  @Test
  void theParentPointsIntoTheSetDocument_theChildIntoItsFile_andTheCrossPlanReportSitsAtTheParent() throws IOException {
    List<ReportedPlan> all = ReportedPlan.ofSet(set, report, setFile);
    assertEquals(3, all.size());
    ReportedPlan parent = all.get(0);
    ReportedPlan child = all.get(1);
    ReportedPlan cross = all.get(2);
    assertEquals(setFile.toString(), parent.document());
    assertEquals(Optional.of(setFile), parent.file());
    assertEquals("$.parent", parent.base());
    assertSame(report.parent(), parent.report());
    assertEquals(childFile.toString(), child.document());
    assertEquals("$", child.base());
    assertSame(set.children().get(0), child.plan());
    assertTrue(cross.isCrossPlan());
    assertFalse(parent.isCrossPlan() || child.isCrossPlan());
    assertEquals("$.parent", cross.base());
    assertSame(set.parent(), cross.plan());
    assertSame(report.crossPlan(), cross.report());
    assertEquals("ReportedPlan[" + setFile + " $.parent, cross-plan, /CTr-UBND]", cross.toString());
    assertEquals("ReportedPlan[" + childFile + ", 01/KH-UBND]", child.toString());
  }

  @Test
  void aCrossPlanFindingOnAChild_pointsAtTheChildsFile_andAParentsFindingAtItsLineInTheSetDocument() throws IOException {
    List<ReportedPlan> all = ReportedPlan.ofSet(set, report, setFile);
    Finding onChild = report.crossPlan().findings("HIE-001").get(0);
    ReportedPlan.Location at = all.get(2).locate(onChild, all);
    assertSame(all.get(1), at.in());
    assertEquals(Optional.of(lineHolding(childFile, "\"tasks\"")), at.line(), "a group with no task: the child's task list");

    Finding onParent = report.parent().findings().stream().filter(f -> f.taskCode().equals(Optional.of("II.4.a"))).findFirst().orElseThrow();
    ReportedPlan.Location parentAt = all.get(0).locate(onParent, all);
    assertSame(all.get(0), parentAt.in());
    String field = onParent.path().substring(onParent.path().lastIndexOf('.') + 1);
    assertEquals("tasks[II.4.a]." + field, onParent.path());
    assertEquals(Optional.of(lineHolding(setFile, "\"II.4.a\"", "\"" + field + "\"")), parentAt.line(), "the line of the task's field");
  }

  @Test
  void aReportWithoutItsDocumentsText_pointsAtNoLine() {
    Finding f = report.parent().findings().get(0);
    ReportedPlan bare = ReportedPlan.of(set.parent(), report.parent());
    assertEquals(new ReportedPlan.Location(bare, Optional.empty()), bare.locate(f, List.of(bare)));
    assertEquals("ReportedPlan[/CTr-UBND, /CTr-UBND]", bare.toString());
  }

  @Test
  void aCopyIsAnotherReportOfTheSamePlan_andAValidationTimeCannotBeNegative() {
    ReportedPlan one = ReportedPlan.of(set.parent(), report.parent()).named("a.json").withTime(Duration.ofMillis(5));
    ReportedPlan copy = one.copy();
    assertNotSame(one, copy);
    assertEquals(List.of(one.document(), one.plan(), one.report(), one.time()), List.of(copy.document(), copy.plan(), copy.report(), copy.time()));
    assertThrows(IllegalArgumentException.class, () -> one.withTime(Duration.ofMillis(-1)));
  }
}
