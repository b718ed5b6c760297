package dev.plancompliance.model;

/**
 * A value that would be meaningless (a blank code, a negative amount, a year range that ends before it
 * starts). Names the field so that a reader can point at it. Business-rule violations are never reported
 * this way: they are findings of a validation report.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String reason;

  InvalidValueException(String type, String field, String reason) {
    super(type + "." + Text.excerpt(field, Text.MESSAGE_EXCERPT) + " " + Text.excerpt(reason, 4 * Text.MESSAGE_EXCERPT));
    this.field = field;
    this.reason = reason;
  }

  /** The field (JSON property) whose value is meaningless. */
  public String field() {
    return field;
  }

  /** Why the value is meaningless, without the type and field, e.g. {@code "must not be blank"}. */
  public String reason() {
    return reason;
  }

  /** Whether the field was simply absent (or null). */
  public boolean isMissing() {
    return REQUIRED.equals(reason);
  }

  static final String REQUIRED = "is required";
}
