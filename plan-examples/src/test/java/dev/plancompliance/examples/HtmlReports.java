package dev.plancompliance.examples;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.report.ReportFormats;
import dev.plancompliance.rules.report.ReportedPlan;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The HTML reports the tests look at: the four seed plans with their source texts, and the Hà Nội set; made once. */
final class HtmlReports {
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  /** The four seed plans, in this order. */
  static final List<String> SEEDS = List.of("hue-2025.json", "ha-noi-2025.json", "ha-tinh-444-kh-ubnd.json", "bac-giang-2021.json");

  private HtmlReports() {}

  private static final class Holder {
    static final PlanValidator VALIDATOR = PlanValidator.builder().withStandardRules().build();
  }

  static PlanValidator validator() {
    return Holder.VALIDATOR;
  }

  /** The seeds' reports, each with its plan's source text. */
  static List<ReportedPlan> seedReports() {
    List<ReportedPlan> reports = new ArrayList<>();
    for (String name : SEEDS) {
      Plan plan = ExamplePlans.read(name);
      ReportedPlan r = ReportedPlan.of(plan, validator().validate(plan, AS_OF)).named(ExamplePlans.resourcePath(name)).withText(ExamplePlans.documentText(name));
      reports.add(ExamplePlans.sourceText(name).map(r::withSource).orElse(r));
    }
    return reports;
  }

  /** The Hà Nội set's reports: the parent with its source text, the three illustrative communes, the cross-plan report. */
  static List<ReportedPlan> setReports() {
    PlanSet set = ExamplePlans.haNoiSet();
    List<ReportedPlan> reports = new ArrayList<>(ReportedPlan.ofSet(set, validator().validate(set, AS_OF)));
    String parentText = ExamplePlans.sourceText("ha-noi-2025.json").orElseThrow();
    reports.set(0, reports.get(0).withSource(parentText));
    return reports;
  }

  static String html(List<ReportedPlan> reports, Language language) {
    StringWriter out = new StringWriter();
    ReportFormats.html(validator(), reports, language, out);
    return out.toString();
  }

  static String seeds(Language language) {
    return html(seedReports(), language);
  }

  static String set() {
    return html(setReports(), Language.VI);
  }
}
