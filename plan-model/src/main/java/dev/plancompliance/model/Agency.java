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
    return nameKey().equals(Text.key(name));
  }

  /** The Vietnamese name folded for comparison ({@link Text#key}); computed once. */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  public String nameKey() {
    return Text.key(nameVi());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableAgency.Builder {}

  /**
   * Whether {@code id} is lower-case ASCII words joined by - or / ({@code [a-z0-9]+([-/][a-z0-9]+)*}),
   * checked in one pass: a regular expression's repeated group recurses once per word and overflows the
   * stack on a few thousand words.
   */
  static boolean isId(String id) {
    boolean afterWord = false;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterWord = true;
      } else if ((c == '-' || c == '/') && afterWord) {
        afterWord = false;
      } else {
        return false;
      }
    }
    return afterWord;
  }

  @Value.Check
  void check() {
    Checks.nonBlank(nameVi(), "Agency", "nameVi");
    if (!isId(id())) {
      throw new InvalidValueException("Agency", "id", "must be lower-case ASCII words joined by - or /, was \"" + Text.excerpt(id(), Text.MESSAGE_EXCERPT) + "\"");
    }
  }
}
