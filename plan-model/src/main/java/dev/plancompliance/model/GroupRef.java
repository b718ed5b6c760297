package dev.plancompliance.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A task group of a directive, by the directive's symbol and the group's number (titles are only aliases). */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableGroupRef.class)
@JsonDeserialize(as = ImmutableGroupRef.class)
public abstract class GroupRef {
  /** Symbol of the directive, e.g. {@code 66-NQ/TW}. */
  public abstract String directive();

  /** Number of the group within the directive, from 1. */
  public abstract int number();

  public static GroupRef of(String directive, int number) {
    return builder().directive(directive).number(number).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableGroupRef.Builder {}

  /** The directive's symbol folded for comparison; computed once. */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  public String directiveKey() {
    return DocumentRef.symbolKey(directive());
  }

  @Override
  public String toString() {
    return directive() + "#" + number();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(directive(), "GroupRef", "directive");
    if (number() < 1) {
      throw new InvalidValueException("GroupRef", "number", "must be at least 1, was " + number());
    }
  }
}
