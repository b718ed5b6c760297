package dev.plancompliance.rules.reference;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.BudgetLevel;
import dev.plancompliance.model.BudgetYear;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.DocumentKind;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanLevel;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.ProgressStatus;
import dev.plancompliance.model.ReportingDuty;
import dev.plancompliance.model.Role;
import dev.plancompliance.model.Scope;
import dev.plancompliance.model.SpendingFloor;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.TaskGroupDefinition;
import dev.plancompliance.model.TaskProgress;
import dev.plancompliance.model.Text;
import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.PlanValidator;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The standard rule catalogue (RULES.md) in plain Java, written from the catalogue, plan-model/TIME-PHRASES.md §3 and
 * the rule cases rather than from the DRL: the differential oracle of the Drools rules, and the "physical
 * limit" baseline of the benchmarks. For a plan (with or without a progress report) and a date it answers,
 * per rule id, the outcome and the set of finding paths (the paths of the report: {@code tasks[II.1].leads},
 * {@code groups[66-NQ/TW#4]}, {@code tasks[V.1].deadline[2026]}, …); for a plan set, the same for each plan
 * and for the cross-plan rules ({@code children[01/KH-UBND @ Xã A].groups[66-NQ/TW#4]},
 * {@code parent.childPlanDuty.units[ubnd-cap-xa]}).
 *
 * <p>It reads only data from the model (values, the directive catalogue, {@link Text#key} to fold names);
 * what a time frame means — its last day, its period instances and their names, whether it states a time,
 * a frequency, a cut-off — and which child plan answers for which unit of its parent are decided here,
 * independently of the model's helper methods that the rules use ({@code Deadline.window()},
 * {@code Recurring.instances}, {@code Plan.closedOccurrences}, {@code PlanSet.designates}, …).
 *
 * <p>Readings of points the catalogue leaves open, taken from the rule cases and the DRL and recorded here:
 * <ul>
 *   <li>DL-003 — R, "the report date", is the progress report's date, but never later than the date the
 *       plan is validated as of: a completion dated after that date is not known yet. A window that closed
 *       before the validation date but on or after R cannot be judged: NOT_EVALUABLE (case
 *       {@code DL-003/other/progress-report-older-than-the-window}).
 *   <li>DL-003 — event-triggered, externally set and on-demand frames are never overdue by themselves and
 *       do not make the rule NOT_EVALUABLE: the rule judges the frames it can date, and PASSES when they are
 *       all done (case {@code DL-003/pass/ha-tinh-everything-due-done}, whose plan has event-triggered
 *       tasks). RULES.md's "NOT_EVALUABLE until the event date … is known" is read as "that task cannot be
 *       overdue yet", not as the rule's outcome.
 *   <li>DL-003 — recurring frames with a period of their own (month, quarter, half-year, year) fall due per
 *       instance from the plan's issue date on (plan-model/TIME-PHRASES.md §3, decision 2); a plan without an issue date
 *       that has one is NOT_EVALUABLE unless something else is overdue. "Định kỳ" with no period and
 *       "after each event" frames never fall due. An instance's last day: each cut-off's (strict "trước"
 *       = the day before), else the end of the anchoring quarter, else of the anchoring month, else of each
 *       period; cut-offs outrank an anchor, a quarter outranks a month. Instances are named as progress
 *       reports name them (TaskProgress): the year when one falls due a year, else {@code -H1/-H2},
 *       {@code -Q1…-Q4}, {@code -01…-12} by rank within the year, else {@code #n}.
 *   <li>DL-003 — a composite is judged part by part: a one-off task is overdue when any dated part's window
 *       closed before R without a completion, and a period instance when any recurring part's instance of
 *       that name did.
 *   <li>DL-003 — a completion is an entry with status DONE for the task (or {@code reportingDuties[i]}) and,
 *       for a recurring frame, the instance's name; an entry without a period does not complete an
 *       instance, and one with a period does not complete a one-off window.
 *   <li>DL-004 — the parent's child-plan deadline is the last compliant day of its latest dated part; a
 *       parent whose duty has no dated part sets no deadline (NOT_APPLICABLE). Only children a unit of the
 *       duty designates are held to it; an undated one among them makes the rule NOT_EVALUABLE.
 *   <li>HIE-001, HIE-002 — which parent unit a child answers for follows the PlanSet model's documented
 *       designation (a named unit: the child issued by a body of the same name, folded as {@link Text#key}
 *       folds names; a collective one: the children of the level its kind denotes whose issuer is of a kind
 *       of that level, or is missing from the child's registry; a unit the parent's registry lacks: none).
 *       The groups the parent assigns to a child's unit are those of the parent's tasks that name the unit
 *       in any role (lead, coordinator, implementer).
 *   <li>ACC-001, STR-002 — a plan that leaves its tasks' specifics to an appendix it lacks
 *       ({@code Plan.missingAppendix}, Hà Nội 001 L484) may name there the leads and outputs its text does
 *       not: a task that would fail makes the rule NOT_EVALUABLE instead (case
 *       {@code ACC-001/other/ha-noi-appendix-missing}).
 *   <li>HIE-001 applies to "a PlanSet with parent and children": a set with no child is NOT_APPLICABLE
 *       (case {@code HIE-001/other/parent-alone}). HIE-002 and DL-004 apply to any set (DL-004 to the
 *       children the duty orders: none, and it PASSES).
 *   <li>A document whose kind is not a plan or an action programme (a notice, a letter…) is judged by no
 *       rule: every rule NOT_APPLICABLE.
 *   <li>The directives a plan implements are those it reaches: cited among its implementsRefs or
 *       parentRefs, or through what a cited document implements, to any depth.
 *   <li>Without a known directive the rules that need its groups or horizon (COV-001, COV-002, COV-004,
 *       DL-002) are NOT_EVALUABLE, once, not failed per task; a known directive without groups leaves the
 *       group rules NOT_EVALUABLE. A plan that leaves its scope unstated is not taken as FULL: a group
 *       without a task makes COV-001 NOT_EVALUABLE.
 * </ul>
 * A single plan's report gives the cross-plan rules (HIE-001, HIE-002, DL-004) NOT_APPLICABLE, and DL-003
 * NOT_APPLICABLE when no progress report is attached, as the validator's report does.
 */
public final class ReferenceChecker {
  /** The rules of a single plan's report that the reference decides, in report order. */
  public static final List<String> PLAN_RULE_IDS = List.of(
      "ACC-001", "ACC-002", "ACC-003", "ACC-004", "ACC-005", "ACC-006", "ACC-007",
      "BUD-001", "BUD-002",
      "COV-001", "COV-002", "COV-003", "COV-004",
      "DL-001", "DL-002", "DL-003", "DL-005",
      "REP-001", "REP-002",
      "STR-001", "STR-002", "STR-003", "STR-004");

  /** The rules that look across the plans of a set: NOT_APPLICABLE in a single plan's report. */
  public static final List<String> CROSS_PLAN_RULE_IDS = List.of("DL-004", "HIE-001", "HIE-002");

  /** The rule ids of the standard catalogue, in report order. */
  public static final List<String> RULE_IDS = List.of(
      "ACC-001", "ACC-002", "ACC-003", "ACC-004", "ACC-005", "ACC-006", "ACC-007",
      "BUD-001", "BUD-002",
      "COV-001", "COV-002", "COV-003", "COV-004",
      "DL-001", "DL-002", "DL-003", "DL-004", "DL-005",
      "HIE-001", "HIE-002",
      "REP-001", "REP-002",
      "STR-001", "STR-002", "STR-003", "STR-004");

  /** What one rule concludes: its outcome and the paths of its findings (empty unless FAILED). */
  public record RuleResult(Outcome outcome, Set<String> paths) {
    public RuleResult {
      Objects.requireNonNull(outcome, "outcome");
      paths = Collections.unmodifiableSortedSet(new TreeSet<>(paths));
    }

    @Override
    public String toString() {
      return outcome + (paths.isEmpty() ? "" : " " + paths);
    }
  }

  /**
   * What the reference concludes of a plan set: the parent's and each child's own results (as
   * {@link #check(Plan, LocalDate)}), and the cross-plan rules' results.
   */
  public record SetResult(Map<String, RuleResult> parent, List<Map<String, RuleResult>> children, Map<String, RuleResult> crossPlan) {
    public SetResult {
      parent = Map.copyOf(parent);
      children = children.stream().map(Map::copyOf).toList();
      crossPlan = Map.copyOf(crossPlan);
    }
  }

  private final Directives catalogue;

  /** A checker that knows the standard directives (66-NQ/TW, 06-CT/TU), as {@code withStandardRules()} does. */
  public ReferenceChecker() {
    this(Directives.standard());
  }

  public ReferenceChecker(Directives catalogue) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /**
   * Every rule's result for {@code plan} as of {@code asOf}, keyed by rule id in {@link #RULE_IDS} order;
   * with no progress report DL-003 is NOT_APPLICABLE, and the cross-plan rules are.
   */
  public Map<String, RuleResult> check(Plan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    return check(plan, Optional.empty(), asOf);
  }

  /**
   * As {@link #check(Plan, LocalDate)}, with what {@code progress} records of the plan's implementation, so
   * that DL-003 can tell overdue tasks. The report must name the plan (its symbol, or its symbol and
   * locality) and only its tasks and reporting duties; otherwise {@link IllegalArgumentException}.
   */
  public Map<String, RuleResult> check(Plan plan, ProgressReport progress, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(asOf, "asOf");
    requireFor(plan, progress);
    return check(plan, Optional.of(progress), asOf);
  }

  /** Each plan of {@code set} on its own, and the cross-plan rules (HIE-001, HIE-002, DL-004) over the set, as of {@code asOf}. */
  public SetResult check(PlanSet set, LocalDate asOf) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(asOf, "asOf");
    Map<String, RuleResult> parent = check(set.parent(), asOf);
    List<Map<String, RuleResult>> children = set.children().stream().map(c -> check(c, asOf)).toList();
    return new SetResult(parent, children, new SetRun(set.parent(), set.children()).results());
  }

  private Map<String, RuleResult> check(Plan plan, Optional<ProgressReport> progress, LocalDate asOf) {
    Map<String, RuleResult> results = new LinkedHashMap<>();
    if (plan.ref().kind() != DocumentKind.PLAN && plan.ref().kind() != DocumentKind.ACTION_PROGRAMME) {
      RULE_IDS.forEach(id -> results.put(id, new RuleResult(Outcome.NOT_APPLICABLE, Set.of())));
      return results;
    }
    Run run = new Run(plan, asOf, known(plan));
    results.put("ACC-001", run.acc001());
    results.put("ACC-002", run.acc002());
    results.put("ACC-003", run.acc003());
    results.put("ACC-004", run.acc004());
    results.put("ACC-005", run.acc005());
    results.put("ACC-006", run.acc006());
    results.put("ACC-007", run.acc007());
    results.put("BUD-001", run.bud001());
    results.put("BUD-002", run.bud002());
    results.put("COV-001", run.cov001());
    results.put("COV-002", run.cov002());
    results.put("COV-003", run.cov003());
    results.put("COV-004", run.cov004());
    results.put("DL-001", run.dl001());
    results.put("DL-002", run.dl002());
    results.put("DL-003", run.dl003(progress));
    results.put("DL-004", new RuleResult(Outcome.NOT_APPLICABLE, Set.of()));
    results.put("DL-005", run.dl005());
    results.put("HIE-001", new RuleResult(Outcome.NOT_APPLICABLE, Set.of()));
    results.put("HIE-002", new RuleResult(Outcome.NOT_APPLICABLE, Set.of()));
    results.put("REP-001", run.rep001());
    results.put("REP-002", run.rep002());
    results.put("STR-001", run.str001());
    results.put("STR-002", run.str002());
    results.put("STR-003", run.str003());
    results.put("STR-004", run.str004());
    return results;
  }

  /** What a progress report may name: each task by its code, each reporting duty as {@code reportingDuties[i]}. */
  static Map<String, Deadline> targets(Plan plan) {
    Map<String, Deadline> targets = new LinkedHashMap<>();
    plan.tasks().forEach(t -> targets.put(t.code(), t.deadline()));
    for (int i = 0; i < plan.reportingDuties().size(); i++) {
      targets.put("reportingDuties[" + i + "]", plan.reportingDuties().get(i).deadline());
    }
    return targets;
  }

  private static void requireFor(Plan plan, ProgressReport progress) {
    String named = progress.plan();
    boolean names = named.contains(" @ ") ? Text.key(named).equals(Text.key(setKey(plan))) : sameSymbol(named, plan.ref().symbol());
    if (!names) {
      throw new IllegalArgumentException("the progress report is for " + named + ", not " + setKey(plan));
    }
    Set<String> targets = targets(plan).keySet();
    for (TaskProgress e : progress.entries()) {
      if (!targets.contains(e.task())) {
        throw new IllegalArgumentException("the progress report names " + e.task() + ", which the plan has not");
      }
    }
  }

  /** How a set names a plan, in paths and progress reports: its symbol, and {@code " @ "} its locality when it has one. */
  static String setKey(Plan plan) {
    return plan.ref().symbol() + plan.locality().map(l -> " @ " + l).orElse("");
  }

  /** The catalogue's directives the plan reaches, each once. */
  private List<Directive> known(Plan plan) {
    Set<Directive> found = new LinkedHashSet<>();
    for (String symbol : reached(plan)) {
      for (Directive d : catalogue.all()) {
        if (sameSymbol(d.symbol(), symbol)) {
          found.add(d);
        }
      }
    }
    return List.copyOf(found);
  }

  /** The symbol keys of every document the plan reaches: cited, or implemented by a cited document, to any depth. */
  static Set<String> reached(Plan plan) {
    Set<String> keys = new LinkedHashSet<>();
    List<DocumentRef> todo = new ArrayList<>(plan.implementsRefs());
    todo.addAll(plan.parentRefs());
    while (!todo.isEmpty()) {
      DocumentRef r = todo.remove(todo.size() - 1);
      if (keys.add(symbolKey(r.symbol()))) {
        todo.addAll(r.implementsRefs());
      }
    }
    return keys;
  }

  /** Whether two symbols are the same, as {@link #symbolKey} compares them. */
  static boolean sameSymbol(String a, String b) {
    return a.equals(b) || symbolKey(a).equals(symbolKey(b));
  }

  /** Symbols compare ignoring case, Unicode form and every kind of space ("66-nq/ TW" is 66-NQ/TW). */
  static String symbolKey(String symbol) {
    String nfc = Normalizer.normalize(symbol, Normalizer.Form.NFC);
    StringBuilder key = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      // the spaces of the regex class [\s\u00A0\u2007\u202F], tested by hand: this runs in inner loops
      if (" \t\n\u000B\f\r\u00A0\u2007\u202F".indexOf(c) < 0) {
        key.append(c);
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------------------------------------------
  // What a time frame says (plan-model/TIME-PHRASES.md §3), decided here

  /** Whether a frame states a time for DL-001: YES, NO, or UNKNOWN when it is set in an appendix the plan lacks. */
  enum Stated {
    YES,
    NO,
    UNKNOWN
  }

  static Stated stated(Deadline d) {
    if (d instanceof Deadline.Vague || d instanceof Deadline.Urgent || d instanceof Deadline.Unspecified) {
      return Stated.NO;
    }
    if (d instanceof Deadline.External e && e.source() == Deadline.Source.APPENDIX) {
      return Stated.UNKNOWN;
    }
    if (d instanceof Deadline.Composite c) {
      // one part that states a time is enough; failing that, a part in the missing appendix leaves it open
      List<Stated> parts = c.parts().stream().map(ReferenceChecker::stated).toList();
      return parts.contains(Stated.YES) ? Stated.YES : parts.contains(Stated.UNKNOWN) ? Stated.UNKNOWN : Stated.NO;
    }
    return Stated.YES;
  }

  /** The last compliant day of every dated part: OnDate, ByDate ("trước" = strictly before), WithinMonth, InYear, YearRange. */
  static List<LocalDate> lastDays(Deadline d) {
    List<LocalDate> days = new ArrayList<>();
    if (d instanceof Deadline.OnDate x) {
      days.add(x.date());
    } else if (d instanceof Deadline.ByDate x) {
      days.add(x.exclusive() ? x.date().minusDays(1) : x.date());
    } else if (d instanceof Deadline.WithinMonth x) {
      days.add(x.month().atEndOfMonth());
    } else if (d instanceof Deadline.InYear x) {
      days.add(LocalDate.of(x.year(), 12, 31));
    } else if (d instanceof Deadline.YearRange x) {
      days.add(LocalDate.of(x.to(), 12, 31));
    } else if (d instanceof Deadline.Composite c) {
      c.parts().forEach(p -> days.addAll(lastDays(p)));
    }
    return days;
  }

  /** The first and last day of every dated part, as {@code [first, last]}; first is null for a frame that states only its end ("trước ngày …"). */
  static List<LocalDate[]> spans(Deadline d) {
    List<LocalDate[]> spans = new ArrayList<>();
    if (d instanceof Deadline.OnDate x) {
      spans.add(new LocalDate[] {x.date(), x.date()});
    } else if (d instanceof Deadline.ByDate x) {
      spans.add(new LocalDate[] {null, x.exclusive() ? x.date().minusDays(1) : x.date()});
    } else if (d instanceof Deadline.WithinMonth x) {
      spans.add(new LocalDate[] {x.month().atDay(1), x.month().atEndOfMonth()});
    } else if (d instanceof Deadline.InYear x) {
      spans.add(new LocalDate[] {LocalDate.of(x.year(), 1, 1), LocalDate.of(x.year(), 12, 31)});
    } else if (d instanceof Deadline.YearRange x) {
      spans.add(new LocalDate[] {LocalDate.of(x.from(), 1, 1), LocalDate.of(x.to(), 12, 31)});
    } else if (d instanceof Deadline.Composite c) {
      c.parts().forEach(p -> spans.addAll(spans(p)));
    }
    return spans;
  }

  /** Whether the frame says how often: a recurring frame whose period is known (each event counts). */
  static boolean saysHowOften(Deadline d) {
    if (d instanceof Deadline.Recurring r) {
      return r.period() != Deadline.Period.UNSPECIFIED;
    }
    return d instanceof Deadline.Composite c && c.parts().stream().anyMatch(ReferenceChecker::saysHowOften);
  }

  /** Whether the frame says by when each report is due: a cut-off day, or the quarter or month it falls in. */
  static boolean saysCutoff(Deadline d) {
    if (d instanceof Deadline.Recurring r) {
      return !r.cutoffs().isEmpty() || r.quarter() != null || r.month() != null;
    }
    return d instanceof Deadline.Composite c && c.parts().stream().anyMatch(ReferenceChecker::saysCutoff);
  }

  /** The recurring parts of a frame that fall due on dates of their own: a period of month, quarter, half-year or year. */
  static List<Deadline.Recurring> datedRecurring(Deadline d) {
    List<Deadline.Recurring> parts = new ArrayList<>();
    if (d instanceof Deadline.Recurring r && r.period() != Deadline.Period.UNSPECIFIED && r.period() != Deadline.Period.EVENT) {
      parts.add(r);
    } else if (d instanceof Deadline.Composite c) {
      c.parts().forEach(p -> parts.addAll(datedRecurring(p)));
    }
    return parts;
  }

  /** One period instance of a recurring frame: its name in progress reports and its last compliant day. */
  record Due(String period, LocalDate day) {}

  /** The instances of {@code r} named for {@code year}, in order of their last days. */
  static List<Due> instancesOf(Deadline.Recurring r, int year) {
    List<LocalDate> days = new ArrayList<>();
    if (!r.cutoffs().isEmpty()) {
      for (Deadline.Cutoff c : r.cutoffs()) {
        LocalDate day = c.day().atYear(year);
        days.add(c.exclusive() ? day.minusDays(1) : day);
      }
    } else if (r.quarter() != null) {
      days.add(YearMonth.of(year, r.quarter() * 3).atEndOfMonth());
    } else if (r.month() != null) {
      days.add(YearMonth.of(year, r.month()).atEndOfMonth());
    } else {
      int perYear = switch (r.period()) {
        case MONTH -> 12;
        case QUARTER -> 4;
        case HALF_YEAR -> 2;
        default -> 1;
      };
      for (int k = 1; k <= perYear; k++) {
        days.add(YearMonth.of(year, 12 / perYear * k).atEndOfMonth());
      }
    }
    Collections.sort(days);
    List<Due> dues = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      String name = switch (days.size()) {
        case 1 -> Integer.toString(year);
        case 2 -> year + "-H" + (i + 1);
        case 4 -> year + "-Q" + (i + 1);
        case 12 -> year + "-" + (i < 9 ? "0" : "") + (i + 1);
        default -> year + "#" + (i + 1);
      };
      dues.add(new Due(name, days.get(i)));
    }
    return dues;
  }

  // ---------------------------------------------------------------------------------------------------

  /** One check of one plan. */
  private static final class Run {
    private final Plan plan;
    private final LocalDate asOf;
    private final List<Directive> known;
    private final Map<String, Agency> registry = new LinkedHashMap<>();

    Run(Plan plan, LocalDate asOf, List<Directive> known) {
      this.plan = plan;
      this.asOf = asOf;
      this.known = known;
      plan.agencies().forEach(a -> registry.putIfAbsent(a.id(), a));
    }

    private boolean collective(String id) {
      Agency a = registry.get(id);
      return a != null && a.collective();
    }

    private static String at(Task t, String field) {
      return "tasks[" + t.code() + "]." + field;
    }

    private static RuleResult findings(Set<String> paths) {
      return new RuleResult(paths.isEmpty() ? Outcome.PASSED : Outcome.FAILED, paths);
    }

    private static RuleResult just(Outcome outcome) {
      return new RuleResult(outcome, Set.of());
    }

    private static List<String> distinct(List<String> ids) {
      return ids.stream().distinct().toList();
    }

    /** A task with no lead is accountable through exactly one implementing body that is not a collective. */
    private boolean soleNamedImplementer(Task t) {
      List<String> implementers = distinct(implementers(t));
      return implementers.size() == 1 && !collective(implementers.get(0));
    }

    // --- Accountability

    RuleResult acc001() {
      Set<String> paths = new TreeSet<>();
      boolean unreadLabel = false;
      for (Task t : plan.tasks()) {
        if (leads(t).isEmpty() && !soleNamedImplementer(t)) {
          // a label the role table cannot read may name the lead: such a task cannot be judged
          boolean unread = t.assignments().stream().anyMatch(a -> roleOf(a.label()).isEmpty());
          unreadLabel |= unread;
          if (!unread || plan.missingAppendix().isPresent()) {
            paths.add(at(t, "leads"));
          }
        }
      }
      if (paths.isEmpty() && unreadLabel) {
        return just(Outcome.NOT_EVALUABLE);
      }
      return unlessInMissingAppendix(paths);
    }

    /** The bodies a task names in {@code role}: unlabelled ones, then those under a label the table reads so. */
    private static List<String> inRole(Task t, List<String> unlabelled, Role role) {
      List<String> ids = new ArrayList<>(unlabelled);
      t.assignments().stream().filter(a -> roleOf(a.label()).equals(Optional.of(role))).forEach(a -> ids.addAll(a.agencies()));
      return ids;
    }

    /** The role table, read independently: the first of lead / coordinator / implementer words the label holds; both of the first two is none. */
    private static Optional<Role> roleOf(String label) {
      String words = " " + Normalizer.normalize(label, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("[\\s:]+", " ") + " ";
      boolean lead = words.contains("chủ trì");
      boolean coordinator = words.contains("phối hợp");
      if (lead != coordinator) {
        return Optional.of(lead ? Role.LEAD : Role.COORDINATOR);
      }
      if (lead) {
        return Optional.empty();
      }
      return words.contains("thực hiện") || words.contains("triển khai") ? Optional.of(Role.IMPLEMENTER) : Optional.empty();
    }

    private static List<String> leads(Task t) {
      return inRole(t, t.leads(), Role.LEAD);
    }

    private static List<String> coordinators(Task t) {
      return inRole(t, t.coordinators(), Role.COORDINATOR);
    }

    private static List<String> implementers(Task t) {
      return inRole(t, t.implementers(), Role.IMPLEMENTER);
    }

    /**
     * What a rule about a task's own specifics concludes: FAILED with its paths, except that a plan which
     * leaves those specifics to an appendix it lacks may state them there: NOT_EVALUABLE then.
     */
    private RuleResult unlessInMissingAppendix(Set<String> paths) {
      return plan.missingAppendix().isPresent() && !paths.isEmpty() ? just(Outcome.NOT_EVALUABLE) : findings(paths);
    }

    RuleResult acc002() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        if (distinct(leads(t)).size() > 1) {
          paths.add(at(t, "leads"));
        }
      }
      return findings(paths);
    }

    RuleResult acc003() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        for (String lead : leads(t)) {
          if (collective(lead)) {
            paths.add(at(t, "leads[" + lead + "]"));
          }
        }
      }
      return findings(paths);
    }

    RuleResult acc004() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        for (String lead : leads(t)) {
          if (coordinators(t).contains(lead)) {
            paths.add(at(t, "coordinators[" + lead + "]"));
          }
        }
      }
      return findings(paths);
    }

    RuleResult acc005() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        List<List<String>> named = new ArrayList<>(List.of(t.leads(), t.coordinators(), t.implementers()));
        t.assignments().forEach(a -> named.add(a.agencies()));
        for (List<String> role : named) {
          for (String id : role) {
            if (!registry.containsKey(id)) {
              paths.add(at(t, "agencies[" + id + "]"));
            }
          }
        }
      }
      List<String> planLevel = new ArrayList<>();
      planLevel.add(plan.issuer());
      plan.monitor().ifPresent(planLevel::add);
      plan.childPlanDuty().ifPresent(c -> planLevel.addAll(c.units()));
      for (ReportingDuty r : plan.reportingDuties()) {
        planLevel.addAll(r.from());
        planLevel.add(r.to());
      }
      plan.requests().forEach(r -> planLevel.addAll(r.addressees()));
      for (String id : planLevel) {
        if (!registry.containsKey(id)) {
          paths.add("agencies[" + id + "]");
        }
      }
      return findings(paths);
    }

    RuleResult acc006() {
      return plan.monitor().isPresent() ? just(Outcome.PASSED) : findings(Set.of("monitor"));
    }

    RuleResult acc007() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        if (leads(t).isEmpty() && soleNamedImplementer(t)) {
          paths.add(at(t, "implementers"));
        }
      }
      return findings(paths);
    }

    // --- Budget

    private static BudgetLevel budgetOf(PlanLevel level) {
      return switch (level) {
        case CENTRAL, MINISTRY -> BudgetLevel.NATIONAL;
        case COMMUNE -> BudgetLevel.COMMUNE;
        case PROVINCE, CITY, DEPARTMENT, PUBLIC_UNIT -> BudgetLevel.PROVINCE;
      };
    }

    /** Floors in force on the report date: the plan's own, and its directives' for the budget it spends from. */
    private List<SpendingFloor> bindingFloors() {
      List<SpendingFloor> floors = new ArrayList<>(plan.spendingFloors());
      for (Directive d : known) {
        for (SpendingFloor f : d.spendingFloors()) {
          if (f.budgetLevel() == budgetOf(plan.level())) {
            floors.add(f);
          }
        }
      }
      return floors.stream().filter(f -> !asOf.isBefore(f.effectiveFrom())).toList();
    }

    /** A floor binds a fiscal year when it takes effect on or before the year's last day. */
    private static boolean binds(SpendingFloor f, int fiscalYear) {
      return !f.effectiveFrom().isAfter(LocalDate.of(fiscalYear, 12, 31));
    }

    RuleResult bud001() {
      List<SpendingFloor> floors = bindingFloors();
      if (floors.isEmpty()) {
        return just(Outcome.NOT_APPLICABLE);
      }
      if (plan.budgetYears().isEmpty()) {
        return just(Outcome.NOT_EVALUABLE);
      }
      Set<String> paths = new TreeSet<>();
      for (SpendingFloor f : floors) {
        for (BudgetYear y : plan.budgetYears()) {
          // spend × 1 ≥ total × rate, exactly
          if (binds(f, y.fiscalYear()) && y.lawDraftingSpend().compareTo(y.totalSpend().multiply(f.rate())) < 0) {
            paths.add("budgetYears[" + y.fiscalYear() + "].lawDraftingSpend");
          }
        }
      }
      return findings(paths);
    }

    RuleResult bud002() {
      List<SpendingFloor> rising = bindingFloors().stream().filter(SpendingFloor::rising).toList();
      if (rising.isEmpty()) {
        return just(Outcome.NOT_APPLICABLE);
      }
      if (plan.budgetYears().size() < 2) {
        return just(Outcome.NOT_EVALUABLE);
      }
      Map<Integer, BudgetYear> byYear = new LinkedHashMap<>();
      plan.budgetYears().forEach(y -> byYear.put(y.fiscalYear(), y));
      Set<String> paths = new TreeSet<>();
      for (SpendingFloor f : rising) {
        for (BudgetYear y : plan.budgetYears()) {
          BudgetYear previous = byYear.get(y.fiscalYear() - 1);
          if (previous != null && binds(f, y.fiscalYear()) && !rises(previous, y)) {
            paths.add("budgetYears[" + y.fiscalYear() + "].lawDraftingSpend");
          }
        }
      }
      return findings(paths);
    }

    /** Whether the share law/total of {@code next} exceeds that of {@code previous}; a year with no total has share 0. */
    private static boolean rises(BudgetYear previous, BudgetYear next) {
      boolean previousZero = previous.totalSpend().signum() == 0;
      boolean nextZero = next.totalSpend().signum() == 0;
      if (nextZero) {
        return false; // share 0 is never above a share ≥ 0
      }
      if (previousZero) {
        return next.lawDraftingSpend().signum() > 0;
      }
      // a/b > c/d with b, d > 0  ⇔  a·d > c·b
      BigDecimal left = next.lawDraftingSpend().multiply(previous.totalSpend());
      BigDecimal right = previous.lawDraftingSpend().multiply(next.totalSpend());
      return left.compareTo(right) > 0;
    }

    // --- Coverage

    private static boolean serves(Task t, Directive d, int group) {
      return t.group().filter(g -> g.number() == group && sameSymbol(g.directive(), d.symbol())).isPresent();
    }

    private static boolean isLocality(PlanLevel level) {
      return level == PlanLevel.PROVINCE || level == PlanLevel.CITY || level == PlanLevel.COMMUNE;
    }

    private boolean partial() {
      return plan.scope().filter(s -> s.kind() == Scope.Kind.PARTIAL).isPresent();
    }

    RuleResult cov001() {
      if (partial() || !isLocality(plan.level())) {
        return just(Outcome.NOT_APPLICABLE);
      }
      if (known.isEmpty()) {
        return just(Outcome.NOT_EVALUABLE);
      }
      Set<String> paths = new TreeSet<>();
      boolean undecided = false;
      for (Directive d : known) {
        undecided |= d.groups().isEmpty();
        for (TaskGroupDefinition g : d.groups()) {
          if (plan.tasks().stream().noneMatch(t -> serves(t, d, g.number()))) {
            if (plan.scope().isPresent()) {
              paths.add("groups[" + d.symbol() + "#" + g.number() + "]");
            } else {
              undecided = true;
            }
          } else if (plan.tasks().stream().noneMatch(t -> serves(t, d, g.number()) && t.groupSuggestedBy().isEmpty())) {
            undecided = true; // served only by tasks whose group a reader suggested
          }
        }
      }
      return paths.isEmpty() && undecided ? just(Outcome.NOT_EVALUABLE) : findings(paths);
    }

    RuleResult cov002() {
      if (known.isEmpty()) {
        return just(Outcome.NOT_EVALUABLE);
      }
      boolean anyGroups = known.stream().anyMatch(d -> !d.groups().isEmpty());
      boolean undecided = !anyGroups;
      Set<String> paths = new TreeSet<>();
      Set<String> reached = reached(plan);
      for (Task t : plan.tasks()) {
        if (t.group().isEmpty()) {
          if (anyGroups) {
            paths.add(at(t, "group"));
          }
          continue;
        }
        GroupRef g = t.group().get();
        Optional<Directive> d = known.stream().filter(k -> sameSymbol(k.symbol(), g.directive())).findFirst();
        if (d.isPresent()) {
          if (d.get().groups().isEmpty()) {
            undecided = true;
          } else if (d.get().group(g.number()).isEmpty()) {
            paths.add(at(t, "group"));
          }
        } else if (reached.contains(symbolKey(g.directive()))) {
          undecided = true; // a group of a directive the plan implements but the validator does not know
        } else {
          paths.add(at(t, "group"));
        }
      }
      return paths.isEmpty() && undecided ? just(Outcome.NOT_EVALUABLE) : findings(paths);
    }

    RuleResult cov003() {
      if (!partial()) {
        return just(Outcome.NOT_APPLICABLE);
      }
      Set<String> paths = new TreeSet<>();
      List<GroupRef> declared = plan.scope().get().groups();
      if (declared.isEmpty()) {
        paths.add("scope.groups");
      }
      if (plan.scope().get().reason().filter(r -> !r.isBlank()).isEmpty()) {
        paths.add("scope.reason");
      }
      if (!declared.isEmpty()) {
        for (Task t : plan.tasks()) {
          if (t.group().isPresent() && declared.stream().noneMatch(d -> sameGroup(d, t.group().get()))) {
            paths.add(at(t, "group"));
          }
        }
      }
      return findings(paths);
    }

    private static boolean sameGroup(GroupRef a, GroupRef b) {
      return a.number() == b.number() && sameSymbol(a.directive(), b.directive());
    }

    RuleResult cov004() {
      if (known.isEmpty()) {
        return just(Outcome.NOT_EVALUABLE);
      }
      Set<String> paths = new TreeSet<>();
      for (Directive d : known) {
        for (TaskGroupDefinition g : d.groups()) {
          if (plan.tasks().stream().filter(t -> serves(t, d, g.number())).count() == 1) {
            paths.add("groups[" + d.symbol() + "#" + g.number() + "]");
          }
        }
      }
      return findings(paths);
    }

    // --- Deadlines

    RuleResult dl001() {
      Set<String> paths = new TreeSet<>();
      boolean unknown = false;
      for (Task t : plan.tasks()) {
        Stated s = stated(t.deadline());
        if (s == Stated.NO) {
          paths.add(at(t, "deadline"));
        }
        unknown |= s == Stated.UNKNOWN;
      }
      if (paths.isEmpty() && unknown) {
        return just(Outcome.NOT_EVALUABLE);
      }
      return findings(paths);
    }

    RuleResult dl005() {
      Optional<LocalDate> issued = plan.ref().issuedOn();
      if (issued.isEmpty() && plan.period().isEmpty()) {
        return just(Outcome.NOT_APPLICABLE);
      }
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        for (LocalDate[] span : spans(t.deadline())) {
          boolean beforeIssue = issued.filter(span[1]::isBefore).isPresent();
          boolean beforePeriod = plan.period().filter(p -> span[1].isBefore(p.start())).isPresent();
          LocalDate first = span[0] == null ? span[1] : span[0];
          boolean afterPeriod = plan.period().flatMap(p -> p.end()).filter(first::isAfter).isPresent();
          if (beforeIssue || beforePeriod || afterPeriod) {
            paths.add(at(t, "deadline"));
          }
        }
      }
      return findings(paths);
    }

    RuleResult dl002() {
      if (known.isEmpty()) {
        return just(Outcome.NOT_EVALUABLE);
      }
      List<Integer> horizons = known.stream().flatMap(d -> d.horizon().stream()).map(h -> h.targetYear()).toList();
      if (horizons.isEmpty()) {
        return just(Outcome.NOT_APPLICABLE);
      }
      int horizon = Collections.min(horizons);
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        if (lastDays(t.deadline()).stream().anyMatch(day -> day.getYear() > horizon)) {
          paths.add(at(t, "deadline"));
        }
      }
      return findings(paths);
    }

    /** Whether {@code progress}, as seen on the validation date, records {@code target} (for {@code period}) as done. */
    private boolean done(ProgressReport progress, String target, String period) {
      return progress.entries().stream().anyMatch(e -> e.task().equals(target) && e.period().orElse("").equals(period)
          && e.status() == ProgressStatus.DONE && e.date().filter(d -> !d.isAfter(asOf)).isPresent());
    }

    RuleResult dl003(Optional<ProgressReport> attached) {
      if (attached.isEmpty()) {
        return just(Outcome.NOT_APPLICABLE);
      }
      ProgressReport progress = attached.get();
      // R: the report speaks for its own date, and nothing after the validation date is known
      LocalDate r = progress.asOf().isAfter(asOf) ? asOf : progress.asOf();
      Set<String> overdue = new TreeSet<>();
      boolean undecided = false;
      for (Map.Entry<String, Deadline> target : targets(plan).entrySet()) {
        String name = target.getKey();
        String path = (name.startsWith("reportingDuties[") ? name : "tasks[" + name + "]") + ".deadline";
        for (LocalDate last : lastDays(target.getValue())) {
          if (last.isBefore(asOf) && !done(progress, name, "")) {
            if (last.isBefore(r)) {
              overdue.add(path);
            } else {
              undecided = true;
            }
          }
        }
        List<Deadline.Recurring> recurring = datedRecurring(target.getValue());
        if (recurring.isEmpty()) {
          continue;
        }
        if (plan.ref().issuedOn().isEmpty()) {
          undecided = true; // the first instance is the first due on or after the issue date: unknown
          continue;
        }
        LocalDate issued = plan.ref().issuedOn().get();
        Map<String, LocalDate> byPeriod = new HashMap<>(); // parts sharing an instance name: the earliest due
        for (Deadline.Recurring part : recurring) {
          for (int year = issued.getYear() - 1; year <= asOf.getYear() + 1; year++) {
            for (Due due : instancesOf(part, year)) {
              if (!due.day().isBefore(issued) && due.day().isBefore(asOf)) {
                byPeriod.merge(due.period(), due.day(), (a, b) -> b.isBefore(a) ? b : a);
              }
            }
          }
        }
        // the latest PlanValidator.LISTED_INSTANCES instances one by one; the missed ones before them as one run
        List<Due> instances = byPeriod.entrySet().stream().map(e -> new Due(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(Due::day).thenComparing(Due::period)).toList();
        int earlier = Math.max(0, instances.size() - PlanValidator.LISTED_INSTANCES);
        List<String> run = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
          Due due = instances.get(i);
          if (done(progress, name, due.period())) {
            continue;
          }
          if (!due.day().isBefore(r)) {
            undecided = true;
          } else if (i < earlier) {
            run.add(due.period());
          } else {
            overdue.add(path + "[" + due.period() + "]");
          }
        }
        if (!run.isEmpty()) {
          overdue.add(path + "[" + run.get(0) + (run.size() > 1 ? "…" + run.get(run.size() - 1) : "") + "]");
        }
      }
      if (overdue.isEmpty() && undecided) {
        return just(Outcome.NOT_EVALUABLE);
      }
      return findings(overdue);
    }

    // --- Reporting

    RuleResult rep001() {
      if (plan.reportingDuties().isEmpty()) {
        return findings(Set.of("reportingDuties"));
      }
      Set<String> paths = new TreeSet<>();
      for (int i = 0; i < plan.reportingDuties().size(); i++) {
        Deadline d = plan.reportingDuties().get(i).deadline();
        if (!saysHowOften(d) || !saysCutoff(d)) {
          paths.add("reportingDuties[" + i + "].deadline");
        }
      }
      return findings(paths);
    }

    RuleResult rep002() {
      if (plan.level() != PlanLevel.PROVINCE && plan.level() != PlanLevel.CITY) {
        return just(Outcome.NOT_APPLICABLE);
      }
      if (plan.childPlanDuty().isEmpty()) {
        return findings(Set.of("childPlanDuty"));
      }
      return lastDays(plan.childPlanDuty().get().deadline()).isEmpty() ? findings(Set.of("childPlanDuty.deadline")) : just(Outcome.PASSED);
    }

    // --- Structure

    RuleResult str001() {
      return known.isEmpty() ? findings(Set.of("implementsRefs")) : just(Outcome.PASSED);
    }

    RuleResult str003() {
      if (!plan.tasks().isEmpty()) {
        return just(Outcome.PASSED);
      }
      return plan.missingAppendix().isPresent() ? just(Outcome.NOT_EVALUABLE) : findings(Set.of("tasks"));
    }

    RuleResult str004() {
      Set<String> paths = new TreeSet<>();
      if (!plan.targets().isEmpty()) {
        paths.add("targets");
      }
      if (!plan.requests().isEmpty()) {
        paths.add("requests");
      }
      return findings(paths);
    }

    RuleResult str002() {
      Set<String> paths = new TreeSet<>();
      for (Task t : plan.tasks()) {
        if (t.output().filter(o -> !o.isBlank()).isEmpty()) {
          paths.add(at(t, "output"));
        }
      }
      return unlessInMissingAppendix(paths);
    }
  }

  // ---------------------------------------------------------------------------------------------------

  /** The cross-plan rules over one parent and its children. */
  private static final class SetRun {
    private final Plan parent;
    private final List<Plan> children;

    SetRun(Plan parent, List<Plan> children) {
      this.parent = parent;
      this.children = children;
    }

    Map<String, RuleResult> results() {
      Map<String, RuleResult> results = new LinkedHashMap<>();
      results.put("DL-004", dl004());
      results.put("HIE-001", hie001());
      results.put("HIE-002", hie002());
      return results;
    }

    private static Optional<Agency> agency(Plan plan, String id) {
      return plan.agencies().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The level of the plans a collective designation of this kind stands for, below a province or city; none for other kinds. */
    private static Optional<PlanLevel> levelOf(dev.plancompliance.model.AgencyKind kind) {
      return switch (kind) {
        case PEOPLES_COMMITTEE -> Optional.of(PlanLevel.COMMUNE);
        case DEPARTMENT, OFFICE, INSPECTORATE -> Optional.of(PlanLevel.DEPARTMENT);
        case PUBLIC_UNIT -> Optional.of(PlanLevel.PUBLIC_UNIT);
        default -> Optional.empty();
      };
    }

    /** Whether the parent's unit {@code unitId} is the one {@code child}'s plan answers for. */
    private boolean answersFor(Plan child, String unitId) {
      Optional<Agency> unit = agency(parent, unitId);
      if (unit.isEmpty()) {
        return false; // a unit the parent's registry lacks is no one the set can show
      }
      Optional<Agency> issuer = agency(child, child.issuer());
      if (!unit.get().collective()) {
        return issuer.filter(i -> Text.key(i.nameVi()).equals(Text.key(unit.get().nameVi()))).isPresent();
      }
      Optional<PlanLevel> level = levelOf(unit.get().kind());
      if (level.isEmpty() || level.get() != child.level()) {
        return false;
      }
      return issuer.isEmpty() || levelOf(issuer.get().kind()).equals(level);
    }

    private boolean citesParent(Plan child) {
      String parentKey = symbolKey(parent.ref().symbol());
      return java.util.stream.Stream.concat(child.parentRefs().stream(), child.implementsRefs().stream())
          .anyMatch(r -> symbolKey(r.symbol()).equals(parentKey));
    }

    private static String groupKey(GroupRef g) {
      return symbolKey(g.directive()) + "#" + g.number();
    }

    RuleResult hie001() {
      if (children.isEmpty()) {
        return new RuleResult(Outcome.NOT_APPLICABLE, Set.of()); // applies to "a PlanSet with parent and children"
      }
      Set<String> paths = new TreeSet<>();
      for (Plan child : children) {
        String at = "children[" + setKey(child) + "].";
        if (!citesParent(child)) {
          paths.add(at + "parentRefs");
        }
        // the groups of the parent's tasks that name (in any role) a unit the child answers for, each once
        Map<String, GroupRef> assigned = new LinkedHashMap<>();
        for (Task t : parent.tasks()) {
          Set<String> named = new LinkedHashSet<>(t.leads());
          named.addAll(t.coordinators());
          named.addAll(t.implementers());
          t.assignments().forEach(a -> named.addAll(a.agencies()));
          if (t.group().isPresent() && named.stream().anyMatch(u -> answersFor(child, u))) {
            assigned.putIfAbsent(groupKey(t.group().get()), t.group().get());
          }
        }
        assigned.forEach((key, g) -> {
          if (child.tasks().stream().noneMatch(t -> t.group().filter(c -> groupKey(c).equals(key)).isPresent())) {
            paths.add(at + "groups[" + g.directive() + "#" + g.number() + "]");
          }
        });
      }
      return findings(paths);
    }

    RuleResult hie002() {
      if (parent.childPlanDuty().isEmpty()) {
        return new RuleResult(Outcome.NOT_APPLICABLE, Set.of());
      }
      Set<String> paths = new TreeSet<>();
      for (String unit : parent.childPlanDuty().get().units()) {
        if (children.stream().noneMatch(c -> answersFor(c, unit))) {
          paths.add("parent.childPlanDuty.units[" + unit + "]");
        }
      }
      return findings(paths);
    }

    RuleResult dl004() {
      Optional<LocalDate> due = parent.childPlanDuty().flatMap(d -> lastDays(d.deadline()).stream().max(LocalDate::compareTo));
      if (due.isEmpty()) {
        return new RuleResult(Outcome.NOT_APPLICABLE, Set.of());
      }
      List<String> units = parent.childPlanDuty().get().units();
      Set<String> paths = new TreeSet<>();
      boolean undated = false;
      for (Plan child : children) {
        if (units.stream().noneMatch(u -> answersFor(child, u))) {
          continue; // not ordered to plan by this parent
        }
        Optional<LocalDate> issued = child.ref().issuedOn();
        if (issued.isEmpty()) {
          undated = true;
        } else if (issued.get().isAfter(due.get())) {
          paths.add("children[" + setKey(child) + "].ref.issuedOn");
        }
      }
      return paths.isEmpty() && undated ? new RuleResult(Outcome.NOT_EVALUABLE, Set.of()) : findings(paths);
    }

    private static RuleResult findings(Set<String> paths) {
      return new RuleResult(paths.isEmpty() ? Outcome.PASSED : Outcome.FAILED, paths);
    }
  }
}
