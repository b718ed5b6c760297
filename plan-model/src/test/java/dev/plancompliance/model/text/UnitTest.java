package dev.plancompliance.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How lines become units (a heading, a labelled line, a bullet, a paragraph) and when a line goes on with the unit
 * before it: a line in lower case or opening a parenthesis, the wrapped rest of a label's value, a line after a
 * hyphen, a slash, "số" or a heading's comma, an upper-case roman heading broken over lines, a line as long as the
 * text's wrapped lines; and the width at which a text wraps.
 */
class UnitTest {
  private static List<String> units(String... lines) {
    return Unit.of(SourceText.of(String.join("\n", lines), "t.txt"), i -> false).stream()
        .map(u -> u.kind() + " " + u.first() + (u.last() == u.first() ? "" : "–" + u.last()) + " " + (u.kind() == Unit.Kind.LABEL ? u.label() + "=" + u.value() : u.text()))
        .toList();
  }

  @Test
  void eachKindOfLine_opensItsUnit() {
    assertEquals(List.of("ROMAN 1 NHIỆM VỤ", "NUMBER 2 Rà soát văn bản", "LETTER 3 Tập huấn", "LABEL 4 Chủ trì=Sở Tư pháp", "BULLET 5 Tuyên truyền.",
        "PARAGRAPH 6 Kinh phí từ ngân sách."),
        units("I. NHIỆM VỤ", "1. Rà soát văn bản", "a) Tập huấn", "- Chủ trì: Sở Tư pháp", "- Tuyên truyền.", "Kinh phí từ ngân sách."));
  }

  @Test
  void aLineGoesOn_withTheUnitBefore_whenItCannotStartOne() {
    assertEquals(List.of("PARAGRAPH 1–3 Kinh phí thực hiện từ ngân sách (theo phân cấp) hiện hành."),
        units("Kinh phí thực hiện", "từ ngân sách", "(theo phân cấp) hiện hành."), "lower case, a parenthesis");
    assertEquals(List.of("LABEL 1–2 Chủ trì=Sở Tư pháp (tham mưu Ủy ban nhân dân tỉnh).", "PARAGRAPH 3 Kinh phí."),
        units("- Chủ trì: Sở Tư pháp (tham mưu", "Ủy ban nhân dân tỉnh).", "Kinh phí."), "a label's value without an end mark wraps");
    assertEquals(List.of("LABEL 1 Chủ trì=Sở Tư pháp.", "PARAGRAPH 2 Ủy ban nhân dân tỉnh"), units("- Chủ trì: Sở Tư pháp.", "Ủy ban nhân dân tỉnh"));
    assertEquals(List.of("PARAGRAPH 1–2 Theo Kế hoạch số 12/KH-UBND ngày 1/8/2025"), units("Theo Kế hoạch số", "12/KH-UBND ngày 1/8/2025"));
    assertEquals(List.of("PARAGRAPH 1–2 Theo Kế hoạch Số 12/KH-UBND"), units("Theo Kế hoạch Số", "12/KH-UBND"));
    assertEquals(List.of("PARAGRAPH 1–2 Căn cứ KẾ HOẠCH SỐ 12/KH-UBND"), units("Căn cứ KẾ HOẠCH SỐ", "12/KH-UBND"));
    assertEquals(List.of("PARAGRAPH 1–2 Ủy ban nhân dân tỉnh - Văn phòng"), units("Ủy ban nhân dân tỉnh -", "Văn phòng"), "a dash after a space");
    assertEquals(List.of("PARAGRAPH 1–2 Ban Thi đua-Khen thưởng"), units("Ban Thi đua-", "Khen thưởng"), "a name broken at its hyphen");
    assertEquals(List.of("LABEL 1–2 Chủ trì=Sở Tư pháp - Văn phòng"), units("- Chủ trì: Sở Tư pháp -", "Văn phòng"), "in a label's value too");
    assertEquals(List.of("PARAGRAPH 1–2 Sở Tư pháp/ Sở Nội vụ"), units("Sở Tư pháp/", "Sở Nội vụ"));
    assertEquals(List.of("NUMBER 1–2 Sở Tư pháp, Sở Nội vụ"), units("1. Sở Tư pháp,", "Sở Nội vụ"), "a heading's comma");
    assertEquals(List.of("PARAGRAPH 1 Sở Tư pháp,", "PARAGRAPH 2 Sở Nội vụ"), units("Sở Tư pháp,", "Sở Nội vụ"), "a paragraph's comma does not");
    assertEquals(List.of("ROMAN 1–2 MỤC ĐÍCH, YÊU CẦU"), units("I. MỤC ĐÍCH,", "YÊU CẦU"), "an upper-case roman heading broken over lines");
    assertEquals(List.of("ROMAN 1 MỤC ĐÍCH", "PARAGRAPH 2 Yêu cầu"), units("I. MỤC ĐÍCH", "Yêu cầu"));
  }

  @Test
  void aLineAsLongAsTheTextsWrappedLines_withoutAFullStop_goesOnOnTheNext() {
    String wrapped = "Tăng cường công tác tuyên truyền, phổ biến pháp luật đến cán bộ và nhân dân"; // 77 characters
    List<String> lines = new java.util.ArrayList<>(IntStream.range(0, 25).mapToObj(i -> "Đoạn " + i + " " + "x".repeat(70) + ".").toList());
    lines.add(wrapped);
    lines.add("Trên địa bàn tỉnh.");
    List<String> read = units(lines.toArray(String[]::new));
    assertEquals("PARAGRAPH 26–27 " + wrapped + " Trên địa bàn tỉnh.", read.get(read.size() - 1));
    assertEquals(List.of("PARAGRAPH 1 " + wrapped, "PARAGRAPH 2 Trên địa bàn tỉnh."), units(wrapped, "Trên địa bàn tỉnh."), "a short text does not wrap");
  }

  @Test
  void theWrapWidth_is80PercentOfTheLongerLines_whenMostAreShort() {
    assertEquals(Integer.MAX_VALUE, Unit.wrapWidth(SourceText.of(lines(19, 50), "t.txt")), "too few lines to tell");
    assertEquals(40, Unit.wrapWidth(SourceText.of(lines(20, 50), "t.txt")));
    assertEquals(96, Unit.wrapWidth(SourceText.of(lines(20, 120), "t.txt")));
    assertEquals(Integer.MAX_VALUE, Unit.wrapWidth(SourceText.of(lines(20, 121), "t.txt")), "paragraphs on one line each");
  }

  /** {@code n} lines of {@code length} characters. */
  private static String lines(int n, int length) {
    return IntStream.range(0, n).mapToObj(i -> "ă".repeat(length)).collect(Collectors.joining("\n"));
  }
}
