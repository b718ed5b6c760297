package dev.plancompliance.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Construction-time invariants shared by the model's values. */
final class Checks {
  private Checks() {}

  static <T> T required(T value, String type, String field) {
    if (value == null) {
      throw new InvalidValueException(type, field, InvalidValueException.REQUIRED);
    }
    return value;
  }

  static String nonBlank(String value, String type, String field) {
    required(value, type, field);
    if (value.isBlank()) {
      throw new InvalidValueException(type, field, "must not be blank");
    }
    return value;
  }

  static void allNonBlank(Collection<String> values, String type, String field) {
    for (String v : values) {
      if (v.isBlank()) {
        throw new InvalidValueException(type, field, "must not contain a blank entry");
      }
    }
  }

  static int year(int year, String type, String field) {
    if (year < 1900 || year > 2200) {
      throw new InvalidValueException(type, field, "must be a year between 1900 and 2200, was " + year);
    }
    return year;
  }

  /** Digits an exact amount may have before, and after, its decimal point. */
  static final int MAX_DIGITS = 64;

  /**
   * An amount that can be written out in full: a number such as {@code 1e999999999} is a valid decimal, but
   * its plain text (in a document or a message) would take a gigabyte. Its message uses the short form.
   */
  static BigDecimal boundedDigits(BigDecimal amount, String type, String field) {
    required(amount, type, field);
    long before = (long) amount.precision() - amount.scale();
    long after = amount.scale();
    if (before > MAX_DIGITS || after > MAX_DIGITS) {
      throw new InvalidValueException(type, field, "must have at most " + MAX_DIGITS + " digits before and "
          + MAX_DIGITS + " after the decimal point, was " + amount);
    }
    return amount;
  }

  static BigDecimal nonNegative(BigDecimal amount, String type, String field) {
    boundedDigits(amount, type, field);
    if (amount.signum() < 0) {
      throw new InvalidValueException(type, field, "must not be negative, was " + amount.toPlainString());
    }
    return amount;
  }

  static <T, K> void unique(Collection<T> items, Function<T, K> key, String type, String field) {
    Set<K> seen = new HashSet<>();
    for (T item : items) {
      K k = key.apply(item);
      if (!seen.add(k)) {
        throw new InvalidValueException(type, field, "has a duplicate entry " + k);
      }
    }
  }
}
