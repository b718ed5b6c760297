package dev.plancompliance.model.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word document (.docx), with the JDK alone (a .docx is a zip of XML): its paragraphs and table
 * rows in document order, one line each — a row as {@code | cell | cell |}, the shape a portal gives — so that
 * the importer reads it as it reads a portal's text. Line numbers then count those lines. Fonts of the legacy
 * Vietnamese encodings (TCVN3's {@code .Vn…}, VNI's {@code VNI-…}) are reported, so that text typed in them is
 * refused rather than read as mojibake; paragraphs Word numbers itself are counted, since their numbers are
 * not in the text.
 */
final class DocxText {
  /** Largest document.xml read, uncompressed: far above any plan, and a bound on a zip bomb. */
  static final int MAX_XML_BYTES = 64 << 20;
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  final String text;
  final Set<String> legacyFonts;
  final int autoNumbered;

  private DocxText(String text, Set<String> legacyFonts, int autoNumbered) {
    this.text = text;
    this.legacyFonts = legacyFonts;
    this.autoNumbered = autoNumbered;
  }

  static DocxText read(byte[] docx, String source) {
    byte[] xml = documentXml(docx, source);
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<String> lines = new ArrayList<>();
    Set<String> legacy = new LinkedHashSet<>();
    int numbered = 0;
    try {
      XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      StringBuilder paragraph = new StringBuilder();
      List<String> row = null;
      StringBuilder cell = null;
      int tableDepth = 0;
      boolean inText = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamReader.START_ELEMENT && W.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "tbl" -> tableDepth++;
            case "tr" -> row = tableDepth == 1 ? new ArrayList<>() : row;
            case "tc" -> cell = tableDepth == 1 ? new StringBuilder() : cell;
            case "t" -> inText = true;
            case "tab" -> paragraph.append(' ');
            case "br", "cr" -> {
              if (cell == null) {
                flush(paragraph, lines);
              } else {
                paragraph.append(' ');
              }
            }
            case "numPr" -> numbered++;
            case "rFonts" -> {
              for (int i = 0; i < r.getAttributeCount(); i++) {
                String font = r.getAttributeValue(i);
                if (isLegacyFont(font)) {
                  legacy.add(font);
                }
              }
            }
            default -> { }
          }
        } else if (event == XMLStreamReader.CHARACTERS && inText) {
          paragraph.append(r.getText());
        } else if (event == XMLStreamReader.END_ELEMENT && W.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "t" -> inText = false;
            case "p" -> {
              if (cell != null) {
                String p = paragraph.toString().strip();
                if (!p.isEmpty()) {
                  cell.append(cell.length() == 0 ? "" : " ").append(p);
                }
                paragraph.setLength(0);
              } else {
                flush(paragraph, lines);
              }
            }
            case "tc" -> {
              if (tableDepth == 1 && row != null && cell != null) {
                row.add(cell.toString().replace('|', '/'));
                cell = null;
              }
            }
            case "tr" -> {
              if (tableDepth == 1 && row != null) {
                lines.add("| " + String.join(" | ", row) + " |");
                row = null;
              }
            }
            case "tbl" -> tableDepth--;
            default -> { }
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new DocumentImportException(source, 0, "not a readable .docx: its word/document.xml is not well-formed XML ("
          + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    return new DocxText(String.join("\n", lines), legacy, numbered);
  }

  private static void flush(StringBuilder paragraph, List<String> lines) {
    String p = paragraph.toString().strip();
    if (!p.isEmpty()) {
      lines.add(p);
    }
    paragraph.setLength(0);
  }

  static boolean isLegacyFont(String font) {
    String f = font.strip().toLowerCase(java.util.Locale.ROOT);
    return f.startsWith(".vn") || f.startsWith("vni-") || f.startsWith("vni ") || f.startsWith("vn-");
  }

  private static byte[] documentXml(byte[] docx, String source) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      boolean any = false;
      while ((e = zip.getNextEntry()) != null) {
        any = true;
        if (e.getName().equals("word/document.xml")) {
          return readBounded(zip, source);
        }
      }
      throw new DocumentImportException(source, 0, any ? "a zip file, but not a Word document: it has no word/document.xml"
          : "not a .docx: the file is not a zip archive (a .doc from Word 97–2003? save it as .docx)");
    } catch (IOException e) {
      throw new DocumentImportException(source, 0, "not a readable .docx: " + e.getMessage());
    }
  }

  private static byte[] readBounded(InputStream in, String source) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    int n;
    while ((n = in.read(buf)) > 0) {
      if (out.size() + n > MAX_XML_BYTES) {
        throw new DocumentImportException(source, 0, "the .docx's text is over " + MAX_XML_BYTES + " bytes uncompressed; the importer reads no more");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
