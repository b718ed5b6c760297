package dev.plancompliance.model;

import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A body that leads, coordinates, implements, monitors or receives reports: named ("Sở Tư pháp") or a collective designation ("UBND các xã, phường"). */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableAgency.class)
@JsonDeserialize(as = ImmutableAgency.class)
public abstract class Agency {
  /** Stable ASCII id within the plan's registry, e.g. {@code so-tu-phap}. */
  public abstract String id();

  /** Vietnamese name as printed. */
  public abstract String nameVi();

  public abstract Optional<String> nameEn();

  public abstract AgencyKind kind();

  /** True for a designation of many bodies rather than one identifiable body. */
  @Value.Default
  public boolean collective() {
    return false;
  }

  /** Whether {@code name} names this agency, with case, spacing and tone placement folded. */
  public boolean isNamed(String name) {
    return Text.sameName(nameVi(), name);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableAgency.Builder {}

  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+([-/][a-z0-9]+)*");

  @Value.Check
  void check() {
    Checks.nonBlank(nameVi(), "Agency", "nameVi");
    if (!ID.matcher(id()).matches()) {
      throw new InvalidValueException("Agency", "id", "must be lower-case ASCII words joined by - or /, was \"" + id() + "\"");
    }
  }
}
