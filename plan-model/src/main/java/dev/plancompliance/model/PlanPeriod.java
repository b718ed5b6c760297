package dev.plancompliance.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The period a plan says it covers ("giai đoạn 2026–2030", "năm 2025", "giai đoạn 2026–2030 và những năm tiếp
 * theo"): the phrase verbatim, its first day and — unless it runs on — its last day, both inclusive.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutablePlanPeriod.class)
@JsonDeserialize(as = ImmutablePlanPeriod.class)
public abstract class PlanPeriod {
  /** The period as printed ("giai đoạn 2026–2030"). */
  public abstract String phrase();

  /** The first day of the period. */
  public abstract LocalDate start();

  /** The last day of the period; empty when it runs on ("… và những năm tiếp theo"). */
  public abstract Optional<LocalDate> end();

  public abstract Optional<SourceRef> source();

  /** Whether {@code window} lies wholly before the period starts or wholly after it ends. */
  public boolean excludes(Window window) {
    if (window.end().isBefore(start())) {
      return true;
    }
    LocalDate first = window.start().orElse(window.end());
    return end().filter(first::isAfter).isPresent();
  }

  /** The period of whole years {@code from}–{@code to}, as "giai đoạn 2026–2030" reads. */
  public static PlanPeriod ofYears(String phrase, int from, int to) {
    return builder().phrase(phrase).start(LocalDate.of(from, 1, 1)).end(LocalDate.of(to, 12, 31)).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutablePlanPeriod.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(phrase(), "PlanPeriod", "phrase");
    end().ifPresent(e -> {
      if (e.isBefore(start())) {
        throw new InvalidValueException("PlanPeriod", "end", "must not precede start " + start() + ", was " + e);
      }
    });
  }
}
