package dev.plancompliance.model;

/** Where a task stands in a progress report. */
public enum ProgressStatus {
  NOT_STARTED,
  IN_PROGRESS,
  /** Completed, on the entry's date. */
  DONE
}
