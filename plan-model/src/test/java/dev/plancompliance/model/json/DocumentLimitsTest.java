package dev.plancompliance.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hostile sizes: each of the reader's limits gives a {@link PlanFormatException} that names the limit and
 * its value, with a position; a document just inside a limit still reads; an endless or very large stream
 * is refused after the limit without being read to its end.
 */
class DocumentLimitsTest {
  private static final String SOURCE = "big.json";
  private static final String HEAD = "{\"ref\": {\"symbol\": \"1/KH-UBND\", \"kind\": \"PLAN\"}, \"issuer\": \"ubnd\", \"level\": \"CITY\",\n \"tasks\": [";
  private static final String TAIL = "],\n \"agencies\": [{\"id\": \"ubnd\", \"nameVi\": \"Ủy ban nhân dân\", \"kind\": \"PEOPLES_COMMITTEE\"}]}\n";

  private static String task(int i, String title, String deadline) {
    return "{\"code\": \"T-" + i + "\", \"title\": \"" + title + "\", \"deadline\": " + deadline + "}";
  }

  /** {@code levels} composite deadlines one inside the other, around a continuous one. */
  private static String nestedComposite(int levels) {
    String d = "{\"type\": \"continuous\", \"phrase\": \"Thường xuyên\"}";
    for (int i = 0; i < levels; i++) {
      // the second part has no list of its own: the writer prints every list, even empty, so a recurring
      // part's "cutoffs": [] would take the written document one level deeper than the one read
      d = "{\"type\": \"composite\", \"phrase\": \"Thường xuyên/trong thời gian tới\", \"parts\": [" + d
          + ", {\"type\": \"vague\", \"phrase\": \"trong thời gian tới\"}]}";
    }
    return d;
  }

  // --- nesting depth

  @Test
  void nesting_atTheLimitReads_oneLevelDeeperIsRefusedNamingTheLimit() {
    // depth: plan 1, tasks 2, task 3, deadline 4, and each composite adds its parts array and a part
    int levels = (PlanDocuments.MAX_NESTING_DEPTH - 4) / 2;
    Plan plan = PlanDocuments.read(HEAD + task(1, "Một", nestedComposite(levels)) + TAIL, SOURCE);
    Deadline d = plan.tasks().get(0).deadline();
    for (int i = 0; i < levels; i++) {
      d = ((Deadline.Composite) d).parts().get(0);
    }
    assertEquals(new Deadline.Continuous("Thường xuyên"), d);
    assertEquals(plan, PlanDocuments.read(PlanDocuments.write(plan), SOURCE), "a deep plan round-trips");

    PlanFormatException e = fail(HEAD + task(1, "Một", nestedComposite(levels + 1)) + TAIL);
    assertEquals("at most 64 levels of nesting (PlanDocuments.MAX_NESTING_DEPTH)", e.expected());
    assertEquals(Optional.of("a value nested 65 levels deep"), e.found());
    assertTrue(e.path().startsWith("$.tasks[0].deadline.parts[0].parts[0]"), e.path());
    assertPositioned(e);
  }

  @Test
  void nestingBomb_ofAMillionArrays_isRefusedWithoutAStackOverflow() {
    String bomb = "[".repeat(1_000_000) + "]".repeat(1_000_000);
    // as the value of a known field: the binder reads it as a list of strings and stops at once
    PlanFormatException e = fail(HEAD.replace("\"level\": \"CITY\"", "\"level\": \"CITY\", \"implementsRefs\": " + bomb) + TAIL);
    assertPositioned(e);
    assertTrue(e.path().startsWith("$.implementsRefs"), e.path());
    // as the whole document, and behind the plan (trailing content is never parsed)
    assertEquals(Optional.of("an array"), fail(bomb).found());
    PlanFormatException trailing = fail(HEAD + TAIL + bomb);
    assertTrue(trailing.expected().startsWith("the end of the document"), trailing.getMessage());
    // as a leads list: the parser itself reaches the depth limit
    PlanFormatException leads = fail(HEAD + "{\"code\": \"1\", \"title\": \"t\", \"leads\": [\"a\", " + bomb + "], \"deadline\": {\"type\": \"vague\", \"phrase\": \"v\"}}" + TAIL);
    assertPositioned(leads);
    assertTrue(leads.path().startsWith("$.tasks[0].leads"), leads.getMessage());
  }

  // --- string length

  @Test
  void string_atTheLimitReads_oneCharacterLongerIsRefusedAtItsStart() {
    String longest = "ă".repeat(PlanDocuments.MAX_STRING_LENGTH);
    assertEquals(longest, PlanDocuments.read(HEAD + task(1, longest, "{\"type\": \"vague\", \"phrase\": \"v\"}") + TAIL, SOURCE)
        .tasks().get(0).title());

    String json = HEAD + task(1, "Một", "{\"type\": \"vague\", \"phrase\": \"v\"}") + ",\n"
        + task(2, longest + "x", "{\"type\": \"vague\", \"phrase\": \"v\"}") + TAIL;
    PlanFormatException e = fail(json);
    assertEquals("$.tasks[1].title", e.path());
    assertEquals(3, e.line());
    int quote = json.indexOf(longest) - 1;
    assertEquals(quote - json.lastIndexOf('\n', quote), e.column(), "at the opening quote");
    assertEquals("a string of at most 1048576 characters (PlanDocuments.MAX_STRING_LENGTH)", e.expected());
    assertEquals(Optional.of("a string of more than 1048576 characters"), e.found());
    assertTrue(e.getMessage().startsWith("big.json:3:"), e.getMessage());
  }

  @Test
  void fieldNameOrNumber_beyondJacksonsLimits_isRefusedClearly() {
    PlanFormatException name = fail(HEAD.replace("\"issuer\"", "\"" + "k".repeat(100_000) + "\": 1, \"issuer\"") + TAIL);
    assertEquals("$", name.path());
    assertPositioned(name);
    assertTrue(name.expected().startsWith("a field name of at most "), name.getMessage());

    PlanFormatException number = fail(HEAD + task(1, "t", "{\"type\": \"in-year\", \"phrase\": \"p\", \"year\": " + "9".repeat(5000) + "}") + TAIL);
    assertEquals("$.tasks[0].deadline.year", number.path());
    assertEquals(Optional.of("a number of 5000 characters"), number.found());
    assertTrue(number.expected().startsWith("a number of at most "), number.getMessage());
    assertPositioned(number);
  }

  // --- numbers that overflow

  @Test
  void integersBeyondIntOrLong_nameTheRange() {
    for (String big : new String[] {"2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999999"}) {
      PlanFormatException e = fail(HEAD + task(1, "t", "{\"type\": \"in-year\", \"phrase\": \"p\", \"year\": " + big + "}") + TAIL);
      assertEquals("$.tasks[0].deadline.year", e.path(), big);
      assertEquals("an integer from -2147483648 to 2147483647", e.expected(), big);
      assertEquals(Optional.of(big), e.found());
      assertPositioned(e);
    }
    PlanFormatException line = fail(HEAD + "{\"code\": \"1\", \"title\": \"t\", \"deadline\": {\"type\": \"vague\", \"phrase\": \"v\"},"
        + " \"source\": {\"file\": \"f.txt\", \"line\": 4294967296}}" + TAIL);
    assertEquals("$.tasks[0].source.line", line.path());
    assertEquals(Optional.of("4294967296"), line.found());
  }

  /**
   * Found by this test: {@code 1e999999999} is a valid decimal, so a budget figure or rate written so read
   * fine, could not be written back ({@code WRITE_BIGDECIMAL_AS_PLAIN} refuses scales beyond 9999), and
   * would have built a gigabyte of digits in any message that prints it in full. Amounts now have at most
   * 64 digits on either side of the point.
   */
  @Test
  void decimalsWithHugeExponents_areRefusedAtTheValue() {
    String budget = "\"budgetYears\": [{\"fiscalYear\": 2026, \"totalSpend\": TOTAL, \"lawDraftingSpend\": LAW}],";
    String floor = "\"spendingFloors\": [{\"type\": \"spending-floor\", \"rate\": RATE, \"effectiveFrom\": \"2025-07-01\","
        + " \"rising\": true, \"budgetLevel\": \"PROVINCE\", \"basis\": \"b\"}],";
    String base = HEAD.replace(" \"tasks\"", budget + floor + " \"tasks\"") + TAIL;
    assertEquals(0, PlanDocuments.read(base.replace("TOTAL", "1e20").replace("LAW", "5e17").replace("RATE", "0.005"), SOURCE)
        .budgetYears().get(0).totalSpend().compareTo(new java.math.BigDecimal("1e20")));
    record Case(String total, String law, String rate, String path) {}
    for (Case c : new Case[] {
        new Case("1e999999999", "1", "0.005", "$.budgetYears[0].totalSpend"),
        new Case("1", "1e999999999", "0.005", "$.budgetYears[0].lawDraftingSpend"),
        new Case("10", "1e-999999999", "0.005", "$.budgetYears[0].lawDraftingSpend"),
        new Case("10", "1", "1e-999999999", "$.spendingFloors[0].rate")}) {
      long start = System.nanoTime();
      PlanFormatException e = fail(base.replace("TOTAL", c.total()).replace("LAW", c.law()).replace("RATE", c.rate()));
      assertEquals(c.path(), e.path(), e.getMessage());
      assertTrue(e.expected().contains("at most 64 digits before and 64 after the decimal point"), e.getMessage());
      assertTrue(e.getMessage().length() < 400, "the message stays short");
      assertPositioned(e);
      assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused without writing the number out");
    }
  }

  // --- document size

  @Test
  void document200MB_fromAStream_isRefusedAfterTheLimitWithoutReadingTheRest() {
    long size = 200L << 20;
    GeneratedDocument doc = new GeneratedDocument(size);
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.read(doc, "stream-200MB.json"));
    assertEquals("a document of at most 67108864 bytes (64 MiB, PlanDocuments.MAX_DOCUMENT_LENGTH)", e.expected());
    assertEquals(Optional.of("a longer one (reading stopped after 67108865 bytes)"), e.found());
    assertEquals("$", e.path());
    assertPositioned(e);
    assertEquals(PlanDocuments.MAX_DOCUMENT_LENGTH + 1, doc.delivered(), "reading stops one byte past the limit");
    assertTrue(doc.delivered() < size / 3);
    System.out.printf("[limits] 200 MB stream refused after %d bytes (%.0f%% of it): %s%n",
        doc.delivered(), 100.0 * doc.delivered() / size, e.getMessage());
  }

  @Test
  void documentAtTheLimit_fromAStream_isReadToTheEnd() {
    long size = PlanDocuments.MAX_DOCUMENT_LENGTH;
    // a thousand tasks, then spaces up to the limit: the whole document is read, few objects are made
    GeneratedDocument doc = new GeneratedDocument(size, 1_000);
    Plan plan = PlanDocuments.read(doc, "stream-64MiB.json");
    assertEquals(size, doc.delivered());
    assertEquals(1_001, plan.tasks().size());
  }

  /** Found by this test: Jackson does not count the length of a String it parses, so the limit was not applied. */
  @Test
  void documentTooLong_asAString_isRefusedNamingTheSameLimit() {
    // Latin-1 text, so that the string takes one byte a character
    String tasks = GeneratedDocument.TASK.repeat((int) (PlanDocuments.MAX_DOCUMENT_LENGTH / GeneratedDocument.TASK.length()) + 1);
    String json = HEAD + tasks + "{\"code\": \"end\", \"title\": \"x\", \"deadline\": {\"type\": \"vague\", \"phrase\": \"v\"}}" + TAIL;
    PlanFormatException e = fail(json);
    assertEquals("a document of at most 67108864 characters (64 Mi, PlanDocuments.MAX_DOCUMENT_LENGTH)", e.expected());
    assertEquals(Optional.of("a longer one (" + json.length() + " characters)"), e.found());
    assertEquals("$", e.path());
    assertPositioned(e);
  }

  @Test
  void positionPastTheLimit_countsLinesAndCharacters() {
    byte[] bytes = new byte[(int) PlanDocuments.MAX_DOCUMENT_LENGTH + 1];
    java.util.Arrays.fill(bytes, (byte) ' ');
    byte[] line = "\n\"Năm\"".getBytes(StandardCharsets.UTF_8);
    int at = bytes.length - 1 - line.length;
    System.arraycopy(line, 0, bytes, at, line.length);
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.read(new ByteArrayInputStream(bytes), SOURCE));
    assertEquals(2, e.line());
    assertEquals(6, e.column(), "\"Năm\" is six bytes but five characters: the byte past the limit is column 6");
  }

  private static PlanFormatException fail(String json) {
    return assertThrows(PlanFormatException.class, () -> PlanDocuments.read(json, SOURCE));
  }

  private static void assertPositioned(PlanFormatException e) {
    assertTrue(e.line() >= 1 && e.column() >= 1, () -> "position: " + e.getMessage());
    assertTrue(e.path().startsWith("$"), e.path());
    assertTrue(e.getMessage().startsWith(e.source() + ":" + e.line() + ":" + e.column() + ": at "), e.getMessage());
  }

  /**
   * A plan document of exactly {@code size} bytes, made as it is read: a head, tasks, and a tail, never
   * held in memory. Counts the bytes it has delivered.
   */
  static final class GeneratedDocument extends InputStream {
    static final String TASK = "{\"code\": \"T\", \"title\": \"Task\", \"deadline\": {\"type\": \"vague\", \"phrase\": \"v\"}},\n";
    private static final byte[] HEAD_BYTES = HEAD.getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL_BYTES = ("{\"code\": \"end\", \"title\": \"x\", \"deadline\": {\"type\": \"vague\", \"phrase\": \"v\"}}" + TAIL)
        .getBytes(StandardCharsets.UTF_8);
    private final long size;
    private long delivered;
    private long taskNumber;
    private byte[] chunk = HEAD_BYTES;
    private int inChunk;

    private final long maxTasks;

    GeneratedDocument(long size) {
      this(size, Long.MAX_VALUE);
    }

    /** At most {@code maxTasks} tasks (and the last one), spaces between them and the end. */
    GeneratedDocument(long size, long maxTasks) {
      this.size = size;
      this.maxTasks = maxTasks;
    }

    long delivered() {
      return delivered;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (delivered >= size) {
        return -1;
      }
      int n = 0;
      while (n < len && delivered < size) {
        if (inChunk == chunk.length) {
          chunk = nextChunk();
          inChunk = 0;
        }
        int take = (int) Math.min(Math.min(len - n, chunk.length - inChunk), size - delivered);
        System.arraycopy(chunk, inChunk, b, off + n, take);
        inChunk += take;
        n += take;
        delivered += take;
      }
      return n;
    }

    /** Tasks with unique codes while room is left, padding spaces, then the tail so that the total is exactly the size. */
    private byte[] nextChunk() {
      long left = size - delivered;
      byte[] task = TASK.replace("\"T\"", "\"T-" + (++taskNumber) + "\"").getBytes(StandardCharsets.UTF_8);
      if (left > task.length + TAIL_BYTES.length && taskNumber <= maxTasks) {
        return task;
      }
      if (left > TAIL_BYTES.length) {
        byte[] pad = new byte[(int) Math.min(left - TAIL_BYTES.length, 1 << 16)];
        java.util.Arrays.fill(pad, (byte) ' ');
        return pad;
      }
      return TAIL_BYTES;
    }
  }
}
