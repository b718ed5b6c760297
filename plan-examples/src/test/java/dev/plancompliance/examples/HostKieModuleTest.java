package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.ValidationReport;
import dev.plancompliance.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * The library inside a host that has its own kmodule with a default KieBase and KieSession (this module's
 * test resources hold one): the host's default session is still the host's, and the library still
 * validates, with the same report as without the host's rules.
 */
class HostKieModuleTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  @Test
  void theHostsDefaultSession_isTheHostsOwn() {
    KieContainer container = KieServices.get().getKieClasspathContainer();
    assertEquals(List.of(), container.verify("host").getMessages(Message.Level.ERROR));
    KieSession session = container.newKieSession();
    assertNotNull(session, "the host's default session (no second default to disable it)");
    try {
      List<String> seen = new ArrayList<>();
      session.setGlobal("seen", seen);
      session.insert("a plan");
      assertEquals(1, session.fireAllRules());
      assertEquals(List.of("host saw a plan"), seen);
      List<String> packages = session.getKieBase().getKiePackages().stream().map(KiePackage::getName).toList();
      assertTrue(packages.contains("host.rules"), packages.toString());
      assertFalse(packages.contains("dev.plancompliance.rules"), "the host's default base holds none of the library's rules");
    } finally {
      session.dispose();
    }
  }

  @Test
  void theLibrary_validatesBesideTheHostsKieModule() {
    Plan plan = ExamplePlans.read("ha-tinh-444-kh-ubnd.json");
    PlanValidator before = PlanValidator.builder().withStandardRules().build();
    ValidationReport expected = before.validate(plan, AS_OF);
    KieServices.get().getKieClasspathContainer().newKieSession().dispose();
    PlanValidator after = PlanValidator.builder().withStandardRules().build();
    ValidationReport report = after.validate(plan, AS_OF);
    assertEquals(Verdict.COMPLIANT, report.verdict());
    assertEquals(expected.toJson(), report.toJson());
  }
}
