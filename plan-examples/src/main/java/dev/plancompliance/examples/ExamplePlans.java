package dev.plancompliance.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.plancompliance.model.BudgetYear;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
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
 * 444/KH-UBND (all implementing 66-NQ/TW) and Bắc Giang 2021 (implementing Chỉ thị 06-CT/TU). The seeds
 * give no budget amounts; two entries add clearly marked illustrative budget years to the Hà Nội plan to
 * show its 0.5 % floor (BUD-001) met and missed.
 */
public final class ExamplePlans {
  private static final String DIR = "/dev/plancompliance/examples/plans/";

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

  /**
   * The bundled plan {@code name} (e.g. {@code hue-2025.json}), or for an entry {@code "PLAN + FIGURES"}
   * that plan with the illustrative budget years of FIGURES.
   */
  public static Plan read(String name) {
    int plus = name.indexOf(" + ");
    if (plus < 0) {
      try (InputStream in = open(DIR + name)) {
        return PlanDocuments.read(in, "plans/" + name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Plan plan = read(name.substring(0, plus).strip());
    String figures = name.substring(plus + 3).strip();
    try (InputStream in = open(DIR + figures)) {
      List<BudgetYear> years = PlanDocuments.objectMapper().readValue(in, new TypeReference<List<BudgetYear>>() {});
      return Plan.builder().from(plan).budgetYears(years).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plans/" + figures, e);
    }
  }

  /**
   * The JSON text of the bundled plan {@code name}; for {@code "PLAN + FIGURES"}, of PLAN (the figures are
   * added to the model only).
   */
  public static String documentText(String name) {
    return text(DIR + baseName(name));
  }

  /**
   * The text of the seed document the bundled plan {@code name} was encoded from (its {@code sourceFile}, kept
   * under {@code plans/sources/}), whose lines its tasks' source references count; empty for a plan with none.
   */
  public static java.util.Optional<String> sourceText(String name) {
    return read(name).sourceFile().filter(f -> ExamplePlans.class.getResource(DIR + "sources/" + f) != null).map(f -> text(DIR + "sources/" + f));
  }

  /** Where the bundled plan {@code name} lives in the sources, under {@code src/main/resources}: {@code dev/plancompliance/examples/plans/ha-noi-2025.json}. */
  public static String resourcePath(String name) {
    return DIR.substring(1) + baseName(name);
  }

  private static String baseName(String name) {
    int plus = name.indexOf(" + ");
    return plus < 0 ? name : name.substring(0, plus).strip();
  }

  /**
   * The bundled Hà Nội set: the city's action programme and three clearly illustrative commune plans that
   * implement it (one compliant, one issued late, one without a task of group 4). See
   * {@code plans/ha-noi-set.json}.
   */
  public static PlanSet haNoiSet() {
    return PlanDocuments.readSet(text(DIR + "ha-noi-set.json"), "plans/ha-noi-set.json", ExamplePlans::read);
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
