package dev.plancompliance.rules.report;

import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.RuleError;
import dev.plancompliance.rules.RuleInfo;
import dev.plancompliance.rules.RuleOutcome;
import dev.plancompliance.rules.Severity;
import dev.plancompliance.rules.ValidationReport;
import java.io.Writer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Reports as JUnit XML, for CI servers: {@code <testsuites>} with one {@code <testsuite>} per report (a set
 * gives its parent, each child and its cross-plan report) and one {@code <testcase>} per rule outcome.
 * A test fails only where the report does: a rule with an ERROR finding is a {@code <failure>} listing its
 * findings; a rule whose findings are all WARNING or INFO passes, its findings in the test case's
 * {@code <system-out>}; NOT_APPLICABLE and NOT_EVALUABLE are {@code <skipped>} with the reason; a rule that
 * failed at run time is an {@code <error>}. So a COMPLIANT plan shows no failure. A suite's properties name
 * the plan, its document, the as-of date, its verdict (with the rules of ERROR severity that could not decide,
 * when it is INCONCLUSIVE) and the rule sets. A suite's {@code time} is the plan's validation time when it
 * was measured ({@link ReportedPlan#withTime}); the rules run together in one engine session, so a test
 * case's own time is not measured and is 0. Each suite's class name is its document's name (with
 * {@code #children[1]} for a plan inline in a set document, {@code #cross-plan} for a set's cross-plan
 * report), unique in the file. Each suite is what Maven Surefire writes for a test class (its report
 * schema), the whole what Jenkins' xUnit reads.
 */
final class JUnitXml {
  private JUnitXml() {}

  static void write(List<RuleInfo> rules, List<ReportedPlan> checked, Writer out) {
    Map<String, RuleInfo> byId = rules.stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("testsuites");
      attribute(w, "name", "plan-compliance");
      attribute(w, "tests", String.valueOf(checked.stream().mapToLong(c -> c.report().outcomes().size()).sum()));
      attribute(w, "failures", String.valueOf(checked.stream().mapToLong(c -> failures(c.report())).sum()));
      attribute(w, "errors", String.valueOf(checked.stream().mapToLong(c -> errored(c.report())).sum()));
      attribute(w, "time", seconds(checked.stream().map(ReportedPlan::time).flatMap(Optional::stream).reduce(Duration.ZERO, Duration::plus)));
      Map<String, Integer> classnames = new HashMap<>();
      for (ReportedPlan c : checked) {
        String classname = c.document() + (c.base().equals("$") ? "" : "#" + c.base().substring(2)) + (c.isCrossPlan() ? "#cross-plan" : "");
        int seen = classnames.merge(classname, 1, Integer::sum);
        suite(w, c, seen == 1 ? classname : classname + " (" + seen + ")", byId);
      }
      w.writeCharacters("\n");
      w.writeEndDocument(); // closes <testsuites>
      w.writeCharacters("\n");
      w.flush(); // a StAX writer may buffer (the JDK's writes through; another implementation on the class path may not)
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
  }

  private static void suite(XMLStreamWriter w, ReportedPlan c, String classname, Map<String, RuleInfo> byId) throws XMLStreamException {
    ValidationReport r = c.report();
    Map<String, RuleError> errors = r.errors().stream().collect(Collectors.toMap(RuleError::ruleId, Function.identity(), (a, b) -> a));
    w.writeCharacters("\n  ");
    w.writeStartElement("testsuite");
    attribute(w, "name", (c.isCrossPlan() ? "cross-plan " : "") + c.document() + " " + r.plan().symbol());
    attribute(w, "tests", String.valueOf(r.outcomes().size()));
    attribute(w, "failures", String.valueOf(failures(r)));
    attribute(w, "errors", String.valueOf(errored(r)));
    attribute(w, "skipped", String.valueOf(r.outcomes().stream()
        .filter(o -> !errors.containsKey(o.ruleId()) && (o.outcome() == Outcome.NOT_APPLICABLE || o.outcome() == Outcome.NOT_EVALUABLE)).count()));
    if (c.time().isPresent()) {
      attribute(w, "time", seconds(c.time().get()));
    }
    w.writeCharacters("\n    ");
    w.writeStartElement("properties");
    property(w, "plan", r.plan().symbol());
    property(w, "document", c.document());
    property(w, "asOf", r.asOf().toString());
    property(w, "verdict", r.verdict().name());
    if (!r.undecided().isEmpty()) {
      property(w, "undecidedRules", r.undecided().stream().map(RuleOutcome::ruleId).collect(Collectors.joining(" ")));
    }
    for (var d : r.manifest()) {
      property(w, "ruleset." + d.name(), d.version() + " sha256:" + d.sha256());
    }
    w.writeCharacters("\n    ");
    w.writeEndElement();
    for (RuleOutcome o : r.outcomes()) {
      testcase(w, r, o, byId.get(o.ruleId()), errors.get(o.ruleId()), classname);
    }
    w.writeCharacters("\n  ");
    w.writeEndElement();
  }

  private static void testcase(XMLStreamWriter w, ValidationReport r, RuleOutcome o, RuleInfo rule, RuleError error, String classname)
      throws XMLStreamException {
    w.writeCharacters("\n    ");
    w.writeStartElement("testcase");
    attribute(w, "name", o.ruleId() + (rule == null ? "" : " " + rule.titleEn()));
    attribute(w, "classname", classname);
    attribute(w, "time", "0");
    List<Finding> findings = r.findings(o.ruleId());
    if (error != null) {
      w.writeStartElement("error");
      attribute(w, "message", "the rule failed at run time: " + error.message());
      attribute(w, "type", "RuleError");
      text(w, error.rule() + ": " + error.message());
      w.writeEndElement();
    } else if (o.outcome() == Outcome.FAILED && fails(findings)) {
      w.writeStartElement("failure");
      attribute(w, "message", findings.size() + " finding(s): " + findings.get(0).messageEn());
      attribute(w, "type", Severity.ERROR.name());
      text(w, describe(findings));
      w.writeEndElement();
    } else if (o.outcome() == Outcome.FAILED) {
      w.writeStartElement("system-out");
      text(w, describe(findings));
      w.writeEndElement();
    } else if (o.outcome() == Outcome.NOT_APPLICABLE || o.outcome() == Outcome.NOT_EVALUABLE) {
      w.writeStartElement("skipped");
      attribute(w, "message", (o.outcome() == Outcome.NOT_APPLICABLE ? "not applicable: " : "not evaluable: ") + o.reasonEn());
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  /** Whether findings fail a test: some is of ERROR severity. */
  private static boolean fails(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  private static String describe(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    for (Finding f : findings) {
      text.append(f.severity()).append(' ').append(f.path()).append(": ").append(f.messageEn()).append(" / ").append(f.messageVi())
          .append(" [basis (").append(f.basisKind()).append("): ").append(f.basis()).append(']');
      f.source().ifPresent(s -> text.append(" (").append(s.file()).append(" line ").append(s.line()).append(')'));
      text.append('\n');
    }
    return text.toString();
  }

  /** The test cases that are errors: the rules that failed at run time (once each, however often they failed). */
  private static long errored(ValidationReport r) {
    return r.errors().stream().map(RuleError::ruleId).distinct().filter(id -> r.outcome(id).isPresent()).count();
  }

  private static long failures(ValidationReport r) {
    return r.outcomes().stream().filter(o -> o.outcome() == Outcome.FAILED && fails(r.findings(o.ruleId()))).count();
  }

  private static void attribute(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeAttribute(name, xml(value));
  }

  private static void text(XMLStreamWriter w, String value) throws XMLStreamException {
    w.writeCharacters(xml(value));
  }

  /**
   * {@code s} with every character XML 1.0 cannot hold (controls but tab and newlines, lone surrogates,
   * U+FFFE, U+FFFF) written as a Java escape (backslash, u, four hex digits), so that the file stays well-formed and nothing is dropped.
   */
  static String xml(String s) {
    if (s.codePoints().allMatch(JUnitXml::isXmlChar)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(cp -> {
      if (isXmlChar(cp)) {
        sb.appendCodePoint(cp);
      } else {
        sb.append(escape(cp));
      }
    });
    return sb.toString();
  }

  /** {@code cp} as a Java escape: a backslash, u, four hex digits. */
  static String escape(int cp) {
    return String.format(Locale.ROOT, "\\u%04X", cp);
  }

  /** Whether XML 1.0 can hold {@code cp} (its Char production); a lone surrogate is a code point it cannot. */
  static boolean isXmlChar(int cp) {
    return cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000;
  }


  private static void property(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeCharacters("\n      ");
    w.writeEmptyElement("property");
    attribute(w, "name", name);
    attribute(w, "value", value);
  }
}
