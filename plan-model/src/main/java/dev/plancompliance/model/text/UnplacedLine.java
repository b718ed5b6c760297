package dev.plancompliance.model.text;

import java.util.Objects;

/**
 * A line that looks like content but that the importer placed nowhere in the draft plan (not a task, duty,
 * target, request or header field), verbatim.
 *
 * @param line its number in the document, from 1
 * @param text the line as printed (NFC)
 */
public record UnplacedLine(int line, String text) {
  public UnplacedLine {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return "line " + line + ": " + text;
  }
}
