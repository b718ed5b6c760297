package dev.plancompliance.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The seed documents, kept verbatim as test resources (see {@code seeds/README.md} beside them). */
public final class Seeds {
  private Seeds() {}

  /** The lines of a seed file; {@code lines(file).get(n - 1)} is line n as {@code sed -n} numbers it. */
  public static List<String> lines(String file) {
    try (InputStream in = Seeds.class.getResourceAsStream("/dev/plancompliance/model/seeds/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no seed " + file + " among the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Line {@code n} (from 1) of a seed. */
  public static String line(String file, int n) {
    return lines(file).get(n - 1);
  }

  /** A numbered heading ("4. Nâng cao …") without its number. */
  public static String heading(String file, int n) {
    return line(file, n).replaceFirst("^\\s*\\d+\\.\\s+", "");
  }
}
