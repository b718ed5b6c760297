package dev.plancompliance.model;

/** The administrative level that issues a plan. */
public enum PlanLevel {
  CENTRAL(BudgetLevel.NATIONAL, false),
  MINISTRY(BudgetLevel.NATIONAL, false),
  PROVINCE(BudgetLevel.PROVINCE, true),
  CITY(BudgetLevel.PROVINCE, true),
  COMMUNE(BudgetLevel.COMMUNE, true),
  DEPARTMENT(BudgetLevel.PROVINCE, false),
  PUBLIC_UNIT(BudgetLevel.PROVINCE, false);

  private final BudgetLevel budgetLevel;
  private final boolean locality;

  PlanLevel(BudgetLevel budgetLevel, boolean locality) {
    this.budgetLevel = budgetLevel;
    this.locality = locality;
  }

  /** The budget a plan of this level spends from: the level a spending floor must bind to apply. */
  public BudgetLevel budgetLevel() {
    return budgetLevel;
  }

  /** Whether the level has subordinate units that must issue their own plans (province, centrally-run city). */
  public boolean hasSubordinateUnits() {
    return this == PROVINCE || this == CITY;
  }

  /** Whether plans of this level are locality plans (province, centrally-run city, commune). */
  public boolean isLocality() {
    return locality;
  }
}
