package dev.plancompliance.rules;

import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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

  /** Validates {@code plan} as of {@code asOf}. */
  public ValidationReport validate(Plan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    RuleContext ctx = new RuleContext(plan, asOf);
    List<Directive> implemented = directives().implementedBy(plan);
    engine.run(plan, implemented, ctx);
    return assembler.assemble(plan, asOf, ctx);
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

  /** The rules of this validator, by id. */
  public List<RuleInfo> rules() {
    return assembler.rules();
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
      return new PlanValidator(new Engine(sets, firingLimit), directives, clock, new ReportAssembler(sets, messages));
    }
  }
}
