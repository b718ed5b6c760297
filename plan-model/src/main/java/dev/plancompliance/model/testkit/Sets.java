package dev.plancompliance.model.testkit;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.AgencyKind;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.DocumentKind;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanLevel;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ReportingDuty;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Small plan sets: a parent plan and one to four plans that implement it, each answering for one unit the
 * parent names (a commune plan for "UBND cấp xã", a department's plan for "các sở, ban, ngành" or for a
 * named Sở, a public unit's for "các đơn vị sự nghiệp công lập"), with the defects the cross-plan rules
 * look for: a child that drops a group the parent assigns to its unit (HIE-001), does not cite its parent
 * (HIE-001), is issued after the parent's deadline for child plans (DL-004) or gives no issue date, and
 * units the parent orders to plan that no child answers for (HIE-002).
 *
 * <p>Children are drawn as drafts (which unit, which defects, task templates) and resolved against the
 * parent when the set is assembled, so the parent and each child shrink on their own and a failing set
 * shrinks to one child. Child plans are illustrative, named as the rule cases name theirs ("Xã A (minh
 * họa)"): the seeds hold no commune or department plan.
 */
final class Sets {
  private Sets() {}

  /** How a child names the plan it implements. */
  enum Citation {
    PARENT_REF,
    IMPLEMENTS_REFS,
    /**
     * Only the parents are cited — the parent plan and the province's Party committee plan — each saying which
     * directives it implements: the child reaches them through the chain.
     */
    PARENT_CHAIN,
    NONE
  }

  /** How a child's plan may depart from the plain encoding without changing what it is. */
  enum Variant {
    PLAIN,
    /** The issuer's name in capitals, as document headers print it ("SỞ TƯ PHÁP"). */
    NAME_IN_CAPITALS,
    /** The parent's symbol cited with a space and in lower case ("444/ kh-ubnd"). */
    PARENT_SYMBOL_SPACED,
    /** The issuer missing from the child's own registry. */
    ISSUER_NOT_REGISTERED,
    /** The issuer registered as a body of another kind (OTHER): no collective designation reaches it. */
    ISSUER_OF_ANOTHER_KIND
  }

  /** Which parent unit the child answers for: the {@code unitPick}-th of the duty's units (or of all the parent names), and which Sở when a collective stands for the departments. */
  record Who(int unitPick, boolean fromDuty, int issuerPick, Variant variant) {}

  record ChildDraft(Who who, Citation citation, Optional<Integer> dropGroup,
                    Optional<Integer> issuedOffset, List<Generators.TaskDraft> templates, Optional<Deadline> reporting) {}

  private static final List<String> COMMUNES = List.of("Xã A (minh họa)", "Xã B (minh họa)", "Phường C (minh họa)", "Xã D (minh họa)");
  private static final List<String> LETTERS = List.of("A", "B", "C", "D");

  static Arbitrary<ChildDraft> childDrafts() {
    Arbitrary<Citation> citation = Arbitraries.frequency(Tuple.of(5, Citation.PARENT_REF), Tuple.of(2, Citation.IMPLEMENTS_REFS),
        Tuple.of(2, Citation.PARENT_CHAIN), Tuple.of(1, Citation.NONE));
    Arbitrary<Optional<Integer>> issued = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.integers().between(-60, 0).map(Optional::of)),
        Tuple.of(2, Arbitraries.integers().between(1, 45).map(Optional::of)),
        Tuple.of(1, Arbitraries.just(Optional.<Integer>empty())));
    Arbitrary<List<Generators.TaskDraft>> templates =
        Generators.compliantTaskDraft(GroupRef.of("66-NQ/TW", 1), 2030).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<Variant> variant = Arbitraries.frequency(Tuple.of(12, Variant.PLAIN), Tuple.of(1, Variant.NAME_IN_CAPITALS),
        Tuple.of(1, Variant.PARENT_SYMBOL_SPACED), Tuple.of(1, Variant.ISSUER_NOT_REGISTERED), Tuple.of(1, Variant.ISSUER_OF_ANOTHER_KIND));
    Arbitrary<Who> who = Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
            Arbitraries.integers().between(0, 5), variant)
        .as(Who::new);
    return Combinators.combine(who, citation, Arbitraries.integers().between(0, 10).optional(0.3), issued, templates,
            Deadlines.sixMonthly().optional(0.7))
        .as(ChildDraft::new);
  }

  /** A parent (mostly a compliant plan of {@code parents}, now and then any plan) and one to four children. */
  static Arbitrary<PlanSet> sets(Arbitrary<Plan> parents) {
    return Combinators.combine(parents, childDrafts().list().ofMinSize(1).ofMaxSize(4))
        .as((parent, drafts) -> {
          List<Plan> children = new ArrayList<>();
          for (int i = 0; i < drafts.size(); i++) {
            children.add(child(parent, drafts.get(i), i));
          }
          return PlanSet.of(parent, children);
        });
  }

  /** The last day of the parent's order to issue child plans, or the end of July 2025 when it sets none. */
  private static LocalDate childPlanDue(Plan parent) {
    return parent.childPlanDuty().stream().flatMap(d -> d.deadline().datedWindows().stream()).map(Window::end)
        .max(LocalDate::compareTo).orElse(LocalDate.of(2025, 7, 31));
  }

  private record Shape(PlanLevel level, Agency issuer, String symbol, Optional<String> locality) {}

  /** Who issues the child: the body (or a body of the level) the parent's unit stands for. */
  private static Shape shape(Plan parent, ChildDraft draft, int index) {
    List<String> duty = parent.childPlanDuty().map(d -> d.units()).orElse(List.of());
    List<String> named = Stream.concat(parent.tasks().stream().flatMap(t -> t.agencyIds().stream()), duty.stream()).distinct().toList();
    List<String> pool = draft.who().fromDuty() && !duty.isEmpty() ? duty : named;
    Optional<Agency> unit = pool.isEmpty() ? Optional.empty() : parent.agency(pool.get(Math.floorMod(draft.who().unitPick(), pool.size())));
    String number = String.format(Locale.ROOT, "%02d", index + 1);
    Shape commune = new Shape(PlanLevel.COMMUNE,
        Agency.builder().id("ubnd-xa").nameVi("Ủy ban nhân dân " + COMMUNES.get(index)).nameEn("People's Committee of " + COMMUNES.get(index))
            .kind(AgencyKind.PEOPLES_COMMITTEE).collective(false).build(),
        number + "/KH-UBND", Optional.of(COMMUNES.get(index)));
    if (unit.isEmpty()) {
      return commune;
    }
    Agency u = unit.get();
    if (!u.collective()) {
      return new Shape(PlanLevel.DEPARTMENT, u, number + "/KH-" + initials(u.id()), parent.locality()); // the named body itself
    }
    return switch (u.kind()) {
      case PEOPLES_COMMITTEE -> commune;
      case DEPARTMENT, OFFICE, INSPECTORATE -> {
        Agency department = Pool.named(PlanLevel.PROVINCE).get(Math.floorMod(draft.who().issuerPick(), 6)); // the six Sở come first
        yield new Shape(PlanLevel.DEPARTMENT, department, number + "/KH-" + initials(department.id()), parent.locality());
      }
      case PUBLIC_UNIT -> new Shape(PlanLevel.PUBLIC_UNIT,
          Agency.builder().id("don-vi-su-nghiep").nameVi("Đơn vị sự nghiệp công lập " + LETTERS.get(index) + " (minh họa)")
              .nameEn("Public service unit " + LETTERS.get(index) + " (illustrative)").kind(AgencyKind.PUBLIC_UNIT).collective(false).build(),
          number + "/KH-DVSN", parent.locality());
      default -> commune; // mass organisations, "các cơ quan, đơn vị liên quan": no plan the set can show answers for them
    };
  }

  private static String initials(String id) {
    StringBuilder sb = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0)));
      }
    }
    return sb.toString();
  }

  /** The groups of the parent's tasks, each once, in the parent's order (66-NQ/TW group 1 when its tasks name none). */
  private static List<GroupRef> parentGroups(Plan parent) {
    Map<String, GroupRef> groups = new LinkedHashMap<>();
    for (Task t : parent.tasks()) {
      t.group().ifPresent(g -> groups.putIfAbsent(g.directive().replace(" ", "").toLowerCase(Locale.ROOT) + "#" + g.number(), g));
    }
    return groups.isEmpty() ? List.of(GroupRef.of("66-NQ/TW", 1)) : List.copyOf(groups.values());
  }

  static Plan child(Plan parent, ChildDraft draft, int index) {
    Shape shape = shape(parent, draft, index);
    PlanLevel level = shape.level();
    Variant variant = draft.who().variant();
    Agency issuer = switch (variant) {
      case NAME_IN_CAPITALS -> Agency.builder().from(shape.issuer()).nameVi(shape.issuer().nameVi().toUpperCase(Locale.ROOT)).build();
      case ISSUER_OF_ANOTHER_KIND -> Agency.builder().from(shape.issuer()).kind(AgencyKind.OTHER).build();
      default -> shape.issuer();
    };

    List<GroupRef> groups = new ArrayList<>(parentGroups(parent));
    draft.dropGroup().ifPresent(k -> groups.remove(Math.floorMod(k, groups.size())));
    Map<String, Integer> counters = new HashMap<>();
    List<Task> tasks = new ArrayList<>();
    for (int k = 0; k < groups.size(); k++) {
      Generators.TaskDraft t = draft.templates().get(k % draft.templates().size());
      Generators.TaskDraft inGroup = new Generators.TaskDraft(Optional.of(groups.get(k)), t.titlePick(), t.leads(), t.coordinators(),
          t.implementers(), t.output(), t.deadline(), t.source(), t.repeat());
      String prefix = Generators.prefix(inGroup.group());
      tasks.add(Generators.resolveCompliant(inGroup, level, prefix + "." + counters.merge(prefix, 1, Integer::sum)));
    }

    List<ReportingDuty> reporting = draft.reporting().stream()
        .map(d -> ReportingDuty.builder().from(List.of(issuer.id())).to("so-tu-phap").deadline(d).build())
        .toList();
    Map<String, Agency> registry = new LinkedHashMap<>();
    if (variant != Variant.ISSUER_NOT_REGISTERED) {
      registry.put(issuer.id(), issuer);
    }
    Stream.concat(tasks.stream().flatMap(t -> t.agencyIds().stream()), reporting.stream().map(ReportingDuty::to))
        .filter(id -> variant != Variant.ISSUER_NOT_REGISTERED || !id.equals(issuer.id()))
        .forEach(id -> Generators.registered(level, id).ifPresent(a -> registry.putIfAbsent(id, a)));

    String cited = variant == Variant.PARENT_SYMBOL_SPACED ? parent.ref().symbol().replace("/", "/ ").toLowerCase(Locale.ROOT) : parent.ref().symbol();
    List<DocumentRef> directives = parent.implementsRefs().stream()
        .filter(r -> r.kind() == DocumentKind.RESOLUTION || r.kind() == DocumentKind.DIRECTIVE).toList();
    boolean chain = draft.citation() == Citation.PARENT_CHAIN;
    DocumentRef parentRef = DocumentRef.builder().symbol(cited).kind(parent.ref().kind()).implementsRefs(chain ? directives : List.of()).build();
    List<DocumentRef> implementsRefs = new ArrayList<>(chain ? List.of() : directives);
    if (draft.citation() == Citation.IMPLEMENTS_REFS) {
      implementsRefs.add(parentRef);
    }
    List<DocumentRef> parentRefs = switch (draft.citation()) {
      case PARENT_REF -> List.of(parentRef);
      case PARENT_CHAIN -> List.of(parentRef, DocumentRef.builder().symbol("01-KH/TU").kind(DocumentKind.PLAN)
          .issuer("Tỉnh ủy (minh họa)").implementsRefs(directives).build());
      case IMPLEMENTS_REFS, NONE -> List.of();
    };
    Optional<LocalDate> issued = draft.issuedOffset().map(d -> childPlanDue(parent).plusDays(d));
    DocumentRef ref = DocumentRef.builder().symbol(shape.symbol()).kind(DocumentKind.PLAN).issuer(issuer.nameVi()).issuedOn(issued)
        .title("[MINH HỌA] Kế hoạch thực hiện " + parent.ref().symbol()).build();
    return Plan.builder()
        .ref(ref)
        .issuer(issuer.id())
        .level(level)
        .locality(shape.locality())
        .implementsRefs(implementsRefs)
        .parentRefs(parentRefs)
        .tasks(tasks)
        .agencies(registry.values())
        .monitor(issuer.id())
        .reportingDuties(reporting)
        .build();
  }
}
