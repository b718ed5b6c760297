package dev.plancompliance.model;

/**
 * A time phrase that {@link DeadlineParser} cannot read. Names the phrase, the 0-based character offset in
 * the phrase as it was given, the text found there and what the parser expected, so that a report can
 * point at the exact spot ("Năm 2029 đến 2028": position 13, found "2028", expected a year not before 2029).
 */
public final class DeadlineFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String phrase;
  private final int position;
  private final String found;
  private final String expected;

  DeadlineFormatException(String phrase, int position, String found, String expected) {
    super(
        "Cannot read the time phrase \""
            + Text.excerpt(phrase, Text.MESSAGE_EXCERPT)
            + "\": at position "
            + position
            + (found.isEmpty() ? " (end of phrase)" : " found \"" + Text.excerpt(found, Text.MESSAGE_EXCERPT) + "\"")
            + ", expected "
            + expected);
    this.phrase = phrase;
    this.position = position;
    this.found = found;
    this.expected = expected;
  }

  /** The phrase as it was given to the parser. */
  public String phrase() {
    return phrase;
  }

  /** 0-based character offset in {@link #phrase()} where reading failed. */
  public int position() {
    return position;
  }

  /** The text found at {@link #position()}; empty at the end of the phrase. */
  public String found() {
    return found;
  }

  /** What the parser expected at {@link #position()}. */
  public String expected() {
    return expected;
  }
}
