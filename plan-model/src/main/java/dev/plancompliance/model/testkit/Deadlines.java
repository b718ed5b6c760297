package dev.plancompliance.model.testkit;

import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.Deadline.Cutoff;
import dev.plancompliance.model.Deadline.Event;
import dev.plancompliance.model.Deadline.Period;
import dev.plancompliance.model.Deadline.Relation;
import dev.plancompliance.model.Deadline.Source;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Time frames of every variant, each with a phrase worded the way the seeds word it (plan-model/TIME-PHRASES.md), so
 * a generated deadline reads like one a plan prints. Dated variants take the range of years they may fall in.
 */
final class Deadlines {
  private Deadlines() {}

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  static Arbitrary<Deadline> continuous() {
    return Arbitraries.of("Thường xuyên", "thường xuyên").map(Deadline.Continuous::new);
  }

  /** Recurring frames of every period, with and without an anchoring quarter or month or cut-off days. */
  static Arbitrary<Deadline> recurring() {
    return Arbitraries.oneOf(
        Arbitraries.of("Hàng năm", "Hằng năm", "hàng năm").map(p -> Deadline.Recurring.every(p, Period.YEAR)),
        Arbitraries.integers().between(1, 4).map(q -> new Deadline.Recurring("Quý " + ROMAN[q - 1] + " hằng năm", Period.YEAR, q, null, List.of(), null)),
        yearlyInMonth(),
        withCutoffs(),
        Arbitraries.of("định kỳ 6 tháng").map(p -> Deadline.Recurring.every(p, Period.HALF_YEAR)),
        Arbitraries.of("Hằng quý").map(p -> Deadline.Recurring.every(p, Period.QUARTER)),
        Arbitraries.of("Hằng tháng").map(p -> Deadline.Recurring.every(p, Period.MONTH)),
        Arbitraries.of("định kỳ", "Định kỳ sơ kết, tổng kết việc thực hiện, báo cáo kết quả thực hiện")
            .map(p -> Deadline.Recurring.every(p, Period.UNSPECIFIED)),
        Arbitraries.just(new Deadline.Recurring("Sau mỗi kỳ họp Quốc hội", Period.EVENT, null, null, List.of(), Event.NATIONAL_ASSEMBLY_SESSION)));
  }

  /** A reporting frame that states how often and by which cut-off: six-monthly or yearly with cut-off days. */
  static Arbitrary<Deadline> withCutoffs() {
    return Arbitraries.oneOf(sixMonthly(), yearlyWithCutoff());
  }

  /** Six-monthly with a cut-off in each half (Hà Nội: before 15/6 and before 01/12). */
  static Arbitrary<Deadline> sixMonthly() {
    return Combinators.combine(cutoffIn(1, 6), cutoffIn(7, 12))
        .as((first, second) -> new Deadline.Recurring(
            "định kỳ 6 tháng báo cáo kết quả thực hiện trước " + longDay(first.day()) + " và trước " + longDay(second.day()),
            Period.HALF_YEAR, null, null, List.of(first, second), null));
  }

  /** Yearly with one cut-off (Bắc Giang: "Hàng năm, trước ngày 02/12"). */
  static Arbitrary<Deadline> yearlyWithCutoff() {
    return cutoffIn(10, 12)
        .map(c -> new Deadline.Recurring("Hàng năm, trước ngày " + shortDay(c.day()) + " báo cáo kết quả thực hiện Kế hoạch",
            Period.YEAR, null, null, List.of(c), null));
  }

  /** Yearly in a month ("tháng 12 hàng năm"): the month is the cut-off. */
  static Arbitrary<Deadline> yearlyInMonth() {
    return Arbitraries.of(Month.class).map(m -> new Deadline.Recurring("tháng " + m.getValue() + " hàng năm", Period.YEAR, null, m, List.of(), null));
  }

  /** An exclusive cut-off ("trước ngày …") in the given months. */
  private static Arbitrary<Cutoff> cutoffIn(int fromMonth, int toMonth) {
    return Combinators.combine(Arbitraries.integers().between(fromMonth, toMonth), Arbitraries.integers().between(1, 28))
        .as((m, d) -> new Cutoff(MonthDay.of(m, d), true));
  }

  private static String longDay(MonthDay day) {
    return String.format("ngày %02d tháng %d", day.getDayOfMonth(), day.getMonthValue());
  }

  private static String shortDay(MonthDay day) {
    return String.format("%02d/%02d", day.getDayOfMonth(), day.getMonthValue());
  }

  private static String dmy(LocalDate d) {
    return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
  }

  private static Arbitrary<LocalDate> dates(int fromYear, int toYear) {
    LocalDate first = LocalDate.of(fromYear, 1, 1);
    long days = ChronoUnit.DAYS.between(first, LocalDate.of(toYear, 12, 31));
    return Arbitraries.longs().between(0, days).map(first::plusDays);
  }

  private static Arbitrary<Integer> years(int fromYear, int toYear) {
    return Arbitraries.integers().between(fromYear, toYear);
  }

  /** Frames with a window that ends within {@code fromYear..toYear}: on, by or within a date, a year or a range. */
  static Arbitrary<Deadline> dated(int fromYear, int toYear) {
    return Arbitraries.oneOf(
        dates(fromYear, toYear).map(d -> new Deadline.OnDate("ngày " + dmy(d), d)),
        dates(fromYear, toYear).map(d -> new Deadline.ByDate("đến ngày " + dmy(d), d, false)),
        dates(fromYear, toYear).map(d -> new Deadline.ByDate("trước ngày " + dmy(d), d, true)),
        dates(fromYear, toYear).map(d -> new Deadline.WithinMonth("trong tháng " + d.getMonthValue() + "/" + d.getYear(), YearMonth.from(d))),
        years(fromYear, toYear).map(y -> new Deadline.InYear("Năm " + y, y)),
        Combinators.combine(years(fromYear, toYear), years(fromYear, toYear)).as((a, b) -> yearRange(a, b, fromYear, toYear)));
  }

  /** "Năm 2025 đến năm 2026": two different years within {@code fromYear..toYear}, or one year when the range has one. */
  private static Deadline yearRange(int a, int b, int fromYear, int toYear) {
    int from = Math.min(a, b);
    int to = Math.max(a, b);
    if (from == to && from > fromYear) {
      from--;
    } else if (from == to && to < toYear) {
      to++;
    } else if (from == to) {
      return new Deadline.InYear("Năm " + from, from);
    }
    return new Deadline.YearRange("Năm " + from + " đến năm " + to, from, to);
  }

  static Arbitrary<Deadline> fromYearOnward(int fromYear, int toYear) {
    return years(fromYear, toYear).map(y -> new Deadline.FromYearOnward("Năm " + y + " và các năm tiếp theo", y));
  }

  /** Starts, open-ended: "Từ ngày 01/7/2025", "Từ tháng 7/2025" (the first of the month). */
  static Arbitrary<Deadline> fromDate(int fromYear, int toYear) {
    return Arbitraries.oneOf(
        dates(fromYear, toYear).map(d -> new Deadline.FromDate("Từ ngày " + dmy(d), d)),
        dates(fromYear, toYear).map(d -> new Deadline.FromDate("Từ tháng " + d.getMonthValue() + "/" + d.getYear(), d.withDayOfMonth(1))));
  }

  /** Haste with no date: "khẩn trương", "sớm", "ngay". */
  static Arbitrary<Deadline> urgent() {
    return Arbitraries.of("Khẩn trương", "Sớm", "Thực hiện ngay").map(Deadline.Urgent::new);
  }

  /** Event-triggered frames, as the seeds word them (plan-model/TIME-PHRASES.md §1). */
  static Arbitrary<Deadline> onEvent() {
    return Arbitraries.of(
        new Deadline.OnEvent("Ngay sau khi Kế hoạch ban hành", Relation.IMMEDIATELY_AFTER, Event.PLAN_ISSUED),
        new Deadline.OnEvent("Ngay sau khi Đề án được ban hành", Relation.IMMEDIATELY_AFTER, Event.SCHEME_ISSUED),
        new Deadline.OnEvent("Sau khi Đề án ban hành", Relation.AFTER, Event.SCHEME_ISSUED),
        new Deadline.OnEvent("Sau khi có Văn bản của Trung ương", Relation.AFTER, Event.CENTRAL_DOCUMENT_ISSUED),
        new Deadline.OnEvent("Khi có kiến nghị", Relation.AT, Event.PETITION_RECEIVED),
        new Deadline.OnEvent("Khi được cơ quan có thẩm quyền cho phép", Relation.AT, Event.PERMISSION_GRANTED),
        new Deadline.OnEvent("Trước khi xây dựng văn bản QPPL", Relation.BEFORE, Event.QPPL_DRAFTING),
        new Deadline.OnEvent("Khi xây dựng văn bản QPPL", Relation.AT, Event.QPPL_DRAFTING),
        new Deadline.OnEvent("Quá trình xây dựng văn bản QPPL", Relation.DURING, Event.QPPL_DRAFTING),
        new Deadline.OnEvent("sau khi được ban hành", Relation.AFTER, Event.QPPL_ISSUED),
        new Deadline.OnEvent("sau khi dịch bệnh Covid-19 trên địa bàn tỉnh được kiểm soát và tỉnh cho phép tổ chức các hội nghị",
            Relation.AFTER, Event.CONDITION_MET),
        new Deadline.OnEvent("ngay sau khi có văn bản QPPL là căn cứ pháp lý hoặc tình hình kinh tế - xã hội ở địa phương có thay đổi",
            Relation.IMMEDIATELY_AFTER, Event.LEGAL_BASIS_CHANGED));
  }

  /** Frames set elsewhere; {@code appendix} adds the one set in an appendix the plan lacks. */
  static Arbitrary<Deadline> external(boolean appendix) {
    List<Deadline> values = new ArrayList<>(List.of(
        new Deadline.External("Theo thời hạn giao của Trung ương", Source.CENTRAL_ASSIGNMENT, null),
        new Deadline.External("Theo thời hạn tại Kế hoạch số 69/KH-UBND", Source.REFERENCED_DOCUMENT, "69/KH-UBND"),
        new Deadline.External("Theo thời hạn đăng ký", Source.REGISTRATION, null),
        new Deadline.External("theo chương trình, kế hoạch", Source.PROGRAMME, null),
        new Deadline.External("Theo tiến độ xây dựng Luật", Source.SCHEDULE, "xây dựng Luật"),
        new Deadline.External("theo quy định", Source.REGULATION, null)));
    if (appendix) {
      values.add(new Deadline.External("tại Phụ lục kèm theo Chương trình này", Source.APPENDIX, null));
    }
    return Arbitraries.of(values);
  }

  static Arbitrary<Deadline> onDemand() {
    return Arbitraries.of(
        new Deadline.OnDemand("Theo yêu cầu của bộ, ngành Trung ương", "bộ, ngành Trung ương"),
        new Deadline.OnDemand("Theo yêu cầu", null),
        new Deadline.OnDemand("đột xuất khi có yêu cầu", null));
  }

  static Arbitrary<Deadline> vague() {
    return Arbitraries.of("trong thời gian tới", "thời gian tới").map(Deadline.Vague::new);
  }

  /** Two or three parts in one phrase, joined as the seeds join them. */
  static Arbitrary<Deadline> composite(Arbitrary<Deadline> part) {
    return Combinators.combine(part.list().ofMinSize(2).ofMaxSize(3), Arbitraries.of("/", ", ", " và "))
        .as((parts, separator) -> new Deadline.Composite(parts.stream().map(Deadline::phrase).collect(Collectors.joining(separator)), parts));
  }

  /** Every variant, dated ones in 2020–2035, appendix references and composites included. */
  static Arbitrary<Deadline> any() {
    Arbitrary<Deadline> simple = Arbitraries.frequencyOf(
        Tuple.of(3, continuous()),
        Tuple.of(3, recurring()),
        Tuple.of(5, dated(2020, 2035)),
        Tuple.of(1, fromYearOnward(2020, 2035)),
        Tuple.of(1, fromDate(2020, 2035)),
        Tuple.of(2, onEvent()),
        Tuple.of(2, external(true)),
        Tuple.of(1, onDemand()),
        Tuple.of(1, vague()),
        Tuple.of(1, urgent()));
    return Arbitraries.frequencyOf(
        Tuple.of(17, simple),
        Tuple.of(2, composite(simple)),
        Tuple.of(1, Arbitraries.just(Deadline.Unspecified.none())));
  }

  /** Frames that state a time and end by {@code lastYear}: never vague, urgent only, unspecified or set in a missing appendix. */
  static Arbitrary<Deadline> statedBy(int lastYear) {
    // dated from 2026, after every issue date the generators give (2025), so no time frame had closed before the
    // plan was issued (DL-005); a directive whose horizon is earlier gets plans without an issue date
    int first = Math.min(2026, lastYear);
    Arbitrary<Deadline> simple = Arbitraries.frequencyOf(
        Tuple.of(3, continuous()),
        Tuple.of(3, recurring()),
        Tuple.of(4, dated(first, lastYear)),
        Tuple.of(1, fromYearOnward(first, lastYear)),
        Tuple.of(1, fromDate(first, lastYear)),
        Tuple.of(2, onEvent()),
        Tuple.of(1, external(false)),
        Tuple.of(1, onDemand()));
    return Arbitraries.frequencyOf(Tuple.of(9, simple), Tuple.of(1, composite(simple)));
  }
}
