package dev.plancompliance.model.text;

import java.util.ArrayList;
import java.util.List;

/** The judgement calls of one import, in the order taken. */
final class Decisions {
  private final List<ImportDecision> taken = new ArrayList<>();

  void add(int line, String subject, String taken, String why, String... options) {
    this.taken.add(new ImportDecision(Math.max(1, line), subject, List.of(options), taken, why));
  }

  List<ImportDecision> all() {
    return List.copyOf(taken);
  }
}
