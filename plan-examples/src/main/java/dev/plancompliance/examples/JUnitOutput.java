package dev.plancompliance.examples;

import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.RuleError;
import dev.plancompliance.rules.RuleInfo;
import dev.plancompliance.rules.RuleOutcome;
import dev.plancompliance.rules.ValidationReport;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Reports as JUnit XML, for CI servers: {@code <testsuites>} with one {@code <testsuite>} per report (a
 * set gives its parent, each child and its cross-plan report) and one {@code <testcase>} per rule outcome:
 * PASSED passes, FAILED is a {@code <failure>} listing the findings, NOT_APPLICABLE and NOT_EVALUABLE are
 * {@code <skipped>} with the reason, a rule that failed at run time is an {@code <error>}. A suite's
 * properties name the plan, its document, the as-of date, its verdict (with the rules of ERROR severity that
 * could not decide, when it is INCONCLUSIVE) and the rule sets; a failure's text gives each finding's legal
 * basis and its kind (NORM or PRACTICE). Each suite is
 * what Maven Surefire writes for a test class (its report schema), the whole what Jenkins' xUnit reads.
 */
final class JUnitOutput {
  private JUnitOutput() {}

  static String write(List<RuleInfo> rules, List<CheckedPlan> checked) {
    Map<String, RuleInfo> byId = rules.stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("testsuites");
      w.writeAttribute("name", "plan-check");
      w.writeAttribute("tests", String.valueOf(checked.stream().mapToLong(c -> c.report().outcomes().size()).sum()));
      w.writeAttribute("failures", String.valueOf(checked.stream().mapToLong(c -> failures(c.report())).sum()));
      w.writeAttribute("errors", String.valueOf(checked.stream().mapToLong(c -> c.report().errors().size()).sum()));
      w.writeAttribute("time", "0");
      for (CheckedPlan c : checked) {
        suite(w, c, byId);
      }
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    return out + "\n";
  }

  private static void suite(XMLStreamWriter w, CheckedPlan c, Map<String, RuleInfo> byId) throws XMLStreamException {
    ValidationReport r = c.report();
    String name = (c.crossPlan() ? "cross-plan " : "") + c.document() + " " + r.plan().symbol();
    Map<String, RuleError> errors = r.errors().stream().collect(Collectors.toMap(RuleError::ruleId, Function.identity(), (a, b) -> a));
    w.writeCharacters("\n  ");
    w.writeStartElement("testsuite");
    w.writeAttribute("name", name);
    w.writeAttribute("tests", String.valueOf(r.outcomes().size()));
    w.writeAttribute("failures", String.valueOf(failures(r)));
    w.writeAttribute("errors", String.valueOf(r.outcomes().stream().filter(o -> errors.containsKey(o.ruleId())).count()));
    w.writeAttribute("skipped", String.valueOf(r.outcomes().stream()
        .filter(o -> !errors.containsKey(o.ruleId()) && (o.outcome() == Outcome.NOT_APPLICABLE || o.outcome() == Outcome.NOT_EVALUABLE)).count()));
    w.writeAttribute("time", "0");
    w.writeCharacters("\n    ");
    w.writeStartElement("properties");
    property(w, "plan", r.plan().symbol());
    property(w, "document", c.document());
    property(w, "asOf", r.asOf().toString());
    property(w, "verdict", r.verdict().name());
    if (!r.undecided().isEmpty()) {
      property(w, "undecidedRules", r.undecided().stream().map(RuleOutcome::ruleId).collect(Collectors.joining(" ")));
    }
    r.manifest().forEach(d -> {
      try {
        property(w, "ruleset." + d.name(), d.version() + " sha256:" + d.sha256());
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    });
    w.writeCharacters("\n    ");
    w.writeEndElement();
    String classname = "plan-check." + (c.crossPlan() ? "cross-plan." : "") + r.plan().symbol();
    for (RuleOutcome o : r.outcomes()) {
      RuleInfo rule = byId.get(o.ruleId());
      w.writeCharacters("\n    ");
      w.writeStartElement("testcase");
      w.writeAttribute("name", o.ruleId() + (rule == null ? "" : " " + rule.titleEn()));
      w.writeAttribute("classname", classname);
      w.writeAttribute("time", "0");
      RuleError error = errors.get(o.ruleId());
      List<Finding> findings = r.findings(o.ruleId());
      if (error != null) {
        w.writeStartElement("error");
        w.writeAttribute("message", "the rule failed at run time: " + error.message());
        w.writeAttribute("type", "RuleError");
        w.writeCharacters(error.rule() + ": " + error.message());
        w.writeEndElement();
      } else if (o.outcome() == Outcome.FAILED) {
        w.writeStartElement("failure");
        w.writeAttribute("message", findings.size() + " finding(s): " + (findings.isEmpty() ? "" : findings.get(0).messageEn()));
        w.writeAttribute("type", rule == null ? "FAILED" : rule.severity().name());
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
          text.append(f.severity()).append(' ').append(f.path()).append(": ").append(f.messageEn()).append(" / ").append(f.messageVi())
              .append(" [basis (").append(f.basisKind()).append("): ").append(f.basis()).append(']');
          f.source().ifPresent(s -> text.append(" (").append(s.file()).append(" line ").append(s.line()).append(')'));
          text.append('\n');
        }
        w.writeCharacters(text.toString());
        w.writeEndElement();
      } else if (o.outcome() == Outcome.NOT_APPLICABLE || o.outcome() == Outcome.NOT_EVALUABLE) {
        w.writeStartElement("skipped");
        w.writeAttribute("message", (o.outcome() == Outcome.NOT_APPLICABLE ? "not applicable: " : "not evaluable: ") + o.reasonEn());
        w.writeEndElement();
      }
      w.writeEndElement();
    }
    w.writeCharacters("\n  ");
    w.writeEndElement();
  }

  private static long failures(ValidationReport r) {
    return r.outcomes().stream().filter(o -> o.outcome() == Outcome.FAILED).count();
  }

  private static void property(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeCharacters("\n      ");
    w.writeEmptyElement("property");
    w.writeAttribute("name", name);
    w.writeAttribute("value", value);
  }
}
