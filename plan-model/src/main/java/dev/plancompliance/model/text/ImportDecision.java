package dev.plancompliance.model.text;

import java.util.List;
import java.util.Objects;

/**
 * A judgement call the importer took where the document allowed more than one reading: where (the line of
 * the document, from 1), about what, the options, the one taken and why. A person reviewing the draft plan
 * checks these first.
 *
 * @param line the document line the call is about, from 1
 * @param subject what was decided, in the document's words ("\"Đơn vị thực hiện\"", "task II.3", "scope")
 * @param options the readings that were open, the taken one among them
 * @param taken the reading the draft holds
 * @param why the words or facts that decided
 */
public record ImportDecision(int line, String subject, List<String> options, String taken, String why) {
  public ImportDecision {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(taken, "taken");
    Objects.requireNonNull(why, "why");
    options = List.copyOf(options);
  }

  /** One line for a person: {@code line 36: "Đơn vị thực hiện" read as implementer (lead | implementer): why}. */
  @Override
  public String toString() {
    String open = options.isEmpty() ? "" : " (" + String.join(" | ", options) + ")";
    return "line " + line + ": " + subject + " → " + taken + open + ": " + why;
  }
}
