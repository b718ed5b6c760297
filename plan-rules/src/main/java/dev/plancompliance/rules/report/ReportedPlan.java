package dev.plancompliance.rules.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.SetReport;
import dev.plancompliance.rules.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report with the document its plan came from, for the formats that point into documents: SARIF gives
 * each finding the document and, when the document's JSON text is given, the line of the part the finding
 * is about; JUnit XML names each suite after the document.
 *
 * <pre>{@code
 * Plan plan = PlanDocuments.read(file);
 * ReportedPlan reported = ReportedPlan.of(plan, validator.validate(plan, asOf)).inFile(file, Files.readString(file));
 * }</pre>
 *
 * <p>Values are immutable; the {@code in…}/{@code with…} methods return a copy.
 */
public final class ReportedPlan {
  private final String document;
  private final Optional<Path> file;
  private final Optional<PlanLines> lines;
  private final String base;
  private final Plan plan;
  private final ValidationReport report;
  private final boolean crossPlan;
  private final Optional<Duration> time;
  private final Optional<String> sourceText;

  private ReportedPlan(String document, Optional<Path> file, Optional<PlanLines> lines, String base, Plan plan, ValidationReport report,
      boolean crossPlan, Optional<Duration> time, Optional<String> sourceText) {
    this.document = Objects.requireNonNull(document, "document");
    this.file = Objects.requireNonNull(file, "file");
    this.lines = Objects.requireNonNull(lines, "lines");
    this.base = Objects.requireNonNull(base, "base");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.report = Objects.requireNonNull(report, "report");
    this.crossPlan = crossPlan;
    this.time = Objects.requireNonNull(time, "time");
    this.sourceText = Objects.requireNonNull(sourceText, "sourceText");
    if (time.isPresent() && time.get().isNegative()) {
      throw new IllegalArgumentException("a validation time cannot be negative: " + time.get());
    }
  }

  /**
   * The report of {@code plan}, its document named by the plan's symbol until {@link #named} or {@link #inFile}
   * says otherwise.
   */
  public static ReportedPlan of(Plan plan, ValidationReport report) {
    return new ReportedPlan(plan.ref().symbol(), Optional.empty(), Optional.empty(), "$", plan, report, false, Optional.empty(), Optional.empty());
  }

  /**
   * The reports of a plan set validated from the set document {@code setFile} (as {@code PlanDocuments.readSet}
   * read it): the parent, each child, then the cross-plan report. A plan written inline points into the set
   * document; a plan named by file, into that file (read again here for its lines).
   *
   * @throws IOException if the set document or a file it names cannot be read
   */
  public static List<ReportedPlan> ofSet(PlanSet set, SetReport report, Path setFile) throws IOException {
    String read = Files.readString(setFile, StandardCharsets.UTF_8);
    String text = read.startsWith("\uFEFF") ? read.substring(1) : read; // as the set reader does
    JsonNode root = PlanDocuments.objectMapper().readTree(text);
    Optional<PlanLines> setLines = Optional.of(PlanLines.of(text)); // once for every plan written inline
    List<JsonNode> entries = new ArrayList<>();
    entries.add(root.get("parent"));
    root.path("children").forEach(entries::add);
    List<Plan> plans = new ArrayList<>();
    plans.add(set.parent());
    plans.addAll(set.children());
    List<ValidationReport> reports = new ArrayList<>();
    reports.add(report.parent());
    reports.addAll(report.children());
    List<ReportedPlan> all = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      JsonNode entry = entries.get(i);
      ReportedPlan reported = of(plans.get(i), reports.get(i));
      if (entry != null && entry.isTextual()) {
        Path child = PlanDocuments.setMember(setFile, entry.asText());
        all.add(reported.inFile(child, Files.readString(child, StandardCharsets.UTF_8)));
      } else {
        all.add(new ReportedPlan(setFile.toString(), Optional.of(setFile), setLines, i == 0 ? "$.parent" : "$.children[" + (i - 1) + "]", reported.plan, reported.report,
            false, Optional.empty(), Optional.empty()));
      }
    }
    ReportedPlan parent = all.get(0);
    all.add(new ReportedPlan(parent.document, parent.file, parent.lines, parent.base, set.parent(), report.crossPlan(), true, Optional.empty(), parent.sourceText));
    return List.copyOf(all);
  }

  /** This report with its document named {@code document} (a file name, a URL, a record id of the host's), no file. */
  public ReportedPlan named(String document) {
    return new ReportedPlan(document, Optional.empty(), lines, base, plan, report, crossPlan, time, sourceText);
  }

  /**
   * This report with its document the file {@code file} whose JSON text is {@code text}, so that findings
   * point at their lines; the document is named by the path as given.
   */
  public ReportedPlan inFile(Path file, String text) {
    return new ReportedPlan(file.toString(), Optional.of(file), Optional.of(PlanLines.of(text)), base, plan, report, crossPlan, time, sourceText);
  }

  /**
   * This report with the JSON text of its document, so that findings point at their lines.
   *
   * @throws IllegalArgumentException if {@code text} is not JSON
   */
  public ReportedPlan withText(String text) {
    return new ReportedPlan(document, file, Optional.of(PlanLines.of(text)), base, plan, report, crossPlan, time, sourceText);
  }

  /** This report with the time its validation took (JUnit XML's {@code time}). */
  public ReportedPlan withTime(Duration took) {
    return new ReportedPlan(document, file, lines, base, plan, report, crossPlan, Optional.of(took), sourceText);
  }

  /**
   * This report with the text of the plan's source document (the kế hoạch itself, as its tasks' source lines
   * count: {@link dev.plancompliance.model.Task#source()}), so that the HTML report quotes the plan's own
   * words beside each finding.
   */
  public ReportedPlan withSource(String text) {
    return new ReportedPlan(document, file, lines, base, plan, report, crossPlan, time, Optional.of(Objects.requireNonNull(text, "text")));
  }

  /**
   * The reports of a plan set that was not read from a set document (built in memory, or from a host's
   * records): the parent, each child, then the cross-plan report, each document named by its plan's symbol.
   */
  public static List<ReportedPlan> ofSet(PlanSet set, SetReport report) {
    List<ReportedPlan> all = new ArrayList<>();
    all.add(of(set.parent(), report.parent()));
    for (int i = 0; i < set.children().size(); i++) {
      all.add(of(set.children().get(i), report.children().get(i)));
    }
    all.add(new ReportedPlan(set.parent().ref().symbol(), Optional.empty(), Optional.empty(), "$", set.parent(), report.crossPlan(), true, Optional.empty(), Optional.empty()));
    return List.copyOf(all);
  }

  /** An equal copy, another instance (a report given twice to a page is shown twice). */
  ReportedPlan copy() {
    return new ReportedPlan(document, file, lines, base, plan, report, crossPlan, time, sourceText);
  }

  /** The document's name. */
  public String document() {
    return document;
  }

  /** The document's file, when it is one. */
  public Optional<Path> file() {
    return file;
  }

  /** The plan; for a set's cross-plan report, the parent. */
  public Plan plan() {
    return plan;
  }

  public ValidationReport report() {
    return report;
  }

  /** Whether this is a plan set's cross-plan report. */
  public boolean isCrossPlan() {
    return crossPlan;
  }

  /** The time the validation took, when it was measured. */
  public Optional<Duration> time() {
    return time;
  }

  /** The text of the plan's source document, when it was given ({@link #withSource}). */
  public Optional<String> sourceText() {
    return sourceText;
  }

  /** Where the plan sits in its document: {@code $}, or {@code $.children[1]} in a set document. */
  String base() {
    return base;
  }

  /** Where a finding of this report points: the document and line (a cross-plan finding: the child's, or the parent's). */
  Location locate(Finding f, List<ReportedPlan> all) {
    ReportedPlan target = this;
    String path = f.path();
    if (crossPlan) {
      if (path.startsWith("children[") && f.relatedPlan().isPresent()) {
        String full = path;
        target = all.stream().filter(c -> !c.crossPlan && c.plan.ref().equals(f.relatedPlan().get())
            && full.startsWith("children[" + dev.plancompliance.rules.RuleContext.pathKey(PlanSet.key(c.plan)) + "]")).findFirst().orElse(this);
        path = path.substring(Math.min(path.length(), PlanLines.keyEnd(path, "children[".length()) + 2));
      } else if (path.startsWith("parent.")) {
        path = path.substring("parent.".length());
      }
    }
    String p = path;
    ReportedPlan t = target;
    return new Location(t, t.lines.flatMap(l -> l.lineOf(t.plan, t.base, p)));
  }

  /** A finding's place: the reported plan whose document holds it, and the line there when known. */
  record Location(ReportedPlan in, Optional<Integer> line) {}

  @Override
  public String toString() {
    return "ReportedPlan[" + document + (base.equals("$") ? "" : " " + base) + (crossPlan ? ", cross-plan" : "") + ", " + report.plan().symbol() + "]";
  }
}
