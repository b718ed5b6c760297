package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The seed documents the example plans were encoded from, found in {@code shared/seeds} above the working directory. */
final class Seeds {
  private Seeds() {}

  /** The seed folder: the first {@code shared/seeds} found walking up from the working directory. */
  static Path dir() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("seeds");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return fail("no shared/seeds folder in " + start + " or any folder above it; these tests check the "
        + "example plans against the seed texts, which live in <workspace>/shared/seeds");
  }

  /** The lines of seed {@code file} (e.g. {@code 003_5e5f6eee794eb63a.txt}). */
  static List<String> lines(String file) {
    try {
      return Files.readAllLines(dir().resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
