package dev.plancompliance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plancompliance.model.text.DocumentImportException;
import dev.plancompliance.model.text.PlanImporter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random Vietnamese token soup — time words, numbers, dates, symbols, brackets, markup, control characters —
 * in phrases up to past the parser's length limit and in documents: whatever comes, the time-phrase parser
 * gives a deadline or a {@link DeadlineFormatException}, and the importer a draft or a
 * {@link DocumentImportException}; no other exception and no Error (a stack overflow) escapes.
 */
class TokenSoupProperties {
  private static final List<String> TOKENS = List.of("năm", "Năm", "quý", "Quý I", "II", "III", "IV", "tháng", "ngày", "hằng", "hàng", "định kỳ",
      "thường xuyên", "Thường xuyên", "trước", "trước ngày", "đến", "từ", "và", "các", "năm tiếp theo", "những năm tiếp theo", "giai đoạn",
      "2025", "2026", "2030", "2045", "1", "6", "12", "15", "30", "31", "0", "99999", "30/6/2026", "31/12", "2025-2030", "2026 - 2030",
      "66-NQ/TW", "/TW", "theo kế hoạch", "theo", "lộ trình", "6 tháng", "đầu", "cuối", "(", ")", "((", "))", "[", "]", ",", ";", ".", ":", "-", "–",
      "**", "|", "\n", "\t", "\u0000", "\u001b", "\ufeff", "\u00a0", "Ủy", "Uỷ", "hoà", "hòa", "o\u0300a", "Sở Tư pháp", "chủ trì", "phối hợp",
      "Thời gian thực hiện:", "Thời gian:", "I.", "1.", "a)", "- ", "KẾ HOẠCH", "Số: 12/KH-UBND");

  @Provide
  Arbitrary<String> soup() {
    return Arbitraries.of(TOKENS).list().ofMinSize(0).ofMaxSize(40).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> longSoup() {
    return Arbitraries.of(TOKENS).list().ofMinSize(300).ofMaxSize(1_200).map(l -> String.join("", l));
  }

  @Property(tries = 20_000)
  void aTimePhraseOfTokenSoupReadsOrIsRefusedAndNothingElse(@ForAll("soup") String phrase) {
    try {
      Deadline d = DeadlineParser.parse(phrase);
      if (!d.phrase().isEmpty()) { // punctuation alone states no time: Unspecified.none()
        assertEquals(Text.nfc(phrase), d.phrase(), "the phrase is kept, only NFC-normalised");
      }
    } catch (DeadlineFormatException expected) {
      // a documented refusal
    }
  }

  @Property(tries = 300)
  void aLongPhraseOfTokenSoupReadsOrIsRefusedAndNothingElse(@ForAll("longSoup") String phrase) {
    try {
      DeadlineParser.parse(phrase);
    } catch (DeadlineFormatException expected) {
      // a documented refusal: past DeadlineParser.MAX_PHRASE_LENGTH, by length
    }
  }

  @Property(tries = 1_000)
  void aDocumentOfTokenSoupLinesImportsOrIsRefusedAndNothingElse(@ForAll("soup") String a, @ForAll("soup") String b, @ForAll("longSoup") String c) {
    String text = "ỦY BAN NHÂN DÂN TỈNH\nSố: 1/KH-UBND\nKẾ HOẠCH\n" + a + "\nII. NHIỆM VỤ\n1. " + b + "\nThời gian thực hiện: " + a + "\n" + c;
    try {
      PlanImporter.standard().read(text, "soup.txt");
    } catch (DocumentImportException expected) {
      // a documented refusal
    }
  }
}
