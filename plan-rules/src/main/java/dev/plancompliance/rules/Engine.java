package dev.plancompliance.rules;

import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Plan;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the rule sets over one plan: one short-lived session per rule set, facts in, rules fired, session gone. */
final class Engine {
  static final String CONTEXT_GLOBAL = "ctx";
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
  private static final Pattern FAILED_RULE = Pattern.compile("\\[Rule \"([^\"]+)\"");

  private final List<CompiledRuleSet> ruleSets;
  private final long firingLimit;

  Engine(List<CompiledRuleSet> ruleSets, long firingLimit) {
    this.ruleSets = List.copyOf(ruleSets);
    this.firingLimit = firingLimit;
  }

  List<CompiledRuleSet> ruleSets() {
    return ruleSets;
  }

  /** Runs every rule set over one plan: the plan, its tasks, the directives it implements, and any {@code more} facts. */
  void run(Plan plan, List<Directive> directives, List<?> more, RuleContext ctx) {
    List<Object> facts = new java.util.ArrayList<>();
    facts.add(plan);
    facts.addAll(plan.tasks());
    facts.addAll(directives);
    facts.addAll(more);
    run(facts, plan.ref().symbol(), ctx);
  }

  /** Runs every rule set over {@code facts}; {@code subject} names them in logs. */
  void run(List<?> facts, String subject, RuleContext ctx) {
    for (CompiledRuleSet set : ruleSets) {
      KieSession session = set.sessions().newKieSession();
      FiringListener listener = new FiringListener(set, ctx);
      try {
        if (set.declaresContext()) {
          session.setGlobal(CONTEXT_GLOBAL, ctx);
        }
        session.addEventListener(listener);
        for (Object fact : facts) {
          session.insert(fact);
        }
        int fired = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, firingLimit));
        if (fired >= firingLimit) {
          ctx.ruleFailed(listener.lastRule, set.ids().getOrDefault(listener.lastRule, listener.lastRule),
              "firing limit of " + firingLimit + " reached; the rule may fire without end");
        }
      } catch (RuntimeException | AssertionError | StackOverflowError | LinkageError e) {
        // A condition that throws stops its whole session, and so does an Error thrown by a consequence (the
        // consequence handler sees exceptions only): name the rule when Drools' message does, else the rule
        // that was firing, and let the report say that the set's other rules were not evaluated to the end.
        // Other Errors (out of memory) are the JVM's, not a rule's, and pass.
        LOG.debug("rule set {} failed on plan {}", set.name(), subject, e);
        Matcher named = FAILED_RULE.matcher(String.valueOf(e.getMessage()));
        String rule = named.find() ? named.group(1) : !(e instanceof RuntimeException) && !listener.lastRule.isEmpty() ? listener.lastRule : set.name();
        ctx.ruleFailed(rule, set.ids().getOrDefault(rule, rule), describe(e));
        ctx.ruleSetStopped(set.rules().stream().map(RuleInfo::id).toList(), rule);
      } finally {
        session.removeEventListener(listener);
        session.dispose();
      }
    }
  }

  /** The failure and its root cause, which is what a rule author needs to see. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    return root == e ? text : text + " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
  }

  /** Tells the context which rule fires, so that its calls are attributed to that rule's id. */
  private static final class FiringListener extends DefaultAgendaEventListener {
    private final CompiledRuleSet set;
    private final RuleContext ctx;
    String lastRule = "";

    FiringListener(CompiledRuleSet set, RuleContext ctx) {
      this.set = set;
      this.ctx = ctx;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
      lastRule = event.getMatch().getRule().getName();
      ctx.enter(set.metas().getOrDefault(lastRule, new RuleContext.RuleMeta(lastRule, null)));
      if (LOG.isTraceEnabled()) {
        LOG.trace("fire {} on {}", lastRule, event.getMatch().getObjects());
      }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
      ctx.enter(null);
    }
  }
}
