package dev.plancompliance.examples;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.json.PlanDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans bundled with the examples, encoded from the seed documents: Huế 2025, Hà Nội 2025, Hà Tĩnh
 * 444/KH-UBND (all implementing 66-NQ/TW) and Bắc Giang 2021 (implementing Chỉ thị 06-CT/TU).
 */
public final class ExamplePlans {
  private static final String DIR = "/plans/";

  private ExamplePlans() {}

  /** The bundled plan files' names, in order. */
  public static List<String> names() {
    return text(DIR + "index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  /** Every bundled plan, by file name. */
  public static Map<String, Plan> all() {
    Map<String, Plan> plans = new LinkedHashMap<>();
    for (String name : names()) {
      plans.put(name, read(name));
    }
    return plans;
  }

  /** The bundled plan {@code name} (e.g. {@code hue-2025.json}). */
  public static Plan read(String name) {
    try (InputStream in = open(DIR + name)) {
      return PlanDocuments.read(in, "plans/" + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = ExamplePlans.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no bundled example " + resource + "; known: " + (resource.endsWith("index.txt") ? "none" : names()));
    }
    return in;
  }
}
