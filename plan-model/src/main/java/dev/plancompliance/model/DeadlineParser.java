package dev.plancompliance.model;

import dev.plancompliance.model.Deadline.ByDate;
import dev.plancompliance.model.Deadline.Composite;
import dev.plancompliance.model.Deadline.Continuous;
import dev.plancompliance.model.Deadline.Cutoff;
import dev.plancompliance.model.Deadline.Event;
import dev.plancompliance.model.Deadline.External;
import dev.plancompliance.model.Deadline.FromDate;
import dev.plancompliance.model.Deadline.FromYearOnward;
import dev.plancompliance.model.Deadline.InYear;
import dev.plancompliance.model.Deadline.OnDate;
import dev.plancompliance.model.Deadline.OnDemand;
import dev.plancompliance.model.Deadline.OnEvent;
import dev.plancompliance.model.Deadline.Period;
import dev.plancompliance.model.Deadline.Recurring;
import dev.plancompliance.model.Deadline.Relation;
import dev.plancompliance.model.Deadline.Source;
import dev.plancompliance.model.Deadline.Unspecified;
import dev.plancompliance.model.Deadline.Urgent;
import dev.plancompliance.model.Deadline.Vague;
import dev.plancompliance.model.Deadline.WithinMonth;
import dev.plancompliance.model.Deadline.YearRange;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Vietnamese time phrases of plans (plan-model/TIME-PHRASES.md §1) into {@link Deadline}
 * values.
 *
 * <p>How it reads a phrase:
 *
 * <ol>
 *   <li><b>Fold</b> a working copy: NFC, lower case, every whitespace run (line breaks, NBSP) as one space,
 *       every dash (en dash, minus…) as {@code -}. Each folded character remembers where it came from, so
 *       positions and sub-phrases are reported in the phrase as given.
 *   <li><b>Mask</b> document symbols ({@code 66-NQ/TW}, {@code 69/KH-UBND}, {@code 197/2025/QH15}) and
 *       words with a numeric suffix ({@code Covid-19}): their digits are never a day, month or year.
 *   <li><b>Strip</b> decorations around the phrase: bullets, the labels {@code Thời gian thực hiện:} and
 *       {@code Thời gian:}, trailing {@code .} {@code ;} and the table suffix {@code |}, enclosing
 *       parentheses.
 *   <li><b>Recognise</b>: an ordered table of small recognisers claims the time expressions in the rest.
 *       Earlier recognisers win overlaps, so longer readings come first ({@code Năm 2025 đến năm 2026}
 *       before {@code năm 2025}). Words around the expressions are context and are ignored ("quán triệt …
 *       xong trong tháng 7/2021"), but a number outside every expression makes the phrase unreadable.
 *       Event cues ({@code sau khi}) and {@code theo yêu cầu của} take the text that follows them, up to the
 *       next expression. Shapes the model cannot hold (a range of months, a quarter of a given year) are
 *       refused rather than read in part.
 *   <li><b>Assemble</b>: the pieces of one recurring duty (frequency, quarter or month, cut-off days) form
 *       one {@link Recurring}; {@code những năm tiếp theo} takes the year after the preceding dated part;
 *       one part is the result, several form a {@link Composite} whose parts keep their own sub-phrases.
 * </ol>
 *
 * <p>The value keeps the phrase exactly as given, only NFC-normalised. A phrase that cannot be read is an
 * error ({@link DeadlineFormatException}), never a silent {@link Unspecified} or {@link Vague}.
 */
public final class DeadlineParser {

  /**
   * The longest phrase read, in characters. Time phrases are short (the seeds' longest is under 300); a
   * longer text is refused with a {@link DeadlineFormatException} instead of being read in time and stack
   * that grow with it.
   */
  public static final int MAX_PHRASE_LENGTH = 2_000;

  private DeadlineParser() {}

  private static void requireShort(String phrase) {
    if (phrase.length() > MAX_PHRASE_LENGTH) {
      throw new DeadlineFormatException(phrase, MAX_PHRASE_LENGTH, phrase.substring(MAX_PHRASE_LENGTH, Math.min(phrase.length(), MAX_PHRASE_LENGTH + 20)),
          "a time phrase of at most " + MAX_PHRASE_LENGTH + " characters (DeadlineParser.MAX_PHRASE_LENGTH); this text has " + phrase.length());
    }
  }

  /**
   * Reads one time phrase. A blank phrase (or a bare table cell {@code |}) states no time at all and
   * gives {@link Unspecified#none()}.
   *
   * @throws DeadlineFormatException when the phrase is not a readable time frame
   */
  public static Deadline parse(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    requireShort(phrase);
    Input in = Input.of(phrase);
    if (in.coreStart == in.coreEnd) {
      if (in.labelled) {
        throw in.error(in.coreEnd, "a time frame after the label");
      }
      return Unspecified.none();
    }
    Claims claims = new Claims(in);
    for (Recogniser r : FIXED) {
      claims.claimAll(r);
    }
    claims.claimCues();
    claims.rejectStrayNumbers();
    return assemble(in, claims.pieces);
  }

  /**
   * Reads a directive's horizon: "thực hiện thắng lợi các mục tiêu đến năm 2030, tầm nhìn năm 2045" gives
   * target year 2030 and vision year 2045; the vision is optional.
   *
   * @throws DeadlineFormatException when no target year is stated or the vision precedes it
   */
  public static Horizon parseHorizon(String text) {
    Objects.requireNonNull(text, "text");
    requireShort(text);
    Input in = Input.of(text);
    Matcher vision = HORIZON_VISION.matcher(in.text).region(in.coreStart, in.coreEnd);
    boolean hasVision = vision.find();
    int targetEnd = hasVision ? vision.start() : in.coreEnd;
    Matcher target = HORIZON_TARGET.matcher(in.text).region(in.coreStart, targetEnd);
    if (!target.find()) {
      throw in.error(in.coreStart, "a target year ('đến năm 2030')");
    }
    Hit t = new Hit(in, target, 0);
    int targetYear = t.year("y");
    Horizon.Builder b = Horizon.builder().targetYear(targetYear);
    if (hasVision) {
      Hit v = new Hit(in, vision, 0);
      int visionYear = v.year("y");
      if (visionYear < targetYear) {
        throw v.fail("y", "a vision year not before the target year " + targetYear);
      }
      b.visionYear(visionYear);
    }
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------------
  // Pattern building blocks. Recognisers match the folded copy: lower case, one space, '-' for any dash.

  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

  /** Stands in for every character of a masked document symbol. */
  private static final char MASK = '\uE000';

  /** "hằng năm", "hàng năm" and "Hàng năm" are spelling variants of "annually" (plan-model/TIME-PHRASES.md). */
  private static final String ANNUAL = "h[àằ]ng năm";

  private static final String DAY = "(?<d>[0-9]{1,2})";
  private static final String MONTH = "(?<m>[0-9]{1,2})";
  private static final String YEAR = "(?<y>[0-9]{4})(?![0-9])";
  /** 30/6/2021, 13/08/2025. */
  private static final String NUMERIC_DATE = "(?<![0-9/])" + DAY + " ?/ ?" + MONTH + " ?/ ?" + YEAR;
  /** 15 tháng 6 năm 2021. */
  private static final String LONG_DATE = DAY + " tháng " + MONTH + " năm " + YEAR;
  /** Quý IV năm 2025, quý 3/2026. */
  private static final String QUARTER_OF_YEAR = "quý (?<q>iv|iii|ii|i|[1-4]) ?(?:[/-] ?|năm )" + YEAR;
  /**
   * After a start ("từ …"): not the first end of a range ("từ ngày 01/7/2025 đến ngày …", "từ năm 2025 -
   * 2026"), nor a year the onward recogniser reads ("từ năm 2025 và các năm tiếp theo").
   */
  private static final String NOT_A_RANGE =
      "(?: trở đi)?(?! ?(?:-|đến |tới )| (?:trở đi )?và (?:các|những) năm tiếp theo\\b)";
  private static final String TIME_WORD = "\\b(?:đến|tới|trước|trong|vào|từ|năm|tháng|quý|ngày|chậm nhất|sau khi|khi)\\b";
  /** Words (no number, no separator) that end before a word that starts a time expression. */
  private static final String WORDS_BEFORE_A_TIME =
      "(?:(?!" + TIME_WORD + ")[^.;,()/0-9])*(?!" + TIME_WORD + ")[\\p{L}\\p{M}]";
  /** 2025 - 2026, năm 2025 đến năm 2026, giai đoạn 2026–2030 (dashes are folded to '-'). */
  private static final String YEAR_RANGE =
      "(?:\\b(?:(?:từ|trong) )?(?:(?:năm|giai đoạn) ))?"
          + "(?<![0-9/])(?<a>[0-9]{4}) ?(?:-|đến|tới) ?(?:năm )?(?<b>[0-9]{4})(?![0-9])";
  /** "trước" is strictly before (exclusive, plan-model/TIME-PHRASES.md §3 decision 1); the others include the day. */
  private static final String BY = "(?<by>trước|đến|chậm nhất(?: là)?(?: vào)?)";
  /** As {@link #BY}, for a day of every year; "vào ngày" names the day itself. */
  private static final String CUTOFF_BY = "(?<by>trước|đến|chậm nhất(?: là)?|vào)";

  /** Document symbols: 66-NQ/TW, 06-CT/TU, 69/KH-UBND, 197/2025/QH15, 34/2016/NĐ-CP. */
  private static final Pattern DOCUMENT_SYMBOL =
      Pattern.compile(
          "(?<![\\p{L}\\p{M}\\p{N}])[0-9]+(?:/[0-9]{4})?[/-][\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*"
              + "(?:[/-][\\p{L}\\p{M}\\p{N}]+)*",
          FLAGS);
  /** Words carrying digits: Covid-19, QH15. */
  private static final Pattern WORD_WITH_DIGITS =
      Pattern.compile(
          "(?<![\\p{L}\\p{M}\\p{N}])[\\p{L}\\p{M}]+(?:-[0-9]+|[0-9][\\p{L}\\p{M}\\p{N}]*)(?![\\p{N}])", FLAGS);

  /** Bullets, an empty cell's bar and the labels that introduce a time frame in the seeds. */
  private static final Pattern LEADING_DECORATION =
      Pattern.compile("(?:[-+•*] ?|\\| ?|(?<label>thời (?:gian|hạn)(?: thực hiện| hoàn thành)? ?: ?))", FLAGS);

  private static final Pattern HORIZON_TARGET =
      Pattern.compile("\\b(?:(?:đến|tới) (?:năm )?|giai đoạn [0-9]{4} ?- ?)" + YEAR, FLAGS);
  private static final Pattern HORIZON_VISION =
      Pattern.compile("\\btầm nhìn(?: (?:đến|tới))?(?: năm)? " + YEAR, FLAGS);

  // ---------------------------------------------------------------------------------------------------
  // The recognisers, in priority order: a recogniser only claims text no earlier one has claimed.

  private static final List<Recogniser> FIXED =
      List.of(
          // A directive's horizon is not a task's time frame; say so instead of reading two years.
          r("horizon", "\\btầm nhìn(?: (?:đến|tới))?(?: năm)? [0-9]{4}\\b",
              refuse("a task's time frame; this is a directive horizon, read it with parseHorizon")),
          // Row 18: once per National Assembly session.
          r("after each NA session", "\\bsau (?:mỗi|từng) kỳ họp(?: của)? quốc hội\\b",
              h -> h.frame(null, p -> new Recurring(p, Period.EVENT, null, null, List.of(),
                  Event.NATIONAL_ASSEMBLY_SESSION))),
          // Row 57: known vague phrase, no usable time.
          r("vague", "\\b(?:trong )?thời gian tới\\b", h -> h.frame(null, Vague::new)),

          // Rows 52–55: time limits set elsewhere. The referenced document comes first, so that
          // "theo Kế hoạch số 69/KH-UBND" is not read as the generic "theo kế hoạch".
          r("referenced document",
              "\\btheo (?:(?:thời hạn|tiến độ|lộ trình) )?(?:(?:tại|theo|của|trong|nêu tại|quy định tại) )?"
                  + "(?:kế hoạch|quyết định|chương trình|công văn|văn bản|chỉ thị|nghị quyết|thông báo|đề án"
                  + "|nghị định|thông tư|luật)(?: số)? (?<ref>" + MASK + "+)",
              h -> {
                // read now: the frame is made later, when this hit's matcher has moved on (token soup found it)
                String ref = h.original("ref");
                return h.frame(null, p -> new External(p, Source.REFERENCED_DOCUMENT, ref));
              }),
          r("appendix",
              "\\btheo (?:thời hạn|tiến độ|thời gian) (?:(?:tại|trong|theo|ghi tại|nêu tại) )?phụ lục\\b",
              external(Source.APPENDIX)),
          r("registration", "\\btheo (?:thời hạn|tiến độ|thời gian) (?:đã )?đăng ký\\b",
              external(Source.REGISTRATION)),
          // "Theo thời hạn giao của Trung ương", "theo lộ trình phù hợp và chỉ đạo của Trung ương".
          r("central assignment",
              "\\btheo (?:thời hạn|tiến độ|lộ trình|chỉ đạo|hướng dẫn)\\b[^.;/]{0,80}? của trung ương\\b"
                  + "|\\btheo (?:thời hạn|tiến độ|lộ trình) (?:do )?trung ương (?:giao|quy định)\\b",
              external(Source.CENTRAL_ASSIGNMENT)),
          // Row 36: "theo chương trình, kế hoạch".
          r("programme",
              "\\btheo (?:các )?(?:chương trình|kế hoạch)"
                  + "(?:(?:,| và| hoặc|, và) (?:các )?(?:chương trình|kế hoạch))*\\b",
              external(Source.PROGRAMME)),

          // "Theo tiến độ xây dựng Luật", "theo lộ trình": another piece of work sets the pace; the words after
          // the cue name it, up to a separator or a time expression ("theo lộ trình, đến năm 2030").
          r("schedule", "\\btheo (?:tiến độ|lộ trình)(?: (?:của )?(?<what>" + WORDS_BEFORE_A_TIME + "))?",
              h -> {
                String what = h.text("what") == null ? null : h.original("what");
                return h.frame(null, p -> new External(p, Source.SCHEDULE, what));
              }),
          // "theo quy định": the time limits the law sets (a document named after it is read above).
          r("regulation", "\\btheo (?:đúng )?quy định(?: (?:của |hiện hành của )?pháp luật| hiện hành)?\\b",
              external(Source.REGULATION)),
          // Rows 1–6: "Thường xuyên" is a time frame only when nothing follows it but a separator;
          // followed by a verb it is the adverb "regularly" (row 35: "thường xuyên củng cố").
          r("continuous", "\\bthường xuyên(?=$| ?[/,;)]| và )", h -> h.frame(null, Continuous::new)),

          // Shapes the model has no variant for: refuse them rather than read a part of them. A month
          // range read as two months would be "overdue" once the first month ends.
          r("month range",
              "\\btháng [0-9]{1,2} ?[/-] ?[0-9]{4} ?(?:-|đến|tới) ?(?:tháng )?[0-9]{1,2} ?[/-] ?[0-9]{4}",
              refuse("a single month (a range of months is not a modelled time frame)")),
          // A start, not a due date: "Từ ngày 01/7/2025", "Từ tháng 7/2025", "Từ năm 2026", "Quý IV năm 2025 và
          // các năm tiếp theo" — the work starts then and runs on. "Từ … đến …" is a range, not a start: the
          // lookahead leaves it to the recognisers of ranges and dates below.
          r("from a quarter onward",
              "\\b(?:từ )?" + QUARTER_OF_YEAR + " (?:(?:trở đi )?và (?:các|những) năm tiếp theo|trở đi)\\b",
              DeadlineParser::fromQuarter),
          r("from a quarter", "\\btừ " + QUARTER_OF_YEAR + NOT_A_RANGE,
              DeadlineParser::fromQuarter),
          // "Từ ngày 01/7/2025 đến ngày 31/12/2025" reads as a start and a due date.
          r("from a date", "\\btừ (?:ngày )?" + NUMERIC_DATE + "(?: trở đi)?", DeadlineParser::fromDate),
          r("from a date (long)", "\\btừ ngày " + LONG_DATE + "\\b(?: trở đi)?", DeadlineParser::fromDate),
          r("from a month", "\\btừ tháng " + MONTH + "(?: ?[/-] ?| năm )" + YEAR + NOT_A_RANGE,
              DeadlineParser::fromMonth),
          r("from a year", "\\btừ (?:năm )?" + YEAR + NOT_A_RANGE,
              h -> {
                int y = h.year("y");
                return h.frame(y, p -> new FromYearOnward(p, y));
              }),
          r("quarter of a given year", "\\bquý (?:iv|iii|ii|i|[1-4]) ?(?:[/-] ?|năm )[0-9]{4}(?![0-9])",
              refuse("a year, a month or a day (a quarter of a given year is not a modelled time frame)")),
          // "Năm 2025 -" / "từ năm 2025 đến": a range whose second year is missing.
          r("unfinished year range", "(?<![0-9/])[0-9]{4} ?(?:-|đến|tới)(?: ?năm)? ?$",
              refuse("a second year after the first")),

          // Full dates before any year or month reading, so that the year of a date is not a year frame.
          r("by date", "\\b" + BY + " ngày " + NUMERIC_DATE, DeadlineParser::byDate),
          r("by date (long)", "\\b" + BY + " ngày " + LONG_DATE + "\\b", DeadlineParser::byDate),
          r("on date", "(?:\\b(?:(?:vào|trong) )?ngày )?" + NUMERIC_DATE, DeadlineParser::onDate),
          r("on date (long)", "\\b(?:(?:vào|trong) )?ngày " + LONG_DATE + "\\b", DeadlineParser::onDate),

          // "Giai đoạn 2026–2030 và những năm tiếp theo": the range, then the years after it (assembled as
          // from 2031 on), before "2030 và những năm tiếp theo" could be read alone.
          r("year range, then the following years",
              YEAR_RANGE + "(?= (?:trở đi )?và (?:các|những) năm tiếp theo\\b)", DeadlineParser::yearRange),
          // Row 34, V15: open-ended from a stated year.
          r("from year onward",
              "\\b(?:từ )?(?:năm )?(?<![0-9/])" + YEAR
                  + " (?:(?:trở đi )?và (?:các|những) năm tiếp theo|trở đi)\\b",
              h -> {
                int y = h.year("y");
                return h.frame(y, p -> new FromYearOnward(p, y));
              }),
          // Row 35: "trong những năm tiếp theo" after a year Y means from Y+1 on (resolved on assembly).
          r("onward after the preceding year", "\\b(?:trong )?(?:các|những) năm tiếp theo\\b",
              h -> new Onward(h.start(), h.end())),
          // Rows 31–33, V4–V8, V17.
          r("year range", YEAR_RANGE, DeadlineParser::yearRange),
          // "trước năm Y" is strictly before 1 January Y; "đến (hết) năm Y" includes the whole year.
          r("before a year", "\\btrước năm " + YEAR,
              h -> {
                int y = h.year("y");
                return h.frame(y, p -> new ByDate(p, LocalDate.of(y, 1, 1), true));
              }),
          r("by the end of a year", "\\b(?:đến|chậm nhất(?: là)?(?: vào)?)(?: hết| cuối)? năm " + YEAR,
              h -> {
                int y = h.year("y");
                return h.frame(y, p -> new ByDate(p, LocalDate.of(y, 12, 31), false));
              }),
          // Rows 20–24, V11, V12: a month of a year.
          r("within month", "\\b(?:trong )?tháng " + MONTH + "(?: ?[/-] ?| năm )" + YEAR,
              h -> {
                YearMonth ym = YearMonth.of(h.year("y"), h.month("m"));
                return h.frame(ym.getYear(), p -> new WithinMonth(p, ym));
              }),
          // Rows 25–30, V3: a year, with or without "năm" (row 26 is a bare "2027").
          r("in year", "\\b(?:(?:trong|vào) )?năm " + YEAR, DeadlineParser::inYear),
          r("bare year", "(?<![0-9/\\p{L}-])\\b" + YEAR + "(?![/-]?[0-9])", DeadlineParser::inYear),

          // Pieces of a recurring duty; assembled into one Recurring.
          // Row 11, V13: "Quý I hằng năm" (Roman or Arabic quarter).
          r("quarter of every year", "\\bquý (?<q>iv|iii|ii|i|[1-4]) " + ANNUAL + "\\b",
              h -> new RecurringBit(h.start(), h.end(), Period.YEAR, false, quarter(h.text("q")), null, null)),
          // Row 13: "tháng 12 hàng năm".
          r("month of every year", "\\btháng " + MONTH + " " + ANNUAL + "\\b",
              h -> new RecurringBit(h.start(), h.end(), Period.YEAR, false, null, Month.of(h.month("m")), null)),
          // A quarter with no frequency word: it needs "hằng năm" elsewhere in the phrase.
          r("quarter", "\\bquý (?<q>iv|iii|ii|i|[1-4])\\b",
              h -> new RecurringBit(h.start(), h.end(), null, false, quarter(h.text("q")), null, null)),
          // Rows 12, 14, V9, V10: a day without a year recurs every year ("trước ngày 02/12").
          r("cut-off day",
              "\\b(?:" + CUTOFF_BY + " )?ngày " + DAY + " ?/ ?" + MONTH + "(?![0-9]| ?/ ?[0-9])",
              DeadlineParser::cutoff),
          r("cut-off day (long)",
              "\\b(?:" + CUTOFF_BY + " )?ngày " + DAY + " tháng " + MONTH + "(?![0-9]| năm [0-9])",
              DeadlineParser::cutoff),
          // Frequencies. "định kỳ" alone (rows 15–17, 38) states no frequency; a more specific word wins.
          r("six-monthly",
              "\\bđịnh kỳ (?:6|sáu) tháng(?: (?:một|1) lần)?\\b|\\b(?:6|sáu) tháng (?:một|1) lần\\b",
              frequency(Period.HALF_YEAR)),
          r("quarterly", "\\bđịnh kỳ (?:h[àằ]ng )?quý\\b|\\bh[àằ]ng quý\\b", frequency(Period.QUARTER)),
          // A time phrase that says "hằng tháng" (with "định kỳ" or alone) recurs every month.
          r("monthly", "\\b(?:định kỳ )?h[àằ]ng tháng\\b", frequency(Period.MONTH)),
          r("annual", "\\b(?:định kỳ )?" + ANNUAL + "\\b", frequency(Period.YEAR)),
          r("periodic", "\\bđịnh kỳ\\b",
              h -> new RecurringBit(h.start(), h.end(), Period.UNSPECIFIED, true, null, null, null)),
          // Haste with no date: "khẩn trương", "sớm", "ngay" — but "ngay sau khi" is an event cue.
          r("urgent", "\\b(?:khẩn trương|sớm nhất|sớm|ngay(?! (?:sau )?khi\\b))\\b", h -> h.frame(null, Urgent::new)));

  /** On demand: "Theo yêu cầu", "đột xuất khi có yêu cầu"; "của X" after it names the requester. */
  private static final Pattern DEMAND_CUE = Pattern.compile("\\b(?:đột xuất )?(?:khi có|theo|khi) yêu cầu\\b", FLAGS);

  /** Event cues; the text after the cue names the event. Longer cues first. */
  private static final Pattern EVENT_CUE =
      Pattern.compile("\\b(?<rel>ngay sau khi|sau khi|trước khi|(?:trong )?quá trình|khi)\\b", FLAGS);

  /** What an event cue's text names, tried in order against the text after the cue. */
  private static final List<EventRule> EVENT_RULES =
      List.of(
          new EventRule("^(?:(?:có|nhận được|tiếp nhận) )?(?:các )?(?:kiến nghị|phản ánh)\\b", Event.PETITION_RECEIVED),
          new EventRule("^được\\b.*\\bcho phép\\b", Event.PERMISSION_GRANTED),
          new EventRule(
              "^(?:xây dựng|soạn thảo) (?:(?:các )?(?:dự thảo )?văn bản (?:qppl|quy phạm pháp luật)|dự thảo)\\b",
              Event.QPPL_DRAFTING),
          new EventRule("^(?:các )?văn bản (?:qppl|quy phạm pháp luật)\\b.*\\bban hành\\b", Event.QPPL_ISSUED),
          // 002 L76–99: "có văn bản QPPL là căn cứ pháp lý hoặc tình hình … có thay đổi".
          new EventRule("\\bcăn cứ pháp lý\\b|\\bthay đổi\\b", Event.LEGAL_BASIS_CHANGED),
          new EventRule("^(?:kế hoạch|chương trình)\\b.*\\bban hành\\b", Event.PLAN_ISSUED),
          new EventRule("^(?:các |những )?đề án\\b.*\\bban hành\\b", Event.SCHEME_ISSUED),
          new EventRule("^có (?:văn bản|hướng dẫn|chỉ đạo)\\b.*\\btrung ương\\b", Event.CENTRAL_DOCUMENT_ISSUED));

  /** "sau khi được ban hành": the subject is elided and is the document of the preceding event. */
  private static final Pattern ELIDED_ISSUE = Pattern.compile("^(?:được )?ban hành$", FLAGS);

  // ---------------------------------------------------------------------------------------------------
  // Readers used by several recognisers.

  private static Reader external(Source source) {
    return h -> h.frame(null, p -> new External(p, source, null));
  }

  private static Reader frequency(Period period) {
    return h -> new RecurringBit(h.start(), h.end(), period, false, null, null, null);
  }

  /** A shape the parser recognises but refuses, with what it expected instead. */
  private static Reader refuse(String expected) {
    return h -> {
      throw h.failAll(expected);
    };
  }

  private static Piece byDate(Hit h) {
    LocalDate date = h.date();
    boolean exclusive = h.text("by").equals("trước");
    return h.frame(date.getYear(), p -> new ByDate(p, date, exclusive));
  }

  private static Piece onDate(Hit h) {
    LocalDate date = h.date();
    return h.frame(date.getYear(), p -> new OnDate(p, date));
  }

  private static Piece fromDate(Hit h) {
    return startsOn(h, h.date());
  }

  private static Piece fromQuarter(Hit h) {
    return startsOn(h, LocalDate.of(h.year("y"), (quarter(h.text("q")) - 1) * 3 + 1, 1));
  }

  private static Piece fromMonth(Hit h) {
    return startsOn(h, YearMonth.of(h.year("y"), h.month("m")).atDay(1));
  }

  /** Work that starts on {@code first} and runs on. */
  private static Piece startsOn(Hit h, LocalDate first) {
    return h.frame(first.getYear(), p -> new FromDate(p, first));
  }

  private static Piece inYear(Hit h) {
    int y = h.year("y");
    return h.frame(y, p -> new InYear(p, y));
  }

  private static Piece yearRange(Hit h) {
    int from = h.year("a");
    int to = h.year("b");
    if (to < from) {
      throw h.fail("b", "a year not before " + from);
    }
    return h.frame(to, p -> new YearRange(p, from, to));
  }

  private static Piece cutoff(Hit h) {
    MonthDay day = h.monthDay();
    boolean exclusive = "trước".equals(h.text("by"));
    return new RecurringBit(h.start(), h.end(), null, false, null, null, new Cutoff(day, exclusive));
  }

  private static Integer quarter(String q) {
    return switch (q) {
      case "i", "1" -> 1;
      case "ii", "2" -> 2;
      case "iii", "3" -> 3;
      default -> 4;
    };
  }

  // ---------------------------------------------------------------------------------------------------
  // Assembly.

  private static Deadline assemble(Input in, List<Piece> pieces) {
    pieces.sort(Comparator.comparingInt(Piece::start));
    List<Frame> parts = new ArrayList<>();
    List<RecurringBit> bits = new ArrayList<>();
    Integer lastYear = null;
    boolean dated = false;
    Event lastEvent = null;
    for (Piece piece : pieces) {
      if (piece instanceof Frame f) {
        parts.add(f);
        if (f.year() != null) {
          lastYear = f.year();
          dated = true;
        }
      } else if (piece instanceof RecurringBit b) {
        bits.add(b);
      } else if (piece instanceof Onward o) {
        if (lastYear == null) {
          throw in.error(o.start(), o.end(), "a year before it (\"Năm 2025 và các năm tiếp theo\")");
        }
        int year = lastYear + 1;
        if (year > MAX_YEAR) {
          throw in.error(o.start(), o.end(), "a year before " + MAX_YEAR);
        }
        parts.add(new Frame(o.start(), o.end(), null, p -> new FromYearOnward(p, year)));
      } else if (piece instanceof EventPiece e) {
        Event event = classify(in, e, lastEvent);
        lastEvent = event;
        parts.add(new Frame(e.start(), e.end(), null, p -> new OnEvent(p, e.relation(), event)));
      }
    }
    if (!bits.isEmpty()) {
      parts.add(recurring(in, bits, dated));
      parts.sort(Comparator.comparingInt(Frame::start));
    }
    if (parts.isEmpty()) {
      throw in.error(in.coreStart, EXPECTED_TIME_FRAME);
    }
    if (parts.size() == 1) {
      return parts.get(0).make().apply(in.nfc);
    }
    List<Deadline> made = parts.stream().map(f -> f.make().apply(in.original(f.start(), f.end()))).toList();
    return new Composite(in.nfc, made);
  }

  /** The pieces of one recurring duty: frequency words, a quarter or month of the year, cut-off days. */
  private static Frame recurring(Input in, List<RecurringBit> bits, boolean dated) {
    Period period = null;
    Integer quarter = null;
    Month month = null;
    List<Cutoff> cutoffs = new ArrayList<>();
    RecurringBit firstCutoff = null;
    for (RecurringBit b : bits) {
      if (b.period() != null && !b.weak()) {
        if (period != null && period != b.period()) {
          throw in.error(b.start(), b.end(), "one frequency, already read " + period);
        }
        period = b.period();
      }
      if (b.quarter() != null || b.month() != null) {
        if (quarter != null || month != null) {
          throw in.error(b.start(), b.end(), "one quarter or month of the year");
        }
        quarter = b.quarter();
        month = b.month();
      }
      if (b.cutoff() != null) {
        cutoffs.add(b.cutoff());
        firstCutoff = firstCutoff == null ? b : firstCutoff;
      }
    }
    if (period == null && firstCutoff != null) {
      // Days without a year and no frequency word: the number of cut-offs gives the instances per year.
      if (dated) {
        throw in.error(firstCutoff.start(), firstCutoff.end(), "a day with its year, as the phrase also names a year");
      }
      period =
          switch (cutoffs.size()) {
            case 1 -> Period.YEAR;
            case 2 -> Period.HALF_YEAR;
            case 4 -> Period.QUARTER;
            case 12 -> Period.MONTH;
            default -> throw in.error(firstCutoff.start(), firstCutoff.end(),
                "a frequency word (\"hàng năm\", \"định kỳ 6 tháng\") for " + cutoffs.size() + " cut-off days");
          };
    }
    if (quarter != null && period != Period.YEAR) {
      RecurringBit anchor = bits.stream().filter(b -> b.quarter() != null).findFirst().orElseThrow();
      throw in.error(anchor.start(), anchor.end(), "a year or \"hằng năm\" for the quarter");
    }
    Period p0 = period == null ? Period.UNSPECIFIED : period;
    Integer q0 = quarter;
    Month m0 = month;
    int start = bits.get(0).start();
    int end = bits.stream().mapToInt(RecurringBit::end).max().orElseThrow();
    return new Frame(start, end, null, p -> new Recurring(p, p0, q0, m0, cutoffs, null));
  }

  private static Event classify(Input in, EventPiece e, Event previous) {
    if (e.textStart() == e.textEnd()) {
      throw in.error(e.textStart(), "the event after \"" + in.original(e.start(), e.cueEnd()) + "\"");
    }
    for (EventRule rule : EVENT_RULES) {
      if (rule.pattern().matcher(in.text).region(e.textStart(), e.textEnd()).find()) {
        return rule.event();
      }
    }
    if (ELIDED_ISSUE.matcher(in.text).region(e.textStart(), e.textEnd()).find()) {
      if (previous == Event.QPPL_DRAFTING || previous == Event.QPPL_ISSUED) {
        return Event.QPPL_ISSUED;
      }
      if (previous == Event.SCHEME_ISSUED || previous == Event.PLAN_ISSUED || previous == Event.CENTRAL_DOCUMENT_ISSUED) {
        return previous;
      }
      throw in.error(e.textStart(), e.textEnd(), "the document that is issued (\"Đề án được ban hành\")");
    }
    // "sau khi dịch bệnh … được kiểm soát": any other stated condition, once it holds.
    if (e.relation() == Relation.AFTER || e.relation() == Relation.IMMEDIATELY_AFTER || e.relation() == Relation.AT) {
      return Event.CONDITION_MET;
    }
    throw in.error(e.textStart(), e.textEnd(), "a process such as \"xây dựng văn bản QPPL\"");
  }

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2200;

  private static final String EXPECTED_TIME_FRAME =
      "a time frame such as \"Thường xuyên\", \"Hàng năm\", \"Năm 2026\", \"Năm 2025 đến năm 2026\", "
          + "\"trong tháng 9/2025\", \"trước ngày 30/6/2021\", \"Sau khi Đề án ban hành\" or \"Theo yêu cầu\"";

  // ---------------------------------------------------------------------------------------------------
  // Pieces found in the folded text; positions are folded offsets [start, end).

  private sealed interface Piece permits Frame, RecurringBit, Onward, EventPiece {
    int start();

    int end();
  }

  /** A complete time frame; {@code year} is the last year it names (for a following "năm tiếp theo"). */
  private record Frame(int start, int end, Integer year, Function<String, Deadline> make) implements Piece {}

  /** Part of a recurring duty; {@code weak} for "định kỳ", which any stated frequency overrides. */
  private record RecurringBit(int start, int end, Period period, boolean weak, Integer quarter, Month month, Cutoff cutoff)
      implements Piece {}

  /** "những năm tiếp theo": from the year after the preceding dated part. */
  private record Onward(int start, int end) implements Piece {}

  /** An event cue with the text naming its event, [textStart, textEnd). */
  private record EventPiece(int start, int cueEnd, int end, Relation relation, int textStart, int textEnd) implements Piece {}

  private record EventRule(Pattern pattern, Event event) {
    EventRule(String regex, Event event) {
      this(Pattern.compile(regex, FLAGS), event);
    }
  }

  @FunctionalInterface
  private interface Reader {
    Piece read(Hit hit);
  }

  private record Recogniser(String name, Pattern pattern, Reader reader) {}

  private static Recogniser r(String name, String regex, Reader reader) {
    return new Recogniser(name, Pattern.compile(regex, FLAGS), reader);
  }

  /** One match of a recogniser, with checked readings of its groups; positions are folded offsets. */
  private static final class Hit {
    private final Input in;
    private final Matcher m;
    /** Offset of the matched string in the folded text. */
    private final int base;

    Hit(Input in, Matcher m, int base) {
      this.in = in;
      this.m = m;
      this.base = base;
    }

    int start() {
      return base + m.start();
    }

    int end() {
      return base + m.end();
    }

    /** The folded text of a group, or null when it did not take part. */
    String text(String group) {
      return m.group(group);
    }

    /** The group's text as written in the phrase (NFC, original case). */
    String original(String group) {
      return in.original(base + m.start(group), base + m.end(group));
    }

    Frame frame(Integer year, Function<String, Deadline> make) {
      return new Frame(start(), end(), year, make);
    }

    int year(String group) {
      int y = Integer.parseInt(m.group(group));
      if (y < MIN_YEAR || y > MAX_YEAR) {
        throw fail(group, "a year between " + MIN_YEAR + " and " + MAX_YEAR);
      }
      return y;
    }

    int month(String group) {
      int month = Integer.parseInt(m.group(group));
      if (month < 1 || month > 12) {
        throw fail(group, "a month from 1 to 12");
      }
      return month;
    }

    MonthDay monthDay() {
      int month = month("m");
      int day = Integer.parseInt(m.group("d"));
      try {
        return MonthDay.of(month, day);
      } catch (DateTimeException e) {
        throw fail("d", "a day of month " + month);
      }
    }

    LocalDate date() {
      int year = year("y");
      int month = month("m");
      try {
        return LocalDate.of(year, month, Integer.parseInt(m.group("d")));
      } catch (DateTimeException e) {
        throw fail("d", "a day of " + YearMonth.of(year, month));
      }
    }

    DeadlineFormatException fail(String group, String expected) {
      return in.error(base + m.start(group), base + m.end(group), expected);
    }

    DeadlineFormatException failAll(String expected) {
      return in.error(start(), end(), expected);
    }
  }

  /** The recognisers' claims on the core of one phrase. */
  private static final class Claims {
    private final Input in;
    /** The folded text between the decorations; recognisers match this. */
    private final String core;
    /** Claimed folded offsets. */
    private final boolean[] claimed;
    final List<Piece> pieces = new ArrayList<>();

    Claims(Input in) {
      this.in = in;
      this.core = in.text.substring(in.coreStart, in.coreEnd);
      this.claimed = new boolean[in.text.length()];
    }

    /** Claims every match of {@code r} that does not overlap an earlier claim. */
    void claimAll(Recogniser r) {
      forEachFreeMatch(r.pattern(), h -> {
        Piece piece = r.reader().read(h);
        claim(piece.start(), piece.end());
        pieces.add(piece);
      });
    }

    /**
     * Claims the cues that take the text after them: "theo yêu cầu (của X)" and event cues. Their text
     * runs to the next claimed expression or cue, or to the end of the phrase.
     */
    void claimCues() {
      List<int[]> demands = new ArrayList<>();
      forEachFreeMatch(DEMAND_CUE, h -> {
        demands.add(new int[] {h.start(), h.end()});
        claim(h.start(), h.end());
      });
      List<int[]> events = new ArrayList<>();
      List<Relation> relations = new ArrayList<>();
      forEachFreeMatch(EVENT_CUE, h -> {
        events.add(new int[] {h.start(), h.end()});
        relations.add(relation(h.text("rel")));
        claim(h.start(), h.end());
      });
      for (int[] cue : demands) {
        int textStart = in.skipSpaces(cue[1], in.coreEnd);
        int textEnd = in.trimTail(textStart, nextClaim(cue[1]));
        int end = cue[1];
        String requester = null;
        if (in.text.startsWith("của ", textStart) && textEnd > textStart + 4) {
          requester = in.original(textStart + 4, textEnd);
          end = textEnd;
        }
        String who = requester;
        claim(cue[0], end);
        pieces.add(new Frame(cue[0], end, null, p -> new OnDemand(p, who)));
      }
      List<EventPiece> eventPieces = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        int[] cue = events.get(i);
        int textStart = in.skipSpaces(cue[1], in.coreEnd);
        int textEnd = Math.max(textStart, in.trimTail(textStart, nextClaim(cue[1])));
        eventPieces.add(new EventPiece(cue[0], cue[1], Math.max(cue[1], textEnd), relations.get(i), textStart, textEnd));
      }
      for (EventPiece e : eventPieces) {
        claim(e.start(), e.end());
        pieces.add(e);
      }
    }

    private static Relation relation(String cue) {
      return switch (cue) {
        case "ngay sau khi" -> Relation.IMMEDIATELY_AFTER;
        case "sau khi" -> Relation.AFTER;
        case "trước khi" -> Relation.BEFORE;
        case "khi" -> Relation.AT;
        default -> Relation.DURING; // "quá trình", "trong quá trình"
      };
    }

    /** A number outside every time expression (and outside document symbols) is not readable. */
    void rejectStrayNumbers() {
      for (int i = in.coreStart; i < in.coreEnd; i++) {
        if (!claimed[i] && Character.isDigit(in.text.charAt(i))) {
          int end = i;
          while (end < in.coreEnd && (Character.isDigit(in.text.charAt(end)) || in.text.charAt(end) == '/')) {
            end++;
          }
          throw in.error(i, end, "no number outside a time expression; " + EXPECTED_TIME_FRAME);
        }
      }
    }

    /**
     * Calls {@code action} on each match in the core that overlaps no claim, left to right; after an
     * overlapping match the search resumes one character later, so a shorter free match is still found.
     * Patterns run on the core alone, so {@code $} is its end; transparent bounds let lookbehinds see the
     * text before a resumed search.
     */
    private void forEachFreeMatch(Pattern pattern, Consumer<Hit> action) {
      Matcher m = pattern.matcher(core).useTransparentBounds(true);
      int from = 0;
      while (from < core.length()) {
        m.region(from, core.length());
        if (!m.find()) {
          return;
        }
        if (m.end() > m.start() && isFree(in.coreStart + m.start(), in.coreStart + m.end())) {
          int end = m.end();
          action.accept(new Hit(in, m, in.coreStart));
          from = end;
        } else {
          from = m.start() + 1;
        }
      }
    }

    private boolean isFree(int start, int end) {
      for (int i = start; i < end; i++) {
        if (claimed[i]) {
          return false;
        }
      }
      return true;
    }

    private void claim(int start, int end) {
      for (int i = start; i < end; i++) {
        claimed[i] = true;
      }
    }

    private int nextClaim(int from) {
      int i = from;
      while (i < in.coreEnd && !claimed[i]) {
        i++;
      }
      return i;
    }
  }

  /** The phrase as given, its NFC form, and the folded, masked copy the recognisers read. */
  private static final class Input {
    final String given;
    final String nfc;
    /** Folded and masked; one char per folded char. */
    final String text;
    /** NFC range [from[i], to[i]) each folded char comes from. */
    final int[] from;
    final int[] to;
    int coreStart;
    int coreEnd;
    boolean labelled;

    private Input(String given, String nfc, String text, int[] from, int[] to) {
      this.given = given;
      this.nfc = nfc;
      this.text = text;
      this.from = from;
      this.to = to;
    }

    static Input of(String given) {
      String nfc = Text.nfc(given);
      StringBuilder sb = new StringBuilder(nfc.length());
      int[] from = new int[nfc.length() * 2 + 1];
      int[] to = new int[nfc.length() * 2 + 1];
      int n = 0;
      for (int i = 0; i < nfc.length(); ) {
        int cp = nfc.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (isSpace(cp)) {
          while (next < nfc.length() && isSpace(nfc.codePointAt(next))) {
            next += Character.charCount(nfc.codePointAt(next));
          }
          sb.append(' ');
          from[n] = i;
          to[n++] = next;
        } else {
          // Case folding per code point keeps a one-to-one map back to the phrase.
          int folded = isDash(cp) ? '-' : Character.toLowerCase(cp);
          for (char c : Character.toChars(folded)) {
            sb.append(c);
            from[n] = i;
            to[n++] = next;
          }
        }
        i = next;
      }
      char[] chars = sb.toString().toCharArray();
      mask(chars, DOCUMENT_SYMBOL);
      mask(chars, WORD_WITH_DIGITS);
      Input in = new Input(given, nfc, new String(chars), Arrays.copyOf(from, n), Arrays.copyOf(to, n));
      in.stripDecorations();
      return in;
    }

    private static void mask(char[] chars, Pattern pattern) {
      Matcher m = pattern.matcher(new String(chars));
      while (m.find()) {
        for (int i = m.start(); i < m.end(); i++) {
          chars[i] = MASK;
        }
      }
    }

    /** Bullets, labels, trailing punctuation, the table bar and enclosing parentheses, in any order. */
    private void stripDecorations() {
      int s = 0;
      int e = text.length();
      boolean changed = true;
      while (changed) {
        changed = false;
        s = skipSpaces(s, e);
        while (e > s && text.charAt(e - 1) == ' ') {
          e--;
        }
        Matcher lead = LEADING_DECORATION.matcher(text).region(s, e);
        if (s < e && lead.lookingAt()) {
          labelled |= lead.group("label") != null;
          s = lead.end();
          changed = true;
        } else if (e > s && ".;,|".indexOf(text.charAt(e - 1)) >= 0) {
          e--;
          changed = true;
        } else if (e - s >= 2 && text.charAt(s) == '(' && closes(s, e - 1)) {
          s++;
          e--;
          changed = true;
        }
      }
      coreStart = s;
      coreEnd = Math.max(s, e);
    }

    /** Whether the '(' at {@code open} is closed exactly by the ')' at {@code close}. */
    private boolean closes(int open, int close) {
      if (text.charAt(close) != ')') {
        return false;
      }
      int depth = 0;
      for (int i = open; i <= close; i++) {
        char c = text.charAt(i);
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
          if (depth == 0) {
            return i == close;
          }
        }
      }
      return false;
    }

    int skipSpaces(int i, int limit) {
      while (i < limit && text.charAt(i) == ' ') {
        i++;
      }
      return i;
    }

    /** Trims trailing spaces, separators and a dangling connective ("và", "hoặc") off [start, end). */
    int trimTail(int start, int end) {
      int e = end;
      boolean changed = true;
      while (changed && e > start) {
        changed = false;
        while (e > start && " ,;/(-".indexOf(text.charAt(e - 1)) >= 0) {
          e--;
          changed = true;
        }
        for (String connective : List.of("và", "hoặc")) {
          int s = e - connective.length();
          if (s >= start && text.startsWith(connective, s) && (s == start || text.charAt(s - 1) == ' ')) {
            e = s;
            changed = true;
          }
        }
      }
      return e;
    }

    /** The phrase's NFC text of folded range [start, end). */
    String original(int start, int end) {
      return nfc.substring(from[start], to[end - 1]);
    }

    DeadlineFormatException error(int foldedPos, String expected) {
      int end = foldedPos;
      while (end < text.length() && text.charAt(end) != ' ') {
        end++;
      }
      return error(foldedPos, end, expected);
    }

    DeadlineFormatException error(int start, int end, String expected) {
      int nfcPos = start < from.length ? from[start] : nfc.length();
      String found = end > start ? original(start, end) : "";
      return new DeadlineFormatException(given, givenOffset(nfcPos), found, expected);
    }

    /** Maps an NFC offset back to the phrase as given (they differ only for non-NFC input). */
    private int givenOffset(int nfcPos) {
      if (given.equals(nfc)) {
        return nfcPos;
      }
      for (int r = 1; r <= given.length(); r++) {
        if (Text.nfc(given.substring(0, r)).length() > nfcPos) {
          return r - 1;
        }
      }
      return given.length();
    }
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0xFEFF;
  }

  private static boolean isDash(int cp) {
    return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D;
  }
}
