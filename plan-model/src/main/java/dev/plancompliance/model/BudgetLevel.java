package dev.plancompliance.model;

/** The level of the state budget a spending requirement binds. */
public enum BudgetLevel {
  NATIONAL,
  PROVINCE,
  COMMUNE
}
