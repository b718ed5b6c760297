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

  static BigDecimal nonNegative(BigDecimal amount, String type, String field) {
    required(amount, type, field);
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
