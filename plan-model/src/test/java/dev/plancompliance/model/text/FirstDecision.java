package dev.plancompliance.model.text;

import java.util.Optional;

/** The importer's first decision on a subject ("issuer", "task I.1", "scope"), as the importer tests read it. */
final class FirstDecision {
  private FirstDecision() {}

  static Optional<ImportDecision> on(PlanImport imported, String subject) {
    return imported.decisions().stream().filter(d -> d.subject().equals(subject)).findFirst();
  }

  /** "what was taken: why", or "(none)" when the importer decided nothing on {@code subject}. */
  static String takenAndWhy(PlanImport imported, String subject) {
    return on(imported, subject).map(d -> d.taken() + ": " + d.why()).orElse("(none)");
  }
}
