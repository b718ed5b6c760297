package dev.plancompliance.model;

import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Where a piece of a plan starts (and ends) in its source document, for findings that point at the original text. */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableSourceRef.class)
@JsonDeserialize(as = ImmutableSourceRef.class)
public abstract class SourceRef {
  /** The source document, e.g. the seed file name. */
  public abstract String file();

  /** First line, from 1. */
  public abstract int line();

  public abstract Optional<Integer> lastLine();

  public static SourceRef of(String file, int line) {
    return builder().file(file).line(line).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableSourceRef.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(file(), "SourceRef", "file");
    if (line() < 1) {
      throw new InvalidValueException("SourceRef", "line", "must be at least 1, was " + line());
    }
    if (lastLine().isPresent() && lastLine().get() < line()) {
      throw new InvalidValueException("SourceRef", "lastLine", "must not precede line " + line() + ", was " + lastLine().get());
    }
  }
}
