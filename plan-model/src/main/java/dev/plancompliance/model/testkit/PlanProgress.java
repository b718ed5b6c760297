package dev.plancompliance.model.testkit;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.ProgressReport;
import java.util.Objects;

/**
 * A plan and a progress report on it ({@link PlanArbitraries#withProgress}): validate the plan with the
 * report, as of the report's date or near it.
 */
public record PlanProgress(Plan plan, ProgressReport progress) {
  public PlanProgress {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(progress, "progress");
  }

  /** The plan's issue date and the time frames of its tasks and reporting duties, then the report: what DL-003 reads. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("plan ").append(plan.ref().symbol()).append(" issued ")
        .append(plan.ref().issuedOn().map(Object::toString).orElse("?")).append(':');
    plan.tasks().forEach(t -> sb.append("\n      ").append(t.code()).append(": ").append(t.deadline()));
    for (int i = 0; i < plan.reportingDuties().size(); i++) {
      sb.append("\n      reportingDuties[").append(i).append("]: ").append(plan.reportingDuties().get(i).deadline());
    }
    return sb.append("\n    with ").append(progress).toString();
  }
}
