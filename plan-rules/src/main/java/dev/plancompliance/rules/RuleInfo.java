package dev.plancompliance.rules;

import java.util.Objects;

/**
 * A rule of a validator's catalogue, from its DRL metadata ({@code @id}, {@code @severity}, {@code @basis}, {@code @basisKind})
 * and the message catalogue (title in both languages).
 *
 * @param ruleSet the rule set (DRL file name) that defines it
 */
public record RuleInfo(String id, Severity severity, String titleVi, String titleEn, String basis, BasisKind basisKind, String ruleSet) {
  public RuleInfo {
    Objects.requireNonNull(basisKind, "basisKind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(titleVi, "titleVi");
    Objects.requireNonNull(titleEn, "titleEn");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(ruleSet, "ruleSet");
  }

  public String title(Language language) {
    return language == Language.VI ? titleVi : titleEn;
  }
}
