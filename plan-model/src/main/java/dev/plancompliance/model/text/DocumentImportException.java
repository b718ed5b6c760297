package dev.plancompliance.model.text;

/**
 * A document the importer cannot read at all: empty, binary, too long, or written in a legacy Vietnamese
 * font encoding (TCVN3, VNI) that only looks like text. The message names the source and, where it helps,
 * the line; nothing is guessed. A document that reads but is not a plan is not an error: its draft says
 * what kind of document it is.
 */
public final class DocumentImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  DocumentImportException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The document's name as the caller gave it. */
  public String source() {
    return source;
  }

  /** The line the problem is on, from 1; 0 when it is the whole document. */
  public int line() {
    return line;
  }
}
