package dev.plancompliance.model.json;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small valid plan document and broken variants of it, shared by the reader's tests and the schema's.
 * Line 6–8 hold Vietnamese text before the values that break, so that a column counted in bytes would
 * differ from the column counted in characters.
 */
final class BrokenDocuments {
  private BrokenDocuments() {}

  static final String SOURCE = "plan.json";

  static final String VALID = """
      {
        "ref": {"symbol": "1/KH-UBND", "kind": "PLAN"},
        "issuer": "ubnd",
        "level": "CITY",
        "tasks": [
          {"code": "1", "title": "Một", "deadline": {"type": "continuous", "phrase": "Thường xuyên"}},
          {"code": "2", "title": "Hai", "deadline": {"type": "in-year", "phrase": "Năm 2026", "year": 2026}},
          {"code": "3", "title": "Ba", "deadline": {"type": "year-range", "phrase": "Năm 2025 đến năm 2026", "from": 2025, "to": 2026}}
        ],
        "agencies": [{"id": "ubnd", "nameVi": "Ủy ban nhân dân thành phố", "kind": "PEOPLES_COMMITTEE"}]
      }
      """;

  static final String UNKNOWN_FIELD = replace("\"level\": \"CITY\",", "\"level\": \"CITY\", \"colour\": \"red\",");
  static final String MISSING_ISSUER = replace("  \"issuer\": \"ubnd\",\n", "");
  static final String MISSING_TITLE_IN_TASK_2 = replace("{\"code\": \"3\", \"title\": \"Ba\",", "{\"code\": \"3\",");
  static final String WRONG_TYPE = replace("\"year\": 2026", "\"year\": \"abc\"");
  static final String UNKNOWN_ENUM = replace("\"level\": \"CITY\"", "\"level\": \"TOWN\"");
  static final String UNKNOWN_DEADLINE_TYPE = replace("\"type\": \"continuous\"", "\"type\": \"sometimes\"");
  static final String MISSING_DEADLINE_TYPE = replace("\"type\": \"continuous\", ", "");
  static final String BLANK_CODE = replace("\"code\": \"2\"", "\"code\": \"  \"");
  static final String YEAR_RANGE_REVERSED = replace("\"from\": 2025, \"to\": 2026", "\"from\": 2026, \"to\": 2025");
  static final String DUPLICATE_TASK_CODES = replace("\"code\": \"3\"", "\"code\": \"2\"");
  static final String DUPLICATE_KEY = replace("\"issuer\": \"ubnd\",", "\"issuer\": \"ubnd\", \"issuer\": \"ubnd\",");
  static final String TRUNCATED = VALID.substring(0, VALID.indexOf("\"agencies\""));
  static final String TRAILING_GARBAGE = VALID + "x\n";
  static final String INVALID_DATE = replace("\"kind\": \"PLAN\"}", "\"kind\": \"PLAN\", \"issuedOn\": \"2025-02-31\"}");
  static final String EXPLICIT_NULL = replace("\"level\": \"CITY\",", "\"level\": \"CITY\", \"locality\": null,");

  /** The title "Hai" with its "a" replaced by 0xC3, a UTF-8 lead byte followed by no continuation byte. */
  static byte[] invalidUtf8() {
    byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("\"Hai\"") + 2;
    bytes[at] = (byte) 0xC3;
    return bytes;
  }

  static byte[] withBom(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    return bytes;
  }

  /** A broken document the schema can see is broken: its structure, not a rule across values. */
  record Structural(String name, String json, String path) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Structural> structural() {
    return List.of(
        new Structural("unknown field", UNKNOWN_FIELD, "$.colour"),
        new Structural("missing top-level field", MISSING_ISSUER, "$.issuer"),
        new Structural("missing field in tasks[2]", MISSING_TITLE_IN_TASK_2, "$.tasks[2].title"),
        new Structural("wrong type", WRONG_TYPE, "$.tasks[1].deadline.year"),
        new Structural("unknown enum", UNKNOWN_ENUM, "$.level"),
        new Structural("unknown deadline type", UNKNOWN_DEADLINE_TYPE, "$.tasks[0].deadline.type"),
        new Structural("missing deadline type", MISSING_DEADLINE_TYPE, "$.tasks[0].deadline.type"),
        new Structural("blank task code", BLANK_CODE, "$.tasks[1].code"),
        new Structural("invalid date", INVALID_DATE, "$.ref.issuedOn"),
        new Structural("explicit null", EXPLICIT_NULL, "$.locality"));
  }

  /** The error {@code json} read as {@link #SOURCE} is refused with (the test fails when it is not). */
  static PlanFormatException refused(String json) {
    return assertThrows(PlanFormatException.class, () -> PlanDocuments.read(json, SOURCE));
  }

  /** {@link #VALID} with {@code target}, which it must hold, replaced by {@code replacement}. */
  static String replace(String target, String replacement) {
    if (!VALID.contains(target)) {
      throw new IllegalArgumentException("not in the valid document: " + target);
    }
    return VALID.replace(target, replacement);
  }
}
