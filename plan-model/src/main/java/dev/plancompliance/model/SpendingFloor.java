package dev.plancompliance.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Law-drafting spend must be at least {@code rate} of total annual spend of the budget at
 * {@code budgetLevel}, from {@code effectiveFrom}, and rise year over year when {@code rising}. A dated
 * parameter: as of a date before {@code effectiveFrom} it does not bind.
 *
 * @param rate share of total annual spend, e.g. 0.005 for 0.5 %; exact
 * @param effectiveFrom first day the floor binds
 * @param rising whether the share must rise year over year ("tăng dần")
 * @param budgetLevel the budget it binds
 * @param basis legal basis as cited
 * @param source where the floor is stated, or {@code null}
 */
public record SpendingFloor(
    BigDecimal rate,
    LocalDate effectiveFrom,
    Boolean rising,
    BudgetLevel budgetLevel,
    String basis,
    SourceRef source)
    implements Requirement {

  public SpendingFloor {
    Checks.boundedDigits(rate, "SpendingFloor", "rate");
    if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException("SpendingFloor", "rate", "must be a share in (0, 1], was " + rate.toPlainString());
    }
    Checks.required(effectiveFrom, "SpendingFloor", "effectiveFrom");
    Checks.required(rising, "SpendingFloor", "rising");
    Checks.required(budgetLevel, "SpendingFloor", "budgetLevel");
    Checks.nonBlank(basis, "SpendingFloor", "basis");
  }

  /** Whether the floor binds on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom);
  }

  /** Whether {@code lawDraftingSpend >= rate × totalSpend}, exactly. */
  public boolean isMetBy(BudgetYear year) {
    return year.lawDraftingSpend().compareTo(minimumFor(year)) >= 0;
  }

  /** Whether the floor binds fiscal year {@code year}: it takes effect on or before the year's last day. */
  public boolean bindsFiscalYear(int year) {
    return !effectiveFrom.isAfter(LocalDate.of(year, 12, 31));
  }

  /** The rate in per cent for display ("0.5"). */
  public String ratePercent() {
    return rate.movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /** The least law-drafting spend that meets the floor for that year's total. */
  public BigDecimal minimumFor(BudgetYear year) {
    return year.totalSpend().multiply(rate).stripTrailingZeros();
  }
}
