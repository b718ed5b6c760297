package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.DeadlineParser;
import dev.plancompliance.model.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The deadlines encoded by hand in the seed plans are what the parser reads from their verbatim phrases. */
class SeedDeadlinesTest {
  @TestFactory
  Stream<DynamicTest> everyEncodedDeadline_isWhatTheParserReadsFromItsPhrase() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Plan> e : ExamplePlans.all().entrySet()) {
      Plan plan = e.getValue();
      plan.tasks().forEach(t -> tests.add(check(e.getKey() + " " + t.code(), t.deadline())));
      plan.childPlanDuty().ifPresent(d -> tests.add(check(e.getKey() + " childPlanDuty", d.deadline())));
      for (int i = 0; i < plan.reportingDuties().size(); i++) {
        tests.add(check(e.getKey() + " reportingDuties[" + i + "]", plan.reportingDuties().get(i).deadline()));
      }
    }
    return tests.stream();
  }

  private static DynamicTest check(String name, Deadline encoded) {
    return DynamicTest.dynamicTest(name, () -> {
      if (encoded instanceof Deadline.External x && x.source() == Deadline.Source.APPENDIX) {
        return; // a reference to an appendix the seed lacks is an encoding fact, not a time phrase
      }
      assertEquals(encoded, DeadlineParser.parse(encoded.phrase()), encoded.phrase());
    });
  }
}
