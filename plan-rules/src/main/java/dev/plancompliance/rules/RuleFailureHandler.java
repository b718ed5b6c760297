package dev.plancompliance.rules;

import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * Not API: Drools instantiates this by reflection. Records a rule whose consequence throws in the
 * validation's {@link RuleContext}, so the report names it and is marked incomplete, and lets the other
 * rules go on firing.
 */
public final class RuleFailureHandler implements ConsequenceExceptionHandler {
  public RuleFailureHandler() {}

  @Override
  public void handleException(Match match, RuleRuntime runtime, Exception exception) {
    Object ctx = runtime instanceof KieRuntime k ? k.getGlobal(Engine.CONTEXT_GLOBAL) : null;
    if (!(ctx instanceof RuleContext context)) {
      throw new IllegalStateException("rule \"" + match.getRule().getName() + "\" failed", exception);
    }
    context.ruleFailed(match.getRule(), exception);
  }
}
