package dev.plancompliance.model.text;

import dev.plancompliance.model.Plan;
import java.util.List;
import java.util.Objects;

/**
 * What an import gives: the draft plan, every judgement call taken to build it, and the lines that look like
 * content but went nowhere. The draft is a reading, not the document: validate it knowing that the
 * {@link #decisions()} were taken by default, and check them.
 */
public final class PlanImport {
  private final String source;
  private final Plan draft;
  private final List<ImportDecision> decisions;
  private final List<UnplacedLine> unplaced;

  PlanImport(String source, Plan draft, List<ImportDecision> decisions, List<UnplacedLine> unplaced) {
    this.source = Objects.requireNonNull(source, "source");
    this.draft = Objects.requireNonNull(draft, "draft");
    this.decisions = List.copyOf(decisions);
    this.unplaced = List.copyOf(unplaced);
  }

  /** The document's name as the caller gave it. */
  public String source() {
    return source;
  }

  /** The draft plan: every task, agency and time phrase with its verbatim text and its lines in the document. */
  public Plan draft() {
    return draft;
  }

  /** The judgement calls taken, in document order (a line's calls in the order taken). */
  public List<ImportDecision> decisions() {
    return decisions;
  }

  /** The lines that look like content but that the draft does not hold, in document order. */
  public List<UnplacedLine> unplaced() {
    return unplaced;
  }

  @Override
  public String toString() {
    return source + ": " + draft.tasks().size() + " tasks, " + decisions.size() + " decisions, " + unplaced.size() + " lines not placed";
  }
}
