package dev.plancompliance.model;

import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A periodic reporting duty: who reports to whom, how often and by which cut-off (in its recurring deadline). */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableReportingDuty.class)
@JsonDeserialize(as = ImmutableReportingDuty.class)
public abstract class ReportingDuty {
  /** Agency ids of the reporting units (may be collective). */
  public abstract List<String> from();

  /** Agency id of the body that receives the reports. */
  public abstract String to();

  /** Frequency and cut-offs, usually a {@link Deadline.Recurring}. */
  public abstract Deadline deadline();

  public abstract Optional<SourceRef> source();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableReportingDuty.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(to(), "ReportingDuty", "to");
    Checks.allNonBlank(from(), "ReportingDuty", "from");
  }
}
