package dev.plancompliance.rules;

import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.SourceRef;
import java.util.Objects;
import java.util.Optional;

/**
 * One violation of one rule: which rule, how serious, where in the plan ({@code tasks[II.1.a].leads}),
 * where in the source document when known, why (in Vietnamese and English), on what basis (a norm or the
 * practice of plans: {@link BasisKind}), what was
 * found and what was expected, and a fingerprint that stays the same across reports of the same plan so
 * two reports can be compared. A cross-plan finding (of a plan set) also names the other plan it concerns:
 * the report's plan is the parent, {@code relatedPlan} the child plan (absent when the finding is about a
 * plan that is missing from the set).
 */
public record Finding(
    String ruleId,
    Severity severity,
    String path,
    Optional<String> taskCode,
    Optional<SourceRef> source,
    String messageVi,
    String messageEn,
    String basis,
    Optional<String> actual,
    Optional<String> expected,
    String fingerprint,
    Optional<DocumentRef> relatedPlan,
    BasisKind basisKind) {

  /** A finding about one plan. */
  public Finding(String ruleId, Severity severity, String path, Optional<String> taskCode, Optional<SourceRef> source, String messageVi,
      String messageEn, String basis, BasisKind basisKind, Optional<String> actual, Optional<String> expected, String fingerprint) {
    this(ruleId, severity, path, taskCode, source, messageVi, messageEn, basis, actual, expected, fingerprint, Optional.empty(), basisKind);
  }

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(taskCode, "taskCode");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(messageVi, "messageVi");
    Objects.requireNonNull(messageEn, "messageEn");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(relatedPlan, "relatedPlan");
    Objects.requireNonNull(basisKind, "basisKind");
  }

  public String message(Language language) {
    return language == Language.VI ? messageVi : messageEn;
  }
}
