package dev.plancompliance.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where an error in a plan document is, and what it quotes, whatever the document's line breaks and however
 * its keys are escaped: the line and column a person looks for in an editor.
 */
class ErrorPositionsTest {

  private static String message(String json) {
    return BrokenDocuments.refused(json).getMessage();
  }

  @ParameterizedTest(name = "line breaks {0}")
  @ValueSource(strings = {"LF", "CRLF", "CR"})
  void linesAreCounted_atEveryKindOfLineBreak(String breaks) {
    String eol = switch (breaks) {
      case "CRLF" -> "\r\n";
      case "CR" -> "\r";
      default -> "\n";
    };
    assertEquals("plan.json:7:97: at $.tasks[1].deadline.year: expected an integer, found \"abc\"",
        message(BrokenDocuments.WRONG_TYPE.replace("\n", eol)));
  }

  @Test
  void anUnknownKey_isFoundAtItsOpeningQuote_pastEscapedQuotesAndBackslashesInside() {
    String escapedQuotes = BrokenDocuments.VALID.replace("\"level\": \"CITY\",", "\"level\": \"CITY\", \"co\\\"lo\\\\\\\"ur\": \"red\",");
    assertEquals("plan.json:4:20: at $.co\"lo\\\"ur", message(escapedQuotes).split(": expected")[0]);
    String endsInABackslash = BrokenDocuments.VALID.replace("\"level\": \"CITY\",", "\"level\": \"CITY\", \"colour\\\\\": \"red\",");
    assertEquals("plan.json:4:20: at $.colour\\:", message(endsInABackslash).split(" expected")[0]);
  }

  @Test
  void anIntegerOutOfRange_saysTheRange() {
    assertEquals("plan.json:7:97: at $.tasks[1].deadline.year: expected an integer from -2147483648 to 2147483647, found 99999999999",
        message(BrokenDocuments.VALID.replace("\"year\": 2026", "\"year\": 99999999999")));
  }

  @Test
  void whatFollowsTheDocument_isQuotedUpTo40Characters_andMarkedWhenCut() {
    String at = "plan.json:12:1: at $: expected the end of the document after the Plan object, found ";
    assertEquals(at + "xyz", message(BrokenDocuments.VALID + "xyz  \n"));
    assertEquals(at + "x".repeat(40), message(BrokenDocuments.VALID + "x".repeat(40)), "at the end of the text");
    assertEquals(at + "x".repeat(40), message(BrokenDocuments.VALID + "x".repeat(40) + "\r\n"), "the whole line: nothing cut");
    assertEquals(at + "x".repeat(40) + "…", message(BrokenDocuments.VALID + "x".repeat(41) + "\n"));
  }

  /** Line and column of the byte at {@code end} of {@code text} in UTF-8 (a document too long to decode is counted so). */
  private static int[] byteEnd(byte[] bytes, int end) {
    return PlanDocuments.Errors.position(bytes, end);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void inADocumentTooLongToDecode_theLineAndColumnOfItsLimit_areCountedInCharacters() {
    assertArrayEquals(new int[] {1, 1}, byteEnd(utf8("ab"), 0));
    assertArrayEquals(new int[] {2, 2}, byteEnd(utf8("ab\ncd"), 4), "LF");
    assertArrayEquals(new int[] {2, 2}, byteEnd(utf8("a\r\nbc"), 4), "CRLF is one break");
    assertArrayEquals(new int[] {1, 2}, byteEnd(utf8("a\r\nb"), 2), "the LF of a CRLF ends the first line");
    assertArrayEquals(new int[] {3, 1}, byteEnd(utf8("a\r\rb"), 3), "CR alone");
    assertArrayEquals(new int[] {1, 4}, byteEnd(utf8("Ủyz!"), 5), "a character of three bytes is one column");
    assertArrayEquals(new int[] {1, 3}, byteEnd(utf8("\uFEFFab!"), 5), "a BOM is no character");
    assertArrayEquals(new int[] {1, 4}, byteEnd(utf8("a\uFEFFb!"), 5), "a BOM inside the text is one");
  }
}
