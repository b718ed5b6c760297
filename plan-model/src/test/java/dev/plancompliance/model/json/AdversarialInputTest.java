package dev.plancompliance.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.AgencyKind;
import dev.plancompliance.model.DeadlineFormatException;
import dev.plancompliance.model.DeadlineParser;
import dev.plancompliance.model.HuePlan;
import dev.plancompliance.model.InvalidValueException;
import dev.plancompliance.model.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reproducers of the adversarial run's defects in the model and its readers (issue 19), each with what must happen instead. */
class AdversarialInputTest {

  @Test
  void aTimePhraseOfThousandsOfCharactersIsRefusedInOneClearErrorNotAStackOverflow() {
    String chain = "66-NQ" + "/TW".repeat(2_667);
    DeadlineFormatException e = assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse(chain));
    assertTrue(e.getMessage().contains("at most 2000 characters (DeadlineParser.MAX_PHRASE_LENGTH); this text has 8006"), e.getMessage());
    assertTrue(e.getMessage().length() < 700, "the message quotes an excerpt, not the phrase: " + e.getMessage().length());
    assertEquals(chain, e.phrase(), "the phrase itself is kept whole for the caller");
    assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse("theo kế hoạch ".repeat(1_000)));
    assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse("(".repeat(64_000) + ")".repeat(64_000)));
    // real phrases are far below the limit and read as before
    assertEquals("Năm 2026", DeadlineParser.parse("Năm 2026").phrase());
  }

  @Test
  void anAgencyIdOfThousandsOfHyphenJoinedWordsIsValidAndABadOneIsQuotedShortly() {
    String id = String.join("-", java.util.Collections.nCopies(3_000, "so"));
    Agency a = Agency.builder().id(id).nameVi("Sở").kind(AgencyKind.DEPARTMENT).build();
    assertEquals(id, a.id());
    for (String bad : new String[] {"", "-so", "so-", "so--tu", "Sở", "so tu", "so/"}) {
      assertThrows(InvalidValueException.class, () -> Agency.builder().id(bad).nameVi("Sở").kind(AgencyKind.DEPARTMENT).build(), bad);
    }
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Agency.builder().id(id + "-X\n\u001b[2J").nameVi("Sở").kind(AgencyKind.DEPARTMENT).build());
    assertTrue(e.getMessage().length() < 1_000 && !e.getMessage().contains("\n") && !e.getMessage().contains("\u001b"), e.getMessage());
  }

  @Test
  void excerptEscapesWhatCouldForgeALineOrDriveATerminalAndCuts() {
    assertEquals("a\\nplan-check: forged\\u001B[2J\\u0000\\uD800 ok", Text.excerpt("a\nplan-check: forged\u001b[2J\u0000\ud800 ok", 100));
    assertEquals("Ủy ban 😀", Text.excerpt("Ủy ban 😀", 100));
    assertEquals("abc… (10 characters)", Text.excerpt("abcdefghij", 3));
    assertEquals(null, Text.excerpt(null, 3));
  }

  @Test
  void aLoneSurrogateIsRefusedByTheReaderWithItsPath() {
    String json = PlanDocuments.write(HuePlan.plan()).replaceFirst("\"title\": \"", "\"title\" : \"\\\\ud800");
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.read(json, "surrogate.json"));
    assertTrue(e.getMessage().contains("lone surrogate \\uD800 at character 0"), e.getMessage());
    assertTrue(e.path().startsWith("$."), e.path());
    // a pair written as two escapes is one character, and reads
    String pair = PlanDocuments.write(HuePlan.plan()).replaceFirst("\"title\": \"", "\"title\" : \"\\\\ud83d\\\\ude00");
    assertTrue(PlanDocuments.read(pair, "pair.json").ref().title().orElseThrow().startsWith("😀"));
  }

  @Test
  void aFieldNameWithALineBreakAndEscapeDoesNotReachTheMessageRaw() {
    String json = PlanDocuments.write(HuePlan.plan()).replaceFirst("\\{", "{\"x\\\\nplan-check: forged\\\\u001b[2J\" : 1,");
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.read(json, "forged.json"));
    assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\u001b"), e.getMessage());
    assertTrue(e.getMessage().contains("\\n") || e.getMessage().contains("\\u001B"), e.getMessage());
  }

  @Test
  void aSetDocumentStartingWithAByteOrderMarkReads(@TempDir Path dir) throws Exception {
    Path child = dir.resolve("hue.json");
    Files.writeString(child, "\uFEFF" + PlanDocuments.write(HuePlan.plan()), StandardCharsets.UTF_8);
    Path set = dir.resolve("set.json");
    Files.writeString(set, "\uFEFF{\"parent\": \"hue.json\", \"children\": []}", StandardCharsets.UTF_8);
    assertEquals(HuePlan.plan(), PlanDocuments.readSet(set).parent());
  }

  @Test
  void aSetNamesOnlyRegularFilesInsideItsFolderOnTheirRealPaths(@TempDir Path dir) throws Exception {
    Path inside = Files.createDirectories(dir.resolve("set"));
    Path outside = dir.resolve("secret.json");
    Files.writeString(outside, "{\"token\": \"s3cret\"}", StandardCharsets.UTF_8);
    Files.createSymbolicLink(inside.resolve("link.json"), outside);
    Files.createSymbolicLink(inside.resolve("folder"), dir);
    Path set = inside.resolve("set.json");
    for (String name : new String[] {"link.json", "folder/secret.json"}) {
      Files.writeString(set, "{\"parent\": \"" + name + "\", \"children\": []}", StandardCharsets.UTF_8);
      PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.readSet(set));
      assertTrue(e.getMessage().contains("a link that leads outside the set document's folder"), e.getMessage());
      assertFalse(e.getMessage().contains("s3cret") || e.getMessage().contains("token"), "nothing of the file outside leaks: " + e.getMessage());
    }
    Path fifo = inside.resolve("pipe.json");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    if (mk.waitFor() == 0) {
      Files.writeString(set, "{\"parent\": \"pipe.json\", \"children\": []}", StandardCharsets.UTF_8);
      PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.readSet(set), "a pipe is refused, not opened (which would wait for ever)");
      assertTrue(e.getMessage().contains("which is not a regular file"), e.getMessage());
    }
    // a link inside the folder to a file inside it is fine
    Files.writeString(inside.resolve("hue.json"), PlanDocuments.write(HuePlan.plan()), StandardCharsets.UTF_8);
    Files.createSymbolicLink(inside.resolve("alias.json"), inside.resolve("hue.json"));
    Files.writeString(set, "{\"parent\": \"alias.json\", \"children\": []}", StandardCharsets.UTF_8);
    assertEquals(HuePlan.plan(), PlanDocuments.readSet(set).parent());
  }

  @Test
  void aSetFindsItsChildWhicheverNormalFormTheFileNameOrTheDocumentUses(@TempDir Path dir) throws Exception {
    String nfc = Normalizer.normalize("xã-hoà.json", Normalizer.Form.NFC);
    String nfd = Normalizer.normalize("xã-hoà.json", Normalizer.Form.NFD);
    Path set = dir.resolve("set.json");
    for (String[] names : new String[][] {{nfd, nfc}, {nfc, nfd}, {nfd, nfd}}) {
      Path folder = Files.createDirectories(dir.resolve("case" + names[0].length() + names[1].length()));
      Path child = folder.resolve(names[0]);
      Files.writeString(child, PlanDocuments.write(HuePlan.plan()), StandardCharsets.UTF_8);
      Path s = folder.resolve("set.json");
      Files.writeString(s, "{\"parent\": \"" + names[1] + "\", \"children\": []}", StandardCharsets.UTF_8);
      assertEquals(HuePlan.plan(), PlanDocuments.readSet(s).parent(), "file " + names[0].length() + " chars, named with " + names[1].length());
      Files.delete(child);
      PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.readSet(s));
      assertTrue(e.getMessage().contains("which does not exist in the set document's folder"), e.getMessage());
    }
    assertFalse(Files.exists(set));
  }

  @Test
  void aDateOutsideTheYears1900To2199IsRefusedAtItsPath() {
    String json = PlanDocuments.write(HuePlan.plan());
    for (String date : new String[] {"0000-01-01", "1899-12-31", "2200-01-01"}) {
      String bad = json.replaceFirst("\"issuedOn\": \"[0-9-]+\"", "\"issuedOn\": \"" + date + "\"");
      PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.read(bad, "old.json"), date);
      assertTrue(e.getMessage().contains("with a year from 1900 to 2199"), e.getMessage());
      assertTrue(e.path().endsWith(".issuedOn"), e.path());
    }
    String fine = json.replaceFirst("\"issuedOn\": \"[0-9-]+\"", "\"issuedOn\": \"1900-01-01\"");
    assertEquals(java.time.LocalDate.of(1900, 1, 1), PlanDocuments.read(fine, "ok.json").citations().stream().map(c -> c.target().issuedOn()).flatMap(java.util.Optional::stream).min(java.util.Comparator.naturalOrder()).orElseThrow());
  }
}
