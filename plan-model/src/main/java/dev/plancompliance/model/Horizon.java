package dev.plancompliance.model;

import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** How far a directive reaches: its target year (66-NQ/TW: 2030) and an optional vision year (2045). */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableHorizon.class)
@JsonDeserialize(as = ImmutableHorizon.class)
public abstract class Horizon {
  public abstract int targetYear();

  public abstract Optional<Integer> visionYear();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableHorizon.Builder {}

  @Value.Check
  void check() {
    Checks.year(targetYear(), "Horizon", "targetYear");
    visionYear().ifPresent(v -> {
      Checks.year(v, "Horizon", "visionYear");
      if (v < targetYear()) {
        throw new InvalidValueException("Horizon", "visionYear", "must not precede targetYear " + targetYear() + ", was " + v);
      }
    });
  }
}
