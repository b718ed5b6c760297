package dev.plancompliance.model;

import java.math.BigDecimal;
import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Spending of one fiscal year, in VND, compared exactly (never floating point). */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableBudgetYear.class)
@JsonDeserialize(as = ImmutableBudgetYear.class)
public abstract class BudgetYear {
  public abstract int fiscalYear();

  /** Total annual budget spend (tổng chi ngân sách). */
  public abstract BigDecimal totalSpend();

  /** Spend on law drafting (chi cho công tác xây dựng pháp luật). */
  public abstract BigDecimal lawDraftingSpend();

  /** Where the figures come from, or that they are illustrative. */
  public abstract Optional<String> note();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableBudgetYear.Builder {}

  @Value.Check
  void check() {
    Checks.year(fiscalYear(), "BudgetYear", "fiscalYear");
    Checks.nonNegative(totalSpend(), "BudgetYear", "totalSpend");
    Checks.nonNegative(lawDraftingSpend(), "BudgetYear", "lawDraftingSpend");
    if (lawDraftingSpend().compareTo(totalSpend()) > 0) {
      throw new InvalidValueException("BudgetYear", "lawDraftingSpend",
          "must not exceed totalSpend " + totalSpend().toPlainString() + ", was " + lawDraftingSpend().toPlainString());
    }
  }
}
