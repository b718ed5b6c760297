package dev.plancompliance.model.json;

import dev.plancompliance.model.Text;

import java.util.Optional;

/**
 * A document that cannot become a model value: malformed JSON, an unknown or missing field, a value of the
 * wrong type, a meaningless value. Names the source, the JSON path, the line and column, what was expected
 * and what was found.
 */
public final class PlanFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;
  private final int line;
  private final int column;
  private final String expected;
  private final String found;

  PlanFormatException(String source, String path, int line, int column, String expected, String found, Throwable cause) {
    super(format(source, path, line, column, expected, found), cause);
    this.source = source;
    this.path = path;
    this.line = line;
    this.column = column;
    this.expected = expected;
    this.found = found;
  }

  private static String format(String source, String path, int line, int column, String expected, String found) {
    // what a document put in the message (its file name, field names, values) is escaped and cut
    StringBuilder sb = new StringBuilder(Text.excerpt(source, 2 * Text.MESSAGE_EXCERPT));
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": at ").append(Text.excerpt(path, 2 * Text.MESSAGE_EXCERPT)).append(": expected ").append(Text.excerpt(expected, 4 * Text.MESSAGE_EXCERPT));
    if (found != null) {
      sb.append(", found ").append(Text.excerpt(found, 2 * Text.MESSAGE_EXCERPT));
    }
    return sb.toString();
  }

  /** The file name or other name of the document, as the caller gave it. */
  public String source() {
    return source;
  }

  /** JSON path of the offending value, e.g. {@code $.tasks[3].leads}. */
  public String path() {
    return path;
  }

  /** Line of the offending token, from 1; 0 when unknown. */
  public int line() {
    return line;
  }

  /** Column of the offending token, from 1; 0 when unknown. */
  public int column() {
    return column;
  }

  public String expected() {
    return expected;
  }

  /** What the document has instead, if anything. */
  public Optional<String> found() {
    return Optional.ofNullable(found);
  }
}
