package dev.plancompliance.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML report's style sheet: contrast of every colour pair it sets, and the escaping of what a plan gives. */
class HtmlPageTest {
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
  private static final Pattern COLOUR = Pattern.compile("(?:^|;)color:(#[0-9a-f]{6})");
  private static final Pattern BACKGROUND = Pattern.compile("(?:^|;)background:(#[0-9a-f]{6})");

  /** WCAG 2.1 relative luminance. */
  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  @Test
  void contrastFormulaIsWcags() {
    assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
    assertEquals(4.54, contrast("#767676", "#ffffff"), 0.01, "the lightest grey that passes on white");
  }

  @Test
  void everyColourPairOfTheStyleSheetHasAContrastOfAtLeast4point5() {
    List<String> checked = new ArrayList<>();
    Matcher rule = RULE.matcher(HtmlPage.STYLE);
    while (rule.find()) {
      String selector = rule.group(1).strip();
      String declarations = rule.group(2);
      Matcher fg = COLOUR.matcher(declarations);
      Matcher bg = BACKGROUND.matcher(declarations);
      boolean hasFg = fg.find();
      boolean hasBg = bg.find();
      if (hasBg) {
        assertTrue(hasFg, selector + " sets a background, so it sets its text colour too");
      }
      if (hasFg) {
        String background = hasBg ? bg.group(1) : "#ffffff";
        double ratio = contrast(fg.group(1), background);
        assertTrue(ratio >= 4.5, selector + ": " + fg.group(1) + " on " + background + " is " + ratio);
        checked.add(selector);
      }
    }
    assertTrue(checked.size() >= 15, "the pairs were found: " + checked);
    assertTrue(checked.contains(".missing") && checked.contains(".c4") && checked.contains(".ERROR,.v-NOT_COMPLIANT"), checked.toString());
  }

  @Test
  void escapingKeepsEveryCharacterVisibleAndNoMarkup() {
    assertEquals("&lt;script&gt;a&amp;b &quot;q&quot; &#39;s&#39;&lt;/script&gt;", Html.text("<script>a&b \"q\" 's'</script>"));
    assertEquals("\\u0000\\u001B\\u007F\\u0085\\uFFFE\\uFFFF\\uD800x\\uDC00", Html.text("\u0000\u001b\u007f\u0085\ufffe\uffff\ud800x\udc00"),
        "controls, noncharacters and lone surrogates shown escaped");
    assertEquals("tab\tline\nfeed\r ok", Html.text("tab\tline\nfeed\r ok"));
    assertEquals("Ủy ban 😀", Html.text("Ủy ban 😀"), "a surrogate pair is one character, kept");
    assertEquals("Sở Tư…", Html.abbreviate("Sở Tư pháp", 6));
    assertEquals("ab…", Html.abbreviate("ab😀cd", 4), "not cut inside a pair");
    assertEquals("short", Html.abbreviate("short", 5));
  }
}
