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

  /**
   * Law-drafting spend as a share of total spend, for display: truncated (never rounded up) to twelve
   * decimals, so a share one VND under a floor never shows as meeting it; zero when total is zero.
   * Comparisons use the exact amounts, not this value.
   */
  public BigDecimal lawDraftingShare() {
    return totalSpend().signum() == 0
        ? BigDecimal.ZERO
        : lawDraftingSpend().divide(totalSpend(), 12, java.math.RoundingMode.DOWN);
  }

  /** The share in per cent for display ("0.45"), from {@link #lawDraftingShare()}. */
  public String lawDraftingPercent() {
    return lawDraftingShare().movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /**
   * Whether this year's share is strictly larger than {@code previous}'s, compared exactly. A year with no
   * total spend has share 0, as {@link #lawDraftingShare()} shows it: any spend after such a year is a rise.
   */
  public boolean shareRisesFrom(BudgetYear previous) {
    if (totalSpend().signum() == 0) {
      return false;
    }
    if (previous.totalSpend().signum() == 0) {
      return lawDraftingSpend().signum() > 0;
    }
    // law / total > prevLaw / prevTotal  <=>  law * prevTotal > prevLaw * total (both totals positive)
    return lawDraftingSpend().multiply(previous.totalSpend()).compareTo(previous.lawDraftingSpend().multiply(totalSpend())) > 0;
  }

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
