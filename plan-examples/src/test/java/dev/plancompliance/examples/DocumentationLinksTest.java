package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's documents stand alone: every relative link in a Markdown file of the repository names a
 * file or folder that exists, and no document points outside the repository.
 */
class DocumentationLinksTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  private static List<Path> documents() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> p.toString().endsWith(".md"))
          .filter(p -> ROOT.relativize(p).toString().split("[/\\\\]").length > 0)
          .filter(p -> Stream.of("target", ".git", "node_modules").noneMatch(d -> ROOT.relativize(p).toString().contains(d + "/") || ROOT.relativize(p).startsWith(d)))
          .sorted().toList();
    }
  }

  @Test
  void everyRelativeLink_namesAFileOfTheRepository() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path doc : documents()) {
      Matcher m = LINK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (m.find()) {
        String target = m.group(1).replaceAll("#.*", "");
        if (target.isEmpty() || target.matches("^[a-z][a-z0-9+.-]*:.*")) {
          continue; // an anchor in the same document, or a URL
        }
        Path resolved = doc.getParent().resolve(target).normalize();
        if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
          broken.add(ROOT.relativize(doc) + " → " + m.group(1));
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void noDocument_pointsOutsideTheRepository() throws IOException {
    List<String> outside = new ArrayList<>();
    for (Path doc : documents()) {
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      for (String needle : List.of("../shared", "/work/", "shared/domain", "shared/seeds")) {
        if (text.contains(needle)) {
          outside.add(ROOT.relativize(doc) + " mentions " + needle);
        }
      }
    }
    assertEquals(List.of(), outside);
  }
}
