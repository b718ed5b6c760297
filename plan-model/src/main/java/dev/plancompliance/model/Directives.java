package dev.plancompliance.model;

import dev.plancompliance.model.json.PlanDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lookup of directives by symbol. {@link #standard()} holds the directives that ship with the library
 * as JSON resources: 66-NQ/TW (seven task groups, 2030/2045 horizon, the 0.5 % national spending floor of
 * Res. 197/2025/QH15) and Chỉ thị 06-CT/TU of Bắc Giang.
 */
public final class Directives {
  /** Resource folder of the standard catalogue; {@code index.txt} lists its files. */
  static final String RESOURCE_DIR = "/dev/plancompliance/model/directives/";

  private static final class Standard {
    static final Directives INSTANCE = load();
  }

  private final List<Directive> directives;

  private Directives(List<Directive> directives) {
    this.directives = List.copyOf(directives);
    Checks.unique(this.directives, d -> DocumentRef.symbolKey(d.symbol()), "Directives", "directives");
  }

  /** The bundled catalogue. */
  public static Directives standard() {
    return Standard.INSTANCE;
  }

  /** A catalogue of the given directives; symbols must be unique. */
  public static Directives of(List<Directive> directives) {
    return new Directives(Objects.requireNonNull(directives, "directives"));
  }

  /** This catalogue with {@code more} added. */
  public Directives with(List<Directive> more) {
    return new Directives(java.util.stream.Stream.concat(directives.stream(), more.stream()).toList());
  }

  /** The directive with {@code symbol}, ignoring case and spaces ("66-NQ/TW", "66-nq/tw"). */
  public Optional<Directive> find(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    return directives.stream().filter(d -> d.ref().hasSymbol(symbol)).findFirst();
  }

  /** The directive with {@code symbol}; throws when the catalogue has none. */
  public Directive get(String symbol) {
    return find(symbol).orElseThrow(() -> new IllegalArgumentException(
        "no directive " + symbol + " in the catalogue; known: " + directives.stream().map(Directive::symbol).toList()));
  }

  /**
   * The directives this catalogue knows among those the plan reaches ({@link Plan#citations()}): cited
   * directly, or through a parent plan that implements them; nearest first.
   */
  public List<Directive> implementedBy(Plan plan) {
    return plan.citations().stream().map(c -> find(c.target().symbol())).flatMap(Optional::stream).distinct().toList();
  }

  public List<Directive> all() {
    return directives;
  }

  private static Directives load() {
    try (InputStream index = resource("index.txt")) {
      String[] names = new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R");
      List<Directive> loaded = new java.util.ArrayList<>();
      for (String name : names) {
        if (!name.isBlank() && !name.startsWith("#")) {
          try (InputStream in = resource(name.strip())) {
            loaded.add(PlanDocuments.readDirective(in, RESOURCE_DIR.substring(1) + name.strip()));
          }
        }
      }
      return new Directives(loaded);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the standard directive catalogue", e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Directives.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new IOException("missing resource " + RESOURCE_DIR + name);
    }
    return in;
  }
}
