package dev.plancompliance.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Bodies a task names under a role label as printed ("Đơn vị chủ trì thực hiện: Sở Tư pháp"): the label
 * verbatim, the agency ids in the order printed, and where. The role is read from the label by
 * {@link RoleLabels}, never chosen by the encoder.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableAssignment.class)
@JsonDeserialize(as = ImmutableAssignment.class)
public abstract class Assignment {
  /** The label as printed, without the agencies ("Đơn vị thực hiện"). */
  public abstract String label();

  /** Agency ids of the bodies named under the label, in the order printed. */
  public abstract List<String> agencies();

  public abstract Optional<SourceRef> source();

  /** The role the label names ({@link RoleLabels#read}); empty when the table reads none. */
  @JsonIgnore
  @Value.Lazy
  public Optional<Role> role() {
    return RoleLabels.read(label());
  }

  /** Whether the label reads as {@code role}. */
  public boolean readsAs(Role role) {
    return role().filter(role::equals).isPresent();
  }

  public static Assignment of(String label, String... agencies) {
    return builder().label(label).addAgencies(agencies).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableAssignment.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(label(), "Assignment", "label");
    Checks.allNonBlank(agencies(), "Assignment", "agencies");
    if (agencies().isEmpty()) {
      throw new InvalidValueException("Assignment", "agencies", "must name at least one body under the label \"" + label() + "\"");
    }
  }
}
