package dev.plancompliance.rules;

/** Languages of the message catalogue. */
public enum Language {
  VI,
  EN
}
