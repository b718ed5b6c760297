package dev.plancompliance.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.Text;
import dev.plancompliance.model.json.PlanDocuments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two reports of the same plan (typically as of two dates), by finding fingerprint:
 * findings that are new, resolved, or unchanged (the newer report's wording is kept). Reports are read back
 * from their JSON ({@link #compare(String, String, String, String)}): one report, a list of reports
 * ({@code plan-check validate --format json}) or a set report; the reports of the two sides are paired by
 * plan (symbol and issuer), the cross-plan report of a set with the cross-plan report.
 *
 * @param subject the plan compared ({@code /CTr-UBND (Ủy ban nhân dân thành phố Hà Nội)}), or
 *     {@code cross-plan: …} for a set's cross-plan report
 * @param olderAsOf the older report's date; empty when only the newer side has the plan
 * @param newerAsOf the newer report's date; empty when only the older side has the plan
 */
public record ReportDiff(
    String subject,
    Optional<LocalDate> olderAsOf,
    Optional<LocalDate> newerAsOf,
    List<Finding> added,
    List<Finding> resolved,
    List<Finding> unchanged) {

  public ReportDiff {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(olderAsOf, "olderAsOf");
    Objects.requireNonNull(newerAsOf, "newerAsOf");
    added = List.copyOf(added);
    resolved = List.copyOf(resolved);
    unchanged = List.copyOf(unchanged);
  }

  /** Compares two reports of the same plan; reports of different plans are an {@link IllegalArgumentException}. */
  public static ReportDiff of(ValidationReport older, ValidationReport newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    if (!key(older.plan()).equals(key(newer.plan()))) {
      throw new IllegalArgumentException("the reports are of different plans: " + subject(older.plan()) + " and " + subject(newer.plan()));
    }
    return diff(subject(newer.plan()), Optional.of(older), Optional.of(newer));
  }

  /** Compares two set reports, plan by plan (paired by symbol and issuer) and cross-plan report with cross-plan report. */
  public static List<ReportDiff> of(SetReport older, SetReport newer) {
    return pair(labelled(older), labelled(newer));
  }

  /**
   * Reads two report documents (each one report, a JSON array of reports, or a set report) and compares
   * them plan by plan; a plan only one side has counts as all new or all resolved. Malformed input is a
   * {@link dev.plancompliance.model.json.PlanFormatException}.
   */
  public static List<ReportDiff> compare(String olderJson, String olderSource, String newerJson, String newerSource) {
    return pair(read(olderJson, olderSource), read(newerJson, newerSource));
  }

  /** Whether the newer report has findings the older had not. */
  public boolean hasNew() {
    return !added.isEmpty();
  }

  /** The diffs as text: per plan a summary line, then each new (+) and resolved (−) finding. */
  public static String toText(List<ReportDiff> diffs, List<Language> languages) {
    StringBuilder sb = new StringBuilder();
    int added = 0;
    int resolved = 0;
    int unchanged = 0;
    for (ReportDiff d : diffs) {
      sb.append(d.subject()).append(": ").append(d.olderAsOf().map(LocalDate::toString).orElse("(absent)")).append(" → ")
          .append(d.newerAsOf().map(LocalDate::toString).orElse("(absent)")).append(": ")
          .append(d.added().size()).append(" new, ").append(d.resolved().size()).append(" resolved, ")
          .append(d.unchanged().size()).append(" unchanged\n");
      d.added().forEach(f -> line(sb, "+", f, languages));
      d.resolved().forEach(f -> line(sb, "-", f, languages));
      added += d.added().size();
      resolved += d.resolved().size();
      unchanged += d.unchanged().size();
    }
    sb.append(diffs.size()).append(" reports compared: ").append(added).append(" new, ").append(resolved).append(" resolved, ")
        .append(unchanged).append(" unchanged\n");
    return sb.toString();
  }

  /** The diffs as a JSON array (stable, like reports). */
  public static String toJson(List<ReportDiff> diffs) {
    return PlanDocuments.toJson(diffs);
  }

  private static void line(StringBuilder sb, String sign, Finding f, List<Language> languages) {
    sb.append("  ").append(sign).append(' ').append(f.severity()).append(' ').append(f.ruleId()).append(' ');
    ReportText.appendLanguages(sb, languages, f.messageVi(), f.messageEn());
    sb.append("\n      at ").append(f.path()).append('\n');
  }

  private record Labelled(String key, String subject, ValidationReport report) {}

  private static List<Labelled> labelled(SetReport set) {
    List<Labelled> out = new ArrayList<>();
    set.children().stream().map(r -> plan(r)).forEach(out::add);
    out.add(0, plan(set.parent()));
    out.add(new Labelled("cross-plan\n" + key(set.crossPlan().plan()), "cross-plan: " + subject(set.crossPlan().plan()), set.crossPlan()));
    return out;
  }

  private static Labelled plan(ValidationReport r) {
    return new Labelled(key(r.plan()), subject(r.plan()), r);
  }

  private static List<Labelled> read(String json, String source) {
    JsonNode root = PlanDocuments.readValue(json, source, JsonNode.class);
    if (root.isArray()) {
      return ValidationReport.listFromJson(json, source).stream().map(ReportDiff::plan).toList();
    }
    if (root.isObject() && root.has("crossPlan")) {
      return labelled(SetReport.fromJson(json, source));
    }
    return List.of(plan(ValidationReport.fromJson(json, source)));
  }

  private static List<ReportDiff> pair(List<Labelled> older, List<Labelled> newer) {
    Map<String, Labelled> o = index(older, "older");
    Map<String, Labelled> n = index(newer, "newer");
    Set<String> keys = new LinkedHashSet<>(n.keySet());
    keys.addAll(o.keySet());
    List<ReportDiff> diffs = new ArrayList<>();
    for (String k : keys) {
      Labelled a = o.get(k);
      Labelled b = n.get(k);
      diffs.add(diff(b != null ? b.subject() : a.subject(), Optional.ofNullable(a).map(Labelled::report), Optional.ofNullable(b).map(Labelled::report)));
    }
    return diffs;
  }

  private static Map<String, Labelled> index(List<Labelled> reports, String side) {
    Map<String, Labelled> map = new LinkedHashMap<>();
    for (Labelled l : reports) {
      if (map.put(l.key(), l) != null) {
        throw new IllegalArgumentException("the " + side + " reports hold two reports of " + l.subject() + "; compare them one by one");
      }
    }
    return map;
  }

  private static ReportDiff diff(String subject, Optional<ValidationReport> older, Optional<ValidationReport> newer) {
    Map<String, Finding> before = byFingerprint(older);
    Map<String, Finding> after = byFingerprint(newer);
    List<Finding> added = new ArrayList<>();
    List<Finding> unchanged = new ArrayList<>();
    after.forEach((fp, f) -> (before.containsKey(fp) ? unchanged : added).add(f));
    List<Finding> resolved = before.entrySet().stream().filter(e -> !after.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    return new ReportDiff(subject, older.map(ValidationReport::asOf), newer.map(ValidationReport::asOf), added, resolved, unchanged);
  }

  private static Map<String, Finding> byFingerprint(Optional<ValidationReport> report) {
    Map<String, Finding> map = new LinkedHashMap<>();
    report.ifPresent(r -> r.findings().forEach(f -> map.putIfAbsent(f.fingerprint(), f)));
    return map;
  }

  private static String key(DocumentRef plan) {
    return Text.key(plan.symbol()).replace(" ", "") + "\n" + plan.issuer().map(Text::key).orElse("");
  }

  private static String subject(DocumentRef plan) {
    return plan.symbol() + plan.issuer().map(i -> " (" + i + ")").orElse("");
  }
}
