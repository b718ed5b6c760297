package dev.plancompliance.model.text;

import dev.plancompliance.model.DocumentKind;
import dev.plancompliance.model.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a document: what it is (its kind heading), its number, place and date, who issues it, its
 * title, and where its body starts. Read from the units before the first roman heading.
 */
record Header(DocumentKind kind, String symbol, Optional<LocalDate> issuedOn, Optional<String> place, String issuerName,
    Optional<String> locality, String title, int titleLine, int titleLastLine, int bodyStart) {

  private static final Pattern SYMBOL = Pattern.compile("(?:Số|Số hiệu)\\s*[:.|]?\\s*(\\d*\\s*/\\s*[\\p{L}\\d]+(?:\\s*[-/]\\s*[\\p{L}\\d]+)*)");
  private static final Pattern DATE = Pattern.compile("(\\p{Lu}\\p{Ll}+(?:\\s+(?:phố\\s+)?\\p{Lu}\\p{Ll}*)*)\\s*,\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*(\\d{4})");
  private static final Pattern META_DATE = Pattern.compile("Ngày ban hành\\s*\\|?\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern LOCALITY = Pattern.compile("(?:trên địa bàn|của)\\s+((?:tỉnh|thành phố|xã|phường|đặc khu)\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,3})(?![\\p{L}])");
  private static final Pattern LOCALITY_UPPER = Pattern.compile("TRÊN ĐỊA BÀN\\s+((?:TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG|ĐẶC KHU)(?:\\s+\\p{Lu}+){1,4})\\s*$");
  private static final Pattern ISSUING_COMMITTEE = Pattern.compile("(?:Ủy ban nhân dân|UBND)\\s+((?:tỉnh|thành phố|xã|phường|đặc khu)\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,3})\\s+ban hành");
  /** The issuing formula of a preamble: "…, Ủy ban nhân dân thành phố ban hành Kế hoạch … như sau:". */
  private static final Pattern ISSUES_KIND = Pattern.compile("ban hành\\s+(Kế hoạch|Chương trình hành động|Chương trình|Thông báo|Chỉ thị|Quyết định)"
      + "[^:]{0,600}?(?:như sau|nội dung sau|sau đây)\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final List<KindWord> KINDS = List.of(
      new KindWord("chương trình hành động", DocumentKind.ACTION_PROGRAMME), new KindWord("chương trình", DocumentKind.ACTION_PROGRAMME),
      new KindWord("kế hoạch", DocumentKind.PLAN), new KindWord("thông báo", DocumentKind.NOTICE),
      new KindWord("chỉ thị", DocumentKind.DIRECTIVE), new KindWord("quyết định", DocumentKind.DECISION),
      new KindWord("công văn", DocumentKind.OFFICIAL_LETTER), new KindWord("báo cáo", DocumentKind.REPORT),
      new KindWord("tờ trình", DocumentKind.SUBMISSION), new KindWord("đề án", DocumentKind.SCHEME),
      new KindWord("nghị quyết", DocumentKind.RESOLUTION));
  private static final int HEAD_UNITS = 40;
  private static final String COMMITTEE = Text.key("ủy ban nhân dân");
  private static final Pattern SIGNED_FOR_COMMITTEE = Pattern.compile("TM\\.\\s*(?:ỦY|UỶ) BAN NHÂN DÂN", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private record KindWord(String key, DocumentKind kind) {}

  static Header read(SourceText text, List<Unit> units, Decisions decisions) {
    int firstRoman = Unit.firstRoman(units);
    int headEnd = Math.min(units.size(), firstRoman < 0 ? HEAD_UNITS : firstRoman);
    String head = joined(text, units.isEmpty() ? 0 : units.get(Math.min(headEnd, units.size()) - 1).last());

    int kindUnit = -1;
    DocumentKind kind = null;
    for (int i = 0; i < headEnd && kindUnit < 0; i++) {
      String key = Text.key(units.get(i).text().replaceAll("[.:]$", ""));
      for (KindWord w : KINDS) {
        if (key.equals(w.key) && Unit.isUpper(units.get(i).text())) {
          kindUnit = i;
          kind = w.kind;
          break;
        }
      }
    }
    String symbol = symbol(head);
    if (kind == null) {
      kind = kindFromPreamble(units, headEnd, symbol, decisions);
    }

    Matcher date = DATE.matcher(head);
    Optional<String> place = Optional.empty();
    Optional<LocalDate> issuedOn = Optional.empty();
    int dateLine = kindUnit >= 0 ? units.get(kindUnit).first() : 1;
    if (date.find()) {
      place = Optional.of(date.group(1).strip());
      issuedOn = date(date.group(2), date.group(3), date.group(4), decisions, dateLine);
    } else {
      Matcher meta = META_DATE.matcher(head);
      if (meta.find()) {
        issuedOn = date(meta.group(1), meta.group(2), meta.group(3), decisions, dateLine);
        decisions.add(dateLine, "issue date", String.valueOf(issuedOn.orElse(null)), "no \"…, ngày … tháng … năm …\" line; read from the portal's \"Ngày ban hành\" field");
      } else {
        decisions.add(dateLine, "issue date", "none", "no place-and-date line (\"…, ngày … tháng … năm …\") in the header: the draft states no issue date", "none", "a date from the text");
      }
    }

    int titleFrom = kindUnit >= 0 ? kindUnit + 1 : 0;
    int titleTo = titleFrom;
    if (titleFrom < units.size()) {
      Unit first = units.get(titleFrom);
      titleTo = titleFrom + 1;
      while (titleTo < headEnd && units.get(titleTo).kind() == Unit.Kind.PARAGRAPH && continuesTitle(units.get(titleTo - 1), units.get(titleTo))) {
        titleTo++;
      }
    }
    String title = titleFrom < units.size() ? joinText(units.subList(titleFrom, titleTo)) : "";
    int titleLine = titleFrom < units.size() ? units.get(titleFrom).first() : 1;
    int titleLast = titleTo > titleFrom ? units.get(titleTo - 1).last() : titleLine;
    if (kindUnit < 0 && !title.isEmpty()) {
      decisions.add(titleLine, "title", shorten(title), "no kind heading (KẾ HOẠCH, CHƯƠNG TRÌNH HÀNH ĐỘNG …) in the text: the first paragraph is taken as the title");
    }

    String all = joined(text, text.lines.isEmpty() ? 0 : text.lines.get(text.lines.size() - 1).number());
    Optional<String> locality = locality(title, all, place);
    String issuer = issuer(head, all, locality, decisions, kindUnit >= 0 ? units.get(kindUnit).first() : 1);
    return new Header(kind, symbol == null ? placeholderSymbol(kind, decisions, dateLine) : symbol, issuedOn, place, issuer, locality,
        title, titleLine, titleLast, titleTo);
  }

  private static final Pattern PREAMBLE_CUE = Pattern.compile("(?iu)(thực hiện|căn cứ|triển khai|nhằm|để|trên cơ sở|theo)\\b.*");

  /** A title goes on over lines: upper case after upper case, or a line it breaks off mid-phrase (no full stop), unless the preamble begins. */
  private static boolean continuesTitle(Unit previous, Unit next) {
    if (Unit.isUpper(previous.text())) {
      return Unit.isUpper(next.text());
    }
    return !previous.text().matches("(?s).*[.:;]$") && !PREAMBLE_CUE.matcher(next.text()).matches() && !Unit.isUpper(next.text());
  }

  private static DocumentKind kindFromPreamble(List<Unit> units, int headEnd, String symbol, Decisions decisions) {
    for (int i = 0; i < headEnd; i++) {
      Matcher m = ISSUES_KIND.matcher(units.get(i).text());
      if (m.find()) {
        DocumentKind k = kindOf(m.group(1));
        decisions.add(units.get(i).first(), "document kind", k.name(), "no kind heading; the preamble says the issuer \"" + m.group() + "\"");
        return k;
      }
    }
    DocumentKind fromSymbol = symbol == null ? null : kindOfSymbol(symbol);
    if (fromSymbol != null) {
      decisions.add(1, "document kind", fromSymbol.name(), "no kind heading; read from the code in the number " + symbol);
      return fromSymbol;
    }
    decisions.add(1, "document kind", DocumentKind.REPORT.name(), "neither a kind heading (KẾ HOẠCH …), a number (Số: …/KH-…) nor an issuing"
        + " formula (\"… ban hành Kế hoạch … như sau:\"): the text is not read as a plan (a news item, a report?); if it is one, import its full text",
        DocumentKind.PLAN.name(), DocumentKind.REPORT.name());
    return DocumentKind.REPORT;
  }

  static DocumentKind kindOf(String word) {
    String key = Text.key(word);
    return KINDS.stream().filter(k -> key.startsWith(k.key)).map(KindWord::kind).findFirst().orElse(DocumentKind.PLAN);
  }

  /** The kind a number's code names: "/KH-" a plan, "/CTr-" a programme, "/TB-" a notice …; null when none. */
  static DocumentKind kindOfSymbol(String symbol) {
    String code = symbol.toUpperCase(Locale.ROOT);
    String[][] codes = {{"CTR", "ACTION_PROGRAMME"}, {"KH", "PLAN"}, {"TB", "NOTICE"}, {"CT", "DIRECTIVE"}, {"QĐ", "DECISION"},
        {"BC", "REPORT"}, {"NQ", "RESOLUTION"}, {"TTR", "SUBMISSION"}};
    for (String[] c : codes) {
      if (code.matches(".*[-/]" + c[0] + "([-/].*)?")) {
        return DocumentKind.valueOf(c[1]);
      }
    }
    return code.matches("\\d*/UBND-.*") ? DocumentKind.OFFICIAL_LETTER : null;
  }

  private static String symbol(String head) {
    Matcher m = SYMBOL.matcher(head);
    return m.find() ? m.group(1).replaceAll("\\s+", "") : null;
  }

  private static String placeholderSymbol(DocumentKind kind, Decisions decisions, int line) {
    decisions.add(line, "number", "?", "no \"Số: …\" in the header: the draft's symbol is the placeholder \"?\"");
    return "?";
  }

  private static Optional<LocalDate> date(String day, String month, String year, Decisions decisions, int line) {
    if (day == null) {
      decisions.add(line, "issue date", "none", "the day is left blank (\"ngày   tháng " + month + " năm " + year + "\"): an unsigned draft has no issue date");
      return Optional.empty();
    }
    LocalDate date = Citations.date(day, month, year);
    if (date == null) {
      decisions.add(line, "issue date", "none", "\"" + day + "/" + month + "/" + year + "\" is not a date");
    }
    return Optional.ofNullable(date);
  }

  private static Optional<String> locality(String title, String all, Optional<String> place) {
    if (place.isPresent()) {
      return place.map(p -> p.replaceFirst("^(?iu)(tỉnh|thành phố|tp\\.?)\\s+", ""));
    }
    Matcher m = LOCALITY.matcher(title);
    if (m.find()) {
      return Optional.of(placeName(m.group(1)));
    }
    m = ISSUING_COMMITTEE.matcher(all);
    if (m.find()) {
      return Optional.of(placeName(m.group(1)));
    }
    Matcher upper = LOCALITY_UPPER.matcher(title);
    if (Unit.isUpper(title) && upper.find()) {
      return Optional.of(capitalised(placeName(upper.group(1).toLowerCase(Locale.ROOT))));
    }
    return Optional.empty();
  }

  /** "thành phố Huế" → "Huế". */
  private static String placeName(String withLevel) {
    return withLevel.replaceFirst("^(tỉnh|thành phố|xã|phường|đặc khu)\\s+", "").strip();
  }

  private static String issuer(String head, String all, Optional<String> locality, Decisions decisions, int line) {
    Matcher committee = ISSUING_COMMITTEE.matcher(all);
    String level = levelWord(head, all);
    boolean headNamesCommittee = Text.key(head).contains(COMMITTEE);
    if (headNamesCommittee || committee.find() || SIGNED_FOR_COMMITTEE.matcher(all).find()) {
      String name = "Ủy ban nhân dân" + (level.isEmpty() ? "" : " " + level) + locality.map(l -> " " + l).orElse("");
      if (!headNamesCommittee) {
        decisions.add(line, "issuer", name, "no issuing body in a header; the text names the People's Committee (\"TM. ỦY BAN NHÂN DÂN\" or \"… ban hành\")"
            + (locality.isPresent() ? " and the locality " + locality.get() : ""));
      }
      return name;
    }
    decisions.add(line, "issuer", "(unknown)", "no issuing body found in the header or the signature: the draft names none", "(unknown)");
    return "(không rõ cơ quan ban hành)";
  }

  private static String levelWord(String head, String all) {
    String key = Text.key(head + " " + all.substring(0, Math.min(all.length(), 4000)));
    for (String w : List.of("tỉnh", "thành phố", "xã", "phường", "đặc khu")) {
      if (key.contains(Text.key("ủy ban nhân dân " + w)) || key.contains("ubnd " + w)) {
        return w;
      }
    }
    return "";
  }

  /** "huế" → "Huế", "hồ chí minh" → "Hồ Chí Minh". */
  static String capitalised(String words) {
    StringBuilder b = new StringBuilder();
    for (String w : words.split(" ")) {
      if (!w.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
      }
    }
    return b.toString();
  }

  /** The lines up to {@code lastLine}, joined by one space (the patterns read across line breaks with \\s+). */
  private static String joined(SourceText text, int lastLine) {
    StringBuilder b = new StringBuilder();
    for (SourceText.Line l : text.lines) {
      if (l.number() > lastLine) {
        break;
      }
      b.append(l.text()).append(' ');
    }
    return b.toString();
  }

  static String joinText(List<Unit> units) {
    StringBuilder b = new StringBuilder();
    for (Unit u : units) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(u.verbatim());
    }
    return b.toString();
  }

  static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 79) + "…";
  }
}
