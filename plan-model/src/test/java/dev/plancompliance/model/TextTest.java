package dev.plancompliance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "Uỷ ban, Ủy ban",
    "UỶ BAN, ỦY BAN",
    "Thành uỷ, Thành ủy",
    "hoà, hòa",
    "xoá, xóa",
    "CỘNG HOÀ, CỘNG HÒA",
    "UỶ BAN NHÂN DÂN, Ủy ban nhân dân",
    "Khoa học và công nghệ, Khoa học và Công nghệ",
    "UBND Thành phố, UBND thành phố",
  })
  void key_foldsTonePlacementAndCase(String a, String b) {
    assertNotEquals(a, b);
    assertEquals(Text.key(a), Text.key(b));
    assertTrue(Text.sameName(a, b));
  }

  @Test
  void key_collapsesWhitespaceRunsNoBreakSpacesAndNewlines() {
    String key = Text.key("đội ngũ cán bộ");
    assertEquals(key, Text.key("đội ngũ\u00A0 cán bộ"));
    assertEquals(key, Text.key("  đội   ngũ\ncán\r\n\tbộ "));
    assertEquals(key, Text.key("đội\u202Fngũ\u2007cán bộ"));
    assertEquals("đội ngũ cán bộ", key);
  }

  @Test
  void key_isNfcWhateverTheInputForm() {
    String nfd = Normalizer.normalize("Hà Tĩnh", Normalizer.Form.NFD);
    assertEquals("hà tĩnh", Text.key(nfd));
    assertEquals(Text.key("Uỷ ban"), Text.key(Normalizer.normalize("Uỷ ban", Normalizer.Form.NFD)));
  }

  @ParameterizedTest
  @CsvSource({"hoàn", "hoạch", "Kế hoạch", "hoàn thành", "thuyết", "khuyến khích"})
  void key_leavesSyllablesWhereTheDiphthongIsNotFinalUnchanged(String s) {
    assertEquals(s.toLowerCase(java.util.Locale.ROOT), Text.key(s));
  }

  @Test
  void key_keepsToneMarks_soTinhAndTinhDiffer() {
    assertNotEquals(Text.key("tỉnh"), Text.key("Tĩnh"));
    assertNotEquals(Text.key("UBND tỉnh"), Text.key("UBND Tĩnh"));
    assertEquals(Text.key("Hà Tĩnh"), Text.key("HÀ TĨNH"));
  }

  @Test
  void nfc_composesAndKeepsNull() {
    assertEquals("Huế", Text.nfc(Normalizer.normalize("Huế", Normalizer.Form.NFD)));
    assertNull(Text.nfc(null));
    // NFC does not unify the two tone placements: that is the key's job
    assertNotEquals(Text.nfc("Uỷ"), Text.nfc("Ủy"));
  }

  @Test
  void key_ofNull_isAnError() {
    assertThrows(NullPointerException.class, () -> Text.key(null));
  }
  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
    " UBND tinh| ubnd tinh", "UBND tinh | ubnd tinh", "UBND  tinh|ubnd tinh", "UBND\ttinh|ubnd tinh", "UBND tinh|ubnd tinh", "A|a"})
  void key_ofPlainAsciiText_isFoldedTheSameWay(String text, String key) {
    assertEquals(key.strip(), Text.key(text.replace("\\t", "\t")));
  }

  @Test
  void key_ofNothing_isNothing() {
    assertEquals("", Text.key(""));
    assertEquals("", Text.key(" \n "));
  }

  @Test
  void excerpt_escapesWhatCouldDriveATerminal_andCutsAtItsLimit() {
    assertEquals("a\\nb\\rc\\td", Text.excerpt("a\nb\rc\td", 200));
    assertEquals("\\u001B[2J \\u0000 \\u007F \\u009F \u00A0 \\u2028 \\u2029 \\uFFFE \\uFFFF \\uD800",
        Text.excerpt("\u001B[2J \u0000 \u007F \u009F \u00A0 \u2028 \u2029 \uFFFE \uFFFF \uD800", 200), "a no-break space is text");
    assertEquals("\uD83D\uDE00 ok", Text.excerpt("\uD83D\uDE00 ok", 200), "a surrogate pair is one character, kept");
    assertEquals("abc", Text.excerpt("abc", 3), "at the limit: whole");
    assertEquals("abc… (4 characters)", Text.excerpt("abcd", 3));
    assertEquals("\\n… (2 characters)", Text.excerpt("\n\n", 1), "an escape is not cut");
    assertNull(Text.excerpt(null, 3));
  }
}
