package dev.plancompliance.model.text;

import dev.plancompliance.model.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document's lines as the importer reads them: NFC, with what legal portals leave around the text taken
 * off (bold and italic stars, rules of dashes, lone table bars, page numbers), each line keeping its
 * number in the document. Table cells are kept as cells. Refuses what is not text.
 */
final class SourceText {
  /** Longest document read: far above any plan (the seeds have at most 546 lines, 60 KB). */
  static final int MAX_CHARS = 4 << 20;

  /**
   * One non-blank line.
   *
   * @param number its line number in the document, from 1
   * @param text the line cleaned, without the table bars
   * @param cells the table cells the line holds (bars as separators), or empty when it has no bar
   * @param afterBlank whether a blank line precedes it
   */
  record Line(int number, String text, List<String> cells, boolean afterBlank) {
    boolean isCell() {
      return !cells.isEmpty();
    }
  }

  private static final Pattern RULE = Pattern.compile("[-_=–—.…]{3,}");
  private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");
  // TCVN3 (ABC) and VNI fonts store Vietnamese letters as Latin-1 symbols and letter pairs
  private static final Pattern LEGACY_TCVN3 = Pattern.compile("[¸µ¶·¹¨®©ª«¬¤¢£¥§ñóôõöøùúûüýþ]");
  private static final Pattern LEGACY_VNI = Pattern.compile("[aeiouyAEIOUY][áàûõïâêôùøòóúäåæçèé]|[ñÑöÖ]");
  private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]");

  final String source;
  final List<Line> lines;
  final int physicalLines;
  final int pageNumbers;

  private SourceText(String source, List<Line> lines, int physicalLines, int pageNumbers) {
    this.source = source;
    this.lines = Collections.unmodifiableList(lines);
    this.physicalLines = physicalLines;
    this.pageNumbers = pageNumbers;
  }

  static SourceText of(String text, String source) {
    if (text.length() > MAX_CHARS) {
      throw new DocumentImportException(source, 0, "the document has " + text.length() + " characters; the importer reads at most "
          + MAX_CHARS + " (a plan is far shorter: is this the right file?)");
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] physical = body.split("\r\n|\r|\n", -1);
    refuseBinary(physical, source);
    String nfc = Text.nfc(body);
    if (nfc.isBlank()) {
      throw new DocumentImportException(source, 0, "the document is empty: there is no text to read");
    }
    refuseLegacyFont(nfc, source);
    List<Line> lines = new ArrayList<>();
    int pages = 0;
    boolean blank = false;
    for (int i = 0; i < physical.length; i++) {
      String cleaned = clean(Text.nfc(physical[i]));
      if (cleaned.isEmpty()) {
        blank = true;
        continue;
      }
      if (PAGE_NUMBER.matcher(cleaned).matches()) {
        pages++;
        continue;
      }
      lines.add(line(i + 1, cleaned, blank));
      blank = false;
    }
    if (!VIETNAMESE.matcher(nfc).find()) {
      throw new DocumentImportException(source, 0, "no Vietnamese text found (no letter with a Vietnamese diacritic):"
          + " the importer reads plans written in Vietnamese");
    }
    return new SourceText(source, lines, physical.length, pages);
  }

  private static void refuseBinary(String[] physical, String source) {
    for (int i = 0; i < physical.length; i++) {
      String line = physical[i];
      for (int j = 0; j < line.length(); j++) {
        char c = line.charAt(j);
        if (c == 0 || c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\f')) {
          throw new DocumentImportException(source, i + 1, "not a text document: it holds the control character U+"
              + String.format("%04X", (int) c) + (c == '\uFFFD' ? " (bytes that are not UTF-8)" : "")
              + "; give the plan's text (UTF-8) or its .docx");
        }
      }
    }
  }

  static boolean hasVietnamese(String text) {
    return VIETNAMESE.matcher(text).find();
  }

  private static void refuseLegacyFont(String text, String source) {
    if (VIETNAMESE.matcher(text).find()) {
      return;
    }
    long tcvn3 = LEGACY_TCVN3.matcher(text).results().count();
    long vni = LEGACY_VNI.matcher(text).results().count();
    long letters = text.chars().filter(Character::isLetter).count();
    if (letters > 0 && (tcvn3 + vni) * 20 > letters) {
      throw new DocumentImportException(source, 0, "the text looks typed in a legacy Vietnamese font encoding ("
          + (tcvn3 >= vni ? "TCVN3/ABC" : "VNI") + "): its letters are stored as other characters and would be read as"
          + " mojibake; convert the document to Unicode first (e.g. with Unikey's converter) and import it again");
    }
  }

  /** The line without portal markup: stars of bold and italics, rules, a trailing bar; blank when nothing is left. */
  static String clean(String raw) {
    String s = raw.replace('\u00A0', ' ').replace("**", "").strip();
    if (s.matches("[-*•_\\s]*")) {
      return ""; // what is left of emphasis around nothing ("* *", "** **")
    }
    if (s.startsWith("* ")) {
      s = "- " + s.substring(2); // a star bullet
    }
    if (s.startsWith("*")) {
      s = s.substring(1);
    }
    if (s.endsWith("*")) {
      s = s.substring(0, s.length() - 1);
    }
    s = s.strip();
    return RULE.matcher(s).matches() ? "" : s;
  }

  /** Whether blank lines stand between most lines (a text spaced out line by line), so that a blank line ends nothing. */
  boolean blankEverywhere() {
    long after = lines.stream().filter(Line::afterBlank).count();
    return after * 10 > lines.size() * 6L;
  }

  private static Line line(int number, String cleaned, boolean afterBlank) {
    if (cleaned.indexOf('|') < 0) {
      return new Line(number, cleaned, List.of(), afterBlank);
    }
    String inner = cleaned.startsWith("|") && cleaned.length() > 1 && cleaned.indexOf('|', 1) > 0 && !cleaned.matches("\\|+")
        ? cleaned.substring(1) : cleaned; // a markdown row "| a | b |" has a leading bar
    List<String> cells = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < inner.length(); i++) {
      if (inner.charAt(i) == '|') {
        cells.add(inner.substring(from, i).strip());
        from = i + 1;
      }
    }
    String rest = inner.substring(from).strip();
    if (!rest.isEmpty()) {
      cells.add(rest);
    }
    String text = String.join(" ", cells.stream().filter(c -> !c.isEmpty()).toList());
    return new Line(number, text, List.copyOf(cells), afterBlank);
  }
}
