package dev.plancompliance.model.text;

import java.util.ArrayList;
import java.util.List;

/** The judgement calls of one import; listed in document order (by line, then in the order taken). */
final class Decisions {
  private final List<ImportDecision> taken = new ArrayList<>();

  void add(int line, String subject, String taken, String why, String... options) {
    add(new ImportDecision(Math.max(1, line), subject, List.of(options), taken, why));
  }

  void add(ImportDecision decision) {
    taken.add(decision);
  }

  List<ImportDecision> all() {
    List<ImportDecision> sorted = new ArrayList<>(taken);
    sorted.sort(java.util.Comparator.comparingInt(ImportDecision::line)); // stable: one line's calls keep their order
    return List.copyOf(sorted);
  }
}
