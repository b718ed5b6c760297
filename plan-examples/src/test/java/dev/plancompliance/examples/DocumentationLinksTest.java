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
 * file or folder that exists; every Markdown document the sources (javadoc, comments, DRL, rule-case notes)
 * name exists in the repository, with the section they cite; and nothing points outside the repository.
 */
class DocumentationLinksTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  /** A Markdown document named in a source file, with the section it cites ("TIME-PHRASES.md §3"). */
  private static final Pattern NAMED = Pattern.compile("([A-Za-z0-9_./-]*[A-Z][A-Za-z0-9_-]*\\.md)(?:,? §(\\d+))?");
  /** Paths outside the repository, built so that this file does not hold them itself. */
  private static final String BESIDE = String.join("", "sha", "red");
  private static final List<String> OUTSIDE =
      List.of("../" + BESIDE, "/" + "work/", BESIDE + "/domain", BESIDE + "/seeds");

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> p.toString().matches(".*\\.(java|drl|properties|json|xml)$"))
          .filter(p -> ROOT.relativize(p).toString().matches("plan-[a-z]+/src/.*|pom\\.xml|plan-[a-z]+/pom\\.xml"))
          .filter(p -> !ROOT.relativize(p).toString().contains("/schemas/"))
          .sorted().toList();
    }
  }

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
      for (String needle : OUTSIDE) {
        if (text.contains(needle)) {
          outside.add(ROOT.relativize(doc) + " mentions " + needle);
        }
      }
    }
    assertEquals(List.of(), outside);
  }

  @Test
  void everyDocumentTheSourcesName_existsWithTheSectionCited() throws IOException {
    List<Path> docs = documents();
    List<String> broken = new ArrayList<>();
    for (Path src : sources()) {
      String text = Files.readString(src, StandardCharsets.UTF_8);
      for (String needle : OUTSIDE) {
        if (text.contains(needle)) {
          broken.add(ROOT.relativize(src) + " mentions " + needle);
        }
      }
      Matcher m = NAMED.matcher(text);
      while (m.find()) {
        String name = m.group(1).replaceFirst("^(\\.\\./)+", "");
        if (text.startsWith("write(\"" + name, m.start() - 7)) {
          continue; // a file a test writes, not a document of the project
        }
        List<Path> matches = docs.stream().filter(d -> ROOT.relativize(d).toString().replace('\\', '/').endsWith(name)).toList();
        if (matches.isEmpty()) {
          broken.add(ROOT.relativize(src) + " names " + name + ", which the repository does not have");
        } else if (m.group(2) != null) {
          String section = "## " + m.group(2) + ".";
          if (matches.stream().noneMatch(d -> read(d).lines().anyMatch(l -> l.startsWith(section)))) {
            broken.add(ROOT.relativize(src) + " cites " + name + " §" + m.group(2) + ", which it does not have");
          }
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
