package dev.plancompliance.model;

/**
 * A value that would be meaningless (a blank code, a negative amount, a year range that ends before it
 * starts). Names the field so that a reader can point at it. Business-rule violations are never reported
 * this way: they are findings of a validation report.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;

  InvalidValueException(String type, String field, String reason) {
    super(type + "." + field + " " + reason);
    this.field = field;
  }

  /** The field (JSON property) whose value is meaningless. */
  public String field() {
    return field;
  }
}
