package dev.plancompliance.rules;

import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.TaskProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks plans against the rules: the one entry point of plan-rules. Built once (it owns the compiled
 * rule bases), immutable and safe to share between threads; each call validates in its own session.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.builder().withStandardRules().build();
 * ValidationReport report = validator.validate(plan, LocalDate.of(2025, 12, 31));
 * }</pre>
 *
 * <p>Business-rule violations are findings in the report, never exceptions.
 */
public final class PlanValidator {
  /** Default bound on rule firings per rule set and plan, beyond which a rule is taken to loop. */
  public static final long DEFAULT_FIRING_LIMIT = 1_000_000;

  /**
   * Period instances of one task or reporting duty that DL-003 lists one by one: the latest ones. Earlier
   * instances without a completion are one finding for the whole run ({@code tasks[3].deadline[2001-01…2023-11]}),
   * so a duty missed monthly for decades does not bury the report.
   */
  public static final int LISTED_INSTANCES = 24;

  private final Engine engine;
  private final Directives chosenDirectives;
  private final Clock clock;
  private final ReportAssembler assembler;

  private PlanValidator(Engine engine, Directives directives, Clock clock, ReportAssembler assembler) {
    this.engine = engine;
    this.chosenDirectives = directives;
    this.clock = clock;
    this.assembler = assembler;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Validates {@code plan} as of {@code asOf}. Overdue tasks (DL-003) need a progress report: NOT_APPLICABLE here. */
  public ValidationReport validate(Plan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    return run(plan, Optional.empty(), asOf);
  }

  /**
   * Validates {@code plan} as of {@code asOf} with what {@code progress} records of its implementation, so
   * that DL-003 can tell overdue tasks: a dated task, or a period instance of a recurring one, whose window
   * closed before {@code asOf} with no completion recorded on or before it. The progress report must be the
   * plan's (same symbol) and name only its tasks and reporting duties ({@link Plan#progressTargets()});
   * otherwise {@link IllegalArgumentException}.
   */
  public ValidationReport validate(Plan plan, ProgressReport progress, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(asOf, "asOf");
    checkProgress(plan, progress);
    return run(plan, Optional.of(progress), asOf);
  }

  /**
   * Validates a parent plan and the plans that implement it as of {@code asOf}: each plan on its own, and
   * the cross-plan rules (HIE-001, HIE-002, DL-004) over the set.
   */
  public SetReport validate(PlanSet set, LocalDate asOf) {
    return validate(set, List.of(), asOf);
  }

  /**
   * As {@link #validate(PlanSet, LocalDate)}, each plan with the progress report of its symbol among
   * {@code progress}. A progress report whose symbol names no plan of the set, or several, or a plan that
   * has two reports, is an {@link IllegalArgumentException}.
   */
  public SetReport validate(PlanSet set, Collection<ProgressReport> progress, LocalDate asOf) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(asOf, "asOf");
    List<Plan> plans = new ArrayList<>();
    plans.add(set.parent());
    plans.addAll(set.children());
    java.util.Map<Plan, ProgressReport> byPlan = new java.util.IdentityHashMap<>();
    for (ProgressReport p : progress) {
      List<Plan> matching = plans.stream().filter(p::isFor).toList();
      if (matching.size() != 1) {
        throw new IllegalArgumentException("progress report for " + p.plan() + " matches " + matching.size()
            + " plans of the set; it must match exactly one; name the plan as symbol @ locality (plans: " + plans.stream().map(PlanSet::key).toList() + ")");
      }
      if (byPlan.put(matching.get(0), p) != null) {
        throw new IllegalArgumentException("two progress reports for plan " + PlanSet.key(matching.get(0)));
      }
      checkProgress(matching.get(0), p);
    }
    ValidationReport parent = run(set.parent(), Optional.ofNullable(byPlan.get(set.parent())), asOf);
    List<ValidationReport> children = set.children().stream().map(c -> run(c, Optional.ofNullable(byPlan.get(c)), asOf)).toList();
    RuleContext ctx = new RuleContext(set.parent(), asOf, directives());
    engine.run(List.of(set), "set of " + PlanSet.key(set.parent()), ctx);
    return new SetReport(parent, children, assembler.assembleCrossPlan(set.parent(), asOf, ctx));
  }

  private ValidationReport run(Plan plan, Optional<ProgressReport> progress, LocalDate asOf) {
    if (!plan.ref().kind().isImplementingPlan()) {
      return assembler.notAPlan(plan, asOf);
    }
    RuleContext ctx = new RuleContext(plan, asOf, directives());
    List<Directive> implemented = directives().implementedBy(plan);
    List<Object> more = new ArrayList<>();
    progress.ifPresent(p -> {
      ProgressReport seen = p.seenOn(asOf);
      more.add(seen);
      more.addAll(ClosedOccurrences.of(plan, seen, asOf));
    });
    engine.run(plan, implemented, more, ctx);
    return assembler.assemble(plan, asOf, ctx);
  }

  private static void checkProgress(Plan plan, ProgressReport progress) {
    if (!progress.isFor(plan)) {
      throw new IllegalArgumentException("the progress report is for plan " + progress.plan() + ", not " + plan.ref().symbol());
    }
    Set<String> targets = new HashSet<>(plan.progressTargets()); // looked up once per entry
    List<String> unknown = progress.entries().stream().map(TaskProgress::task).filter(t -> !targets.contains(t)).distinct().toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("the progress report for " + plan.ref().symbol() + " names " + unknown
          + ", which the plan has not; it may name task codes and reportingDuties[0.." + (plan.reportingDuties().size() - 1) + "]");
    }
  }

  /** Validates {@code plan} as of today (by the builder's clock). */
  public ValidationReport validate(Plan plan) {
    return validate(plan, LocalDate.now(clock));
  }

  /** Validates every plan as of {@code asOf}, in order, reusing the compiled rules. */
  public List<ValidationReport> validateAll(Collection<Plan> plans, LocalDate asOf) {
    Objects.requireNonNull(plans, "plans");
    List<ValidationReport> reports = new ArrayList<>(plans.size());
    for (Plan plan : plans) {
      reports.add(validate(plan, asOf));
    }
    return reports;
  }

  /** Validates plans lazily, as the returned stream is consumed: a batch need not be held in memory. */
  public Stream<ValidationReport> validateAll(Stream<Plan> plans, LocalDate asOf) {
    Objects.requireNonNull(plans, "plans");
    Objects.requireNonNull(asOf, "asOf");
    return plans.map(p -> validate(p, asOf));
  }

  /** The version of this library (and of its standard rules), as its build wrote it. */
  public static String libraryVersion() {
    return RuleSets.standardVersion();
  }

  /** The rules of this validator, by id. */
  public List<RuleInfo> rules() {
    return assembler.rules();
  }

  /** The ids of the rules that look across plans ({@code @scope("set")}): they run only in {@link #validate(PlanSet, LocalDate)}. */
  public Set<String> crossPlanRules() {
    return assembler.crossPlan();
  }

  /** The rule sets this validator runs, with their versions and SHA-256. */
  public List<RuleSetDigest> manifest() {
    return assembler.manifest();
  }

  /** The directives plans are checked against: those given to the builder, else the bundled catalogue. */
  public Directives directives() {
    // the bundled catalogue is read on first use, not at build(): a cold start need not pay for it twice
    return chosenDirectives != null ? chosenDirectives : Directives.standard();
  }

  /**
   * The same rules, checking plans against {@code directives} instead: nothing is compiled again, so a host
   * can keep one validator and vary the catalogue (a province's own directive beside the standard ones).
   */
  public PlanValidator withDirectives(Directives directives) {
    return new PlanValidator(engine, Objects.requireNonNull(directives, "directives"), clock, assembler);
  }

  /** Builds a {@link PlanValidator}; each setter checks its argument at once. */
  public static final class Builder {
    private boolean standard;
    private final List<Path> ruleDirs = new ArrayList<>();
    private Directives directives; // the bundled catalogue unless set; read on first use
    private Clock clock = Clock.systemDefaultZone();
    private long firingLimit = DEFAULT_FIRING_LIMIT;

    private Builder() {}

    /** Adds the bundled rule catalogue (RULES.md), precompiled at build time. */
    public Builder withStandardRules() {
      if (standard) {
        throw new IllegalStateException("the standard rules were already added");
      }
      standard = true;
      return this;
    }

    /**
     * Adds every {@code .drl} under {@code dir}, compiled at {@link #build()}, with the rule titles and messages
     * of {@code messages_vi.properties} and {@code messages_en.properties} in {@code dir}. DRL is code (it can
     * call any Java): load it only from trusted places.
     */
    public Builder addRules(Path dir) {
      Objects.requireNonNull(dir, "dir");
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("rules folder " + dir + " does not exist or is not a folder");
      }
      if (ruleDirs.contains(dir)) {
        throw new IllegalStateException("rules folder " + dir + " was already added");
      }
      ruleDirs.add(dir);
      return this;
    }

    /** The directives plans may implement; the bundled catalogue by default. */
    public Builder directives(Directives directives) {
      this.directives = Objects.requireNonNull(directives, "directives");
      return this;
    }

    /** The clock that decides "today" for {@link PlanValidator#validate(Plan)}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Bound on rule firings per rule set and plan; a rule that reaches it is reported as looping. */
    public Builder firingLimit(long limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("firing limit must be positive, was " + limit);
      }
      this.firingLimit = limit;
      return this;
    }

    /**
     * Compiles the rules. Throws {@link RuleSetException} listing every compile error or metadata problem,
     * and {@link IllegalStateException} when no rules were added.
     */
    public PlanValidator build() {
      if (!standard && ruleDirs.isEmpty()) {
        throw new IllegalStateException("no rules: call withStandardRules() and/or addRules(dir) before build()");
      }
      MessageCatalogue messages = MessageCatalogue.standard();
      for (Path dir : ruleDirs) {
        messages = messages.with(MessageCatalogue.loadOptional(dir.resolve("messages_vi.properties")),
            MessageCatalogue.loadOptional(dir.resolve("messages_en.properties")));
      }
      List<CompiledRuleSet> sets = new ArrayList<>();
      if (standard) {
        sets.add(RuleSets.standard(messages));
      }
      for (Path dir : ruleDirs) {
        sets.add(RuleSets.compile(dir, messages));
      }
      Set<String> seen = new HashSet<>();
      List<String> clashes = new ArrayList<>();
      for (CompiledRuleSet set : sets) {
        for (RuleInfo rule : set.rules()) {
          if (!seen.add(rule.id())) {
            clashes.add(set.name() + "/" + rule.ruleSet() + ": rule id " + rule.id() + " is already defined by another rule set");
          }
        }
      }
      if (!clashes.isEmpty()) {
        throw new RuleSetException("rule ids clash", clashes);
      }
      List<String> problems = new ArrayList<>();
      Set<String> crossPlan = RuleScopes.crossPlan(sets, problems);
      if (!problems.isEmpty()) {
        throw new RuleSetException("rules break the metadata contract", problems);
      }
      return new PlanValidator(new Engine(sets, firingLimit), directives, clock, new ReportAssembler(sets, messages, crossPlan));
    }
  }
}
