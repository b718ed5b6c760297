package dev.plancompliance.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.SetReport;
import dev.plancompliance.rules.ValidationReport;
import dev.plancompliance.rules.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code plan-check validate} checked: plans (files or bundled examples) or one plan set, each plan with
 * the progress report of its symbol if one was given, and the reports with the documents they came from.
 */
final class ValidationRun {
  final List<CheckedPlan> checked = new ArrayList<>();
  Optional<SetReport> set = Optional.empty();
  private final LocalDate asOf;

  private ValidationRun(LocalDate asOf) {
    this.asOf = asOf;
  }

  /** Validates plan documents ({@code documents}: name → text) and bundled plans, each with its progress report. */
  static ValidationRun plans(PlanValidator validator, Map<String, Plan> plans, Map<String, String> texts, Map<String, String> artifacts,
      List<ProgressReport> progress, LocalDate asOf) {
    ValidationRun run = new ValidationRun(asOf);
    Map<Plan, ProgressReport> byPlan = match(new ArrayList<>(plans.values()), progress);
    plans.forEach((name, plan) -> {
      ValidationReport report = byPlan.containsKey(plan) ? validator.validate(plan, byPlan.get(plan), asOf) : validator.validate(plan, asOf);
      run.checked.add(new CheckedPlan(name, artifacts.getOrDefault(name, name), Optional.ofNullable(texts.get(name)).map(PlanLines::of), "$", plan, report, false));
    });
    return run;
  }

  /** Validates the plan set of the set document {@code file}. */
  static ValidationRun set(PlanValidator validator, Path file, List<ProgressReport> progress, LocalDate asOf) throws IOException {
    PlanSet set = PlanDocuments.readSet(file);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    JsonNode root = PlanDocuments.objectMapper().readTree(text);
    Path dir = file.toAbsolutePath().normalize().getParent();
    ValidationRun run = new ValidationRun(asOf);
    SetReport report = validator.validate(set, progress, asOf);
    run.set = Optional.of(report);
    List<JsonNode> entries = new ArrayList<>();
    entries.add(root.get("parent"));
    root.path("children").forEach(entries::add);
    List<Plan> plans = new ArrayList<>();
    plans.add(set.parent());
    plans.addAll(set.children());
    List<ValidationReport> reports = new ArrayList<>();
    reports.add(report.parent());
    reports.addAll(report.children());
    for (int i = 0; i < plans.size(); i++) {
      JsonNode entry = entries.get(i);
      if (entry.isTextual()) {
        Path doc = dir.resolve(entry.asText()).normalize();
        String name = file.getParent() == null ? entry.asText() : file.getParent().resolve(entry.asText()).normalize().toString();
        run.checked.add(new CheckedPlan(name, name, Optional.of(PlanLines.of(Files.readString(doc, StandardCharsets.UTF_8))), "$", plans.get(i), reports.get(i), false));
      } else {
        run.checked.add(new CheckedPlan(file.toString(), file.toString(), Optional.of(PlanLines.of(text)), PlanLines.baseInSet(set, plans.get(i)), plans.get(i), reports.get(i), false));
      }
    }
    CheckedPlan parent = run.checked.get(0);
    run.checked.add(new CheckedPlan(parent.document(), parent.artifact(), parent.lines(), parent.base(), set.parent(), report.crossPlan(), true));
    return run;
  }

  /** Each progress report's plan, by symbol; one that names no plan, or several, or a second report for a plan, is an error. */
  private static Map<Plan, ProgressReport> match(List<Plan> plans, List<ProgressReport> progress) {
    Map<Plan, ProgressReport> byPlan = new java.util.IdentityHashMap<>();
    for (ProgressReport p : progress) {
      List<Plan> matching = plans.stream().filter(p::isFor).toList();
      if (matching.size() != 1) {
        throw new IllegalArgumentException("progress report for " + p.plan() + " matches " + matching.size() + " of the plans validated; it must match one (name it by symbol @ locality when plans share a symbol)");
      }
      if (byPlan.put(matching.get(0), p) != null) {
        throw new IllegalArgumentException("two progress reports for plan " + p.plan());
      }
    }
    return byPlan;
  }

  List<ValidationReport> reports() {
    return checked.stream().map(CheckedPlan::report).toList();
  }

  private static List<Language> languages(Optional<Language> language) {
    return language.map(List::of).orElse(List.of(Language.VI, Language.EN));
  }

  /** The verdict of the whole run: the set's, or every plan's combined ({@link Verdict#combined}). */
  Verdict verdict() {
    return set.map(SetReport::verdict).orElseGet(() -> Verdict.combined(reports().stream().map(ValidationReport::verdict).toList()));
  }

  /** The text report; {@code verbose}: every NOT_APPLICABLE rule with its reason. */
  String text(Optional<Language> language, boolean verbose) {
    if (set.isPresent()) {
      return set.get().toText(languages(language), verbose);
    }
    StringBuilder sb = new StringBuilder();
    for (CheckedPlan c : checked) {
      sb.append("== ").append(c.document()).append('\n');
      sb.append(c.report().toText(languages(language), verbose)).append('\n');
    }
    if (language.equals(Optional.of(Language.VI))) {
      sb.append("Đã kiểm tra ").append(checked.size()).append(" văn bản, tính đến ").append(asOf).append(": ");
    } else {
      sb.append(checked.size()).append(checked.size() == 1 ? " document" : " documents").append(" validated as of ").append(asOf).append(": ");
    }
    java.util.Map<Verdict, Long> counts = new java.util.EnumMap<>(Verdict.class);
    checked.forEach(c -> counts.merge(c.report().verdict(), 1L, Long::sum));
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (Verdict v : Verdict.values()) {
      long n = counts.getOrDefault(v, 0L);
      if (n > 0 || v == Verdict.COMPLIANT || v == Verdict.NOT_COMPLIANT) {
        parts.add(n + " " + v.label(language.orElse(Language.EN)).toLowerCase(java.util.Locale.ROOT));
      }
    }
    sb.append(String.join(", ", parts)).append('\n');
    return sb.toString();
  }

  String json() {
    return set.map(SetReport::toJson).orElseGet(() -> ValidationReport.toJson(reports()));
  }

  static Map<String, String> texts(Map<String, Path> files) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, Path> e : files.entrySet()) {
      texts.put(e.getKey(), Files.readString(e.getValue(), StandardCharsets.UTF_8));
    }
    return texts;
  }
}
