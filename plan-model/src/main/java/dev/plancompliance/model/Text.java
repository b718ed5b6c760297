package dev.plancompliance.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Vietnamese text at the boundary: NFC normalisation for storage, and a comparison key that folds case,
 * whitespace and the old/new tone placement on the diphthongs oa, oe, uy ("Uỷ" = "Ủy", "hoà" = "hòa").
 * The key keeps tone marks, because "tỉnh" and "Tĩnh" differ only by one.
 */
public final class Text {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  // Decomposed form: final o/u + a/e/y + tone mark ("hoà", "uỷ") -> tone on the first vowel ("hòa", "ủy").
  private static final Pattern TONE_ON_SECOND =
      Pattern.compile("([oOuU])([aAeEyY])([\\u0300\\u0301\\u0303\\u0309\\u0323])(?![\\p{L}\\p{M}])");

  private Text() {}

  /** Unicode NFC of {@code s}; {@code null} stays {@code null}. */
  public static String nfc(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Comparison key: NFC, the tone of a final oa/oe/uy placed on its first vowel, whitespace runs collapsed
   * to one space and trimmed, lower-cased with {@link Locale#ROOT}. Never shown to a person.
   */
  public static String key(String s) {
    Objects.requireNonNull(s, "text");
    if (isPlainAscii(s)) {
      return s.toLowerCase(Locale.ROOT); // no marks to move, no runs of whitespace to collapse
    }
    String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
    String moved = TONE_ON_SECOND.matcher(nfd).replaceAll("$1$3$2");
    String collapsed = WHITESPACE.matcher(moved).replaceAll(" ").trim();
    return Normalizer.normalize(collapsed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static boolean isPlainAscii(String s) {
    if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || (c < 0x20) || (c == ' ' && s.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /** Whether two names denote the same text once folded with {@link #key(String)}. */
  public static boolean sameName(String a, String b) {
    return key(a).equals(key(b));
  }

  /** Characters of a document's text an error message quotes at most ({@link #excerpt}). */
  public static final int MESSAGE_EXCERPT = 200;

  /**
   * {@code s} as an error message may show it: line breaks, tabs and other control characters, the
   * noncharacters U+FFFE/U+FFFF and lone surrogates written as escapes ({@code \n}, {@code \u001B}), so
   * that a document cannot start a line of its own or drive a terminal; cut to {@code max} characters with
   * "…" and the full length. {@code null} stays {@code null}.
   */
  public static String excerpt(String s, int max) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(Math.min(s.length(), max) + 16);
    int n = s.length();
    int i = 0;
    for (; i < n && sb.length() < max; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return i < n ? sb.append("… (").append(n).append(" characters)").toString() : sb.toString();
  }

  static String requireNonBlank(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }
}
