package dev.plancompliance.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The time frame a task, a sub-plan duty or a reporting duty states. Every variant keeps the verbatim
 * {@code phrase}; {@link DeadlineParser} reads the phrases of plan-model/TIME-PHRASES.md. Each variant
 * answers the window it denotes and whether it can be overdue as of a date (plan-model/TIME-PHRASES.md §3).
 *
 * <p>Rule authors writing classic DRL: import the nested variant ({@code import
 * dev.plancompliance.model.Deadline.InYear;}) and write {@code instanceof InYear}; a qualified nested name
 * in a constraint fails in classic DRL at run time.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Deadline.Continuous.class, name = "continuous"),
  @JsonSubTypes.Type(value = Deadline.Recurring.class, name = "recurring"),
  @JsonSubTypes.Type(value = Deadline.OnDate.class, name = "on-date"),
  @JsonSubTypes.Type(value = Deadline.ByDate.class, name = "by-date"),
  @JsonSubTypes.Type(value = Deadline.WithinMonth.class, name = "within-month"),
  @JsonSubTypes.Type(value = Deadline.InYear.class, name = "in-year"),
  @JsonSubTypes.Type(value = Deadline.YearRange.class, name = "year-range"),
  @JsonSubTypes.Type(value = Deadline.FromYearOnward.class, name = "from-year-onward"),
  @JsonSubTypes.Type(value = Deadline.FromDate.class, name = "from-date"),
  @JsonSubTypes.Type(value = Deadline.OnEvent.class, name = "on-event"),
  @JsonSubTypes.Type(value = Deadline.External.class, name = "external"),
  @JsonSubTypes.Type(value = Deadline.OnDemand.class, name = "on-demand"),
  @JsonSubTypes.Type(value = Deadline.Composite.class, name = "composite"),
  @JsonSubTypes.Type(value = Deadline.Vague.class, name = "vague"),
  @JsonSubTypes.Type(value = Deadline.Urgent.class, name = "urgent"),
  @JsonSubTypes.Type(value = Deadline.Unspecified.class, name = "unspecified")
})
public sealed interface Deadline {

  /** The phrase as printed (empty only for {@link Unspecified}). */
  String phrase();

  /** The window of a dated time frame; empty when the frame has no fixed end. */
  default Optional<Window> window() {
    return Optional.empty();
  }

  /**
   * Whether a task with this time frame and no recorded completion can be overdue as of {@code asOf}:
   * a dated frame once its window has closed; a recurring frame with a known period once an instance is
   * due; never for continuous, open-ended, on-demand, vague or unspecified frames, nor for events whose
   * date is unknown.
   */
  default boolean canBeOverdue(LocalDate asOf) {
    return window().map(w -> w.isClosedOn(asOf)).orElse(false);
  }

  /** The windows of every dated part: this frame's own, or each dated part of a composite. */
  default List<Window> datedWindows() {
    return window().stream().toList();
  }

  /** The recurring parts that fall due on dates of their own (not per event, not "định kỳ" alone): this frame, or parts of a composite. */
  default List<Recurring> recurringParts() {
    return List.of();
  }

  /** Whether the phrase states how often a duty comes round (a recurring frame with a known period). */
  default boolean statesFrequency() {
    return false;
  }

  /** Whether the phrase states a cut-off for each instance (a cut-off day, or an anchoring quarter or month). */
  default boolean statesCutoff() {
    return false;
  }

  /** Whether the time frame is set in the plan's appendix, which is not available. */
  default boolean refersToMissingAppendix() {
    return false;
  }

  /** Whether the phrase states a usable time frame (DL-001): false for vague, urgent-only and unspecified frames. */
  default boolean statesTimeFrame() {
    return true;
  }

  /** Whether the phrase asks for haste ("khẩn trương", "sớm", "ngay"): this frame, or a part of a composite. */
  default boolean urgesHaste() {
    return false;
  }

  /** No deadline, by nature: "Thường xuyên". */
  record Continuous(String phrase) implements Deadline {
    public Continuous {
      Checks.nonBlank(phrase, "Deadline", "phrase");
    }
  }

  /** How often a recurring duty comes round. */
  enum Period {
    MONTH,
    QUARTER,
    HALF_YEAR,
    YEAR,
    /** Once per occurrence of {@code event} ("Sau mỗi kỳ họp Quốc hội"). */
    EVENT,
    /** "định kỳ" with no frequency. */
    UNSPECIFIED
  }

  /**
   * A cut-off day of each instance ("trước ngày 02/12"); exclusive when the phrase says "trước" (strictly
   * before).
   */
  record Cutoff(MonthDay day, Boolean exclusive) {
    public Cutoff {
      Checks.required(day, "Cutoff", "day");
      Checks.required(exclusive, "Cutoff", "exclusive");
    }

    /** The last compliant day of the instance due in {@code year}. */
    public LocalDate lastDayIn(int year) {
      LocalDate d = day.atYear(year);
      return exclusive ? d.minusDays(1) : d;
    }
  }

  /**
   * A duty that comes round: annually ("Hàng năm"), in a quarter ("Quý I hằng năm"), in a month ("tháng 12
   * hàng năm"), six-monthly with cut-offs, after each event, or with no stated frequency.
   *
   * @param quarter quarter of the year each instance falls in (1–4), or {@code null}
   * @param month month of the year each instance falls in, or {@code null}
   * @param cutoffs cut-off days, one per instance within a year
   * @param event the event of a {@link Period#EVENT} duty, or {@code null}
   */
  record Recurring(String phrase, Period period, Integer quarter, Month month, List<Cutoff> cutoffs, Event event)
      implements Deadline {
    public Recurring {
      Checks.nonBlank(phrase, "Deadline", "phrase");
      Checks.required(period, "Deadline", "period");
      cutoffs = cutoffs == null ? List.of() : List.copyOf(cutoffs);
      if (quarter != null && (quarter < 1 || quarter > 4)) {
        throw new InvalidValueException("Deadline", "quarter", "must be 1 to 4, was " + quarter);
      }
      if ((period == Period.EVENT) != (event != null)) {
        throw new InvalidValueException("Deadline", "event", "is required exactly when period is EVENT");
      }
    }

    public static Recurring every(String phrase, Period period) {
      return new Recurring(phrase, period, null, null, List.of(), null);
    }

    @Override
    public boolean canBeOverdue(LocalDate asOf) {
      return period != Period.UNSPECIFIED && period != Period.EVENT;
    }

    @Override
    public boolean statesFrequency() {
      return period != Period.UNSPECIFIED;
    }

    @Override
    public List<Recurring> recurringParts() {
      return period == Period.EVENT || period == Period.UNSPECIFIED ? List.of() : List.of(this);
    }

    /**
     * The period instances due on or after {@code from} (the plan's issue date: plan-model/TIME-PHRASES.md §3, decision 2)
     * and before {@code until}, in order. Each is named by its year when one falls due a year ({@code 2025}),
     * else by its rank within the year: {@code 2025-H1}/{@code H2} for two, {@code 2025-Q1}…{@code Q4} for
     * four, {@code 2025-01}…{@code 12} for twelve, {@code 2025#n} otherwise. Hà Nội's six-monthly report
     * (before 15/6 and 01/12) gives {@code 2025-H1} due 2025-06-14 and {@code 2025-H2} due 2025-11-30.
     */
    public List<Instance> instances(LocalDate from, LocalDate until) {
      List<Instance> out = new java.util.ArrayList<>();
      for (int year = from.getYear(); year <= until.getYear(); year++) {
        List<LocalDate> dues = dueDatesIn(year);
        for (int i = 0; i < dues.size(); i++) {
          LocalDate due = dues.get(i);
          if (!due.isBefore(from) && due.isBefore(until)) {
            out.add(new Instance(label(year, i, dues.size()), due));
          }
        }
      }
      return out;
    }

    private static String label(int year, int index, int perYear) {
      return switch (perYear) {
        case 1 -> Integer.toString(year);
        case 2 -> year + "-H" + (index + 1);
        case 4 -> year + "-Q" + (index + 1);
        case 12 -> String.format(java.util.Locale.ROOT, "%d-%02d", year, index + 1);
        default -> year + "#" + (index + 1);
      };
    }

    @Override
    public boolean statesCutoff() {
      return !cutoffs.isEmpty() || quarter != null || month != null;
    }

    /**
     * Last compliant days of the instances due in {@code year}: one per cut-off when cut-offs are given,
     * else the end of the anchoring quarter or month, else the end of each period.
     */
    public List<LocalDate> dueDatesIn(int year) {
      if (!cutoffs.isEmpty()) {
        return cutoffs.stream().map(c -> c.lastDayIn(year)).sorted().toList();
      }
      if (quarter != null) {
        return List.of(YearMonth.of(year, quarter * 3).atEndOfMonth());
      }
      if (month != null) {
        return List.of(YearMonth.of(year, month).atEndOfMonth());
      }
      int step =
          switch (period) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case YEAR -> 12;
            case EVENT, UNSPECIFIED -> 0;
          };
      if (step == 0) {
        return List.of();
      }
      return Stream.iterate(step, m -> m <= 12, m -> m + step)
          .map(m -> YearMonth.of(year, m).atEndOfMonth())
          .toList();
    }
  }

  /** One period instance of a recurring frame: its name ({@code 2025-H2}) and last compliant day. */
  record Instance(String period, LocalDate due) {}

  /** On one day. */
  record OnDate(String phrase, LocalDate date) implements Deadline {
    public OnDate {
      Checks.nonBlank(phrase, "Deadline", "phrase");
      Checks.required(date, "Deadline", "date");
    }

    @Override
    public Optional<Window> window() {
      return Optional.of(Window.between(date, date));
    }
  }

  /**
   * By a date: "trước ngày 30/6/2021" is read literally as strictly before (exclusive), so the last
   * compliant day is 29/6; a non-exclusive phrase ("đến ngày") includes the date.
   */
  record ByDate(String phrase, LocalDate date, Boolean exclusive) implements Deadline {
    public ByDate {
      Checks.nonBlank(phrase, "Deadline", "phrase");
      Checks.required(date, "Deadline", "date");
      Checks.required(exclusive, "Deadline", "exclusive");
    }

    @Override
    public Optional<Window> window() {
      return Optional.of(Window.until(exclusive ? date.minusDays(1) : date));
    }
  }

  /** Within a calendar month: "trong tháng 9/2025". */
  record WithinMonth(String phrase, YearMonth month) implements Deadline {
    public WithinMonth {
      Checks.nonBlank(phrase, "Deadline", "phrase");
      Checks.required(month, "Deadline", "month");
    }

    @Override
    public Optional<Window> window() {
      return Optional.of(Window.between(month.atDay(1), month.atEndOfMonth()));
    }
  }

  /** Within a calendar year: "Năm 2026". */
  record InYear(String phrase, Integer year) implements Deadline {
    public InYear {
      Checks.nonBlank(phrase, "Deadline", "phrase");
      Checks.year(Checks.required(year, "Deadline", "year"), "Deadline", "year");
    }

    @Override
    public Optional<Window> window() {
      return Optional.of(Window.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
  }

  /** From the start of one year to the end of another: "Năm 2025 đến năm 2026". */
  record YearRange(String phrase, Integer from, Integer to) implements Deadline {
    public YearRange {
      Checks.nonBlank(phrase, "Deadline", "phrase");
      Checks.year(Checks.required(from, "Deadline", "from"), "Deadline", "from");
      Checks.year(Checks.required(to, "Deadline", "to"), "Deadline", "to");
      if (to < from) {
        throw new InvalidValueException("Deadline", "to", "must not precede from " + from + ", was " + to);
      }
    }

    @Override
    public Optional<Window> window() {
      return Optional.of(Window.between(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)));
    }
  }

  /** From a year on, with no end: "Năm 2025 và các năm tiếp theo". Never overdue. */
  record FromYearOnward(String phrase, Integer year) implements Deadline {
    public FromYearOnward {
      Checks.nonBlank(phrase, "Deadline", "phrase");
      Checks.year(Checks.required(year, "Deadline", "year"), "Deadline", "year");
    }
  }

  /**
   * From a day on, with no end: "Từ ngày 01/7/2025", "Từ tháng 7/2025" (the first of the month), "Quý IV năm
   * 2025 và các năm tiếp theo" (the first day of the quarter). It says when the work starts, not when it is
   * due, so it is never overdue.
   */
  record FromDate(String phrase, LocalDate date) implements Deadline {
    public FromDate {
      Checks.nonBlank(phrase, "Deadline", "phrase");
      Checks.required(date, "Deadline", "date");
      Checks.year(date.getYear(), "Deadline", "date");
    }
  }

  /** How a time frame relates to its event. */
  enum Relation {
    BEFORE,
    AT,
    DURING,
    AFTER,
    IMMEDIATELY_AFTER
  }

  /** Events that trigger time frames in the seeds. */
  enum Event {
    PLAN_ISSUED,
    SCHEME_ISSUED,
    CENTRAL_DOCUMENT_ISSUED,
    CONDITION_MET,
    LEGAL_BASIS_CHANGED,
    PETITION_RECEIVED,
    PERMISSION_GRANTED,
    QPPL_DRAFTING,
    QPPL_ISSUED,
    NATIONAL_ASSEMBLY_SESSION
  }

  /**
   * Triggered by an event: "Sau khi Đề án ban hành", "Khi có kiến nghị". Not overdue by itself until the
   * event's date is known.
   */
  record OnEvent(String phrase, Relation relation, Event event) implements Deadline {
    public OnEvent {
      Checks.nonBlank(phrase, "Deadline", "phrase");
      Checks.required(relation, "Deadline", "relation");
      Checks.required(event, "Deadline", "event");
    }
  }

  /** Where an externally set time frame comes from. */
  enum Source {
    CENTRAL_ASSIGNMENT,
    REFERENCED_DOCUMENT,
    REGISTRATION,
    PROGRAMME,
    /** The schedule of another piece of work: "Theo tiến độ xây dựng Luật", "theo lộ trình của Bộ Tư pháp". */
    SCHEDULE,
    /** The time limits the law sets: "theo quy định". */
    REGULATION,
    /** The plan's own appendix, when it is not available (Hà Nội 001 cites an appendix the seed lacks). */
    APPENDIX
  }

  /**
   * Set elsewhere: "Theo thời hạn tại Kế hoạch số 69/KH-UBND". Not evaluable until resolved.
   *
   * @param reference the document that sets it, or {@code null}
   */
  record External(String phrase, Source source, String reference) implements Deadline {
    public External {
      Checks.nonBlank(phrase, "Deadline", "phrase");
      Checks.required(source, "Deadline", "source");
    }

    @Override
    public boolean refersToMissingAppendix() {
      return source == Source.APPENDIX;
    }
  }

  /**
   * When asked: "Theo yêu cầu của bộ, ngành Trung ương". Never overdue.
   *
   * @param requester who asks, or {@code null}
   */
  record OnDemand(String phrase, String requester) implements Deadline {
    public OnDemand {
      Checks.nonBlank(phrase, "Deadline", "phrase");
    }
  }

  /** Several time frames in one phrase: "Thường xuyên/Theo yêu cầu". Overdue if any dated part is. */
  record Composite(String phrase, List<Deadline> parts) implements Deadline {
    public Composite {
      Checks.nonBlank(phrase, "Deadline", "phrase");
      Checks.required(parts, "Deadline", "parts");
      parts = List.copyOf(parts);
      if (parts.size() < 2) {
        throw new InvalidValueException("Deadline", "parts", "must have at least two parts, had " + parts.size());
      }
    }

    @Override
    public boolean canBeOverdue(LocalDate asOf) {
      return parts.stream().anyMatch(p -> p.canBeOverdue(asOf));
    }

    @Override
    public List<Window> datedWindows() {
      return parts.stream().flatMap(p -> p.datedWindows().stream()).toList();
    }

    @Override
    public List<Recurring> recurringParts() {
      return parts.stream().flatMap(p -> p.recurringParts().stream()).toList();
    }

    @Override
    public boolean statesFrequency() {
      return parts.stream().anyMatch(Deadline::statesFrequency);
    }

    @Override
    public boolean statesCutoff() {
      return parts.stream().anyMatch(Deadline::statesCutoff);
    }

    @Override
    public boolean urgesHaste() {
      return parts.stream().anyMatch(Deadline::urgesHaste);
    }

    /** A composite states a time frame when one of its parts does ("trong thời gian tới/thời gian tới" does not). */
    @Override
    public boolean statesTimeFrame() {
      return parts.stream().anyMatch(Deadline::statesTimeFrame);
    }

    /** Set in the missing appendix when a part is, and no other part states a time frame of its own. */
    @Override
    public boolean refersToMissingAppendix() {
      return parts.stream().anyMatch(Deadline::refersToMissingAppendix)
          && parts.stream().noneMatch(p -> p.statesTimeFrame() && !p.refersToMissingAppendix());
    }
  }

  /** A phrase that names no usable time ("trong thời gian tới"). Counts as no time frame. */
  record Vague(String phrase) implements Deadline {
    public Vague {
      Checks.nonBlank(phrase, "Deadline", "phrase");
    }

    @Override
    public boolean statesTimeFrame() {
      return false;
    }
  }

  /**
   * Haste with no date: "khẩn trương", "sớm", "ngay". Counts as no time frame (DL-001 says so in words of its
   * own); with a dated part in a composite ("Khẩn trương, xong trước ngày 30/6/2025") the date counts.
   */
  record Urgent(String phrase) implements Deadline {
    public Urgent {
      Checks.nonBlank(phrase, "Deadline", "phrase");
    }

    @Override
    public boolean statesTimeFrame() {
      return false;
    }

    @Override
    public boolean urgesHaste() {
      return true;
    }
  }

  /** The task states no time at all. The phrase is empty. */
  record Unspecified(String phrase) implements Deadline {
    public Unspecified {
      phrase = phrase == null ? "" : phrase;
    }

    public static Unspecified none() {
      return new Unspecified("");
    }

    @Override
    public boolean statesTimeFrame() {
      return false;
    }
  }
}
