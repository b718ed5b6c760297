package dev.plancompliance.model.json;

import static dev.plancompliance.model.json.BrokenDocuments.SOURCE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.HuePlan;
import dev.plancompliance.model.Plan;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanDocumentsTest {

  // --- round trip and output format

  @Test
  void huePlan_roundTripsToAnEqualPlanAndIdenticalBytes() {
    Plan plan = HuePlan.plan();
    String written = PlanDocuments.write(plan);
    Plan read = PlanDocuments.read(written, "hue.json");
    assertEquals(plan, read);
    assertEquals(written, PlanDocuments.write(read));
  }

  @Test
  void huePlan_roundTripsThroughAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("hue.json");
    PlanDocuments.write(HuePlan.plan(), file);
    assertEquals(HuePlan.plan(), PlanDocuments.read(file));
    assertEquals(PlanDocuments.write(HuePlan.plan()), Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void write_usesLineFeedsTwoSpaceIndentAndAFinalNewline() {
    String written = PlanDocuments.write(HuePlan.plan());
    assertFalse(written.contains("\r"), "no carriage returns");
    assertFalse(written.contains("\t"), "no tabs");
    assertTrue(written.startsWith("{\n  \"ref\": {\n    \"symbol\": \"/KH-UBND\",\n"), written.substring(0, 60));
    assertTrue(written.endsWith("\n  \"sourceFile\": \"000_3d0f801100aabd15.txt\"\n}\n"));
    for (String line : written.split("\n")) {
      int indent = line.length() - line.stripLeading().length();
      assertEquals(0, indent % 2, () -> "odd indent: " + line);
    }
  }

  @Test
  void write_printsEmptyListsAsBracketsAndLeavesAbsentFieldsOut() {
    String written = PlanDocuments.write(HuePlan.plan());
    assertTrue(written.contains("\n      \"leads\": [],\n"), "empty list as []");
    assertTrue(written.contains("\n  \"budgetYears\": [],\n"));
    assertFalse(written.contains("null"), "absent values are left out, never null");
    assertFalse(written.contains("\"issuedOn\": \"\""));
    assertFalse(written.contains("\"parentRefs\""), "the Huế plan has no parent ref, and an empty parentRefs is left out");
  }

  @Test
  void write_keepsTheModelsFieldOrder() {
    String written = PlanDocuments.write(HuePlan.plan());
    String[] order = {"\"ref\"", "\"issuer\"", "\"level\"", "\"locality\"", "\"implementsRefs\"", "\"scope\"", "\"tasks\"",
        "\"agencies\"", "\"monitor\"", "\"childPlanDuty\"", "\"reportingDuties\"", "\"budgetYears\"",
        "\"spendingFloors\"", "\"sourceFile\""};
    int last = -1;
    for (String key : order) {
      int at = written.indexOf("\n  " + key + ":");
      assertTrue(at > last, () -> key + " out of order");
      last = at;
    }
  }

  @Test
  void read_decomposedInput_isStoredAsNfc() {
    String nfc = PlanDocuments.write(HuePlan.plan());
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertNotEquals(nfc, nfd, "the test needs text that NFD changes");
    Plan read = PlanDocuments.read(nfd, "nfd.json");
    assertEquals(HuePlan.plan(), read);
    // spot checks across the kinds of string: a plain field, an Optional, a list entry's owner, a record component
    assertEquals(Optional.of("Huế"), read.locality());
    assertEquals("Sở Tư pháp", read.agency("so-tu-phap").orElseThrow().nameVi());
    assertEquals(new Deadline.Continuous("Thường xuyên"), read.tasks().get(0).deadline());
    assertTrue(Normalizer.isNormalized(read.tasks().get(5).title(), Normalizer.Form.NFC));
  }

  @Test
  void read_utf8Bom_isSkipped() {
    Plan expected = PlanDocuments.read(BrokenDocuments.VALID, SOURCE);
    assertEquals(expected, PlanDocuments.read(new ByteArrayInputStream(BrokenDocuments.withBom(BrokenDocuments.VALID)), SOURCE));
    assertEquals(expected, PlanDocuments.read("\uFEFF" + BrokenDocuments.VALID, SOURCE));
  }

  @Test
  void read_afterBom_columnsCountFromTheFirstCharacterAfterIt() {
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.read(
        new ByteArrayInputStream(BrokenDocuments.withBom("{\"colour\": 1}")), SOURCE));
    assertPosition(e, "$.colour", 1, 2);
  }

  @Test
  void read_bytes_matchReadingTheString() {
    byte[] bytes = BrokenDocuments.VALID.getBytes(StandardCharsets.UTF_8);
    assertEquals(PlanDocuments.read(BrokenDocuments.VALID, SOURCE), PlanDocuments.read(new ByteArrayInputStream(bytes), SOURCE));
  }

  // --- malformed documents: path, line and column are those of the offending token

  @Test
  void unknownField_isReportedAtItsKey() {
    PlanFormatException e = fail(BrokenDocuments.UNKNOWN_FIELD);
    assertPosition(e, "$.colour", 4, 20);
    assertEquals(Optional.of("unknown field \"colour\""), e.found());
    assertTrue(e.expected().startsWith("one of the fields [agencies, budgetYears, childPlanDuty,"), e.expected());
  }

  @Test
  void missingTopLevelField_isReportedAtTheObjectThatLacksIt() {
    PlanFormatException e = fail(BrokenDocuments.MISSING_ISSUER);
    assertPosition(e, "$.issuer", 1, 1);
    assertEquals("required field \"issuer\"", e.expected());
    assertEquals(Optional.of("nothing"), e.found());
  }

  @Test
  void missingFieldInThirdTask_isReportedAtThatTask() {
    PlanFormatException e = fail(BrokenDocuments.MISSING_TITLE_IN_TASK_2);
    assertPosition(e, "$.tasks[2].title", 8, 5);
    assertEquals("plan.json:8:5: at $.tasks[2].title: expected required field \"title\", found nothing", e.getMessage());
  }

  /** A wrong value in a field of each kind: the error names the field and, in words, the kind of value it takes. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      a date        | "kind": "PLAN"}                | "kind": "PLAN", "issuedOn": 5}                                      | $.ref.issuedOn          | a date YYYY-MM-DD
      a month       | {"type": "continuous", "phrase": "Thường xuyên"} | {"type": "within-month", "phrase": "tháng 8", "month": 8} | $.tasks[0].deadline.month | a month YYYY-MM
      a day         | {"type": "continuous", "phrase": "Thường xuyên"} | {"type": "recurring", "phrase": "x", "period": "YEAR", "cutoffs": [{"day": 5, "exclusive": true}]} | $.tasks[0].deadline.cutoffs[0].day | a day of the year --MM-DD
      a boolean     | {"type": "continuous", "phrase": "Thường xuyên"} | {"type": "by-date", "phrase": "x", "date": "2025-09-30", "exclusive": "yes"} | $.tasks[0].deadline.exclusive | true or false
      an enum       | "level": "CITY"                | "level": 3                                                          | $.level                 | one of [
      a string      | "issuer": "ubnd"               | "issuer": ["ubnd"]                                                  | $.issuer                | a string
      an array      | "tasks": [                     | "tasks": {"x": 1}, "requests": [                                    | $.tasks                 | an array
      an object     | "ref": {"symbol": "1/KH-UBND", "kind": "PLAN"} | "ref": "1/KH-UBND"                                  | $.ref                   | a DocumentRef object
      a number      | "agencies": [                  | "budgetYears": [{"fiscalYear": 2026, "totalSpend": "much", "lawDraftingSpend": 1}], "agencies": [ | $.budgetYears[0].totalSpend | a number
      an integer    | "year": 2026                   | "year": true                                                        | $.tasks[1].deadline.year | an integer
      """)
  void aValueOfTheWrongKind_isNamedByTheKindTheFieldTakes(String kind, String from, String to, String path, String expected) {
    PlanFormatException e = fail(BrokenDocuments.VALID.replace(from.strip(), to.strip()));
    assertEquals(path.strip(), e.path(), e.getMessage());
    assertTrue(e.expected().startsWith(expected.strip()), kind + ": " + e.expected());
  }

  @Test
  void wrongType_foundIsTheOffendingTokenAndTheColumnCountsCharactersNotBytes() {
    PlanFormatException e = fail(BrokenDocuments.WRONG_TYPE);
    // "Năm" before the value is 4 bytes in UTF-8 but 3 characters: column 97, not 98
    assertEquals("plan.json:7:97: at $.tasks[1].deadline.year: expected an integer, found \"abc\"", e.getMessage());
  }

  @Test
  void wrongType_objectOrArrayForAString_saysWhichItFound() {
    assertEquals(Optional.of("an object"),
        fail(BrokenDocuments.VALID.replace("\"title\": \"Hai\"", "\"title\": {}")).found());
    assertEquals(Optional.of("an array"),
        fail(BrokenDocuments.VALID.replace("\"title\": \"Hai\"", "\"title\": [\"Hai\"]")).found());
    assertEquals(Optional.of("42"),
        fail(BrokenDocuments.VALID.replace("\"title\": \"Hai\"", "\"title\": 42")).found());
    assertEquals(Optional.of("\"ubnd\""),
        fail(BrokenDocuments.VALID.replace("\"title\": \"Hai\"", "\"title\": \"Hai\", \"leads\": \"ubnd\"")).found());
  }

  @Test
  void unknownEnum_listsTheConstants() {
    PlanFormatException e = fail(BrokenDocuments.UNKNOWN_ENUM);
    assertEquals("plan.json:4:12: at $.level: expected one of [CENTRAL, MINISTRY, PROVINCE, CITY, COMMUNE, DEPARTMENT,"
        + " PUBLIC_UNIT], found \"TOWN\"", e.getMessage());
  }

  @Test
  void unknownDeadlineType_isReportedAtTheTypeValue() {
    PlanFormatException e = fail(BrokenDocuments.UNKNOWN_DEADLINE_TYPE);
    assertPosition(e, "$.tasks[0].deadline.type", 6, 56);
    assertEquals(Optional.of("\"sometimes\""), e.found());
    assertTrue(e.expected().startsWith("a known \"type\" for Deadline, one of [by-date, composite, continuous,"), e.expected());
  }

  @Test
  void missingDeadlineType_isReportedAtTheDeadlineObject() {
    PlanFormatException e = fail(BrokenDocuments.MISSING_DEADLINE_TYPE);
    assertPosition(e, "$.tasks[0].deadline.type", 6, 47);
    assertEquals(Optional.of("nothing"), e.found());
    assertTrue(e.expected().startsWith("required field \"type\", one of [by-date,"), e.expected());
  }

  @Test
  void yearRangeReversed_isReportedAtTheEndYear() {
    PlanFormatException e = fail(BrokenDocuments.YEAR_RANGE_REVERSED);
    assertPosition(e, "$.tasks[2].deadline.to", 8, 124);
    assertEquals("a meaningful value: Deadline.to must not precede from 2026, was 2025", e.expected());
    assertEquals(Optional.of("2025"), e.found());
  }

  @Test
  void blankTaskCode_isReportedAtTheCode() {
    PlanFormatException e = fail(BrokenDocuments.BLANK_CODE);
    assertPosition(e, "$.tasks[1].code", 7, 14);
    assertEquals("a meaningful value: Task.code must not be blank", e.expected());
    assertEquals(Optional.of("\"  \""), e.found());
  }

  @Test
  void duplicateTaskCodes_areReportedAtTheTaskList() {
    PlanFormatException e = fail(BrokenDocuments.DUPLICATE_TASK_CODES);
    assertPosition(e, "$.tasks", 5, 12);
    assertEquals("a meaningful value: Plan.tasks has a duplicate entry 2", e.expected());
  }

  @Test
  void duplicateJsonKey_isReportedAtTheSecondKey() {
    PlanFormatException e = fail(BrokenDocuments.DUPLICATE_KEY);
    assertEquals("plan.json:3:21: at $.issuer: expected each field once, found a second \"issuer\"", e.getMessage());
  }

  @Test
  void duplicateJsonKeyInANestedObject_isReportedAtThatKey() {
    // found by the malformed-document corpus: the path named the enclosing object, or the field before the key
    PlanFormatException e = fail(BrokenDocuments.VALID.replace("\"kind\": \"PLAN\"}", "\"kind\": \"PLAN\", \"symbol\": \"2/KH\"}"));
    assertPosition(e, "$.ref.symbol", 2, 50);
    assertEquals(Optional.of("a second \"symbol\""), e.found());
    assertEquals("$.tasks[1].deadline.type", fail(BrokenDocuments.VALID.replace("\"type\": \"in-year\",", "\"type\": \"in-year\", \"type\": \"x\",")).path());
  }

  @Test
  void scalarWhereADeadlineObjectBelongs_saysSo() {
    // found by the corpus: this was "expected required field \"type\", found nothing"
    PlanFormatException e = fail(BrokenDocuments.VALID.replace("{\"type\": \"continuous\", \"phrase\": \"Thường xuyên\"}", "\"Thường xuyên\""));
    assertPosition(e, "$.tasks[0].deadline", 6, 47);
    assertTrue(e.expected().startsWith("a Deadline object with a \"type\", one of [by-date,"), e.expected());
    assertEquals(Optional.of("\"Thường xuyên\""), e.found());
    PlanFormatException array = fail(BrokenDocuments.VALID.replace("{\"type\": \"continuous\", \"phrase\": \"Thường xuyên\"}", "[]"));
    assertPosition(array, "$.tasks[0].deadline", 6, 47);
    assertEquals(Optional.of("an array"), array.found());
  }

  @Test
  void enumConstantWithSpacesAround_isRefusedAsTheSchemaDoes() {
    // found by the corpus: Jackson trims enum text, so " CITY" read as CITY
    PlanFormatException e = fail(BrokenDocuments.VALID.replace("\"level\": \"CITY\"", "\"level\": \" CITY\""));
    assertPosition(e, "$.level", 4, 12);
    assertEquals(Optional.of("\" CITY\""), e.found());
    assertTrue(e.expected().startsWith("one of [CENTRAL,"), e.expected());
    assertEquals("$.agencies[0].kind", fail(BrokenDocuments.VALID.replace("\"PEOPLES_COMMITTEE\"", "\"PEOPLES_COMMITTEE\\n\"")).path());
  }

  @Test
  void truncatedDocument_isReportedAtTheEndOfTheInput() {
    PlanFormatException e = fail(BrokenDocuments.TRUNCATED);
    assertPosition(e, "$", 10, 3);
    assertEquals("the rest of the document", e.expected());
    assertEquals(Optional.of("the end of the input"), e.found());
  }

  @Test
  void truncatedInsideAString_namesTheEnclosingObject() {
    String json = BrokenDocuments.VALID.substring(0, BrokenDocuments.VALID.indexOf("Hai") + 1);
    PlanFormatException e = fail(json);
    assertPosition(e, "$.tasks[1]", 7, 30);
  }

  @Test
  void trailingGarbage_isReportedWhereItStarts() {
    PlanFormatException e = fail(BrokenDocuments.TRAILING_GARBAGE);
    assertEquals("plan.json:12:1: at $: expected the end of the document after the Plan object, found x", e.getMessage());
    assertEquals(Optional.of("{}"), fail(BrokenDocuments.VALID + "{}").found());
  }

  @Test
  void invalidDate_isRejected() {
    PlanFormatException e = fail(BrokenDocuments.INVALID_DATE);
    assertEquals("plan.json:2:62: at $.ref.issuedOn: expected a date YYYY-MM-DD, found \"2025-02-31\"", e.getMessage());
  }

  @Test
  void dateWrittenOtherThanAsIsoText_isRejected() {
    assertEquals(Optional.of("an array"),
        fail(BrokenDocuments.INVALID_DATE.replace("\"2025-02-31\"", "[2025, 9, 30]")).found());
    assertEquals(Optional.of("20000"), fail(BrokenDocuments.INVALID_DATE.replace("\"2025-02-31\"", "20000")).found());
    assertEquals(Optional.of("\"2025-09-30T10:00\""),
        fail(BrokenDocuments.INVALID_DATE.replace("\"2025-02-31\"", "\"2025-09-30T10:00\"")).found());
  }

  @Test
  void invalidUtf8_isReportedAtTheBadByte() {
    PlanFormatException e = assertThrows(PlanFormatException.class,
        () -> PlanDocuments.read(new ByteArrayInputStream(BrokenDocuments.invalidUtf8()), SOURCE));
    assertEquals("plan.json:7:30: at $.tasks[1].title: expected UTF-8 text, found the bytes 0xC3, which are not UTF-8",
        e.getMessage());
  }

  @Test
  void overlongUtf8_isRejectedToo() {
    // 0xC0 0xAF is an overlong "/", which a lenient decoder would accept
    byte[] bytes = "{\"issuer\": \"a?b\"}".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[bytes.length + 1];
    int q = "{\"issuer\": \"a".length();
    System.arraycopy(bytes, 0, bad, 0, q);
    bad[q] = (byte) 0xC0;
    bad[q + 1] = (byte) 0xAF;
    System.arraycopy(bytes, q + 1, bad, q + 2, bytes.length - q - 1);
    PlanFormatException e = assertThrows(PlanFormatException.class,
        () -> PlanDocuments.read(new ByteArrayInputStream(bad), SOURCE));
    assertPosition(e, "$.issuer", 1, 14);
    assertEquals("UTF-8 text", e.expected());
  }

  @Test
  void explicitNull_isRejectedEvenForAnOptionalField() {
    PlanFormatException e = fail(BrokenDocuments.EXPLICIT_NULL);
    assertEquals("plan.json:4:32: at $.locality: expected a value, or the field left out, found null", e.getMessage());
  }

  @Test
  void nullInAList_isRejected() {
    PlanFormatException e = fail(BrokenDocuments.VALID.replace("\"title\": \"Hai\"", "\"title\": \"Hai\", \"leads\": [null]"));
    assertPosition(e, "$.tasks[1].leads[0]", 7, 45);
    assertEquals(Optional.of("null"), e.found());
  }

  @Test
  void nullDeadlineComponent_isRejectedWhileALeftOutOptionalComponentIsFine() {
    String recurring = "{\"type\": \"recurring\", \"phrase\": \"Hàng năm\", \"period\": \"YEAR\"}";
    String ok = BrokenDocuments.VALID.replace("{\"type\": \"continuous\", \"phrase\": \"Thường xuyên\"}", recurring);
    assertEquals(Deadline.Recurring.every("Hàng năm", Deadline.Period.YEAR), PlanDocuments.read(ok, SOURCE).tasks().get(0).deadline());
    PlanFormatException e = fail(ok.replace("\"period\": \"YEAR\"", "\"period\": \"YEAR\", \"quarter\": null"));
    assertEquals("$.tasks[0].deadline.quarter", e.path());
  }

  @Test
  void emptyOrNullDocument_isRejected() {
    assertEquals("plan.json:1:1: at $: expected a Plan object, found an empty document", fail("").getMessage());
    assertEquals(Optional.of("an empty document"), fail(" \n ").found());
    assertEquals(Optional.of("null"), fail("null").found());
    assertEquals(Optional.of("an array"), fail("[]").found());
  }

  @Test
  void missingRecordComponent_isAMissingField() {
    PlanFormatException e = fail(BrokenDocuments.VALID.replace("\"phrase\": \"Năm 2026\", ", ""));
    assertEquals("plan.json:7:47: at $.tasks[1].deadline.phrase: expected required field \"phrase\", found nothing",
        e.getMessage());
  }

  @Test
  void errors_keepTheJacksonCauseExceptForChecksDoneHere() {
    assertTrue(fail(BrokenDocuments.WRONG_TYPE).getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException);
  }

  private static PlanFormatException fail(String json) {
    return BrokenDocuments.refused(json);
  }

  private static void assertPosition(PlanFormatException e, String path, int line, int column) {
    assertAll(e.getMessage(),
        () -> assertEquals(SOURCE, e.source()),
        () -> assertEquals(path, e.path(), "path"),
        () -> assertEquals(line, e.line(), "line"),
        () -> assertEquals(column, e.column(), "column"),
        () -> assertTrue(e.getMessage().startsWith(SOURCE + ":" + line + ":" + column + ": at " + path + ": expected "),
            "message form"));
  }
}
