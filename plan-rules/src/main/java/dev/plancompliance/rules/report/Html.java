package dev.plancompliance.rules.report;

/**
 * Escaping for the HTML report: every string that comes from a plan, a report or a rule is written through
 * {@link #text}, so a plan's {@code <script>}, quotes or control characters render as text. What HTML cannot
 * carry at all (C0 and C1 controls other than tab, line feed and carriage return, the noncharacters
 * U+FFFE/U+FFFF, lone surrogates) is shown as a visible {@code \u001B}-style escape, never dropped.
 */
final class Html {
  private Html() {}

  /** {@code s} escaped for element content and for a quoted attribute value. */
  static String text(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    append(sb, s);
    return sb.toString();
  }

  /** Appends {@code s} escaped to {@code sb}. */
  static void append(StringBuilder sb, String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\t', '\n', '\r' -> sb.append(c);
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (!JUnitXml.isXmlChar(c) || (c >= 0x7F && c < 0xA0)) {
            // what XML cannot hold, as JUnit XML writes it, and the C1 controls HTML forbids besides
            sb.append(JUnitXml.escape(c));
          } else {
            sb.append(c);
          }
        }
      }
    }
  }

  /** {@code s} cut to {@code max} characters (not inside a surrogate pair), with "…" when cut. */
  static String abbreviate(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1;
    return s.substring(0, end) + "…";
  }
}
