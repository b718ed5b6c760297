package dev.plancompliance.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Deadline.ByDate;
import dev.plancompliance.model.Deadline.Composite;
import dev.plancompliance.model.Deadline.Continuous;
import dev.plancompliance.model.Deadline.Cutoff;
import dev.plancompliance.model.Deadline.FromYearOnward;
import dev.plancompliance.model.Deadline.InYear;
import dev.plancompliance.model.Deadline.OnDate;
import dev.plancompliance.model.Deadline.OnDemand;
import dev.plancompliance.model.Deadline.Period;
import dev.plancompliance.model.Deadline.Recurring;
import dev.plancompliance.model.Deadline.Unspecified;
import dev.plancompliance.model.Deadline.WithinMonth;
import dev.plancompliance.model.Deadline.YearRange;
import dev.plancompliance.model.TimePhraseVectors.Vector;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DeadlineParserTest {

  static Stream<Vector> timePhraseVectors() {
    return TimePhraseVectors.ALL.stream();
  }

  @ParameterizedTest(name = "row {0}")
  @MethodSource("timePhraseVectors")
  void readsEveryTimePhraseOfTheSeedsAsTimePhrasesSection5Says(Vector v) {
    if (v.deadline() != null) {
      assertEquals(v.deadline(), DeadlineParser.parse(v.input()));
    } else if (v.horizon() != null) {
      assertEquals(v.horizon(), DeadlineParser.parseHorizon(v.input()));
    } else {
      DeadlineFormatException e = assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse(v.input()));
      assertEquals(v.errorPosition(), e.position(), e.getMessage());
      assertEquals(v.input(), e.phrase());
    }
  }

  @Test
  void theVectorsCoverEveryRowOfTheTables() {
    assertEquals(58 + 17 + 18, TimePhraseVectors.ALL.size());
  }

  @Nested
  class UnreadablePhrases {
    @Test
    void aReversedRangeNamesThePhraseThePositionTheYearFoundAndWhatWasExpected() {
      DeadlineFormatException e =
          assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse("Năm 2029 đến 2028"));
      assertAll(
          () -> assertEquals("Năm 2029 đến 2028", e.phrase()),
          () -> assertEquals(13, e.position()),
          () -> assertEquals("2028", e.found()),
          () -> assertEquals("a year not before 2029", e.expected()),
          () -> assertEquals(
              "Cannot read the time phrase \"Năm 2029 đến 2028\": at position 13 found \"2028\","
                  + " expected a year not before 2029",
              e.getMessage()));
    }

    @ParameterizedTest(name = "\"{0}\" fails at {1} on \"{2}\"")
    @CsvSource(
        delimiter = '|',
        value = {
          "tháng 13/2025            | 6  | 13",
          "trước ngày 31/2/2021     | 11 | 31",
          "Năm 1850                 | 4  | 1850",
          "Quý II/2026              | 0  | Quý II/2026",
          "Quý I                    | 0  | Quý I",
          "tháng 2/2026 đến tháng 5/2026 | 0 | tháng 2/2026 đến tháng 5/2026",
          "Năm 2025-                | 4  | 2025-",
          "Năm 2026, 15             | 10 | 15",
          "Sau khi được ban hành    | 8  | được ban hành",
          "cuối kỳ                  | 0  | cuối",
          "Thời gian thực hiện:     | 20 | ''",
          "tháng 9                  | 6  | 9",
          "những năm tiếp theo      | 0  | những năm tiếp theo",
          "Trước khi họp            | 10 | họp",
          "thực hiện thắng lợi các mục tiêu đến năm 2030, tầm nhìn năm 2045 | 47 | tầm nhìn năm 2045",
        })
    void anUnreadablePhraseFailsWithItsPosition(String phrase, int position, String found) {
      DeadlineFormatException e = assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse(phrase));
      assertEquals(position, e.position(), e.getMessage());
      assertEquals(found, e.found(), e.getMessage());
      assertTrue(e.getMessage().contains(phrase), e.getMessage());
    }

    @Test
    void aPositionInDecomposedInputCountsTheCharactersAsGiven() {
      String nfd = "Na\u0306m 2029 \u0111e\u0302\u0301n 2028"; // "Năm 2029 đến 2028" in NFD: 3 more chars
      DeadlineFormatException e = assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse(nfd));
      assertEquals(16, e.position(), e.getMessage());
      assertEquals(nfd, e.phrase());
    }

    @Test
    void isAnIllegalArgumentException() {
      assertThrows(IllegalArgumentException.class, () -> DeadlineParser.parse("abc"));
    }

    @Test
    void aHorizonWithoutTargetYearOrWithAnEarlierVisionIsUnreadable() {
      assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parseHorizon("tầm nhìn năm 2045"));
      DeadlineFormatException e = assertThrows(
          DeadlineFormatException.class, () -> DeadlineParser.parseHorizon("đến năm 2030, tầm nhìn năm 2025"));
      assertEquals("2025", e.found());
    }
  }

  @Nested
  class Tolerance {
    @Test
    void aBlankPhraseOrAnEmptyTableCellStatesNoTime() {
      assertEquals(Unspecified.none(), DeadlineParser.parse(""));
      assertEquals(Unspecified.none(), DeadlineParser.parse(" \n\u00A0"));
      assertEquals(Unspecified.none(), DeadlineParser.parse("|"));
    }

    @Test
    void documentSymbolsAreNeverDates() {
      assertEquals(new InYear("Triển khai Nghị quyết 66-NQ/TW trong năm 2026", 2026),
          DeadlineParser.parse("Triển khai Nghị quyết 66-NQ/TW trong năm 2026"));
      assertEquals(new InYear("Luật số 197/2025/QH15, năm 2026", 2026),
          DeadlineParser.parse("Luật số 197/2025/QH15, năm 2026"));
      assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse("Nghị quyết 66-NQ/TW"));
    }

    @Test
    void readsByDateAndOnDateForHostData() {
      assertEquals(new ByDate("đến ngày 15/12/2025", LocalDate.of(2025, 12, 15), false),
          DeadlineParser.parse("đến ngày 15/12/2025"));
      assertEquals(new OnDate("ngày 13/08/2025", LocalDate.of(2025, 8, 13)), DeadlineParser.parse("ngày 13/08/2025"));
      assertEquals(new ByDate("trước ngày 15 tháng 6 năm 2026", LocalDate.of(2026, 6, 15), true),
          DeadlineParser.parse("trước ngày 15 tháng 6 năm 2026"));
    }

    @Test
    void aCompositePartKeepsItsOwnSubPhraseAsWritten() {
      Composite c = (Composite) DeadlineParser.parse("THƯỜNG XUYÊN / Theo yêu cầu của Bộ Tư pháp");
      assertEquals(List.of(new Continuous("THƯỜNG XUYÊN"), new OnDemand("Theo yêu cầu của Bộ Tư pháp", "Bộ Tư pháp")),
          c.parts());
    }
  }

  /** plan-model/TIME-PHRASES.md §3: windows and whether a frame can be overdue. */
  @Nested
  class WindowsAndOverdue {
    @Test
    void inYearIsDueOnTheLastDayOfTheYear() {
      Deadline d = DeadlineParser.parse("Năm 2026");
      assertEquals(Window.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), d.window().orElseThrow());
      assertFalse(d.canBeOverdue(LocalDate.of(2026, 12, 31)));
      assertTrue(d.canBeOverdue(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aYearRangeIsNotLateBeforeItsLastYearEnds() {
      Deadline d = DeadlineParser.parse("Năm 2025 đến năm 2026");
      assertEquals(new YearRange("Năm 2025 đến năm 2026", 2025, 2026), d);
      assertEquals(Window.between(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)), d.window().orElseThrow());
      assertFalse(d.canBeOverdue(LocalDate.of(2025, 12, 31)));
      assertFalse(d.canBeOverdue(LocalDate.of(2026, 12, 31)));
      assertTrue(d.canBeOverdue(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void trướcNgàyIsStrictlyBeforeSoTheLastDayIsTheDayBefore() {
      Deadline d = DeadlineParser.parse("trước ngày 30/6/2021");
      assertEquals(Window.until(LocalDate.of(2021, 6, 29)), d.window().orElseThrow());
      assertFalse(d.canBeOverdue(LocalDate.of(2021, 6, 29)));
      assertTrue(d.canBeOverdue(LocalDate.of(2021, 6, 30)));
    }

    @Test
    void withinMonthRunsFromTheFirstToTheLastDayOfTheMonth() {
      Deadline d = DeadlineParser.parse("trong tháng 9/2025");
      assertEquals(new WithinMonth("trong tháng 9/2025", YearMonth.of(2025, 9)), d);
      assertEquals(Window.between(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)), d.window().orElseThrow());
      assertFalse(d.canBeOverdue(LocalDate.of(2025, 9, 30)));
      assertTrue(d.canBeOverdue(LocalDate.of(2025, 10, 1)));
    }

    @Test
    void aSixMonthlyReportIsDueTheDayBeforeEachCutOff() {
      Recurring r = (Recurring) DeadlineParser.parse(TimePhraseVectors.ROW_14);
      assertEquals(Period.HALF_YEAR, r.period());
      assertEquals(List.of(new Cutoff(MonthDay.of(6, 15), true), new Cutoff(MonthDay.of(12, 1), true)), r.cutoffs());
      assertEquals(List.of(LocalDate.of(2025, 6, 14), LocalDate.of(2025, 11, 30)), r.dueDatesIn(2025));
      assertTrue(r.canBeOverdue(LocalDate.of(2025, 12, 1)));
    }

    @Test
    void anAnnualDutyInAQuarterOrMonthIsDueAtItsEnd() {
      assertEquals(List.of(LocalDate.of(2026, 3, 31)),
          ((Recurring) DeadlineParser.parse("Quý I hằng năm")).dueDatesIn(2026));
      assertEquals(List.of(LocalDate.of(2025, 12, 31)),
          ((Recurring) DeadlineParser.parse("tại phiên họp tháng 12 hàng năm")).dueDatesIn(2025));
      assertEquals(List.of(LocalDate.of(2025, 12, 1)),
          ((Recurring) DeadlineParser.parse("Hàng năm, trước ngày 02/12")).dueDatesIn(2025));
    }

    @Test
    void continuousOpenEndedOnDemandAndUnspecifiedPeriodsAreNeverOverdue() {
      LocalDate farFuture = LocalDate.of(2199, 12, 31);
      for (String phrase : List.of("Thường xuyên", "Năm 2025 và các năm tiếp theo", "Theo yêu cầu",
          "Định kỳ sơ kết, tổng kết việc thực hiện", "Sau mỗi kỳ họp Quốc hội", "trong thời gian tới")) {
        Deadline d = DeadlineParser.parse(phrase);
        assertTrue(d.window().isEmpty(), phrase);
        assertFalse(d.canBeOverdue(farFuture), phrase);
      }
      assertTrue(DeadlineParser.parse("Năm 2025 và các năm tiếp theo") instanceof FromYearOnward);
    }

    @Test
    void aCompositeIsOverdueWhenItsDatedPartIs() {
      Deadline d = DeadlineParser.parse(TimePhraseVectors.ROW_35);
      assertEquals(List.of(Window.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))), d.datedWindows());
      assertFalse(d.canBeOverdue(LocalDate.of(2021, 12, 31)));
      assertTrue(d.canBeOverdue(LocalDate.of(2022, 1, 1)));
    }

    @Test
    void vagueAndUnspecifiedStateNoTimeFrame() {
      assertFalse(DeadlineParser.parse("trong thời gian tới").statesTimeFrame());
      assertFalse(DeadlineParser.parse("").statesTimeFrame());
      assertTrue(DeadlineParser.parse("Năm 2026").statesTimeFrame());
    }
  }
}
