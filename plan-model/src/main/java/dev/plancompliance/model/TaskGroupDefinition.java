package dev.plancompliance.model;

import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One task group of a directive: its number, its titles, and the other wordings plans use for it. */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableTaskGroupDefinition.class)
@JsonDeserialize(as = ImmutableTaskGroupDefinition.class)
public abstract class TaskGroupDefinition {
  public abstract int number();

  public abstract String titleVi();

  public abstract String titleEn();

  /** Other Vietnamese wordings of the title found in plans. */
  public abstract List<String> aliasesVi();

  /** A few words that name the group in a finding ("nguồn nhân lực pháp luật"); the full title is for the catalogue. */
  public abstract Optional<String> shortTitleVi();

  /** {@link #shortTitleVi()} in English ("legal human resources"). */
  public abstract Optional<String> shortTitleEn();

  /** Whether {@code title} is this group's title or one of its aliases, folded for comparison. */
  public boolean matchesTitle(String title) {
    return Text.sameName(titleVi(), title) || aliasesVi().stream().anyMatch(a -> Text.sameName(a, title));
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableTaskGroupDefinition.Builder {}

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new InvalidValueException("TaskGroupDefinition", "number", "must be at least 1, was " + number());
    }
    Checks.nonBlank(titleVi(), "TaskGroupDefinition", "titleVi");
    Checks.nonBlank(titleEn(), "TaskGroupDefinition", "titleEn");
  }
}
