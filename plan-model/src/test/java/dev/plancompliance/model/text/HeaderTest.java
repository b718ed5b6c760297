package dev.plancompliance.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plancompliance.model.DocumentKind;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the importer reads from a document's head, on heads of the shapes real documents take: the standard
 * header (issuing body, number, place and date, kind heading, title), an unsigned draft, a portal's fields, a
 * text with no kind heading (the preamble's issuing formula or the number's code says the kind), a signature
 * that names the issuer, titles over several lines; and what it says when something is missing.
 */
class HeaderTest {
  private static final String BODY = "\nI. NHIỆM VỤ\n1. Rà soát văn bản\n- Chủ trì: Sở Tư pháp\n";

  private static PlanImport read(String head) {
    return PlanImporter.standard().read(head + BODY, "t.txt");
  }

  private static DocumentRef ref(String symbol, DocumentKind kind, LocalDate issuedOn, String issuer, String title) {
    return DocumentRef.builder().symbol(symbol).kind(kind).issuedOn(Optional.ofNullable(issuedOn)).issuer(issuer).title(title).build();
  }

  @Test
  void aStandardHeader_givesTheNumberDatePlaceIssuerAndTitle_withoutADecision() {
    PlanImport imported = read("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 444/KH-UBND\nHà Tĩnh, ngày 13 tháng 8 năm 2025\nKẾ HOẠCH\n"
        + "Triển khai thực hiện Nghị quyết số 66-NQ/TW\nngày 30/4/2025 của Bộ Chính trị");
    Plan plan = imported.draft();
    assertEquals(ref("444/KH-UBND", DocumentKind.PLAN, LocalDate.of(2025, 8, 13), "Ủy ban nhân dân tỉnh Hà Tĩnh",
        "Triển khai thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị"), plan.ref());
    assertEquals(Optional.of("Hà Tĩnh"), plan.locality());
    assertEquals(PlanLevel.PROVINCE, plan.level());
    assertEquals("ubnd-tinh-ha-tinh", plan.issuer());
    for (String subject : List.of("document kind", "issue date", "number", "issuer", "title")) {
      assertEquals("(none)", FirstDecision.takenAndWhy(imported, subject), subject);
    }
  }

  @Test
  void aDraftWithTheDayLeftBlank_hasNoIssueDate_andAnUpperCaseTitleGoesOnOverItsLines() {
    PlanImport imported = read("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố:      /KH-UBND\nHuế, ngày    tháng 8 năm 2025\nKẾ HOẠCH\n"
        + "THỰC HIỆN NGHỊ QUYẾT 66-NQ/TW\nTRÊN ĐỊA BÀN THÀNH PHỐ HUẾ\nThực hiện Nghị quyết số 66-NQ/TW, Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:");
    Plan plan = imported.draft();
    assertEquals("/KH-UBND", plan.ref().symbol());
    assertEquals(Optional.empty(), plan.ref().issuedOn());
    assertEquals("none: the day is left blank (\"ngày   tháng 8 năm 2025\"): an unsigned draft has no issue date", FirstDecision.takenAndWhy(imported, "issue date"));
    assertEquals(Optional.of("THỰC HIỆN NGHỊ QUYẾT 66-NQ/TW TRÊN ĐỊA BÀN THÀNH PHỐ HUẾ"), plan.ref().title());
    assertEquals(Optional.of("Huế"), plan.locality());
    assertEquals("ubnd-thanh-pho-hue", plan.issuer());
    assertEquals(PlanLevel.CITY, plan.level());
  }

  @Test
  void aDateThatDoesNotExist_isNoIssueDate() {
    PlanImport imported = read("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 1/KH-UBND\nHà Tĩnh, ngày 31 tháng 2 năm 2025\nKẾ HOẠCH\nVề pháp luật");
    assertEquals(Optional.empty(), imported.draft().ref().issuedOn());
    assertEquals("none: \"31/2/2025\" is not a date", FirstDecision.takenAndWhy(imported, "issue date"));
  }

  @Test
  void aPortalsFields_giveTheNumberAndDate_theTitleTheLocality_andAnIssuerNamedNowhereIsUnknown() {
    PlanImport imported = read("Số hiệu | 12/KH-UBND\nNgày ban hành | 13/08/2025\nKẾ HOẠCH\nVề pháp luật trên địa bàn tỉnh Quảng Trị");
    Plan plan = imported.draft();
    assertEquals(ref("12/KH-UBND", DocumentKind.PLAN, LocalDate.of(2025, 8, 13), "(không rõ cơ quan ban hành)", "Về pháp luật trên địa bàn tỉnh Quảng Trị"), plan.ref());
    assertEquals(Optional.of("Quảng Trị"), plan.locality());
    assertEquals("2025-08-13: no \"…, ngày … tháng … năm …\" line; read from the portal's \"Ngày ban hành\" field", FirstDecision.takenAndWhy(imported, "issue date"));
    assertEquals("(unknown): no issuing body found in the header or the signature: the draft names none", FirstDecision.takenAndWhy(imported, "issuer"));
  }

  @Test
  void withoutAKindHeading_thePreamblesIssuingFormulaSaysTheKind_andTheIssuer() {
    PlanImport plan = read("Thực hiện Nghị quyết số 66-NQ/TW, Ủy ban nhân dân thành phố ban hành Kế hoạch thực hiện như sau:");
    assertEquals(DocumentKind.PLAN, plan.draft().ref().kind());
    assertEquals("PLAN: no kind heading; the preamble says the issuer \"ban hành Kế hoạch thực hiện như sau:\"", FirstDecision.takenAndWhy(plan, "document kind"));
    assertEquals("?: no \"Số: …\" in the header: the draft's symbol is the placeholder \"?\"", FirstDecision.takenAndWhy(plan, "number"));
    assertEquals("none: no place-and-date line (\"…, ngày … tháng … năm …\") in the header: the draft states no issue date", FirstDecision.takenAndWhy(plan, "issue date"));
    assertEquals("Thực hiện Nghị quyết số 66-NQ/TW, Ủy ban nhân dân thành phố ban hành Kế hoạch t…: no kind heading (KẾ HOẠCH, CHƯƠNG TRÌNH HÀNH ĐỘNG …)"
        + " in the text: the first paragraph is taken as the title", FirstDecision.takenAndWhy(plan, "title"));

    PlanImport programme = read("Căn cứ Nghị quyết, UBND tỉnh Quảng Trị ban hành Chương trình hành động với các nội dung sau:");
    assertEquals(DocumentKind.ACTION_PROGRAMME, programme.draft().ref().kind());
    assertEquals(Optional.of("Ủy ban nhân dân tỉnh Quảng Trị"), programme.draft().ref().issuer());
    assertEquals(Optional.of("Quảng Trị"), programme.draft().locality());
    assertEquals("Ủy ban nhân dân tỉnh Quảng Trị: no issuing body in a header; the text names the People's Committee (\"TM. ỦY BAN NHÂN DÂN\" or \"… ban hành\")"
        + " and the locality Quảng Trị", FirstDecision.takenAndWhy(programme, "issuer"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"12/TB-UBND, NOTICE", "7/CTr-UBND, ACTION_PROGRAMME", "4/CT-UBND, DIRECTIVE", "3/QĐ-UBND, DECISION", "5/BC-UBND, REPORT",
      "6/NQ-HĐND, RESOLUTION", "7/TTr-UBND, SUBMISSION", "8/KH-UBND, PLAN", "9/KH/TU, PLAN", "123/UBND-VP, OFFICIAL_LETTER"})
  void withoutHeadingOrFormula_theCodeInTheNumberSaysTheKind(String symbol, DocumentKind kind) {
    PlanImport imported = read("Số: " + symbol + "\nVề việc triển khai");
    assertEquals(symbol, imported.draft().ref().symbol());
    assertEquals(kind, imported.draft().ref().kind());
    assertEquals(kind + ": no kind heading; read from the code in the number " + symbol, FirstDecision.takenAndWhy(imported, "document kind"));
  }

  @Test
  void aTextWithNoSignOfAPlan_isReadAsAReport_andTheDecisionOffersPlan() {
    PlanImport imported = read("Tin tức về pháp luật\nHôm nay có hội nghị.");
    assertEquals(DocumentKind.REPORT, imported.draft().ref().kind());
    ImportDecision kind = FirstDecision.on(imported, "document kind").orElseThrow();
    assertEquals(List.of("PLAN", "REPORT"), kind.options());
    assertEquals(1, kind.line());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {"CHƯƠNG TRÌNH HÀNH ĐỘNG|ACTION_PROGRAMME", "CHƯƠNG TRÌNH|ACTION_PROGRAMME", "THÔNG BÁO:|NOTICE", "KẾ HOẠCH.|PLAN",
      "CHỈ THỊ|DIRECTIVE", "QUYẾT ĐỊNH|DECISION", "BÁO CÁO|REPORT", "TỜ TRÌNH|SUBMISSION", "ĐỀ ÁN|SCHEME", "NGHỊ QUYẾT|RESOLUTION"})
  void aKindHeading_inUpperCase_saysTheKind_andTheTitleFollowsIt(String heading, DocumentKind kind) {
    PlanImport imported = read(heading + "\nVề pháp luật\nThực hiện Nghị quyết");
    assertEquals(kind, imported.draft().ref().kind());
    assertEquals(Optional.of("Về pháp luật"), imported.draft().ref().title());
    assertEquals("(none)", FirstDecision.takenAndWhy(imported, "document kind"));
    assertEquals("(none)", FirstDecision.takenAndWhy(imported, "title"));
  }

  @Test
  void aKindWordInLowerCase_isNoHeading() {
    PlanImport imported = read("Kế hoạch\nSố: 12/TB-UBND");
    assertEquals(DocumentKind.NOTICE, imported.draft().ref().kind(), "the number's code decides");
  }

  @Test
  void aSignatureForTheCommittee_namesTheIssuer_whenNoHeaderDoes() {
    PlanImport imported = PlanImporter.standard().read("KẾ HOẠCH\nVề pháp luật\nThực hiện Nghị quyết" + BODY + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n", "t.txt");
    assertEquals(Optional.of("Ủy ban nhân dân"), imported.draft().ref().issuer());
    assertEquals("Ủy ban nhân dân: no issuing body in a header; the text names the People's Committee (\"TM. ỦY BAN NHÂN DÂN\" or \"… ban hành\")",
        FirstDecision.takenAndWhy(imported, "issuer"));
  }

  @Test
  void aTitleBrokenOffMidPhrase_goesOnOnTheNextLine_untilThePreambleBegins() {
    PlanImport imported = read("KẾ HOẠCH\nThực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị về đổi mới\ncông tác xây dựng pháp luật\n"
        + "Để triển khai, Sở Tư pháp xây dựng kế hoạch.");
    assertEquals(Optional.of("Thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị về đổi mới công tác xây dựng pháp luật"), imported.draft().ref().title());
    PlanImport stops = read("KẾ HOẠCH\nVề pháp luật;\nTăng cường tuyên truyền");
    assertEquals(Optional.of("Về pháp luật;"), stops.draft().ref().title(), "a line that ends in ; ends the title");
    PlanImport upper = read("KẾ HOẠCH\nVề pháp luật\nTHỰC HIỆN NGHỊ QUYẾT");
    assertEquals(Optional.of("Về pháp luật"), upper.draft().ref().title(), "upper case after lower case is another part of the head");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Thành phố Hà Nội|THÀNH PHỐ HÀ NỘI|Hà Nội|ubnd-thanh-pho-ha-noi|CITY",
      "Tân An|XÃ TÂN AN|Tân An|ubnd-xa-tan-an|COMMUNE", "Tp. Đà Nẵng|THÀNH PHỐ ĐÀ NẴNG|Đà Nẵng|ubnd-thanh-pho-da-nang|CITY"})
  void thePlaceOfTheDateLine_isTheLocality_withoutItsLevelWord(String place, String body, String locality, String issuer, PlanLevel level) {
    Plan plan = read("ỦY BAN NHÂN DÂN\n" + body + "\nSố: 5/KH-UBND\n" + place + ", ngày 1 tháng 6 năm 2025\nKẾ HOẠCH\nVề pháp luật").draft();
    assertEquals(Optional.of(locality), plan.locality());
    assertEquals(issuer, plan.issuer());
    assertEquals(level, plan.level());
    assertEquals(Optional.of(LocalDate.of(2025, 6, 1)), plan.ref().issuedOn());
  }
}
