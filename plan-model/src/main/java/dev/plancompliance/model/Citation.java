package dev.plancompliance.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How a plan reaches a document: the chain of citations from a document the plan cites to the
 * {@link #target()}. A chain of one is a direct citation; a longer one goes through what each cited
 * document implements ("294-KH/TU → 66-NQ/TW").
 *
 * @param path the documents from the one the plan cites to the target; never empty
 */
public record Citation(List<DocumentRef> path) {
  public Citation {
    path = List.copyOf(path);
    if (path.isEmpty()) {
      throw new InvalidValueException("Citation", "path", "must name at least the cited document");
    }
  }

  /** A direct citation of {@code ref}. */
  public static Citation of(DocumentRef ref) {
    return new Citation(List.of(Objects.requireNonNull(ref, "ref")));
  }

  /** This chain extended by what its target implements. */
  Citation then(DocumentRef next) {
    List<DocumentRef> longer = new ArrayList<>(path);
    longer.add(next);
    return new Citation(longer);
  }

  /** The document reached. */
  public DocumentRef target() {
    return path.get(path.size() - 1);
  }

  /** Whether the plan cites the target itself. */
  public boolean isDirect() {
    return path.size() == 1;
  }

  /** The documents the chain goes through before its target, nearest first; empty for a direct citation. */
  public List<DocumentRef> via() {
    return path.subList(0, path.size() - 1);
  }

  /** The chain as printed: symbols joined by arrows ("294-KH/TU → 66-NQ/TW"). */
  @Override
  public String toString() {
    return path.stream().map(DocumentRef::symbol).collect(Collectors.joining(" → "));
  }
}
