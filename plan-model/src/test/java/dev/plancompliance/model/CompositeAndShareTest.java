package dev.plancompliance.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two readings the rules rely on, fixed after the differential oracle of plan-rules disagreed with them. */
class CompositeAndShareTest {
  private static final Deadline VAGUE = new Deadline.Vague("trong thời gian tới");
  private static final Deadline APPENDIX = new Deadline.External("tại Phụ lục kèm theo Kế hoạch này", Deadline.Source.APPENDIX, null);
  private static final Deadline CONTINUOUS = new Deadline.Continuous("Thường xuyên");

  private static Deadline composite(Deadline... parts) {
    return new Deadline.Composite("…", List.of(parts));
  }

  @Test
  void composite_statesATimeFrameOnlyWhenAPartDoes() {
    assertFalse(composite(VAGUE, new Deadline.Vague("thời gian tới")).statesTimeFrame());
    assertTrue(composite(VAGUE, CONTINUOUS).statesTimeFrame());
  }

  @Test
  void composite_refersToTheMissingAppendixOnlyWhenNoOtherPartStatesATime() {
    assertTrue(composite(APPENDIX, VAGUE).refersToMissingAppendix());
    assertFalse(composite(CONTINUOUS, APPENDIX).refersToMissingAppendix());
    assertFalse(composite(CONTINUOUS, VAGUE).refersToMissingAppendix());
  }

  private static BudgetYear year(int fiscalYear, long total, long law) {
    return BudgetYear.builder().fiscalYear(fiscalYear).totalSpend(BigDecimal.valueOf(total)).lawDraftingSpend(BigDecimal.valueOf(law)).build();
  }

  @Test
  void share_risesFromAYearWithNoTotalSpendWhenAnythingIsSpent() {
    assertTrue(year(2026, 1_000, 6).shareRisesFrom(year(2025, 0, 0)));
    assertFalse(year(2026, 1_000, 0).shareRisesFrom(year(2025, 0, 0)));
    assertFalse(year(2026, 0, 0).shareRisesFrom(year(2025, 1_000, 5)));
    assertFalse(year(2026, 0, 0).shareRisesFrom(year(2025, 0, 0)));
    assertTrue(year(2026, 2_000, 11).shareRisesFrom(year(2025, 1_000, 5)));
    assertFalse(year(2026, 2_000, 10).shareRisesFrom(year(2025, 1_000, 5)));
  }
}
