package dev.plancompliance.examples;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.SetReport;
import dev.plancompliance.rules.ValidationReport;
import dev.plancompliance.rules.report.ReportedPlan;
import dev.plancompliance.rules.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What {@code plan-check validate} checked: plans (files or bundled examples) or one plan set, each plan with
 * the progress report of its symbol if one was given, and the reports with the documents they came from.
 */
final class ValidationRun {
  final List<ReportedPlan> checked = new ArrayList<>();
  /** The name each plan's document goes by in the text report, in the order of {@link #checked} (not for a set: its text is the set report's). */
  private final List<String> documents = new ArrayList<>();
  Optional<SetReport> set = Optional.empty();
  private final LocalDate asOf;

  private ValidationRun(LocalDate asOf) {
    this.asOf = asOf;
  }

  /**
   * Validates plans ({@code plans}: document name → plan), each with the progress report of its symbol;
   * {@code documents}: for each name, where its report's document is (a file, a bundled resource).
   */
  static ValidationRun plans(PlanValidator validator, Map<String, Plan> plans, Map<String, UnaryOperator<ReportedPlan>> documents,
      List<ProgressReport> progress, LocalDate asOf) {
    ValidationRun run = new ValidationRun(asOf);
    Map<Plan, ProgressReport> byPlan = match(new ArrayList<>(plans.values()), progress);
    plans.forEach((name, plan) -> {
      long start = System.nanoTime();
      ValidationReport report = byPlan.containsKey(plan) ? validator.validate(plan, byPlan.get(plan), asOf) : validator.validate(plan, asOf);
      ReportedPlan reported = ReportedPlan.of(plan, report).withTime(Duration.ofNanos(System.nanoTime() - start));
      run.documents.add(name);
      run.checked.add(documents.get(name).apply(reported));
    });
    return run;
  }

  /** Validates the plan set of the set document {@code file}. */
  static ValidationRun set(PlanValidator validator, Path file, List<ProgressReport> progress, LocalDate asOf) throws IOException {
    PlanSet set = PlanDocuments.readSet(file);
    ValidationRun run = new ValidationRun(asOf);
    long start = System.nanoTime();
    SetReport report = validator.validate(set, progress, asOf);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    run.set = Optional.of(report);
    List<ReportedPlan> all = ReportedPlan.ofSet(set, report, file);
    // the set is validated at once: its time is the cross-plan suite's
    all.forEach(r -> run.checked.add(r.isCrossPlan() ? r.withTime(took) : r));
    return run;
  }

  /** {@code reported} with its plan's source text, when there is one. */
  static ReportedPlan withSource(ReportedPlan reported, Optional<String> text) {
    return text.map(reported::withSource).orElse(reported);
  }

  /** The most a plan's source text beside it may be, in bytes: the importer's limit. */
  static final long MAX_SOURCE_BYTES = dev.plancompliance.model.text.PlanImporter.MAX_FILE_BYTES;

  /**
   * Gives each plan read from a file, that has no source text yet, the text its {@code sourceFile} names,
   * when that is a regular file in the plan document's folder or below it (the HTML report quotes it); a
   * set's cross-plan report takes its parent's. Returns a note for each named text not read, and why.
   */
  List<String> readSourcesBeside() throws IOException {
    List<String> notes = new ArrayList<>();
    Optional<String> parentText = Optional.empty();
    for (int i = 0; i < checked.size(); i++) {
      ReportedPlan r = checked.get(i);
      if (r.isCrossPlan()) {
        checked.set(i, withSource(r, parentText));
        continue;
      }
      if (r.sourceText().isEmpty() && r.file().isPresent() && r.plan().sourceFile().isPresent()) {
        Path folder = r.file().get().toAbsolutePath().getParent();
        String named = r.plan().sourceFile().get();
        Path text = folder.resolve(named).normalize();
        String notQuoted = r.document() + ": its source text " + named + " is ";
        String why = null;
        if (!text.startsWith(folder)) {
          why = "not a file beside it";
        } else {
          try {
            checked.set(i, r.withSource(TextFiles.read(text, MAX_SOURCE_BYTES, java.nio.file.LinkOption.NOFOLLOW_LINKS)));
          } catch (java.nio.file.NoSuchFileException e) {
            why = "not a file beside it";
          } catch (TextFiles.Unreadable e) {
            why = e.getMessage();
          }
        }
        if (why != null) {
          notes.add(notQuoted + why + "; the HTML report shows the tasks' titles");
        }
      }
      if (i == 0) {
        parentText = checked.get(0).sourceText();
      }
    }
    return notes;
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
    return checked.stream().map(ReportedPlan::report).toList();
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
    for (int i = 0; i < checked.size(); i++) {
      sb.append("== ").append(documents.get(i)).append('\n');
      sb.append(checked.get(i).report().toText(languages(language), verbose)).append('\n');
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

}
