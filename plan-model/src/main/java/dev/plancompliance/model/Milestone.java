package dev.plancompliance.model;


import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A dated target of a directive ("Đến năm 2027 …"). */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(as = ImmutableMilestone.class)
public abstract class Milestone {
  public abstract int year();

  public abstract String descriptionVi();

  public abstract String descriptionEn();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableMilestone.Builder {}

  @Value.Check
  void check() {
    Checks.year(year(), "Milestone", "year");
    Checks.nonBlank(descriptionVi(), "Milestone", "descriptionVi");
    Checks.nonBlank(descriptionEn(), "Milestone", "descriptionEn");
  }
}
