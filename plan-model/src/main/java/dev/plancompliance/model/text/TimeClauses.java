package dev.plancompliance.model.text;

import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.DeadlineFormatException;
import dev.plancompliance.model.DeadlineParser;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time frame running text gives a duty: a clause that starts with a time cue ("định kỳ 6 tháng …", "trước
 * ngày 30/6/2021", "trong tháng 7 năm 2025", "hằng năm"), read by {@link DeadlineParser}. The dates of documents a sentence cites ("Quyết định số 15/2021/QĐ-UBND ngày 08/7/2021") are never a
 * time frame: they are taken out before reading. The longest reading of a clause wins ("Hàng năm, trước ngày 02/12"
 * over "Hàng năm"), then its first part.
 */
final class TimeClauses {
  private static final Pattern CUE = Pattern.compile("(định kỳ.*|hằng (?:năm|quý|tháng).*|hàng (?:năm|quý|tháng).*|\\(?hoàn thành.*|trong tháng.*"
      + "|trước ngày.*|ngay sau khi.*|xong trong.*|trong (?:quý|năm) [IV\\d].*|thường xuyên.*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CITED_DATE = Pattern.compile("(?:số\\s*)?\\d+(?:/\\d{4})?\\s*[-/]\\s*[\\p{L}\\d]+(?:[-/][\\p{L}\\d]+)*\\s+ngày\\s+\\d{1,2}\\s*(?:/|tháng)\\s*\\d{1,2}\\s*(?:/|năm)\\s*\\d{4}",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private TimeClauses() {}

  /** The first time clause of {@code text} the parser reads, if any. */
  static Optional<Deadline> read(String text) {
    String masked = CITED_DATE.matcher(text).replaceAll("");
    Matcher m = CUE.matcher(masked);
    while (m.find()) {
      String clause = m.group(1).replaceAll("[.;]$", "");
      // the sentence's clause first (a frequency and its cut-off: "Hàng năm, trước ngày 02/12"), else its first part
      for (String candidate : List.of(clause.split("[;.)]")[0], clause.split("[,;.)]")[0])) {
        try {
          Deadline d = DeadlineParser.parse(candidate.replaceAll("^\\(", "").strip());
          if (d.statesTimeFrame()) {
            return Optional.of(d);
          }
        } catch (DeadlineFormatException e) {
          // a longer or a later clause
        }
      }
    }
    return Optional.empty();
  }
}
