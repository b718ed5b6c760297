package dev.plancompliance.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word documents: paragraphs and tables in document order, legacy fonts refused, Word's own numbering reported. */
class DocxImportTest {
  /** A minimal .docx: the paragraphs, then a table of the rows; {@code font} on every run, {@code numbered} paragraphs with numPr. */
  static byte[] docx(List<String> paragraphs, List<List<String>> rows, String font, int numbered) throws IOException {
    StringBuilder body = new StringBuilder();
    String rpr = font == null ? "" : "<w:rPr><w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\"/></w:rPr>";
    for (int i = 0; i < paragraphs.size(); i++) {
      String ppr = i < numbered ? "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" : "";
      body.append("<w:p>").append(ppr).append("<w:r>").append(rpr).append("<w:t xml:space=\"preserve\">").append(escape(paragraphs.get(i)))
          .append("</w:t></w:r></w:p>");
    }
    if (!rows.isEmpty()) {
      body.append("<w:tbl>");
      for (List<String> row : rows) {
        body.append("<w:tr>");
        for (String cell : row) {
          body.append("<w:tc><w:p><w:r><w:t>").append(escape(cell)).append("</w:t></w:r></w:p></w:tc>");
        }
        body.append("</w:tr>");
      }
      body.append("</w:tbl>");
    }
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        + "wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(xml.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static final List<String> HEAD = List.of("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Số: 88/KH-UBND", "Quảng Trị, ngày 4 tháng 9 năm 2025", "KẾ HOẠCH",
      "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW", "Thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị.", "I. MỤC ĐÍCH, YÊU CẦU",
      "Quán triệt đầy đủ.", "II. NHIỆM VỤ", "Các nhiệm vụ tại Phụ lục.");

  @Test
  void paragraphsAndTheAppendixTable_readInDocumentOrder(@TempDir Path dir) throws IOException {
    List<List<String>> rows = List.of(
        List.of("TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian thực hiện"),
        List.of("I", "Bảo đảm sự lãnh đạo toàn diện, trực tiếp của Đảng trong công tác xây dựng pháp luật", "", "", "", ""),
        List.of("1", "Quán triệt Nghị quyết số 66-NQ/TW", "Sở Tư pháp", "UBND cấp xã", "Hội nghị", "Quý IV/2025"),
        List.of("2", "Ban hành văn bản triển khai", "Văn phòng UBND tỉnh", "", "Văn bản", "Thường xuyên"));
    Path file = Files.write(dir.resolve("88-KH-UBND.docx"), docx(HEAD, rows, "Times New Roman", 0));
    PlanImport imported = PlanImporter.standard().read(file);
    Plan plan = imported.draft();
    assertEquals("88/KH-UBND", plan.ref().symbol());
    assertEquals(LocalDate.of(2025, 9, 4), plan.ref().issuedOn().orElseThrow());
    assertEquals(List.of("I.1", "I.2"), plan.tasks().stream().map(Task::code).toList());
    Task t = plan.tasks().get(0);
    assertEquals(List.of("so-tu-phap"), t.leads());
    assertEquals(List.of("ubnd-cap-xa"), t.coordinators());
    assertTrue(t.serves("66-NQ/TW", 1));
    assertEquals("Quý IV/2025", t.deadline().phrase());
    assertEquals(13, t.source().orElseThrow().line(), "line 13: the tenth paragraph, then the table's third row");
    assertTrue(imported.decisions().stream().anyMatch(d -> d.subject().equals("line numbers")), imported.decisions().toString());
  }

  @Test
  void legacyFont_isRefused_namingIt() throws IOException {
    byte[] tcvn3 = docx(List.of("KÕ ho¹ch", "triÓn khai thùc hiÖn NghÞ quyÕt sè 66"), List.of(), ".VnTime", 0);
    DocumentImportException e = assertThrows(DocumentImportException.class, () -> PlanImporter.standard().readDocx(tcvn3, "cu.docx"));
    assertTrue(e.getMessage().startsWith("cu.docx: "), e.getMessage());
    assertTrue(e.getMessage().contains("[.VnTime]"), e.getMessage());
  }

  @Test
  void wordsOwnNumbering_isReported() throws IOException {
    byte[] numbered = docx(HEAD, List.of(), null, 3);
    PlanImport imported = PlanImporter.standard().readDocx(numbered, "n.docx");
    assertTrue(imported.decisions().stream().anyMatch(d -> d.subject().equals("numbering") && d.taken().startsWith("3 paragraphs")),
        imported.decisions().toString());
  }

  @Test
  void notAZip_orAZipWithoutADocument_isRefused() throws IOException {
    DocumentImportException e = assertThrows(DocumentImportException.class,
        () -> PlanImporter.standard().readDocx("KẾ HOẠCH".getBytes(StandardCharsets.UTF_8), "plan.docx"));
    assertTrue(e.getMessage().contains("not a zip archive"), e.getMessage());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
    }
    e = assertThrows(DocumentImportException.class, () -> PlanImporter.standard().readDocx(bytes.toByteArray(), "odt.docx"));
    assertTrue(e.getMessage().contains("no word/document.xml"), e.getMessage());
  }
}
