package dev.plancompliance.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What plans implement: a Politburo resolution (66-NQ/TW), a government resolution, a provincial directive
 * (06-CT/TU). Its ordered task groups, its requirements (e.g. a spending floor), its horizon and milestones.
 * Directives are data: the standard ones ship as JSON resources (see {@link Directives}).
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableDirective.class)
@JsonDeserialize(as = ImmutableDirective.class)
public abstract class Directive {
  public abstract DocumentRef ref();

  /** Task groups, numbered 1..n in order. */
  public abstract List<TaskGroupDefinition> groups();

  public abstract List<Requirement> requirements();

  public abstract Optional<Horizon> horizon();

  public abstract List<Milestone> milestones();

  public String symbol() {
    return ref().symbol();
  }

  /** The group numbered {@code number}, if the directive has it. */
  public Optional<TaskGroupDefinition> group(int number) {
    for (TaskGroupDefinition g : groups()) {
      if (g.number() == number) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code ref} names one of this directive's groups. */
  public boolean hasGroup(GroupRef ref) {
    return ref().hasSymbol(ref.directive()) && group(ref.number()).isPresent();
  }

  /** The spending floors among the requirements. */
  public List<SpendingFloor> spendingFloors() {
    return requirements().stream()
        .filter(SpendingFloor.class::isInstance)
        .map(SpendingFloor.class::cast)
        .toList();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableDirective.Builder {}

  @Value.Check
  void check() {
    for (int i = 0; i < groups().size(); i++) {
      if (groups().get(i).number() != i + 1) {
        throw new InvalidValueException("Directive", "groups",
            "must be numbered 1.." + groups().size() + " in order; entry " + i + " has number " + groups().get(i).number());
      }
    }
  }
}
