package dev.plancompliance.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one line a person reads for each kind of broken plan document: where (file, line, column, JSON path), what
 * the reader expected and what it found, one case per way a document breaks (a value of the wrong shape, a
 * missing or unknown "type", missing fields, a value the model refuses, null, text that is not Unicode, a date
 * out of range, a field twice, an unknown field or constant, JSON that is not well-formed, a cut document).
 */
class ErrorMessagesTest {
  private static final String DEADLINE = "\"deadline\": {\"type\": \"continuous\", \"phrase\": \"Thường xuyên\"}";
  private static final String TYPES = "one of [by-date, composite, continuous, external, from-date, from-year-onward, in-year, on-date, on-demand,"
      + " on-event, recurring, unspecified, urgent, vague, within-month, year-range]";

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("a string where the deadline object should be", BrokenDocuments.replace(DEADLINE, "\"deadline\": \"Thường xuyên\""),
            "plan.json:6:47: at $.tasks[0].deadline: expected a Deadline object with a \"type\", " + TYPES + ", found \"Thường xuyên\""),
        Arguments.of("an array where the deadline object should be", BrokenDocuments.replace(DEADLINE, "\"deadline\": [1]"),
            "plan.json:6:47: at $.tasks[0].deadline: expected a Deadline object with a \"type\", " + TYPES + ", found an array"),
        Arguments.of("a deadline without its type", BrokenDocuments.MISSING_DEADLINE_TYPE,
            "plan.json:6:47: at $.tasks[0].deadline.type: expected required field \"type\", " + TYPES + ", found nothing"),
        Arguments.of("a deadline of an unknown type", BrokenDocuments.UNKNOWN_DEADLINE_TYPE,
            "plan.json:6:56: at $.tasks[0].deadline.type: expected a known \"type\" for Deadline, " + TYPES + ", found \"sometimes\""),
        Arguments.of("a task without code and title", BrokenDocuments.replace("{\"code\": \"3\", \"title\": \"Ba\",", "{"),
            "plan.json:8:5: at $.tasks[2].code: expected required fields [\"code\", \"title\"], found nothing"),
        Arguments.of("a task without title", BrokenDocuments.MISSING_TITLE_IN_TASK_2,
            "plan.json:8:5: at $.tasks[2].title: expected required field \"title\", found nothing"),
        Arguments.of("a blank task code", BrokenDocuments.BLANK_CODE,
            "plan.json:7:14: at $.tasks[1].code: expected a meaningful value: Task.code must not be blank, found \"  \""),
        Arguments.of("a year range that ends before it starts", BrokenDocuments.YEAR_RANGE_REVERSED,
            "plan.json:8:124: at $.tasks[2].deadline.to: expected a meaningful value: Deadline.to must not precede from 2026, was 2025, found 2025"),
        Arguments.of("null in a list", BrokenDocuments.replace("\"agencies\": [{", "\"agencies\": [null, {"),
            "plan.json:10:16: at $.agencies[0]: expected a value (a list holds no null), found null"),
        Arguments.of("null for a field", BrokenDocuments.EXPLICIT_NULL,
            "plan.json:4:32: at $.locality: expected a value, or the field left out, found null"),
        Arguments.of("a lone surrogate in a title", BrokenDocuments.replace("\"title\": \"Hai\"", "\"title\": \"H\\ud800i\""),
            "plan.json:7:28: at $.tasks[1].title: expected Unicode text (a lone surrogate \\uD800 at character 1 is not Unicode text), found \"H\\uD800i\""),
        Arguments.of("a date in year 0", BrokenDocuments.replace("\"kind\": \"PLAN\"}", "\"kind\": \"PLAN\", \"issuedOn\": \"0000-01-01\"}"),
            "plan.json:2:62: at $.ref.issuedOn: expected a date YYYY-MM-DD with a year from 1900 to 2199, found \"0000-01-01\""),
        Arguments.of("a date that does not exist", BrokenDocuments.INVALID_DATE,
            "plan.json:2:62: at $.ref.issuedOn: expected a date YYYY-MM-DD, found \"2025-02-31\""),
        Arguments.of("an array where the reference object should be", BrokenDocuments.replace("\"ref\": {\"symbol\": \"1/KH-UBND\", \"kind\": \"PLAN\"}", "\"ref\": [\"1/KH-UBND\"]"),
            "plan.json:2:10: at $.ref: expected a DocumentRef object, found an array"),
        Arguments.of("an object where the task list should be", BrokenDocuments.replace("\"tasks\": [", "\"tasks\": {\"a\": 1}, \"x\": ["),
            "plan.json:5:12: at $.tasks: expected an array, found an object"),
        Arguments.of("a field twice in a task", BrokenDocuments.replace("{\"code\": \"1\",", "{\"code\": \"1\", \"code\": \"1\","),
            "plan.json:6:19: at $.tasks[0].code: expected each field once, found a second \"code\""),
        Arguments.of("a field twice in a deadline, before its type, its name holding escaped quotes",
            BrokenDocuments.replace(DEADLINE, "\"deadline\": {\"phrase\": \"Thường xuyên\", \"a\\\\\\\"b\": 1, \"a\\\\\\\"b\": 2, \"type\": \"continuous\"}"),
            "plan.json:6:87: at $.tasks[0].deadline.a\\\"b: expected each field once, found a second \"a\\\"b\""),
        Arguments.of("a field twice in the plan", BrokenDocuments.DUPLICATE_KEY,
            "plan.json:3:21: at $.issuer: expected each field once, found a second \"issuer\""),
        Arguments.of("an unknown field in a task", BrokenDocuments.replace("{\"code\": \"1\",", "{\"code\": \"1\", \"colour\": 1,"),
            "plan.json:6:19: at $.tasks[0].colour: expected one of the fields [assignments, code, coordinators, deadline, group, groupSuggestedBy, implementers, leads, output, source, title], found unknown field \"colour\""),
        Arguments.of("an unknown level", BrokenDocuments.UNKNOWN_ENUM,
            "plan.json:4:12: at $.level: expected one of [CENTRAL, MINISTRY, PROVINCE, CITY, COMMUNE, DEPARTMENT, PUBLIC_UNIT], found \"TOWN\""),
        Arguments.of("a document cut between fields", BrokenDocuments.TRUNCATED,
            "plan.json:10:3: at $: expected the rest of the document, found the end of the input"),
        Arguments.of("a document cut inside a string", BrokenDocuments.VALID.substring(0, BrokenDocuments.VALID.indexOf("Ba\"")),
            "plan.json:8:29: at $.tasks[2]: expected the rest of the document, found the end of the input"),
        Arguments.of("a fraction for a year", BrokenDocuments.replace("\"year\": 2026", "\"year\": 2026.5"),
            "plan.json:7:97: at $.tasks[1].deadline.year: expected an integer, found 2026.5"),
        Arguments.of("a boolean for a year", BrokenDocuments.replace("\"year\": 2026", "\"year\": true"),
            "plan.json:7:97: at $.tasks[1].deadline.year: expected an integer, found true"),
        Arguments.of("a number for a code", BrokenDocuments.replace("\"code\": \"2\"", "\"code\": 2"),
            "plan.json:7:14: at $.tasks[1].code: expected a string, found 2"),
        Arguments.of("an object for a code", BrokenDocuments.replace("\"code\": \"2\"", "\"code\": {}"),
            "plan.json:7:14: at $.tasks[1].code: expected a string, found an object"),
        Arguments.of("a number for a document kind", BrokenDocuments.replace("\"kind\": \"PLAN\"", "\"kind\": 3"),
            "plan.json:2:42: at $.ref.kind: expected one of [RESOLUTION, PLAN, ACTION_PROGRAMME, DIRECTIVE, DECISION, PARTY_REGULATION, DECREE, LAW, OFFICIAL_LETTER, SUBMISSION, REPORT, SCHEME, NOTICE], found 3"),
        Arguments.of("an unknown agency kind", BrokenDocuments.replace("\"kind\": \"PEOPLES_COMMITTEE\"", "\"kind\": \"CLUB\""),
            "plan.json:10:78: at $.agencies[0].kind: expected one of [PARTY_BODY, PEOPLES_COUNCIL, PEOPLES_COMMITTEE, DEPARTMENT, OFFICE, INSPECTORATE, POLICE, COURT, PROCURACY, PUBLIC_UNIT, MASS_ORGANISATION, PROFESSIONAL_BODY, OTHER], found \"CLUB\""),
        Arguments.of("an agency id that breaks the pattern", BrokenDocuments.replace("\"id\": \"ubnd\"", "\"id\": \"U B\""),
            "plan.json:10:23: at $.agencies[0].id: expected a meaningful value: Agency.id must be lower-case ASCII words joined by - or /, was \"U B\", found \"U B\""),
        Arguments.of("an empty document", "",
            "plan.json:1:1: at $: expected a Plan object, found an empty document"),
        Arguments.of("a document of white space", "  \n ",
            "plan.json:2:2: at $: expected a Plan object, found an empty document"),
        Arguments.of("an array for the plan", "[]",
            "plan.json:1:1: at $: expected a Plan object, found an array"));
  }

  /**
   * Text that is not JSON: where Jackson stops reading depends on its version (2.22 points at the token it cannot
   * read, the lowest version this library supports just past it), so the column is checked to be at the token or
   * within it; the rest of the line is the same.
   */
  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("a bare word for a string", BrokenDocuments.replace("\"level\": \"CITY\"", "\"level\": CITY"),
            "plan.json:4:12: at $.level: expected well-formed JSON, found Unrecognized token 'CITY': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')", 4),
        Arguments.of("a comment", "// x\n" + BrokenDocuments.VALID,
            "plan.json:1:1: at $: expected well-formed JSON, found Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)", 1),
        Arguments.of("two commas", BrokenDocuments.replace("\"level\": \"CITY\",", "\"level\": \"CITY\",,"),
            "plan.json:4:19: at $.level: expected well-formed JSON, found Unexpected character (',' (code 44)): was expecting double-quote to start field name", 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void textThatIsNotJson_isNamedWithWhereJacksonStopped(String name, String json, String message, int tokenLength) {
    PlanFormatException e = BrokenDocuments.refused(json);
    String expected = message.replaceFirst("^plan.json:\\d+:\\d+: ", "");
    assertEquals(expected, e.getMessage().replaceFirst("^plan.json:\\d+:\\d+: ", ""));
    String[] at = message.split(":");
    assertEquals(Integer.parseInt(at[1]), e.line(), e.getMessage());
    int column = Integer.parseInt(at[2]);
    assertTrue(e.column() >= column && e.column() <= column + tokenLength, e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theErrorSaysWhereWhatWasExpectedAndWhatWasFound(String name, String json, String message) {
    assertEquals(message, BrokenDocuments.refused(json).getMessage());
  }
}
