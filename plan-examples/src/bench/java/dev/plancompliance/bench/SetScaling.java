package dev.plancompliance.bench;

import dev.plancompliance.examples.PlanCheck;
import dev.plancompliance.model.Agency;
import dev.plancompliance.model.AgencyKind;
import dev.plancompliance.model.ChildPlanDuty;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.examples.ExamplePlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan set of {@code n} children written inline in one set document, whose parent orders {@code n} named
 * units to plan (one per child): {@code plan-check validate --set} on it, in process, after one warm-up
 * run; prints {@code n documentBytes elapsedMs peakHeapMb exitCode}. Run in its own JVM (BenchReport starts
 * it with -Xmx1g) so that the peak heap is its own. The curve over 10, 100, 1,000 children shows whether
 * the CLI's set path grows with children × document size or the cross-plan rules with units × children.
 */
public final class SetScaling {
  private SetScaling() {}

  static Path document(int n) throws Exception {
    Plan parent = ExamplePlans.read("ha-noi-2025.json");
    Plan child = ExamplePlans.read("illustrative/ha-noi-xa-a-compliant.json");
    List<Agency> units = new ArrayList<>(parent.agencies());
    List<String> ids = new ArrayList<>();
    List<Plan> children = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = "Ủy ban nhân dân Xã Số " + i;
      String id = "ubnd-xa-so-" + i;
      units.add(Agency.builder().id(id).nameVi(name).kind(AgencyKind.PEOPLES_COMMITTEE).build());
      ids.add(id);
      List<Agency> own = new ArrayList<>(child.agencies().stream().filter(a -> !a.id().equals(child.issuer())).toList());
      own.add(Agency.builder().from(child.agency(child.issuer()).orElseThrow()).nameVi(name).build());
      children.add(Plan.builder().from(child).agencies(own).locality("Xã Số " + i)
          .ref(DocumentRef.builder().from(child.ref()).symbol(i + "/KH-UBND").build()).build());
    }
    ChildPlanDuty duty = ChildPlanDuty.builder().from(parent.childPlanDuty().orElseThrow()).units(ids).build();
    Plan ordering = Plan.builder().from(parent).agencies(units).childPlanDuty(duty).build();
    Path file = Files.createTempFile("set-" + n + "-", ".json");
    Files.writeString(file, PlanDocuments.writeSet(PlanSet.of(ordering, children)), StandardCharsets.UTF_8);
    return file;
  }

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path file = document(n);
    String[] command = {"validate", "--set", file.toString(), "--as-of", "2025-12-31", "--format", "json"};
    PlanCheck.run(command, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    int code = PlanCheck.run(command, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    System.out.println(n + " " + Files.size(file) + " " + elapsedMs + " " + peak + " " + code);
    Files.delete(file);
  }
}
