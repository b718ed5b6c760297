package dev.plancompliance.model.text;

import dev.plancompliance.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One structural piece of the document: a heading ("II. NHIỆM VỤ", "3.1.", "a)"), a bullet, a labelled line
 * ("- Thời gian thực hiện: Thường xuyên.") or a paragraph, with the physical lines that were wrapped into it.
 *
 * @param first its first line in the document
 * @param last its last line
 * @param kind what it is
 * @param marker the number, letter or bullet as printed ("II", "3.1", "a", "-"); empty for a paragraph
 * @param text the text after the marker, wrapped lines joined by one space
 * @param label for a labelled line, the label as printed without its colon; else empty
 * @param value for a labelled line, what follows the colon
 */
record Unit(int first, int last, Kind kind, String marker, String text, String label, String value) {
  enum Kind { ROMAN, NUMBER, LETTER, BULLET, LABEL, PARAGRAPH }

  /** What a label names. */
  enum LabelKind { ROLE, TIME, OUTPUT }

  private static final Pattern LONE_MARKER = Pattern.compile("(?:[IVX]{1,4}|\\d{1,2}(?:\\.\\d{1,2}){0,2}|[a-zđ])[.)]");
  private static final Pattern ROMAN = Pattern.compile("([IVX]{1,4})[.)]\\s*(\\S.*)");
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){0,2})(?:\\.|\\))\\s*(\\p{Lu}.*|\\(.*)");
  private static final Pattern NUMBER_DEEP = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){1,2})\\s+(\\p{Lu}.*)");
  private static final Pattern LETTER = Pattern.compile("([a-zđ])\\)\\s*(\\S.*)");
  private static final Pattern BULLET = Pattern.compile("([-–—•+])\\s*(\\p{Lu}.*|\\d.*)");
  private static final Pattern LABEL = Pattern.compile("([\\p{L}][\\p{L} ,/]{1,60}?)\\s*[:：]\\s*(.*)");
  private static final List<String> ROLE_WORDS = keys("chủ trì", "phối hợp", "thực hiện", "triển khai", "cơ quan", "đơn vị");
  private static final List<String> TIME_WORDS = keys("thời gian", "thời hạn", "tiến độ");
  private static final List<String> OUTPUT_WORDS = keys("sản phẩm", "kết quả");

  boolean isHeading() {
    return kind == Kind.ROMAN || kind == Kind.NUMBER || kind == Kind.LETTER;
  }

  /** The kind of a labelled line's label, or null for any other unit. */
  LabelKind labelKind() {
    return kind == Kind.LABEL ? labelKindOf(label) : null;
  }

  /** Depth of a numbered heading: "3" is 1, "3.1" is 2; a letter is 3, a roman heading 0. */
  int depth() {
    return switch (kind) {
      case ROMAN -> 0;
      case NUMBER -> marker.split("\\.").length;
      case LETTER -> 3;
      default -> 4;
    };
  }

  String key() {
    return Text.key(text);
  }

  /** The whole unit as printed: marker and text. */
  String verbatim() {
    return switch (kind) {
      case ROMAN, NUMBER -> marker + ". " + text;
      case LETTER -> marker + ") " + text;
      case BULLET -> marker + " " + text;
      case LABEL -> label + ": " + value;
      case PARAGRAPH -> text;
    };
  }

  Unit extend(int line, String more) {
    String joinedValue = kind == Kind.LABEL ? (value.isEmpty() ? more : join(value, more)) : value;
    return new Unit(first, line, kind, marker, join(text, more), label, joinedValue);
  }

  /** {@code text} and the line that goes on with it: a name broken at its hyphen ("Thi đua-" / "Khen thưởng") is joined whole, a dash after a space is a dash. */
  private static String join(String text, String more) {
    return text.endsWith("-") && !text.endsWith(" -") ? text + more : text + " " + more;
  }

  static LabelKind labelKindOf(String label) {
    String key = Text.key(label);
    if (TIME_WORDS.stream().anyMatch(key::startsWith)) {
      return LabelKind.TIME;
    }
    if (OUTPUT_WORDS.stream().anyMatch(key::startsWith)) {
      return LabelKind.OUTPUT;
    }
    return ROLE_WORDS.stream().anyMatch(key::startsWith) ? LabelKind.ROLE : null;
  }

  /** The units of the document's lines that {@code claimed} does not hold (an appendix table's lines). */
  static List<Unit> of(SourceText text, IntPredicate claimed) {
    List<Unit> units = new ArrayList<>();
    int wrapWidth = wrapWidth(text);
    boolean spacedOut = text.blankEverywhere(); // then a blank line is no paragraph break
    String previous = "";
    String marker = null; // a number or letter alone on its line ("**1." / "Công an thành phố**"): it heads the next line
    int markerLine = 0;
    for (SourceText.Line line : text.lines) {
      if (claimed.test(line.number()) || line.text().isEmpty()) {
        continue;
      }
      String s = line.text();
      if (marker == null && LONE_MARKER.matcher(s).matches()) {
        marker = s;
        markerLine = line.number();
        continue;
      }
      int first = line.number();
      if (marker != null) {
        s = marker + " " + s;
        first = markerLine;
        marker = null;
      }
      Unit last = units.isEmpty() ? null : units.get(units.size() - 1);
      Unit opened = start(first, s);
      Unit started = new Unit(opened.first, line.number(), opened.kind, opened.marker, opened.text, opened.label, opened.value);
      // a line as long as the text's wrapped lines, without a full stop, breaks off a sentence the next line goes on with
      boolean wrapped = previous.length() >= wrapWidth && !previous.matches("(?s).*[.:;!?]$")
          && (!line.afterBlank() || spacedOut) && isUpper(previous) == isUpper(s);
      // the recipients list and the signature are never the rest of a sentence: a task's last label must not swallow them
      // (checked last: it folds the line, and only a line that would join needs it)
      if (last != null && started.kind == Kind.PARAGRAPH && (wrapped || continues(last, s)) && !closesBody(s)) {
        units.set(units.size() - 1, last.extend(line.number(), s));
      } else {
        units.add(started);
      }
      previous = s;
    }
    return units;
  }

  /**
   * The width at which the text wraps its lines: 80 % of the 90th percentile of its lines' lengths, when most
   * lines are that short (a text with hard line breaks, as a PDF or a portal gives it); otherwise none.
   */
  static int wrapWidth(SourceText text) {
    int[] lengths = text.lines.stream().filter(l -> !l.isCell()).mapToInt(l -> l.text().length()).sorted().toArray();
    if (lengths.length < 20) {
      return Integer.MAX_VALUE;
    }
    int p90 = lengths[(int) (lengths.length * 0.9)];
    return p90 <= 120 ? (int) (p90 * 0.8) : Integer.MAX_VALUE; // paragraphs on one line each: nothing wraps
  }

  private static boolean continues(Unit last, String s) {
    int c = s.codePointAt(0);
    if (Character.isLowerCase(c) || c == '(') {
      return true;
    }
    String t = last.kind == Kind.LABEL ? last.value : last.text;
    if (last.kind == Kind.LABEL && !t.isEmpty() && !t.matches("(?s).*[.;!?:]$")) {
      return true; // a label's value wrapped onto the next line: "Sở Tư pháp (tham mưu … thực hiện" / "Kế hoạch của UBND tỉnh …)"
    }
    if (t.endsWith("-") || t.endsWith("/") || t.endsWith(" số") || t.endsWith(" Số") || t.endsWith(" SỐ") || t.endsWith(",") && last.isHeading()) {
      return true;
    }
    // a heading broken over lines: "I. MỤC ĐÍCH," / "YÊU CẦU"
    return last.kind == Kind.ROMAN && isUpper(last.text) && isUpper(s);
  }

  /** Whether {@code text} starts what follows a document's body: the recipients ("Nơi nhận") or a signature formula ("TM. …", "KT. …"). */
  static boolean closesBody(String text) {
    String key = Text.key(text);
    return key.startsWith(RECIPIENTS) || key.startsWith("tm.") || key.startsWith("kt.");
  }

  /** "Nơi nhận", folded: where the list of recipients, after the body, starts. */
  private static final String RECIPIENTS = Text.key("nơi nhận");

  static boolean isUpper(String s) {
    return s.codePoints().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
  }

  private static Unit start(int n, String s) {
    Matcher m = ROMAN.matcher(s);
    if (m.matches() && isUpper(m.group(2).substring(0, Math.min(12, m.group(2).length())))) {
      return new Unit(n, n, Kind.ROMAN, m.group(1), m.group(2).strip(), "", "");
    }
    m = NUMBER.matcher(s);
    if (m.matches() || (m = NUMBER_DEEP.matcher(s)).matches()) {
      return new Unit(n, n, Kind.NUMBER, m.group(1), m.group(2).strip(), "", "");
    }
    m = LETTER.matcher(s);
    if (m.matches()) {
      return new Unit(n, n, Kind.LETTER, m.group(1), m.group(2).strip(), "", "");
    }
    String marker = "";
    String rest = s;
    m = BULLET.matcher(s);
    if (m.matches()) {
      marker = m.group(1);
      rest = m.group(2);
    }
    Matcher l = LABEL.matcher(rest);
    if (l.matches() && l.group(1).split("\\s+").length <= 8 && labelKindOf(l.group(1)) != null) {
      return new Unit(n, n, Kind.LABEL, marker, rest, l.group(1).strip(), l.group(2).strip());
    }
    if (!marker.isEmpty()) {
      return new Unit(n, n, Kind.BULLET, marker, rest.strip(), "", "");
    }
    return new Unit(n, n, Kind.PARAGRAPH, "", s, "", "");
  }

  /** The index of the first roman heading ("II. NHIỆM VỤ"), or -1. */
  static int firstRoman(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).kind() == Kind.ROMAN) {
        return i;
      }
    }
    return -1;
  }

  /** The words folded for comparison ({@link Text#key}), once, for the constant tables of the readers. */
  static List<String> keys(String... words) {
    return java.util.Arrays.stream(words).map(Text::key).toList();
  }
}
