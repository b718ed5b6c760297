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
import dev.plancompliance.model.Deadline.OnDemand;
import dev.plancompliance.model.Deadline.OnEvent;
import dev.plancompliance.model.Deadline.Period;
import dev.plancompliance.model.Deadline.Recurring;
import dev.plancompliance.model.Deadline.Relation;
import dev.plancompliance.model.Deadline.Source;
import dev.plancompliance.model.Deadline.Urgent;
import dev.plancompliance.model.Deadline.Vague;
import dev.plancompliance.model.Deadline.WithinMonth;
import dev.plancompliance.model.Deadline.YearRange;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;

/**
 * The test vectors that plan-model/TIME-PHRASES.md §1 points to: rows 1–58 (verbatim from the seeds, line breaks
 * as {@code \n}), the variants V1–V17 and N1–N18 (phrases of plans beyond the seeds), each with its seed source and the expected value written out.
 * The expected phrase is the input as given, NFC-normalised.
 */
final class TimePhraseVectors {
  private TimePhraseVectors() {}

  /** One row: a {@link Deadline}, a {@link Horizon} (row 58) or an unreadable phrase with its position. */
  record Vector(String id, String source, String input, Deadline deadline, Horizon horizon, Integer errorPosition) {
    @Override
    public String toString() {
      return id + " (" + source + "): " + input.replace("\n", "⏎");
    }
  }

  static Vector row(String id, String source, String input, Deadline expected) {
    return new Vector(id, source, input, expected, null, null);
  }

  static Vector horizon(String id, String source, String input, Horizon expected) {
    return new Vector(id, source, input, null, expected, null);
  }

  static Vector unreadable(String id, String source, String input, int position) {
    return new Vector(id, source, input, null, null, position);
  }

  private static Recurring annual(String phrase) {
    return Recurring.every(phrase, Period.YEAR);
  }

  private static Cutoff before(int month, int day) {
    return new Cutoff(MonthDay.of(month, day), true);
  }

  // Long inputs, kept apart for readability.
  static final String ROW_14 =
      "định kỳ 6 tháng báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 15 \n\ntháng 6 và trước ngày 01 tháng 12";
  static final String ROW_35 =
      "- Thời gian thực hiện: các sở, cơ quan chuyên môn thuộc UBND thực hiện\n"
          + "rà soát, bố trí, sắp xếp, kiện toàn xong trong năm 2021 (kết quả báo cáo Chủ\n"
          + "tịch UBND tỉnh (qua Sở Tư pháp) trong báo cáo công tác năm thực hiện Kế\n"
          + "hoạch này) và thường xuyên củng cố, kiện toàn trong những năm tiếp theo.";
  static final String ROW_43 =
      "sau khi các Đề án của Thủ tướng Chính phủ về chuyển đổi số, ứng dụng trí tuệ nhân tạo, dữ liệu lớn"
          + " trong công tác xây dựng và thi hành pháp luật được ban hành";
  static final String ROW_44 =
      "Thời gian: sau khi dịch bệnh Covid-19 trên địa bàn tỉnh được kiểm soát\nvà tỉnh cho phép tổ chức các hội nghị.";

  static final List<Vector> ALL =
      List.of(
          // A. Continuous
          row("1", "003 L129", "Thường xuyên", new Continuous("Thường xuyên")),
          row("2", "000 L14", "Thời gian thực hiện: Thường xuyên.", new Continuous("Thời gian thực hiện: Thường xuyên.")),
          row("3", "002 L220", "Thời gian thực hiện: thường xuyên.", new Continuous("Thời gian thực hiện: thường xuyên.")),
          row("4", "002 L166", "+ Thời gian thực hiện: thường xuyên.", new Continuous("+ Thời gian thực hiện: thường xuyên.")),
          row("5", "002 L145", "- Thời gian: thường xuyên.", new Continuous("- Thời gian: thường xuyên.")),
          row("6", "003 L366", "Thường xuyên |", new Continuous("Thường xuyên |")),
          // B. Recurring
          row("7", "003 L261", "Hàng năm", annual("Hàng năm")),
          row("8", "002 L182", "- Thời gian thực hiện: hàng năm.", annual("- Thời gian thực hiện: hàng năm.")),
          row("9", "002 L243", "Định kỳ hàng năm", annual("Định kỳ hàng năm")),
          row("10", "002 L280", "thực hiện hàng năm", annual("thực hiện hàng năm")),
          row("11", "003 L174", "Quý I hằng năm",
              new Recurring("Quý I hằng năm", Period.YEAR, 1, null, List.of(), null)),
          row("12", "002 L283", "Hàng năm, trước ngày 02/12",
              new Recurring("Hàng năm, trước ngày 02/12", Period.YEAR, null, null, List.of(before(12, 2)), null)),
          row("13", "002 L291", "tại phiên họp tháng 12 hàng năm",
              new Recurring("tại phiên họp tháng 12 hàng năm", Period.YEAR, null, Month.DECEMBER, List.of(), null)),
          row("14", "001 L488–490", ROW_14,
              new Recurring(ROW_14, Period.HALF_YEAR, null, null, List.of(before(6, 15), before(12, 1)), null)),
          row("15", "000 L58", "Định kỳ sơ kết, tổng kết việc thực hiện",
              Recurring.every("Định kỳ sơ kết, tổng kết việc thực hiện", Period.UNSPECIFIED)),
          row("16", "000 L63", "định kỳ đánh giá, sơ kết, tổng kết việc thực hiện",
              Recurring.every("định kỳ đánh giá, sơ kết, tổng kết việc thực hiện", Period.UNSPECIFIED)),
          row("17", "003 L90", "định kỳ và đột xuất khi có yêu cầu",
              new Composite("định kỳ và đột xuất khi có yêu cầu", List.of(
                  Recurring.every("định kỳ", Period.UNSPECIFIED),
                  new OnDemand("đột xuất khi có yêu cầu", null)))),
          row("18", "003 L34", "Sau mỗi kỳ họp Quốc hội",
              new Recurring("Sau mỗi kỳ họp Quốc hội", Period.EVENT, null, null, List.of(), Event.NATIONAL_ASSEMBLY_SESSION)),
          // C. Fixed date
          row("19", "002 L278", "trước ngày 30/6/2021", new ByDate("trước ngày 30/6/2021", LocalDate.of(2021, 6, 30), true)),
          // D. Within a month
          row("20", "000 L56", "(hoàn thành trong tháng   9/2025)",
              new WithinMonth("(hoàn thành trong tháng   9/2025)", YearMonth.of(2025, 9))),
          row("21", "000 L61", "(hoàn thành trong tháng 9/2025)",
              new WithinMonth("(hoàn thành trong tháng 9/2025)", YearMonth.of(2025, 9))),
          row("22", "001 L466", "trong tháng 7 năm 2025", new WithinMonth("trong tháng 7 năm 2025", YearMonth.of(2025, 7))),
          row("23", "002 L50–51", "quán triệt, triển khai Chỉ thị 06-CT/TU và Kế\nhoạch này xong trong tháng 7/2021.",
              new WithinMonth("quán triệt, triển khai Chỉ thị 06-CT/TU và Kế\nhoạch này xong trong tháng 7/2021.",
                  YearMonth.of(2021, 7))),
          row("24", "002 L152", "- Thời gian thực hiện: tháng 9/2021.",
              new WithinMonth("- Thời gian thực hiện: tháng 9/2021.", YearMonth.of(2021, 9))),
          // E. A year
          row("25", "003 L180", "Năm 2026", new InYear("Năm 2026", 2026)),
          row("26", "003 L255", "2027", new InYear("2027", 2027)),
          row("27", "003 L360", "Năm 2027", new InYear("Năm 2027", 2027)),
          row("28", "001 L480", "hoàn thành trong năm 2025.", new InYear("hoàn thành trong năm 2025.", 2025)),
          row("29", "002 L291–292", "sơ kết vào\nnăm 2024", new InYear("sơ kết vào\nnăm 2024", 2024)),
          row("30", "002 L292", "tổng kết vào năm 2026", new InYear("tổng kết vào năm 2026", 2026)),
          // F. Year range
          row("31", "003 L210", "Năm 2025 đến năm 2026", new YearRange("Năm 2025 đến năm 2026", 2025, 2026)),
          row("32", "003 L246", "Năm 2025-2026", new YearRange("Năm 2025-2026", 2025, 2026)),
          row("33", "003 L315", "Năm 2028 đến 2029", new YearRange("Năm 2028 đến 2029", 2028, 2029)),
          // G. Open-ended from a year
          row("34", "000 L26", "Thời gian thực hiện: Năm 2025 và các năm tiếp theo.",
              new FromYearOnward("Thời gian thực hiện: Năm 2025 và các năm tiếp theo.", 2025)),
          // J. Composite
          row("35", "002 L228–231", ROW_35,
              new Composite(ROW_35, List.of(
                  new InYear("trong năm 2021", 2021),
                  new FromYearOnward("trong những năm tiếp theo", 2022)))),
          row("36", "002 L106", "Thời gian thực hiện: thường xuyên và theo chương trình, kế hoạch.",
              new Composite("Thời gian thực hiện: thường xuyên và theo chương trình, kế hoạch.", List.of(
                  new Continuous("thường xuyên"),
                  new External("theo chương trình, kế hoạch", Source.PROGRAMME, null)))),
          row("37", "003 L216", "Thường xuyên/Theo yêu cầu",
              new Composite("Thường xuyên/Theo yêu cầu", List.of(
                  new Continuous("Thường xuyên"),
                  new OnDemand("Theo yêu cầu", null)))),
          row("38", "003 L309", "Thường xuyên, định kỳ",
              new Composite("Thường xuyên, định kỳ", List.of(
                  new Continuous("Thường xuyên"),
                  Recurring.every("định kỳ", Period.UNSPECIFIED)))),
          // H. Event-triggered
          row("39", "003 L135", "Ngay sau khi Kế hoạch ban hành",
              new OnEvent("Ngay sau khi Kế hoạch ban hành", Relation.IMMEDIATELY_AFTER, Event.PLAN_ISSUED)),
          row("40", "003 L372", "Ngay sau khi Đề án được ban hành",
              new OnEvent("Ngay sau khi Đề án được ban hành", Relation.IMMEDIATELY_AFTER, Event.SCHEME_ISSUED)),
          row("41", "003 L222", "Sau khi Đề án ban hành",
              new OnEvent("Sau khi Đề án ban hành", Relation.AFTER, Event.SCHEME_ISSUED)),
          row("42", "003 L393", "Sau khi có Văn bản của Trung ương",
              new OnEvent("Sau khi có Văn bản của Trung ương", Relation.AFTER, Event.CENTRAL_DOCUMENT_ISSUED)),
          row("43", "003 L82", ROW_43, new OnEvent(ROW_43, Relation.AFTER, Event.SCHEME_ISSUED)),
          row("44", "002 L39–40", ROW_44, new OnEvent(ROW_44, Relation.AFTER, Event.CONDITION_MET)),
          row("45", "003 L273", "Khi có kiến nghị", new OnEvent("Khi có kiến nghị", Relation.AT, Event.PETITION_RECEIVED)),
          row("46", "003 L38", "khi nhận được kiến nghị",
              new OnEvent("khi nhận được kiến nghị", Relation.AT, Event.PETITION_RECEIVED)),
          row("47", "003 L330", "Khi được cơ quan có thẩm quyền cho phép",
              new OnEvent("Khi được cơ quan có thẩm quyền cho phép", Relation.AT, Event.PERMISSION_GRANTED)),
          row("48", "003 L150", "Trước khi xây dựng văn bản QPPL",
              new OnEvent("Trước khi xây dựng văn bản QPPL", Relation.BEFORE, Event.QPPL_DRAFTING)),
          row("49", "003 L156", "Khi xây dựng văn bản QPPL",
              new OnEvent("Khi xây dựng văn bản QPPL", Relation.AT, Event.QPPL_DRAFTING)),
          row("50", "003 L162", "Quá trình xây dựng văn bản QPPL",
              new OnEvent("Quá trình xây dựng văn bản QPPL", Relation.DURING, Event.QPPL_DRAFTING)),
          row("51", "003 L186", "Trong quá trình xây dựng dự thảo và sau khi được ban hành",
              new Composite("Trong quá trình xây dựng dự thảo và sau khi được ban hành", List.of(
                  new OnEvent("Trong quá trình xây dựng dự thảo", Relation.DURING, Event.QPPL_DRAFTING),
                  new OnEvent("sau khi được ban hành", Relation.AFTER, Event.QPPL_ISSUED)))),
          // I. Set elsewhere, on demand
          row("52", "003 L228", "Theo thời hạn giao của Trung ương",
              new External("Theo thời hạn giao của Trung ương", Source.CENTRAL_ASSIGNMENT, null)),
          row("53", "003 L141", "Theo thời hạn tại Kế hoạch số 69/KH-UBND",
              new External("Theo thời hạn tại Kế hoạch số 69/KH-UBND", Source.REFERENCED_DOCUMENT, "69/KH-UBND")),
          row("54", "003 L198", "Theo thời hạn đăng ký",
              new External("Theo thời hạn đăng ký", Source.REGISTRATION, null)),
          row("55", "001 L172", "theo lộ trình phù hợp và chỉ đạo của Trung ương",
              new External("theo lộ trình phù hợp và chỉ đạo của Trung ương", Source.CENTRAL_ASSIGNMENT, null)),
          row("56", "003 L345", "Theo yêu cầu của bộ, ngành Trung ương",
              new OnDemand("Theo yêu cầu của bộ, ngành Trung ương", "bộ, ngành Trung ương")),
          // K. Other
          row("57", "001 L60", "trong thời gian tới", new Vague("trong thời gian tới")),
          horizon("58", "001 L52–54", "thực hiện thắng lợi các mục tiêu đến năm 2030, \n\ntầm nhìn năm 2045",
              Horizon.builder().targetYear(2030).visionYear(2045).build()),

          // Variants (not in the seeds)
          row("V1", "variant of row 1", "Thường  xuyên", new Continuous("Thường  xuyên")),
          row("V2", "variant of row 1", "THƯỜNG XUYÊN", new Continuous("THƯỜNG XUYÊN")),
          row("V3", "variant of row 25", "năm 2026", new InYear("năm 2026", 2026)),
          row("V4", "variant of row 33", "Năm  2028  đến  2029", new YearRange("Năm  2028  đến  2029", 2028, 2029)),
          row("V5", "variant of row 32", "Năm 2025 – 2026", new YearRange("Năm 2025 – 2026", 2025, 2026)),
          row("V6", "variant of row 32 (002 L79 spacing)", "Năm 2025 - 2026", new YearRange("Năm 2025 - 2026", 2025, 2026)),
          row("V7", "variant of row 33", "Năm 2028 đến năm 2029", new YearRange("Năm 2028 đến năm 2029", 2028, 2029)),
          row("V8", "variant of category F", "2025-2030", new YearRange("2025-2030", 2025, 2030)),
          // Two yearly cut-offs and no frequency word: two instances a year, as in row 14.
          row("V9", "variant of row 14", "trước ngày 15/6 và trước ngày 1/12",
              new Recurring("trước ngày 15/6 và trước ngày 1/12", Period.HALF_YEAR, null, null,
                  List.of(before(6, 15), before(12, 1)), null)),
          row("V10", "variant of row 12", "Hàng năm, trước ngày 2/12",
              new Recurring("Hàng năm, trước ngày 2/12", Period.YEAR, null, null, List.of(before(12, 2)), null)),
          row("V11", "variant of row 21", "trong tháng 09/2025", new WithinMonth("trong tháng 09/2025", YearMonth.of(2025, 9))),
          row("V12", "variant of row 22", "trong tháng 7\nnăm 2025", new WithinMonth("trong tháng 7\nnăm 2025", YearMonth.of(2025, 7))),
          row("V13", "variant of row 11", "Quý 1 hàng năm", new Recurring("Quý 1 hàng năm", Period.YEAR, 1, null, List.of(), null)),
          // NFD input; the phrase is kept NFC.
          row("V14", "variant of row 7", "Ha\u0300ng na\u0306m", annual("Hàng năm")),
          row("V15", "variant of row 34 (002 L231 wording)", "Năm 2025 và những năm tiếp theo",
              new FromYearOnward("Năm 2025 và những năm tiếp theo", 2025)),
          row("V16", "variant of row 40", "Ngay sau khi Đề án được\nban hành |",
              new OnEvent("Ngay sau khi Đề án được\nban hành |", Relation.IMMEDIATELY_AFTER, Event.SCHEME_ISSUED)),
          // Reversed range: the second year, at offset 13, precedes the first.
          unreadable("V17", "variant of row 33", "Năm 2029 đến 2028", 13),

          // N1–N18: phrases of plans beyond the seeds (sub-plans, plans under other directives).
          // A start, open-ended: never a one-day deadline.
          row("N1", "start, open-ended", "Từ 01/7/2025", new FromDate("Từ 01/7/2025", LocalDate.of(2025, 7, 1))),
          row("N2", "start, open-ended", "Từ ngày 01 tháng 7 năm 2025",
              new FromDate("Từ ngày 01 tháng 7 năm 2025", LocalDate.of(2025, 7, 1))),
          row("N3", "start of a month", "Từ tháng 7/2025", new FromDate("Từ tháng 7/2025", LocalDate.of(2025, 7, 1))),
          row("N4", "start of a year", "Từ năm 2026", new FromYearOnward("Từ năm 2026", 2026)),
          // A start and a due date.
          row("N5", "start and end", "Từ ngày 01/7/2025 đến ngày 31/12/2025",
              new Composite("Từ ngày 01/7/2025 đến ngày 31/12/2025", List.of(
                  new FromDate("Từ ngày 01/7/2025", LocalDate.of(2025, 7, 1)),
                  new ByDate("đến ngày 31/12/2025", LocalDate.of(2025, 12, 31), false)))),
          row("N6", "a quarter, then on", "Quý IV năm 2025 và các năm tiếp theo",
              new FromDate("Quý IV năm 2025 và các năm tiếp theo", LocalDate.of(2025, 10, 1))),
          row("N7", "a period, then on", "Giai đoạn 2026–2030 và những năm tiếp theo",
              new Composite("Giai đoạn 2026–2030 và những năm tiếp theo", List.of(
                  new YearRange("Giai đoạn 2026–2030", 2026, 2030),
                  new FromYearOnward("những năm tiếp theo", 2031)))),
          row("N8", "a range that is not a start", "Từ năm 2025 đến năm 2026",
              new YearRange("Từ năm 2025 đến năm 2026", 2025, 2026)),
          // Another schedule, the law's time limits.
          row("N9", "another schedule", "Theo tiến độ xây dựng Luật",
              new External("Theo tiến độ xây dựng Luật", Source.SCHEDULE, "xây dựng Luật")),
          row("N10", "another schedule, then a year", "Theo lộ trình đến năm 2030",
              new Composite("Theo lộ trình đến năm 2030", List.of(
                  new External("Theo lộ trình", Source.SCHEDULE, null),
                  new ByDate("đến năm 2030", LocalDate.of(2030, 12, 31), false)))),
          row("N11", "the law's time limits", "theo quy định", new External("theo quy định", Source.REGULATION, null)),
          row("N12", "a regulation named", "Theo quy định tại Nghị định số 09/2019/NĐ-CP",
              new External("Theo quy định tại Nghị định số 09/2019/NĐ-CP", Source.REFERENCED_DOCUMENT, "09/2019/NĐ-CP")),
          // Haste with no date.
          row("N13", "urgent, undated", "Khẩn trương", new Urgent("Khẩn trương")),
          row("N14", "urgent, undated", "Thực hiện ngay", new Urgent("Thực hiện ngay")),
          row("N15", "urgent, then a date", "Sớm, hoàn thành trước ngày 30/6/2025",
              new Composite("Sớm, hoàn thành trước ngày 30/6/2025", List.of(
                  new Urgent("Sớm"), new ByDate("trước ngày 30/6/2025", LocalDate.of(2025, 6, 30), true)))),
          // "ngay sau khi" stays an event cue.
          row("N16", "event, not haste", "Ngay sau khi Kế hoạch được ban hành",
              new OnEvent("Ngay sau khi Kế hoạch được ban hành", Relation.IMMEDIATELY_AFTER, Event.PLAN_ISSUED)),
          // "hằng tháng" alone recurs monthly, as "hằng quý" recurs quarterly.
          row("N17", "monthly, no \"định kỳ\"", "hằng tháng", new Recurring("hằng tháng", Period.MONTH, null, null, List.of(), null)),
          // A start and an end split over two lines, as a portal prints them ("Thời gian: Từ ngày\n15/11/2025 …").
          row("N18", "start and end over a line break", "Từ ngày\n15/11/2025 đến ngày 15/12/2025.",
              new Composite("Từ ngày\n15/11/2025 đến ngày 15/12/2025.", List.of(
                  new FromDate("Từ ngày\n15/11/2025", LocalDate.of(2025, 11, 15)),
                  new ByDate("đến ngày 15/12/2025", LocalDate.of(2025, 12, 15), false)))));

  /** The rows whose input reads to a Deadline. */
  static List<Vector> readable() {
    return ALL.stream().filter(v -> v.deadline() != null).toList();
  }
}
