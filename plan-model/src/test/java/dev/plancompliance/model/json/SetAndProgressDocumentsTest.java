package dev.plancompliance.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.DocumentKind;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanLevel;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.ProgressStatus;
import dev.plancompliance.model.TaskProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetAndProgressDocumentsTest {
  private static Plan plan(String symbol, PlanLevel level, String locality) {
    return Plan.builder().ref(DocumentRef.of(symbol, DocumentKind.PLAN)).issuer("ubnd").level(level).locality(locality).build();
  }

  private static final PlanSet SET = PlanSet.of(plan("/CTr-UBND", PlanLevel.CITY, "Hà Nội"),
      List.of(plan("01/KH-UBND", PlanLevel.COMMUNE, "Xã A"), plan("01/KH-UBND", PlanLevel.COMMUNE, "Xã B")));

  @Test
  void planSet_roundTripsInline() {
    String json = PlanDocuments.writeSet(SET);
    assertTrue(json.startsWith("{\n  \"parent\": {"), json);
    assertEquals(SET, PlanDocuments.readSet(json, "set.json"));
  }

  @Test
  void planSet_namesPlanDocumentsRelativeToItsFolder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("communes"));
    PlanDocuments.write(SET.parent(), dir.resolve("city.json"));
    PlanDocuments.write(SET.children().get(0), dir.resolve("communes/a.json"));
    Path set = dir.resolve("set.json");
    Files.writeString(set, "{\"parent\": \"city.json\", \"children\": [\"communes/a.json\", "
        + PlanDocuments.write(SET.children().get(1)) + "]}", StandardCharsets.UTF_8);
    assertEquals(SET, PlanDocuments.readSet(set));
  }

  @Test
  void planSet_nameOutsideItsFolderOrMissing_isAFormatErrorAtTheName(@TempDir Path dir) throws IOException {
    Path set = dir.resolve("set.json");
    Files.writeString(set, "{\"parent\": \"../city.json\"}", StandardCharsets.UTF_8);
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.readSet(set));
    assertEquals("$.parent", e.path());
    assertEquals(12, e.column());
    assertTrue(e.getMessage().contains("outside the set document's folder"), e.getMessage());
    Files.writeString(set, "{\"parent\": \"city.json\"}", StandardCharsets.UTF_8);
    assertTrue(assertThrows(PlanFormatException.class, () -> PlanDocuments.readSet(set)).getMessage().contains("does not exist"));
  }

  @Test
  void planSet_errorsInsideAnInlinePlan_carryTheirPath() {
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.readSet(
        "{\"parent\": {\"ref\": {\"symbol\": \"x\", \"kind\": \"PLAN\"}, \"issuer\": \"a\", \"level\": \"TOWN\"}}", "set.json"));
    assertEquals("$.parent.level", e.path());
    assertThrows(PlanFormatException.class, () -> PlanDocuments.readSet("{\"children\": []}", "set.json"));
    assertThrows(PlanFormatException.class, () -> PlanDocuments.readSet("{\"parent\": \"a.json\"}", "set.json"));
    assertThrows(PlanFormatException.class, () -> PlanDocuments.readSet("{\"parent\": 1}", "set.json"));
    assertThrows(PlanFormatException.class, () -> PlanDocuments.readSet("{\"parent\": {}, \"extra\": 1}", "set.json"));
  }

  @Test
  void progressReport_roundTrips_andIsStrict() {
    ProgressReport r = ProgressReport.builder().plan("01/KH-UBND").asOf(LocalDate.of(2025, 9, 30))
        .addEntries(TaskProgress.done("1", LocalDate.of(2025, 8, 20)),
            TaskProgress.builder().task("reportingDuties[0]").period("2025-H2").status(ProgressStatus.NOT_STARTED).note("chưa gửi").build())
        .build();
    String json = PlanDocuments.writeProgress(r);
    assertEquals(r, PlanDocuments.readProgress(json, "p.json"));
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.readProgress(
        json.replace("\"status\": \"DONE\",", ""), "p.json"));
    assertTrue(e.path().startsWith("$.entries[0]"), e.path());
    assertThrows(PlanFormatException.class, () -> PlanDocuments.readProgress(json.replace("DONE", "FINISHED"), "p.json"));
  }
}
