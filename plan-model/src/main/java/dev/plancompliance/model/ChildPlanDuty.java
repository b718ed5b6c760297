package dev.plancompliance.model;

import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The units a plan orders to issue their own plans, and by when (Huế: within 9/2025; Hà Nội: in July 2025). */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableChildPlanDuty.class)
@JsonDeserialize(as = ImmutableChildPlanDuty.class)
public abstract class ChildPlanDuty {
  /** Agency ids of the units, possibly collective designations. */
  public abstract List<String> units();

  public abstract Deadline deadline();

  public abstract Optional<SourceRef> source();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableChildPlanDuty.Builder {}

  @Value.Check
  void check() {
    Checks.allNonBlank(units(), "ChildPlanDuty", "units");
  }
}
