package dev.plancompliance.rules;

/** How much a finding matters (RULES.md): ERROR breaks a binding requirement; WARNING is a weakness to fix; INFO is worth knowing. */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
