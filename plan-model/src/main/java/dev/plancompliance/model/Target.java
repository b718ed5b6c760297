package dev.plancompliance.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target the plan sets (chỉ tiêu: "100% văn bản quy phạm pháp luật được rà soát", "đến năm 2027, 90% cán bộ
 * … được bồi dưỡng"): what is to be reached, not a task. It names no lead and is not judged by the rules on
 * tasks; it keeps its text verbatim, and its figure, unit and year when the text gives them.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract class Target {
  /** The target as printed. */
  public abstract String text();

  /** The figure the text sets (100, 90, 0.5), when it sets one. */
  public abstract Optional<BigDecimal> value();

  /** The unit of {@link #value()} as printed ("%", "văn bản", "lớp"). */
  public abstract Optional<String> unit();

  /** The year by which it is to be reached, when the text says. */
  public abstract Optional<Integer> year();

  /** The group of a directive it serves, when the document places it under one. */
  public abstract Optional<GroupRef> group();

  public abstract Optional<SourceRef> source();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableTarget.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(text(), "Target", "text");
    value().ifPresent(v -> Checks.boundedDigits(v, "Target", "value"));
    unit().ifPresent(u -> Checks.nonBlank(u, "Target", "unit"));
    year().ifPresent(y -> Checks.year(y, "Target", "year"));
  }
}
