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
}
