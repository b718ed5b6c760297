package dev.plancompliance.rules;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a report's rule-set manifest: which DRL file, which version, its SHA-256, and the rule ids
 * it defines — enough to tell later exactly which rules produced a report.
 */
public record RuleSetDigest(String name, String version, String sha256, List<String> ruleIds) {
  public RuleSetDigest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(sha256, "sha256");
    ruleIds = List.copyOf(ruleIds);
  }
}
