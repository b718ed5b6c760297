package dev.plancompliance.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.DocumentKind;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanLevel;
import dev.plancompliance.model.Role;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.json.PlanDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The importer on the seed documents and on documents it must refuse or read as what they are. */
class PlanImporterTest {
  private static final PlanImporter IMPORTER = PlanImporter.standard();

  static String resource(String path) {
    try (InputStream in = PlanImporterTest.class.getResourceAsStream("/dev/plancompliance/model/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static PlanImport seed(String file) {
    return IMPORTER.read(resource("seeds/" + file), file);
  }

  private static List<String> codes(Plan plan) {
    return plan.tasks().stream().map(Task::code).toList();
  }

  private static boolean decided(PlanImport imported, String subject, String taken) {
    return imported.decisions().stream().anyMatch(d -> d.subject().contains(subject) && d.taken().contains(taken));
  }

  @Test
  void hue_oneTaskPerGroup_groupsFromHeadings_labelsKeptAsPrinted() {
    PlanImport imported = seed("000_3d0f801100aabd15.txt");
    Plan plan = imported.draft();
    assertEquals(List.of("II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7"), codes(plan));
    for (int i = 0; i < 7; i++) {
      Task t = plan.tasks().get(i);
      assertTrue(t.serves("66-NQ/TW", i + 1), t.code());
      assertTrue(t.groupSuggestedBy().isEmpty(), t.code() + ": the heading names the group");
    }
    assertTrue(plan.declaresFullScope(), "the headings name all seven groups");
    Task t4 = plan.task("II.4").orElseThrow();
    assertEquals(List.of("Triển khai thực hiện", "Chủ trì tham mưu thực hiện", "Phối hợp tham mưu thực hiện"),
        t4.assignments().stream().map(a -> a.label()).toList());
    assertEquals(List.of("so-ngoai-vu"), t4.leadAgencies());
    assertEquals(List.of("so-tu-phap"), t4.coordinatingAgencies());
    assertEquals(27, t4.source().orElseThrow().line());
    assertEquals(33, t4.source().orElseThrow().lastLine().orElseThrow());
    assertEquals("Năm 2025 và các năm tiếp theo", t4.deadline().phrase());
    assertEquals(List.of("66-NQ/TW"), plan.implementsRefs().stream().map(DocumentRef::symbol).toList());
    assertEquals(List.of("294-KH/TU", "23-KH/ĐU"), plan.parentRefs().stream().map(DocumentRef::symbol).toList());
    assertTrue(plan.implementsSymbol("66-NQ/TW"));
    assertEquals("Ủy ban nhân dân thành phố Huế", plan.ref().issuer().orElseThrow());
    assertEquals(PlanLevel.CITY, plan.level());
    assertEquals("so-tu-phap", plan.monitor().orElseThrow());
    assertTrue(plan.isCollective("ubnd-cac-xa-phuong"));
    assertTrue(decided(imported, "\"Triển khai thực hiện\"", "implementer"), imported.decisions().toString());
    assertTrue(decided(imported, "number", "?"), "the seed prints no number");
  }

  @Test
  void haTinh_appendixTable_rowsAreTasks_repeatedBlockReadOnce() {
    PlanImport imported = seed("003_5e5f6eee794eb63a.txt");
    Plan plan = imported.draft();
    assertEquals("444/KH-UBND", plan.ref().symbol());
    assertEquals(LocalDate.of(2025, 8, 13), plan.ref().issuedOn().orElseThrow());
    assertEquals(DocumentKind.PLAN, plan.ref().kind());
    assertEquals(42, plan.tasks().size(), codes(plan).toString());
    assertEquals("I.1", plan.tasks().get(0).code());
    assertEquals("VII.2", plan.tasks().get(41).code());
    Task i1 = plan.tasks().get(0);
    assertEquals(List.of("cac-so-ban-nganh-cap-tinh", "ubnd-cap-xa"), i1.leads());
    assertEquals(List.of("so-tu-phap"), i1.coordinators());
    assertEquals("Hội nghị/Văn bản/Bài báo/Bản tin/Chương trình truyền hình", i1.output().orElseThrow());
    assertTrue(i1.deadline() instanceof Deadline.Continuous, i1.deadline().toString());
    Task v2 = plan.task("V.2").orElseThrow();
    assertEquals("", v2.output().orElseThrow(), "an empty Kết quả cell is an empty output");
    assertTrue(plan.tasks().stream().allMatch(t -> t.group().isPresent() && t.groupSuggestedBy().isEmpty()), "group rows name the groups");
    assertTrue(plan.declaresFullScope());
    assertTrue(decided(imported, "lines 9–", "dropped"), "the crawl's repeated block: " + imported.decisions());
    assertTrue(decided(imported, "section II", "directions"), imported.decisions().toString());
    assertEquals(1, plan.requests().size(), "Đề nghị Ủy ban Mặt trận Tổ quốc");
    assertEquals(List.of("66-NQ/TW", "140/NQ-CP"), plan.implementsRefs().stream().map(DocumentRef::symbol).toList());
  }

  @Test
  void bacGiang_otherDirective_assignmentBlocksSplitAnItem_blankDayIsNoDate() {
    PlanImport imported = seed("002_9f8dbfd52da4a7ba.txt");
    Plan plan = imported.draft();
    assertEquals("/KH-UBND", plan.ref().symbol());
    assertTrue(plan.ref().issuedOn().isEmpty());
    assertTrue(decided(imported, "issue date", "none"), imported.decisions().toString());
    assertEquals("Ủy ban nhân dân tỉnh Bắc Giang", plan.ref().issuer().orElseThrow());
    assertEquals(List.of("06-CT/TU"), plan.implementsRefs().stream().map(DocumentRef::symbol).toList());
    assertTrue(codes(plan).containsAll(List.of("II.1-1", "II.1-2", "II.3.1", "II.3.5", "II.4.2", "II.9", "II.10")), codes(plan).toString());
    Task t = plan.task("II.1-1").orElseThrow();
    assertEquals(List.of("so-tu-phap"), t.leadAgencies());
    assertEquals(Role.LEAD, t.assignments().get(0).role().orElseThrow());
    assertTrue(t.deadline() instanceof Deadline.OnEvent, t.deadline().toString());
    Task t442 = plan.task("II.4.2").orElseThrow();
    assertEquals(List.of("so-tu-phap", "cac-so-co-quan-thuoc-ubnd-tinh", "ubnd-cap-huyen"), t442.leadAgencies(),
        "a lead whose value wraps over lines stays one block; what Sở Tư pháp is asked, in parentheses, names no body; after \";\" two more leads");
    assertTrue(plan.tasks().stream().allMatch(x -> x.group().isPresent()), "the items' headings name 06-CT/TU's ten areas");
    assertEquals(10, plan.tasks().stream().map(x -> x.group().get().number()).distinct().count(), "all ten areas, 9 and 10 as numbered items");
  }

  @Test
  void haNoi_noKindHeading_kindFromPreamble_tasksLeftToTheMissingAppendix() {
    PlanImport imported = seed("001_0ac0c91c6e978eb2.txt");
    Plan plan = imported.draft();
    assertEquals(DocumentKind.ACTION_PROGRAMME, plan.ref().kind());
    assertTrue(decided(imported, "document kind", "ACTION_PROGRAMME"));
    assertTrue(plan.ref().title().orElseThrow().endsWith("kỷ nguyên mới"), plan.ref().title().toString());
    assertTrue(plan.missingAppendix().isPresent());
    assertEquals(482, plan.missingAppendix().get().line(), "item 3, whose sentence cites the appendix (line 484)");
    assertEquals(490, plan.missingAppendix().get().lastLine().orElseThrow());
    assertTrue(plan.tasks().stream().allMatch(t -> t.deadline().refersToMissingAppendix()), "no task prints its time");
    assertEquals(List.of("350-KH/TU"), plan.parentRefs().stream().map(DocumentRef::symbol).toList());
    Task d = plan.task("II.7.d").orElseThrow();
    assertEquals(439, d.source().orElseThrow().line());
    assertEquals(449, d.source().orElseThrow().lastLine().orElseThrow(), "the item's wrapped lines are its range");
    assertEquals(7, plan.tasks().stream().map(t -> t.group().get().number()).distinct().count());
    dev.plancompliance.model.SpendingFloor floor = plan.spendingFloors().get(0);
    assertEquals(0, new java.math.BigDecimal("0.005").compareTo(floor.rate()));
    assertTrue(floor.rising(), "“và tăng dần”");
    assertEquals(LocalDate.of(2025, 7, 9), floor.effectiveFrom(), "no issue date: the latest date cited, 350-KH/TU of 09/07/2025");
    assertEquals(dev.plancompliance.model.BudgetLevel.PROVINCE, floor.budgetLevel());
    assertTrue(floor.basis().startsWith("mục II.7.d: “Bảo đảm chi cho công tác xây dựng pháp luật"), floor.basis());
    assertEquals(439, floor.source().line());
    assertTrue(decided(imported, "spending floor", "binds from 2025-07-09"), imported.decisions().toString());
  }

  @Test
  void dutiesPerBody_inAPhanCongSection_areTasks_inTheRoleTheirFirstWordsGive() {
    String file = "nghean-1026-KH-UBND-2025.txt";
    Plan plan = IMPORTER.read(resource("corpus/" + file), file).draft();
    Task chairs = plan.task("III.1-1").orElseThrow();
    assertEquals(List.of("cong-an-tinh"), chairs.leads(), "\"Chủ trì, phối hợp với …\" under \"1. Công an tỉnh\"");
    assertTrue(chairs.coordinators().contains("cac-co-quan-don-vi-co-lien-quan"), chairs.coordinators().toString());
    assertEquals(List.of("cong-an-tinh"), plan.task("III.1-3").orElseThrow().coordinators(), "\"Phối hợp tiến hành …\"");
    assertEquals(List.of("cong-an-tinh"), plan.task("III.1-2").orElseThrow().implementers(), "no role word: the body implements it");
    assertTrue(plan.task("III.1-6").orElseThrow().deadline() instanceof Deadline.Unspecified,
        "the date of the directive it cites (Chỉ thị số 32/CT-TTg ngày 21/10/2025) is no time frame");
  }

  @Test
  void timeClauses_startAtATimeWord_andNeverTakeACitedDocumentsDate() {
    assertTrue(TimeClauses.read("Tham mưu sơ kết việc thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ").isEmpty());
    Deadline yearly = TimeClauses.read("Hàng năm, trước ngày 02/12 báo cáo kết quả thực hiện Kế hoạch này về UBND tỉnh (qua Sở Tư pháp)").orElseThrow();
    assertTrue(yearly instanceof Deadline.Recurring r && r.cutoffs().size() == 1, yearly.toString());
    assertEquals("trong tháng 7 năm 2025", TimeClauses.read("xây dựng kế hoạch thực hiện Nghị quyết số 66-NQ/TW trong tháng 7 năm 2025.").orElseThrow().phrase());
  }

  @Test
  void aNewsItem_withoutHeadingNumberOrIssuingFormula_isNotReadAsAPlan() {
    PlanImport imported = seed("004_6f8d40eb51eea31d.txt");
    assertFalse(imported.draft().ref().kind().isImplementingPlan(), imported.draft().ref().toString());
    assertTrue(decided(imported, "document kind", "REPORT"), imported.decisions().toString());
  }

  @Test
  void targets_inThePurposeSection_areReadWithTheirFigure() {
    String text = String.join("\n", "KẾ HOẠCH", "VỀ PHÁP LUẬT", "I. MỤC ĐÍCH, YÊU CẦU", "- Phấn đấu 100% văn bản quy phạm pháp luật được rà soát đến năm 2027.",
        "- Quán triệt đầy đủ.", "II. NHIỆM VỤ", "1. Rà soát văn bản", "- Chủ trì: Sở Tư pháp", "- Thời gian: Năm 2026");
    Plan plan = IMPORTER.read(text, "t.txt").draft();
    assertEquals(1, plan.targets().size());
    assertEquals(0, java.math.BigDecimal.valueOf(100).compareTo(plan.targets().get(0).value().orElseThrow()));
    assertEquals("%", plan.targets().get(0).unit().orElseThrow());
    assertEquals(2027, plan.targets().get(0).year().orElseThrow());
  }

  @Test
  void draft_isAPlanDocument_thatReadsBack() {
    for (String seed : List.of("000_3d0f801100aabd15.txt", "001_0ac0c91c6e978eb2.txt", "002_9f8dbfd52da4a7ba.txt", "003_5e5f6eee794eb63a.txt")) {
      Plan draft = seed(seed).draft();
      assertEquals(draft, PlanDocuments.read(PlanDocuments.write(draft), seed), seed);
      assertTrue(draft.tasks().stream().allMatch(t -> t.source().isPresent()), seed + ": every task keeps its lines");
      assertTrue(draft.tasks().stream().flatMap(t -> t.agencyIds().stream()).allMatch(draft::hasAgency), seed + ": every body is registered");
    }
  }

  @Test
  void portalMarkup_boldStarsSplitDateAndBars_areReadThrough() {
    String text = String.join("\n", "|", "**ỦY BAN NHÂN DÂN", "**", "TỈNH ĐỒNG NAI", "-------", "|", "Số: 182/KH-UBND", "|",
        "*Đồng Nai, ngày 20", "tháng 11 năm 2025*", "|", "** **", "**KẾ HOẠCH**", "", "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW",
        "**I. MỤC ĐÍCH,", "YÊU CẦU**", "- Quán triệt.", "**II.", "MỤC TIÊU, NHIỆM VỤ**", "**1.", "Tuyên truyền, phổ biến Nghị quyết**",
        "- Chủ trì: Sở Tư pháp.", "- Thời gian thực hiện: Năm 2026.");
    PlanImport imported = IMPORTER.read(text, "dongnai.txt");
    Plan plan = imported.draft();
    assertEquals("182/KH-UBND", plan.ref().symbol());
    assertEquals(LocalDate.of(2025, 11, 20), plan.ref().issuedOn().orElseThrow());
    assertEquals("Ủy ban nhân dân tỉnh Đồng Nai", plan.ref().issuer().orElseThrow());
    assertEquals(List.of("II.1"), codes(plan));
    assertEquals(List.of("so-tu-phap"), plan.tasks().get(0).leadAgencies());
    assertEquals(21, plan.tasks().get(0).source().orElseThrow().line(), "the number alone on its line heads the next");
    assertEquals(24, plan.tasks().get(0).source().orElseThrow().lastLine().orElseThrow());
    assertEquals("Tuyên truyền, phổ biến Nghị quyết", plan.tasks().get(0).title());
    assertEquals(Sections.Kind.TASKS, Sections.kindOf("MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP"));
    assertEquals(Sections.Kind.PURPOSE, Sections.kindOf("MỤC TIÊU"));
  }

  @Test
  void oldToneSpellingAndDecomposedText_readAsTheNewSpelling() {
    String nfd = java.text.Normalizer.normalize(String.join("\n", "UỶ BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 7/KH-UBND",
        "Hà Tĩnh, ngày 2 tháng 3 năm 2026", "KẾ HOẠCH", "VỀ PHÁP LUẬT", "II. NHIỆM VỤ", "1. Phổ biến pháp luật", "- Đơn vị chủ trì: Sở Tư pháp",
        "- Phối hợp: Uỷ ban nhân dân cấp xã; UBND cấp xã", "- Thời gian: Quý I năm 2026 hoặc hằng năm"), java.text.Normalizer.Form.NFD);
    Plan plan = IMPORTER.read(nfd, "nfd.txt").draft();
    assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", plan.ref().issuer().orElseThrow());
    assertEquals(List.of("ubnd-cap-xa"), plan.tasks().get(0).coordinatingAgencies(), "Uỷ ban nhân dân = UBND, one body");
    assertEquals(java.text.Normalizer.normalize(plan.tasks().get(0).title(), java.text.Normalizer.Form.NFC), plan.tasks().get(0).title());
  }

  @Test
  void timePhraseTheParserCannotRead_isKeptVerbatim_andListed() {
    String text = String.join("\n", "KẾ HOẠCH", "VỀ PHÁP LUẬT", "II. NHIỆM VỤ", "1. Phổ biến pháp luật", "- Chủ trì: Sở Tư pháp",
        "- Thời gian: từ tháng 3 đến tháng 5/2026");
    PlanImport imported = IMPORTER.read(text, "t.txt");
    Deadline d = imported.draft().tasks().get(0).deadline();
    assertTrue(d instanceof Deadline.Vague, d.toString());
    assertEquals("từ tháng 3 đến tháng 5/2026", d.phrase());
    assertTrue(decided(imported, "task II.1", "verbatim"), imported.decisions().toString());
  }

  @Test
  void aNotice_isReadAsANotice_notAsAPlan() {
    String text = String.join("\n", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "Số: 12/TB-UBND", "Hà Tĩnh, ngày 5 tháng 9 năm 2025", "THÔNG BÁO",
        "KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP VỀ CÔNG TÁC PHÁP LUẬT", "1. Giao Sở Tư pháp tham mưu.");
    Plan plan = IMPORTER.read(text, "tb.txt").draft();
    assertEquals(DocumentKind.NOTICE, plan.ref().kind());
    assertFalse(plan.ref().kind().isImplementingPlan());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\n  ", "The Committee hereby issues the following plan.\n1. Train staff.", "KÕ ho¹ch triÓn khai thùc hiÖn NghÞ quyÕt sè 66"})
  void documentsThatAreNotVietnameseText_areRefused_withTheReason(String text) {
    DocumentImportException e = assertThrows(DocumentImportException.class, () -> IMPORTER.read(text, "upload.txt"));
    assertTrue(e.getMessage().startsWith("upload.txt"), e.getMessage());
    assertTrue(e.getMessage().matches("(?s).*(empty|no Vietnamese|legacy Vietnamese font).*"), e.getMessage());
  }

  @Test
  void legacyFont_namesTheEncoding() {
    DocumentImportException e = assertThrows(DocumentImportException.class,
        () -> IMPORTER.read("KÕ ho¹ch triÓn khai thùc hiÖn NghÞ quyÕt sè 66 vÒ ®æi míi c«ng t¸c x©y dùng", "tcvn3.txt"));
    assertTrue(e.getMessage().contains("TCVN3"), e.getMessage());
  }

  @Test
  void binaryAndNonUtf8Files_areRefused_namingTheLine(@TempDir Path dir) throws IOException {
    Path binary = dir.resolve("plan.docx.txt");
    Files.write(binary, new byte[] {'K', 'H', '\n', 'a', 0, 'b'});
    DocumentImportException e = assertThrows(DocumentImportException.class, () -> IMPORTER.read(binary));
    assertEquals(2, e.line(), e.getMessage());
    Path latin1 = dir.resolve("latin1.txt");
    byte[] utf8 = "KẾ HOẠCH\nS".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 3);
    bytes[utf8.length] = (byte) 0xF5; // "ơ" in windows-1258, no UTF-8 byte
    bytes[utf8.length + 1] = (byte) 0xD2;
    bytes[utf8.length + 2] = '\n';
    Files.write(latin1, bytes);
    e = assertThrows(DocumentImportException.class, () -> IMPORTER.read(latin1));
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    assertEquals(2, e.line());
  }

  @Test
  void hugeText_isRefusedBeforeItIsRead() {
    String huge = "Kế hoạch ".repeat(SourceText.MAX_CHARS / 9 + 1);
    DocumentImportException e = assertThrows(DocumentImportException.class, () -> IMPORTER.read(huge, "huge.txt"));
    assertTrue(e.getMessage().contains("at most"), e.getMessage());
  }

  @Test
  void corpus_everyPlanImports_withItsNumberDateAndIssuer() {
    List<String> files = List.of("cantho-153-KH-UBND-2025.txt", "cantho-157-KH-UBND-2025.txt", "cantho-160-KH-UBND-2025.txt",
        "daklak-0124-KH-UBND-2025.txt", "dongnai-182-KH-UBND-2025.txt", "dongthap-556-KH-UBND-2025.txt", "hatinh-624-KH-UBND-2025.txt",
        "hcm-174-KH-UBND-2025.txt", "nghean-1026-KH-UBND-2025.txt");
    StringBuilder table = new StringBuilder();
    for (String f : files) {
      PlanImport imported = IMPORTER.read(resource("corpus/" + f), f);
      Plan plan = imported.draft();
      String number = f.replaceAll("^[a-z]+-(\\d+)-KH-UBND-2025\\.txt$", "$1");
      assertEquals(number + "/KH-UBND", plan.ref().symbol(), f);
      assertEquals(2025, plan.ref().issuedOn().orElseThrow().getYear(), f);
      assertTrue(plan.ref().issuer().orElseThrow().startsWith("Ủy ban nhân dân "), f + ": " + plan.ref().issuer());
      assertFalse(plan.implementsSymbol("66-NQ/TW"), f + " implements another directive");
      assertFalse(plan.ref().title().orElseThrow().contains("CỘNG HÒA"), f + ": the title is not the national motto: " + plan.ref().title());
      assertTrue(plan.ref().title().orElseThrow().length() > 20, f + ": " + plan.ref().title());
      table.append(String.format("%-30s %3d tasks %3d decisions %3d not placed%n", f, plan.tasks().size(), imported.decisions().size(),
          imported.unplaced().size()));
    }
    System.out.print(table);
  }

  @Test
  void decisionsAndUnplacedLines_printWithTheirLine() {
    PlanImport imported = seed("000_3d0f801100aabd15.txt");
    assertTrue(imported.decisions().stream().map(ImportDecision::toString).allMatch(s -> s.matches("line \\d+: .+ → .+: .+")));
    assertTrue(imported.unplaced().stream().map(UnplacedLine::toString).allMatch(s -> s.matches("line \\d+: .+")));
    assertTrue(imported.toString().contains("7 tasks"), imported.toString());
    assertEquals(imported.unplaced().stream().map(UnplacedLine::line).sorted().collect(Collectors.toList()),
        imported.unplaced().stream().map(UnplacedLine::line).collect(Collectors.toList()), "in document order");
  }
}
