package dev.plancompliance.model.text;

import dev.plancompliance.model.BudgetLevel;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.SourceRef;
import dev.plancompliance.model.SpendingFloor;
import dev.plancompliance.model.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a plan binds itself to: a spending floor ("chi cho công tác xây dựng pháp luật … không thấp hơn
 * 0,5% tổng chi ngân sách hằng năm và tăng dần") and targets ("Phấn đấu 100% văn bản … được rà soát").
 */
final class Figures {
  private static final Pattern FLOOR = Pattern.compile(
      "không (?:thấp|ít) hơn\\s+(\\d+(?:[,.]\\d+)?)\\s*%\\s*(?:tổng chi|tổng dự toán chi|chi) ngân sách", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern LAW_DRAFTING = Pattern.compile("xây dựng (?:và thi hành )?pháp luật", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern RISING = Pattern.compile("tăng dần", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TARGET = Pattern.compile("^(?:[-+•]\\s*)?(?:phấn đấu|chỉ tiêu|mục tiêu)\\b.*?(\\d+(?:[,.]\\d+)?)\\s*(%)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern YEAR = Pattern.compile("(?:năm|đến năm|trước năm)\\s+(\\d{4})");

  final List<SpendingFloor> floors = new ArrayList<>();
  final List<Target> targets = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();

  private record Pending(BigDecimal rate, boolean rising, String basis, SourceRef source, int line) {}

  /** Notes a spending floor stated in {@code text} (a task's words), for the plan to bind once its date and level are known. */
  void floorIn(String text, String where, SourceRef source) {
    Matcher m = FLOOR.matcher(text);
    if (m.find() && LAW_DRAFTING.matcher(text).find()) {
      BigDecimal percent = new BigDecimal(m.group(1).replace(',', '.'));
      String sentence = sentenceAround(text, m.start(), m.end());
      pending.add(new Pending(percent.movePointLeft(2), RISING.matcher(sentence).find(), where + ": “" + sentence + "”", source, source.line()));
    }
  }

  /** A target, when {@code u} reads as one. */
  boolean target(Unit u, Reading reading) {
    Matcher m = TARGET.matcher(u.text());
    if (!m.find()) {
      return false;
    }
    Target.Builder t = Target.builder().text(u.text()).value(new BigDecimal(m.group(1).replace(',', '.'))).unit(m.group(2))
        .source(reading.source(u.first(), u.last()));
    Matcher year = YEAR.matcher(u.text());
    Integer last = null;
    while (year.find()) {
      last = Integer.parseInt(year.group(1));
    }
    if (last != null) {
      t.year(last);
    }
    targets.add(t.build());
    return true;
  }

  /**
   * Binds the floors noted: from the plan's issue date, else from the latest date the plan cites (with a
   * decision), at the budget of the plan's level; without any date a floor cannot bind and is left out, listed.
   */
  void bind(Optional<LocalDate> issuedOn, List<DocumentRef> cited, BudgetLevel level, Decisions decisions) {
    for (Pending p : pending) {
      Optional<LocalDate> from = issuedOn;
      if (from.isEmpty()) {
        Optional<DocumentRef> latest = cited.stream().filter(r -> r.issuedOn().isPresent()).max(Comparator.comparing(r -> r.issuedOn().get()));
        from = latest.flatMap(DocumentRef::issuedOn);
        decisions.add(p.line, "spending floor", from.map(d -> "binds from " + d).orElse("left out"), from.isPresent()
            ? "the plan prints no issue date: the floor is taken to bind from the latest date it cites (" + latest.get().symbol() + ")"
            : "the plan prints no issue date and cites no dated document: when the floor binds is unknown", "the issue date", "the latest date cited");
      }
      from.ifPresent(d -> floors.add(new SpendingFloor(p.rate, d, p.rising, level, p.basis, p.source)));
    }
  }

  private static String sentenceAround(String text, int start, int end) {
    int from = Math.max(text.lastIndexOf(". ", start) + 1, text.lastIndexOf("; ", start) + 1);
    int to = text.length();
    for (String stop : List.of(";", ". ")) {
      int at = text.indexOf(stop, end);
      if (at >= 0) {
        to = Math.min(to, at);
      }
    }
    return text.substring(Math.max(0, from), to).strip().replaceAll("[.;]$", "");
  }
}
