package dev.plancompliance.model;

/** Kinds of legal and administrative documents that plans cite or are (GLOSSARY §1). */
public enum DocumentKind {
  RESOLUTION,
  PLAN,
  ACTION_PROGRAMME,
  DIRECTIVE,
  DECISION,
  PARTY_REGULATION,
  DECREE,
  LAW,
  OFFICIAL_LETTER,
  SUBMISSION,
  REPORT,
  SCHEME,
  NOTICE
}
