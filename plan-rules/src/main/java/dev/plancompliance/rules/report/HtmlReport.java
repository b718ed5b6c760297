package dev.plancompliance.rules.report;

import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.SourceRef;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.TaskGroupDefinition;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.Language;
import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.RuleError;
import dev.plancompliance.rules.RuleInfo;
import dev.plancompliance.rules.RuleOutcome;
import dev.plancompliance.rules.RuleSetDigest;
import dev.plancompliance.rules.Severity;
import dev.plancompliance.rules.ValidationReport;
import dev.plancompliance.rules.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The HTML report: one self-contained page (style and script inline, nothing fetched) for an official who
 * reviews many plans at once — a summary, the coverage matrix of plans × the directive's groups, then each
 * plan's findings by severity and rule beside the plan's own text. Everything from a plan or a report is
 * escaped ({@link Html}); the filters are the only script and the page reads the same without it.
 */
final class HtmlReport {
  /** Lines of a plan's text quoted for one finding at most; the rest is counted. */
  static final int QUOTED_LINES = 8;
  /** Characters of one quoted line at most (a portal's paragraph is one line). */
  static final int QUOTED_LINE_CHARS = 700;
  /**
   * Findings listed one per row at most: beyond, the page lists the ERROR findings (and the next severities
   * while they fit whole), counts the rest per plan and per rule, and says so at the top — a page of the
   * national batch's 97,550 findings (67 MB) took two minutes to open.
   */
  static final int LISTED_FINDINGS = 5_000;

  private final List<ReportedPlan> reports;
  private final List<ReportedPlan> plans;
  private final Optional<ReportedPlan> crossPlan;
  /** The plans' reports by plan (the first of each): a cross-plan report's own findings point at its parent's. */
  private final Map<Plan, ReportedPlan> byPlan = new IdentityHashMap<>();
  private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
  private final Directives directives;
  private final String version;
  private final Language lang;
  private final HtmlLabels labels;
  private final StringBuilder sb = new StringBuilder(1 << 16);
  private final Map<ReportedPlan, String> ids = new IdentityHashMap<>();
  private final Map<ReportedPlan, String[]> sourceLines = new IdentityHashMap<>();
  private final Map<ReportedPlan, Map<String, Task>> tasks = new IdentityHashMap<>();
  /** The findings listed one per row: all of them, unless there are more than {@link #LISTED_FINDINGS}. */
  private final Map<ReportedPlan, java.util.BitSet> listed = new IdentityHashMap<>();
  private int listedCount;
  private final int findingCount;

  private HtmlReport(List<RuleInfo> rules, Directives directives, String version, List<ReportedPlan> reports, Language lang) {
    rules.forEach(r -> this.rules.put(r.id(), r));
    this.directives = directives;
    this.version = version;
    List<ReportedPlan> distinct = new ArrayList<>();
    Set<ReportedPlan> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    reports.forEach(r -> distinct.add(seen.add(r) ? r : r.copy())); // a report given twice is two rows
    reports = List.copyOf(distinct);
    this.reports = reports;
    this.plans = reports.stream().filter(r -> !r.isCrossPlan()).toList();
    this.crossPlan = reports.stream().filter(ReportedPlan::isCrossPlan).findFirst();
    plans.forEach(p -> byPlan.putIfAbsent(p.plan(), p));
    this.lang = lang;
    this.labels = new HtmlLabels(lang);
    for (ReportedPlan r : reports) {
      if (!r.isCrossPlan()) {
        ids.put(r, "p" + (ids.size() + 1));
      }
    }
    this.findingCount = reports.stream().mapToInt(r -> r.report().findings().size()).sum();
    int budget = LISTED_FINDINGS;
    reports.forEach(r -> listed.put(r, new java.util.BitSet()));
    for (Severity severity : Severity.values()) {
      long all = reports.stream().flatMap(r -> r.report().findings().stream()).filter(f -> f.severity() == severity).count();
      if (severity != Severity.ERROR && all > budget) {
        break;
      }
      for (ReportedPlan r : reports) {
        List<Finding> findings = r.report().findings();
        for (int i = 0; i < findings.size() && budget > 0; i++) {
          if (findings.get(i).severity() == severity) {
            listed.get(r).set(i);
            listedCount++;
            budget--;
          }
        }
      }
    }
  }

  /** Whether the {@code i}th finding of {@code r} has its row. */
  private boolean isListed(ReportedPlan r, int i) {
    return listed.get(r).get(i);
  }

  private boolean summarised() {
    return listedCount < findingCount;
  }

  /** Whether a plan has its own section: always, unless the page is summarised and nothing of it is listed or needs saying. */
  private boolean hasSection(ReportedPlan r) {
    ValidationReport report = r.report();
    return !summarised() || !report.errors().isEmpty() || report.verdict() == Verdict.INCONCLUSIVE || report.verdict() == Verdict.NOT_A_PLAN
        || !listed.get(r).isEmpty();
  }

  /** A link to the plan's section when it has one, else its symbol. */
  private String planLink(ReportedPlan r) {
    String symbol = Html.text(r.plan().ref().symbol());
    return hasSection(r) ? "<a href=\"#" + ids.get(r) + "\">" + symbol + "</a>" : symbol;
  }

  /** The page of {@code reports} in {@code lang}. */
  static String render(List<RuleInfo> rules, Directives directives, String version, List<ReportedPlan> reports, Language lang) {
    HtmlReport page = new HtmlReport(rules, directives, version, reports, lang);
    page.page();
    return page.sb.toString();
  }

  /** The plans' reports, without a set's cross-plan one. */
  private List<ReportedPlan> plans() {
    return plans;
  }

  private Optional<ReportedPlan> crossPlan() {
    return crossPlan;
  }

  private void page() {
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Language.VI ? "vi" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlPage.POLICY).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"plan-compliance ").append(Html.text(version)).append("\">\n")
        .append("<title>").append(labels.get("title")).append(" — ").append(plans().size()).append(' ').append(labels.get("plansLower"))
        .append("</title>\n<style>").append(HtmlPage.STYLE).append("</style>\n</head>\n<body>\n");
    sb.append("<header>\n<h1>").append(labels.get("title")).append("</h1>\n<nav aria-label=\"").append(labels.get("contents")).append("\"><p>")
        .append("<a href=\"#summary\">").append(labels.get("summary")).append("</a> · <a href=\"#coverage\">").append(labels.get("coverage")).append("</a>");
    if (crossPlan().isPresent()) {
      sb.append(" · <a href=\"#set\">").append(labels.get("set")).append("</a>");
    }
    sb.append(" · <a href=\"#findings\">").append(labels.get("findings")).append("</a></p></nav>\n</header>\n<main>\n");
    summary();
    coverage();
    crossPlan().ifPresent(this::set);
    findings();
    sb.append("</main>\n<footer><p>").append(labels.get("generator")).append(" plan-compliance ").append(Html.text(version)).append("</p></footer>\n")
        .append("<script>").append(HtmlPage.SCRIPT).append("</script>\n</body>\n</html>\n");
  }

  private void summary() {
    List<ReportedPlan> plans = plans();
    sb.append("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">").append(labels.get("summary")).append("</h2>\n<dl class=\"facts\">\n");
    Set<String> asOf = new TreeSet<>();
    reports.forEach(r -> asOf.add(r.report().asOf().toString()));
    fact("asOf", Html.text(String.join(", ", asOf)));
    fact("plans", String.valueOf(plans.size()));
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    plans.forEach(r -> verdicts.merge(r.report().verdict(), 1, Integer::sum));
    StringBuilder v = new StringBuilder();
    for (Verdict verdict : Verdict.values()) {
      v.append(v.length() == 0 ? "" : " ").append(badge(verdict)).append(' ').append(verdicts.getOrDefault(verdict, 0));
    }
    fact("verdicts", v.toString());
    Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
    reports.forEach(r -> r.report().findings().forEach(f -> severities.merge(f.severity(), 1, Integer::sum)));
    StringBuilder s = new StringBuilder();
    for (Severity severity : Severity.values()) {
      s.append(s.length() == 0 ? "" : " ").append(badge(severity)).append(' ').append(severities.getOrDefault(severity, 0));
    }
    fact("severities", s.toString());
    if (summarised()) {
      fact("listedOnly", listedCount + " / " + findingCount + " — " + labels.get("listedWhy"));
    }
    Set<String> manifest = new LinkedHashSet<>();
    reports.forEach(r -> r.report().manifest().forEach(d -> manifest.add(digest(d))));
    fact("ruleSets", String.join("<br>", manifest));
    sb.append("</dl>\n<table class=\"plans\">\n<caption>").append(labels.get("plans")).append("</caption>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">")
        .append(labels.get("plan")).append("</th><th scope=\"col\">").append(labels.get("issuer")).append("</th><th scope=\"col\">").append(labels.get("verdict"))
        .append("</th>");
    for (Severity severity : Severity.values()) {
      sb.append("<th scope=\"col\" class=\"num\">").append(labels.get(severity.name())).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    int n = 0;
    for (ReportedPlan r : plans) {
      String id = ids.get(r);
      sb.append("<tr data-row-plan=\"").append(id).append("\"><td class=\"num\">").append(++n).append("</td><th scope=\"row\">").append(planLink(r));
      if (!r.document().equals(r.plan().ref().symbol())) {
        sb.append(" <span class=\"where\">").append(Html.text(Html.abbreviate(r.document(), 120))).append("</span>");
      }
      sb.append("</th><td").append(viText()).append('>').append(Html.text(issuer(r.plan()))).append("</td><td>").append(badge(r.report().verdict())).append("</td>");
      for (Severity severity : Severity.values()) {
        sb.append("<td class=\"num\">").append(r.report().findings().stream().filter(f -> f.severity() == severity).count()).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
    byRule();
    sb.append("</section>\n");
  }

  /** Findings per rule across every report: how many, in how many plans. */
  private void byRule() {
    Map<String, int[]> counts = new java.util.TreeMap<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    for (ReportedPlan r : reports) {
      Set<String> seen = new java.util.HashSet<>();
      for (Finding f : r.report().findings()) {
        int[] c = counts.computeIfAbsent(f.ruleId(), k -> new int[2]);
        c[0]++;
        if (seen.add(f.ruleId())) {
          c[1]++;
        }
        severities.putIfAbsent(f.ruleId(), f.severity());
      }
    }
    if (counts.isEmpty()) {
      return;
    }
    sb.append("<table class=\"rules\">\n<caption>").append(labels.get("byRule")).append("</caption>\n<thead><tr><th scope=\"col\">").append(labels.get("rule"))
        .append("</th><th scope=\"col\">").append(labels.get("severity")).append("</th><th scope=\"col\" class=\"num\">").append(labels.get("severities"))
        .append("</th><th scope=\"col\" class=\"num\">").append(labels.get("plans")).append("</th></tr></thead>\n<tbody>\n");
    counts.forEach((id, c) -> {
      RuleInfo info = rules.get(id);
      sb.append("<tr><th scope=\"row\">").append(Html.text(id)).append(info == null ? "" : " — " + Html.text(info.title(lang))).append("</th><td>")
          .append(badge(severities.get(id))).append("</td><td class=\"num\">").append(c[0]).append("</td><td class=\"num\">").append(c[1]).append("</td></tr>\n");
    });
    sb.append("</tbody>\n</table>\n");
  }

  private void fact(String key, String html) {
    sb.append("<dt>").append(labels.get(key)).append("</dt><dd>").append(html).append("</dd>\n");
  }

  private static String digest(RuleSetDigest d) {
    return Html.text(d.name()) + " " + Html.text(d.version()) + " <code title=\"sha256 " + Html.text(d.sha256()) + "\">" + Html.text(Html.abbreviate(d.sha256(), 13)) + "</code>";
  }

  private void coverage() {
    sb.append("<section id=\"coverage\" aria-labelledby=\"coverage-h\">\n<h2 id=\"coverage-h\">").append(labels.get("coverage")).append("</h2>\n");
    Map<Directive, List<Map.Entry<ReportedPlan, Coverage>>> byDirective = new LinkedHashMap<>();
    List<ReportedPlan> none = new ArrayList<>();
    for (ReportedPlan r : plans()) {
      Optional<Coverage> row = r.report().verdict() == Verdict.NOT_A_PLAN ? Optional.empty() : Coverage.of(r.plan(), directives);
      if (row.isPresent()) {
        byDirective.computeIfAbsent(row.get().directive(), d -> new ArrayList<>()).add(Map.entry(r, row.get()));
      } else {
        none.add(r);
      }
    }
    sb.append("<p>").append(labels.get("legend")).append("</p>\n");
    int m = 0;
    for (Map.Entry<Directive, List<Map.Entry<ReportedPlan, Coverage>>> e : byDirective.entrySet()) {
      matrix(e.getKey(), e.getValue(), ++m);
    }
    if (!none.isEmpty()) {
      sb.append("<p>").append(labels.get("noDirective")).append(' ');
      for (int i = 0; i < none.size(); i++) {
        ReportedPlan r = none.get(i);
        sb.append(i == 0 ? "" : ", ").append(planLink(r));
      }
      sb.append("</p>\n");
    }
    sb.append("</section>\n");
  }

  private void matrix(Directive directive, List<Map.Entry<ReportedPlan, Coverage>> rows, int number) {
    sb.append("<h3 id=\"matrix-").append(number).append("\">").append(Html.text(directive.symbol()))
        .append(directive.ref().title().map(t -> " — <span" + viText() + ">" + Html.text(Html.abbreviate(t, 160)) + "</span>").orElse("")).append("</h3>\n");
    sb.append("<table class=\"matrix\">\n<caption>").append(labels.get("matrixCaption")).append(' ').append(Html.text(directive.symbol())).append("</caption>\n<thead><tr><th scope=\"col\">")
        .append(labels.get("plan")).append("</th>");
    for (TaskGroupDefinition g : directive.groups()) {
      String title = lang == Language.VI ? g.titleVi() : g.titleEn();
      String shortTitle = (lang == Language.VI ? g.shortTitleVi() : g.shortTitleEn()).orElse(Html.abbreviate(title, 40));
      sb.append("<th scope=\"col\" title=\"").append(Html.text(title)).append("\">").append(g.number()).append("<span class=\"gt\">").append(Html.text(shortTitle)).append("</span></th>");
    }
    sb.append("<th scope=\"col\">").append(labels.get("ungrouped")).append("</th><th scope=\"col\">").append(labels.get("total")).append("</th></tr></thead>\n<tbody>\n");
    boolean set = crossPlan().isPresent();
    Plan parent = crossPlan().map(ReportedPlan::plan).orElse(null);
    for (Map.Entry<ReportedPlan, Coverage> row : rows) {
      ReportedPlan r = row.getKey();
      Coverage c = row.getValue();
      boolean child = set && r.plan() != parent;
      sb.append("<tr data-row-plan=\"").append(ids.get(r)).append('"').append(child ? " class=\"child\"" : "").append("><th scope=\"row\">")
          .append(child ? "↳ " : "").append(ids.get(r).substring(1)).append(". ").append(planLink(r));
      if (set) {
        sb.append("<span class=\"tag\">").append(labels.get(child ? "childTag" : "parentTag")).append("</span>");
      }
      if (r.plan().isPartial()) {
        sb.append("<span class=\"tag\">").append(labels.get("partialScope")).append("</span>");
      } else if (r.plan().statesNoScope()) {
        sb.append("<span class=\"tag\">").append(labels.get("unstatedScope")).append("</span>");
      }
      sb.append("</th>");
      for (Coverage.Cell cell : c.cells()) {
        String title = Html.text(r.plan().ref().symbol()) + ", " + labels.get("group") + " " + cell.group().number() + ": ";
        switch (cell.state()) {
          case MISSING -> sb.append("<td class=\"missing\" title=\"").append(title).append(labels.get("missingTitle")).append("\">✗ 0</td>");
          case OUT_OF_SCOPE -> sb.append("<td class=\"out\" title=\"").append(title).append(labels.get("outTitle")).append("\">—</td>");
          case BEYOND_SCOPE -> sb.append("<td class=\"beyond\" title=\"").append(title).append(labels.get("beyondTitle")).append("\">").append(cell.count()).append(" ⁺</td>");
          default -> sb.append("<td class=\"c").append(Coverage.shade(cell.count())).append("\">").append(cell.count()).append("</td>");
        }
      }
      sb.append("<td class=\"num\">").append(c.ungrouped()).append("</td><td class=\"num\">").append(c.tasks()).append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  private void set(ReportedPlan cross) {
    ValidationReport r = cross.report();
    sb.append("<section id=\"set\" aria-labelledby=\"set-h\">\n<h2 id=\"set-h\">").append(labels.get("set")).append(": ").append(Html.text(cross.plan().ref().symbol()))
        .append("</h2>\n<p>").append(labels.get("setIntro")).append(' ').append(plans().size() - 1).append(". ").append(labels.get("crossPlan")).append(": ")
        .append(Html.text(String.join(", ", r.outcomes().stream().map(RuleOutcome::ruleId).toList()))).append(" — ").append(badge(r.verdict())).append("</p>\n");
    body(cross, ids.get(byPlan.getOrDefault(cross.plan(), cross)), "h3");
    sb.append("</section>\n");
  }

  private void findings() {
    sb.append("<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">").append(labels.get("findings")).append("</h2>\n");
    if (summarised()) {
      sb.append("<p class=\"WARNING\">").append(labels.get("listedOnlyLong")).append(' ').append(listedCount).append(" / ").append(findingCount).append(". ")
          .append(labels.get("listedWhy")).append("</p>\n");
    }
    filters();
    for (ReportedPlan r : plans()) {
      if (!hasSection(r)) {
        continue;
      }
      String id = ids.get(r);
      Plan plan = r.plan();
      sb.append("<section class=\"plan\" id=\"").append(id).append("\" data-plan-section=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">\n<h3 id=\"")
          .append(id).append("-h\">").append(Html.text(plan.ref().symbol())).append(plan.ref().title().map(t -> " — <span" + viText() + ">" + Html.text(Html.abbreviate(t, 200)) + "</span>").orElse(""))
          .append("</h3>\n<p>").append(badge(r.report().verdict())).append(" <span").append(viText()).append('>').append(Html.text(issuer(plan))).append("</span> · ")
          .append(r.document().equals(plan.ref().symbol()) ? "" : labels.get("document") + ": <span class=\"where\">" + Html.text(r.document()) + "</span> · ")
          .append(labels.get("asOf")).append(' ')
          .append(r.report().asOf()).append("</p>\n");
      body(r, id, "h4");
      sb.append("</section>\n");
    }
    sb.append("</section>\n");
  }

  private void filters() {
    sb.append("<form id=\"filters\" hidden aria-label=\"").append(labels.get("filter")).append("\">\n<fieldset><legend>").append(labels.get("severity")).append("</legend>");
    for (Severity s : Severity.values()) {
      sb.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(s.name()).append("\" checked> ").append(labels.get(s.name())).append("</label> ");
    }
    sb.append("</fieldset>\n<label>").append(labels.get("rule")).append(" <select name=\"rule\"><option value=\"\">").append(labels.get("all")).append("</option>");
    Set<String> used = new TreeSet<>();
    for (ReportedPlan r : reports) {
      listed.get(r).stream().forEach(i -> used.add(r.report().findings().get(i).ruleId()));
    }
    for (String id : used) {
      sb.append("<option value=\"").append(Html.text(id)).append("\">").append(Html.text(id)).append("</option>");
    }
    sb.append("</select></label>\n<label>").append(labels.get("plan")).append(" <select name=\"plan\"><option value=\"\">").append(labels.get("all")).append("</option>");
    for (ReportedPlan r : plans()) {
      if (!hasSection(r)) {
        continue;
      }
      sb.append("<option value=\"").append(ids.get(r)).append("\">").append(ids.get(r).substring(1)).append(". ").append(Html.text(r.plan().ref().symbol())).append("</option>");
    }
    sb.append("</select></label>\n<button type=\"reset\">").append(labels.get("reset")).append("</button> <span class=\"shown\"><output id=\"shown\">")
        .append(listedCount).append("</output> ").append(labels.get("shown")).append("</span>\n</form>\n");
  }

  /** A report's content: rules that failed or could not judge, the findings by severity and rule, then the undecided rules. */
  private void body(ReportedPlan r, String planId, String heading) {
    ValidationReport report = r.report();
    if (report.verdict() == Verdict.NOT_A_PLAN) {
      sb.append("<p>").append(Html.text(report.outcomes().isEmpty() ? "" : report.outcomes().get(0).reason(lang))).append("</p>\n");
      return;
    }
    if (!report.errors().isEmpty()) {
      sb.append("<div class=\"ERROR\"><p><strong>").append(labels.get("ruleFailed")).append("</strong></p><ul>\n");
      for (RuleError e : report.errors()) {
        sb.append("<li>").append(Html.text(e.ruleId())).append(" (").append(Html.text(e.rule())).append("): ").append(Html.text(Html.abbreviate(e.message(), 500))).append("</li>\n");
      }
      sb.append("</ul></div>\n");
    }
    if (report.findings().isEmpty()) {
      sb.append("<p>").append(labels.get("noFindings")).append("</p>\n");
    }
    for (Severity severity : Severity.values()) {
      List<Finding> findings = new ArrayList<>();
      long unlisted = 0;
      for (int i = 0; i < report.findings().size(); i++) {
        if (report.findings().get(i).severity() == severity) {
          if (isListed(r, i)) {
            findings.add(report.findings().get(i));
          } else {
            unlisted++;
          }
        }
      }
      if (unlisted > 0) {
        sb.append("<p>").append(badge(severity)).append(' ').append(unlisted).append(' ').append(labels.get("notListed")).append("</p>\n");
      }
      if (findings.isEmpty()) {
        continue;
      }
      sb.append("<div data-block>\n<").append(heading).append('>').append(badge(severity)).append(" (").append(findings.size()).append(")</").append(heading).append(">\n")
          .append("<table class=\"findings\">\n<thead><tr><th scope=\"col\">").append(labels.get("task")).append("</th><th scope=\"col\">").append(labels.get("finding"))
          .append("</th><th scope=\"col\">").append(labels.get("planText")).append("</th></tr></thead>\n");
      Map<String, List<Finding>> byRule = new LinkedHashMap<>();
      findings.forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
      byRule.forEach((rule, list) -> rule(r, planId, rule, list));
      sb.append("</table>\n</div>\n");
    }
    undecided(report);
  }

  private void rule(ReportedPlan r, String planId, String ruleId, List<Finding> findings) {
    RuleInfo info = rules.get(ruleId);
    String basis = findings.get(0).basis();
    sb.append("<tbody data-rule=\"").append(Html.text(ruleId)).append("\">\n<tr class=\"rulehead\"><th colspan=\"3\" scope=\"rowgroup\">").append(Html.text(ruleId));
    if (info != null) {
      sb.append(" — ").append(Html.text(info.title(lang)));
    }
    sb.append(" (").append(findings.size()).append(")<br><span class=\"basis\">").append(labels.get("basis")).append(" (")
        .append(Html.text(findings.get(0).basisKind().label(lang))).append("): ").append(Html.text(basis)).append("</span></th></tr>\n");
    for (Finding f : findings) {
      ReportedPlan.Location at = r.locate(f, reports);
      ReportedPlan in = at.in().isCrossPlan() ? byPlan.getOrDefault(at.in().plan(), at.in()) : at.in();
      String rowPlan = ids.getOrDefault(in, planId);
      sb.append("<tr data-severity=\"").append(f.severity().name()).append("\" data-rule=\"").append(Html.text(ruleId)).append("\" data-plan=\"").append(rowPlan).append("\"><td>")
          .append(f.taskCode().map(Html::text).orElse("—")).append("</td><td>").append(Html.text(f.message(lang)));
      if (f.actual().isPresent()) {
        sb.append("<div class=\"where\">").append(labels.get("actual")).append(": ").append(Html.text(Html.abbreviate(f.actual().get(), 400)))
            .append(f.expected().map(e -> "; " + labels.get("expected") + ": " + Html.text(Html.abbreviate(e, 400))).orElse("")).append("</div>");
      }
      if (!f.basis().equals(basis)) {
        sb.append("<div class=\"where\">").append(labels.get("basis")).append(": ").append(Html.text(f.basis())).append("</div>");
      }
      f.relatedPlan().ifPresent(p -> sb.append("<div class=\"where\">").append(labels.get("relatedPlan")).append(": ").append(Html.text(p.symbol()))
          .append(p.issuer().map(i -> " (" + Html.text(i) + ")").orElse("")).append("</div>"));
      sb.append("<div class=\"where\">").append(Html.text(Html.abbreviate(f.path(), 300))).append(" · ").append(Html.text(Html.abbreviate(at.in().document(), 200)))
          .append(at.line().map(l -> ":" + l).orElse("")).append("</div></td><td>");
      quote(in, f);
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody>\n");
  }

  /** The plan's own text that a finding is about: its source lines when the text is at hand, else the task's title as encoded. */
  private void quote(ReportedPlan in, Finding f) {
    Optional<Task> task = f.taskCode().map(code -> tasks.computeIfAbsent(in, p -> byCode(p.plan())).get(code));
    Optional<SourceRef> ref = f.source().or(() -> task.flatMap(Task::source));
    String[] lines = sourceLines.computeIfAbsent(in, p -> p.sourceText().map(t -> t.split("\r\n|\r|\n", -1)).orElse(new String[0]));
    if (ref.isPresent() && lines.length > 0 && in.plan().sourceFile().map(file -> file.equals(ref.get().file())).orElse(true) && ref.get().line() <= lines.length) {
      int first = ref.get().line();
      int last = Math.min(ref.get().lastLine().orElse(first), lines.length);
      int shown = Math.min(last, first + QUOTED_LINES - 1);
      sb.append("<blockquote").append(viText()).append(" cite=\"#").append(ids.getOrDefault(in, "")).append("\">");
      for (int i = first; i <= shown; i++) {
        sb.append("<span class=\"ln\">").append(i).append("</span> ").append(Html.text(Html.abbreviate(lines[i - 1], QUOTED_LINE_CHARS))).append(i < shown ? "\n" : "");
      }
      if (shown < last) {
        sb.append("\n<span class=\"ln\">… ").append(last - shown).append(' ').append(labels.get("moreLines")).append("</span>");
      }
      sb.append("</blockquote>");
    } else if (task.isPresent()) {
      sb.append("<span class=\"title\"").append(viText()).append('>').append(Html.text(Html.abbreviate(task.get().title(), 600))).append("</span>");
    } else {
      sb.append('—');
    }
  }

  /** The issuer as named in the plan (in English when the plan gives an English name and the page is English). */
  private String issuer(Plan plan) {
    return plan.agency(plan.issuer()).map(a -> lang == Language.EN ? a.nameEn().orElse(a.nameVi()) : a.nameVi()).orElse(plan.issuer());
  }

  private static Map<String, Task> byCode(Plan plan) {
    Map<String, Task> map = new LinkedHashMap<>();
    plan.tasks().forEach(t -> map.putIfAbsent(t.code(), t));
    return map;
  }

  /** NOT_EVALUABLE and NOT_APPLICABLE rules with their reasons, collapsed. */
  private void undecided(ValidationReport report) {
    List<RuleOutcome> notEvaluable = report.outcomes().stream().filter(o -> o.outcome() == Outcome.NOT_EVALUABLE).toList();
    // a summarised page keeps what decides a verdict: the ERROR rules that could not decide
    List<RuleOutcome> notApplicable = summarised() ? List.of() : report.outcomes().stream().filter(o -> o.outcome() == Outcome.NOT_APPLICABLE).toList();
    if (summarised()) {
      notEvaluable = notEvaluable.stream().filter(o -> o.severity() == Severity.ERROR).toList();
    }
    if (notEvaluable.isEmpty() && notApplicable.isEmpty()) {
      return;
    }
    sb.append("<details><summary>").append(labels.get("notEvaluable")).append(": ").append(notEvaluable.size()).append(" · ").append(labels.get("notApplicable"))
        .append(": ").append(notApplicable.size()).append("</summary>\n<ul>\n");
    for (RuleOutcome o : notEvaluable) {
      sb.append("<li><strong>").append(Html.text(o.ruleId())).append("</strong> ").append(o.severity() == Severity.ERROR ? badge(Severity.ERROR) + " " : "")
          .append(labels.get("notEvaluableOne")).append(": ").append(Html.text(o.reason(lang))).append("</li>\n");
    }
    for (RuleOutcome o : notApplicable) {
      sb.append("<li><strong>").append(Html.text(o.ruleId())).append("</strong> ").append(labels.get("notApplicableOne")).append(": ").append(Html.text(o.reason(lang))).append("</li>\n");
    }
    sb.append("</ul>\n</details>\n");
  }

  private String badge(Verdict v) {
    return "<span class=\"badge v-" + v.name() + "\">" + Html.text(v.label(lang)) + "</span>";
  }

  private String badge(Severity s) {
    return "<span class=\"badge " + s.name() + "\">" + labels.get(s.name()) + "</span>";
  }

  /** The plans are in Vietnamese: on an English page their texts say so. */
  private String viText() {
    return lang == Language.VI ? "" : " lang=\"vi\"";
  }
}
