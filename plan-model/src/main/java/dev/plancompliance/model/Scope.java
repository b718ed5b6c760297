package dev.plancompliance.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a plan implements all of its directives (FULL) or declares a subset of groups (PARTIAL, e.g. a
 * capacity-building sub-plan), with the reason.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableScope.class)
@JsonDeserialize(as = ImmutableScope.class)
public abstract class Scope {
  public enum Kind {
    FULL,
    PARTIAL
  }

  public abstract Kind kind();

  /** The groups a PARTIAL plan declares it covers; empty for FULL. */
  public abstract List<GroupRef> groups();

  public abstract Optional<String> reason();

  @JsonIgnore
  public boolean isFull() {
    return kind() == Kind.FULL;
  }

  public static Scope full() {
    return builder().kind(Kind.FULL).build();
  }

  public static Scope partial(List<GroupRef> groups, String reason) {
    return builder().kind(Kind.PARTIAL).groups(groups).reason(reason).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableScope.Builder {}

  @Value.Check
  void check() {
    if (kind() == Kind.FULL && !groups().isEmpty()) {
      throw new InvalidValueException("Scope", "groups", "must be empty when kind is FULL (a full plan covers every group)");
    }
    Checks.unique(groups(), g -> g, "Scope", "groups");
  }
}
