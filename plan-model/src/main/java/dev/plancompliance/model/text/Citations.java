package dev.plancompliance.model.text;

import dev.plancompliance.model.DocumentKind;
import dev.plancompliance.model.DocumentRef;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents a plan says it implements, read from its title and preamble ("Thực hiện Kế hoạch số
 * 294-KH/TU ngày 27/6/2025 … về triển khai thực hiện Nghị quyết 66-NQ/TW …"): directives (resolutions,
 * directives, decisions, party regulations) are what it implements; plans and programmes it cites are its
 * parents, each implementing the directives its own sentence names after it.
 */
final class Citations {
  private static final Pattern CITATION = Pattern.compile(
      "(Nghị quyết|Kế hoạch|Chương trình hành động|Chương trình|Chỉ thị|Quyết định|Quy định|Thông báo|Kết luận)\\s+(?:số\\s*:?\\s*)?"
          + "(\\d+(?:/\\d{4})?\\s*[-/]\\s*\\p{L}[\\p{L}\\d]*(?:\\s*[-/]\\s*[\\p{L}\\d]+)*)"
          + "(?:\\s*,?\\s*ngày\\s*(\\d{1,2})\\s*(?:/|tháng)\\s*(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4}))?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern IMPLEMENTING = Pattern.compile("thực hiện|triển khai", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  final List<DocumentRef> implemented = new ArrayList<>();
  final List<DocumentRef> parents = new ArrayList<>();

  private record Cited(int start, int end, DocumentKind kind, String symbol, LocalDate date) {}

  static Citations read(String title, int titleLine, List<Unit> preamble, String ownSymbol, Decisions decisions) {
    Citations c = new Citations();
    Map<String, DocumentRef> implemented = new LinkedHashMap<>();
    Map<String, DocumentRef.Builder> parents = new LinkedHashMap<>();
    Map<String, List<DocumentRef>> parentImplements = new LinkedHashMap<>();
    for (Cited d : cited(title)) {
      if (!isPlan(d.kind)) {
        implemented.putIfAbsent(key(d.symbol), ref(d));
      }
    }
    for (Unit u : preamble) {
      for (String sentence : u.text().split("[;.]\\s+|\\.$")) {
        List<Cited> all = cited(sentence);
        for (int i = 0; i < all.size(); i++) {
          Cited d = all.get(i);
          if (key(d.symbol).equals(key(ownSymbol))) {
            continue;
          }
          if (isPlan(d.kind)) {
            parents.putIfAbsent(key(d.symbol), DocumentRef.builder().symbol(d.symbol).kind(d.kind));
            if (d.date != null) {
              parents.get(key(d.symbol)).issuedOn(d.date);
            }
            List<DocumentRef> its = parentImplements.computeIfAbsent(key(d.symbol), k -> new ArrayList<>());
            for (int j = i + 1; j < all.size() && !isPlan(all.get(j).kind); j++) {
              String between = sentence.substring(all.get(j - 1).end, all.get(j).start);
              if (j == i + 1 && !IMPLEMENTING.matcher(between).find()) {
                break;
              }
              Cited implementedByParent = all.get(j);
              if (its.stream().noneMatch(r -> r.hasSymbol(implementedByParent.symbol))) {
                its.add(ref(implementedByParent));
              }
              i = j;
            }
            if (!its.isEmpty()) {
              decisions.add(u.first(), d.symbol, "a parent plan implementing " + its.stream().map(DocumentRef::symbol).toList(),
                  "the preamble cites this " + d.kind.printedName().toLowerCase(java.util.Locale.ROOT) + " and, in the same sentence, what it implements",
                  "a parent plan", "a directive the plan implements");
            }
          } else {
            implemented.putIfAbsent(key(d.symbol), ref(d));
          }
        }
      }
    }
    // a directive the title names is implemented directly, even where a parent also implements it
    parents.forEach((k, b) -> c.parents.add(b.addAllImplementsRefs(parentImplements.get(k)).build()));
    for (DocumentRef r : implemented.values()) {
      boolean viaParent = c.parents.stream().anyMatch(p -> p.implementsRefs().stream().anyMatch(x -> x.hasSymbol(r.symbol())));
      boolean inTitle = cited(title).stream().anyMatch(d -> key(d.symbol).equals(key(r.symbol())));
      if (!viaParent || inTitle) {
        c.implemented.add(r);
      }
    }
    if (c.implemented.isEmpty() && c.parents.isEmpty()) {
      decisions.add(titleLine, "what the plan implements", "nothing", "neither the title nor the preamble cites a resolution, directive or plan by its number");
    }
    return c;
  }

  private static boolean isPlan(DocumentKind kind) {
    return kind == DocumentKind.PLAN || kind == DocumentKind.ACTION_PROGRAMME;
  }

  private static List<Cited> cited(String text) {
    List<Cited> out = new ArrayList<>();
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      String symbol = m.group(2).replaceAll("\\s+", "");
      if (!symbol.matches(".*\\p{Lu}.*")) {
        continue;
      }
      out.add(new Cited(m.start(), m.end(), kind(m.group(1), symbol), symbol, date(m.group(3), m.group(4), m.group(5))));
    }
    return out;
  }

  private static DocumentKind kind(String word, String symbol) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (w.startsWith("quy định")) {
      return DocumentKind.PARTY_REGULATION;
    }
    if (w.startsWith("kết luận")) {
      DocumentKind k = Header.kindOfSymbol(symbol);
      return k == null ? DocumentKind.NOTICE : k;
    }
    return Header.kindOf(word);
  }

  /** The date of day, month and year as printed, or null when the day is blank or the three are no date. */
  static LocalDate date(String d, String m, String y) {
    if (d == null) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static DocumentRef ref(Cited d) {
    DocumentRef.Builder b = DocumentRef.builder().symbol(d.symbol).kind(d.kind);
    if (d.date != null) {
      b.issuedOn(d.date);
    }
    return b.build();
  }

  private static String key(String symbol) {
    return symbol.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
  }
}
