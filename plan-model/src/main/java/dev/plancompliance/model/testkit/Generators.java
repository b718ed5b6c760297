package dev.plancompliance.model.testkit;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.Assignment;
import dev.plancompliance.model.BudgetLevel;
import dev.plancompliance.model.BudgetYear;
import dev.plancompliance.model.ChildPlanDuty;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.Directive;
import dev.plancompliance.model.DocumentKind;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanLevel;
import dev.plancompliance.model.PlanPeriod;
import dev.plancompliance.model.ReportingDuty;
import dev.plancompliance.model.Request;
import dev.plancompliance.model.Scope;
import dev.plancompliance.model.SourceRef;
import dev.plancompliance.model.SpendingFloor;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.Target;
import dev.plancompliance.model.TaskGroupDefinition;
import dev.plancompliance.model.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Where every generated value is made; {@link PlanArbitraries} and the providers only hand these out.
 *
 * <p>Plans are assembled from independent parts (a header, task drafts, duties, budget) with
 * {@link Combinators}, never by filtering, so jqwik shrinks each part on its own: a failing plan loses
 * tasks, duties and budget years until what is left still fails. Agencies are drawn as <em>picks</em> (a
 * role and an index) and resolved against the pool of the plan's level only when the plan is assembled, so
 * a task and the level it belongs to can shrink independently.
 */
final class Generators {
  private Generators() {}

  // -------------------------------------------------------------------------------------------------
  // Agencies

  enum Role {
    NAMED,
    COLLECTIVE,
    UNKNOWN
  }

  /** An agency by role and index into the pool of the plan's level; UNKNOWN ids are never registered. */
  record Pick(Role role, int index) {
    String id(PlanLevel level) {
      return switch (role) {
        case NAMED -> at(Pool.named(level), index).id();
        case COLLECTIVE -> at(Pool.collective(level), index).id();
        case UNKNOWN -> at(Pool.UNREGISTERED, index);
      };
    }
  }

  private static <T> T at(List<T> list, int index) {
    return list.get(Math.floorMod(index, list.size()));
  }

  static Arbitrary<Pick> named() {
    return Arbitraries.integers().between(0, 11).map(i -> new Pick(Role.NAMED, i));
  }

  static Arbitrary<Pick> collective() {
    return Arbitraries.integers().between(0, 5).map(i -> new Pick(Role.COLLECTIVE, i));
  }

  static Arbitrary<Pick> unknown() {
    return Arbitraries.integers().between(0, 3).map(i -> new Pick(Role.UNKNOWN, i));
  }

  /** Mostly named bodies, often collective designations, now and then an agency no registry has. */
  static Arbitrary<Pick> anyPick() {
    return Arbitraries.frequencyOf(Tuple.of(12, named()), Tuple.of(5, collective()), Tuple.of(1, unknown()));
  }

  /** The monitor of most plans: Sở Tư pháp, as in every seed. */
  static Arbitrary<Pick> monitorPick() {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(new Pick(Role.NAMED, 0))), Tuple.of(1, named()));
  }

  static Arbitrary<Agency> agencies() {
    return Arbitraries.of(Pool.ALL_AGENCIES);
  }

  /** The registry entry of {@code id} for a plan of {@code level}, if the pools have one. */
  static Optional<Agency> registered(PlanLevel level, String id) {
    return Stream.of(List.of(Pool.issuer(level)), Pool.named(level), Pool.collective(level))
        .flatMap(List::stream)
        .filter(a -> a.id().equals(id))
        .findFirst();
  }

  // -------------------------------------------------------------------------------------------------
  // Tasks

  /** Which role list, if any, names its first agency twice: an encoding slip the model allows. */
  enum Repeat {
    NONE,
    LEAD,
    IMPLEMENTER
  }

  /** A task before the plan it belongs to is known: agencies as picks, no code yet. */
  record TaskDraft(Optional<GroupRef> group, int titlePick, List<Pick> leads, List<Pick> coordinators, List<Pick> implementers,
                   Optional<String> output, Deadline deadline, Optional<SourceRef> source, Repeat repeat) {

    Task resolve(PlanLevel level, String code) {
      return resolve(level, code, false);
    }

    /**
     * The task, its roles printed one of the ways plans print them (picked by {@link #titlePick}): as plain role
     * lists, or under a label the role table reads ("Đơn vị chủ trì thực hiện", "Đơn vị thực hiện",
     * "Cơ quan phối hợp") — or, off the compliant path, a label it does not ("Cơ quan tham mưu"). A compliant task
     * has no suggested group and no lead among its coordinators.
     */
    Task resolve(PlanLevel level, String code, boolean compliant) {
      List<String> leadIds = ids(leads, level, repeat == Repeat.LEAD);
      List<String> coordinatorIds = ids(coordinators, level, false);
      if (compliant) {
        coordinatorIds = coordinatorIds.stream().filter(c -> !leadIds.contains(c)).toList();
      }
      List<String> implementerIds = ids(implementers, level, repeat == Repeat.IMPLEMENTER);
      int form = titlePick % 6;
      List<Assignment> labelled = new ArrayList<>();
      return Task.builder()
          .code(code)
          .title(group.map(g -> Pool.title(canonical(g.directive()), g.number(), titlePick)).orElse(Pool.title("66-NQ/TW", 3, titlePick)))
          .group(group)
          // one task in eight has its group from a reader's suggestion, not a heading of the document
          .groupSuggestedBy(!compliant && group.isPresent() && titlePick % 8 == 7 ? Optional.of("xây dựng và thi hành pháp luật") : Optional.empty())
          .leads(unlessLabelled(form == 1, leadIds, Pool.label(dev.plancompliance.model.Role.LEAD, titlePick), labelled))
          .coordinators(unlessLabelled(form == 2, coordinatorIds, Pool.label(dev.plancompliance.model.Role.COORDINATOR, titlePick), labelled))
          .implementers(unlessLabelled(form == 3 || (form == 4 && !compliant), implementerIds,
              form == 4 ? Pool.UNREAD_LABEL : Pool.label(dev.plancompliance.model.Role.IMPLEMENTER, titlePick), labelled))
          .assignments(labelled)
          .output(output)
          .deadline(deadline)
          .source(source)
          .build();
    }
  }

  /** {@code ids} as a plain role list, or — when {@code label} and there are any — none, the ids going under {@code label} into {@code labelled}. */
  private static List<String> unlessLabelled(boolean label, List<String> ids, String text, List<Assignment> labelled) {
    if (!label || ids.isEmpty()) {
      return ids;
    }
    labelled.add(Assignment.builder().label(text).agencies(ids).build());
    return List.of();
  }

  /** A compliant task: coordinators that repeat the lead are dropped, so the lead never coordinates. */
  static Task resolveCompliant(TaskDraft draft, PlanLevel level, String code) {
    return draft.resolve(level, code, true);
  }

  private static List<String> distinct(List<String> ids) {
    return ids.stream().distinct().toList();
  }

  /** The picks' ids, each once, and the first again at the end when {@code repeatFirst}. */
  private static List<String> ids(List<Pick> picks, PlanLevel level, boolean repeatFirst) {
    List<String> ids = distinct(picks.stream().map(p -> p.id(level)).toList());
    return repeatFirst && !ids.isEmpty() ? Stream.concat(ids.stream(), Stream.of(ids.get(0))).toList() : ids;
  }

  /** "66-nq/ TW" → "66-NQ/TW", for looking up seed titles. */
  private static String canonical(String symbol) {
    return Text.key(symbol).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
  }

  private static final DocumentRef R66 = DocumentRef.builder().symbol("66-NQ/TW").kind(DocumentKind.RESOLUTION).issuer("Bộ Chính trị")
      .issuedOn(LocalDate.of(2025, 4, 30))
      .title("đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới").build();
  private static final DocumentRef R66_LOWER = DocumentRef.of("66-nq/tw", DocumentKind.RESOLUTION);
  private static final DocumentRef R140 = DocumentRef.builder().symbol("140/NQ-CP").kind(DocumentKind.RESOLUTION).issuer("Chính phủ")
      .issuedOn(LocalDate.of(2025, 5, 17))
      .title("ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW").build();
  private static final DocumentRef R45 = DocumentRef.builder().symbol("45-CTr/TU").kind(DocumentKind.ACTION_PROGRAMME)
      .issuer("Ban Thường vụ Tỉnh ủy").issuedOn(LocalDate.of(2025, 7, 3)).title("thực hiện Nghị quyết số 66-NQ/TW").build();
  private static final DocumentRef R06 = DocumentRef.builder().symbol("06-CT/TU").kind(DocumentKind.DIRECTIVE)
      .issuer("Ban Thường vụ Tỉnh ủy").issuedOn(LocalDate.of(2021, 5, 5))
      .title("tăng cường sự lãnh đạo của Đảng đối với công tác tổ chức thi hành pháp luật trên địa bàn tỉnh").build();

  private static boolean is66(String symbol) {
    return R66.hasSymbol(symbol);
  }

  static Arbitrary<Optional<GroupRef>> anyGroup() {
    return Arbitraries.frequencyOf(
        Tuple.of(16, Arbitraries.integers().between(1, 7).map(n -> Optional.of(GroupRef.of("66-NQ/TW", n)))),
        Tuple.of(3, Arbitraries.integers().between(1, 10).map(n -> Optional.of(GroupRef.of("06-CT/TU", n)))),
        Tuple.of(1, Combinators.combine(Arbitraries.of("66-nq/tw", "66-NQ/ TW"), Arbitraries.integers().between(1, 7))
            .as((s, n) -> Optional.of(GroupRef.of(s, n)))),
        Tuple.of(1, Arbitraries.of(GroupRef.of("66-NQ/TW", 8), GroupRef.of("66-NQ/TW", 9), GroupRef.of("06-CT/TU", 11)).map(Optional::of)),
        Tuple.of(1, Arbitraries.just(Optional.<GroupRef>empty())));
  }

  private static Arbitrary<Optional<SourceRef>> sources() {
    return Combinators.combine(Arbitraries.of("003_5e5f6eee794eb63a.txt", "000_3d0f801100aabd15.txt"),
            Arbitraries.integers().between(1, 390), Arbitraries.integers().between(0, 8))
        .as((file, line, extra) -> SourceRef.builder().file(file).line(line).lastLine(line + extra).build())
        .optional(0.3);
  }

  /** Any task draft: every role count, agencies the registry may lack, any time frame, blank or no output. */
  static Arbitrary<TaskDraft> anyTaskDraft() {
    Arbitrary<List<Pick>> leads = Arbitraries.frequencyOf(
        Tuple.of(14, anyPick().list().ofSize(1)),
        Tuple.of(2, Arbitraries.just(List.<Pick>of())),
        Tuple.of(3, anyPick().list().ofMinSize(2).ofMaxSize(3)));
    Arbitrary<List<Pick>> implementers = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(List.<Pick>of())),
        Tuple.of(3, anyPick().list().ofMinSize(1).ofMaxSize(2)));
    Arbitrary<Optional<String>> output = Arbitraries.frequencyOf(
        Tuple.of(16, Arbitraries.of(Pool.OUTPUTS).map(Optional::of)),
        Tuple.of(3, Arbitraries.just(Optional.<String>empty())),
        Tuple.of(1, Arbitraries.of("", " ").map(Optional::of)));
    Arbitrary<Repeat> repeat = Arbitraries.frequency(Tuple.of(40, Repeat.NONE), Tuple.of(1, Repeat.LEAD), Tuple.of(1, Repeat.IMPLEMENTER));
    return Combinators.combine(
            Combinators.combine(anyGroup(), Arbitraries.integers().between(0, 30)).as(Tuple::of),
            leads, anyPick().list().ofMaxSize(3), implementers, output, Deadlines.any(), sources(), repeat)
        .as((g, l, c, i, o, d, s, r) -> new TaskDraft(g.get1(), g.get2(), l, c, i, o, d, s, r));
  }

  /** A compliant task draft for one group: one named lead, coordinators, an output, a time frame by {@code lastYear}. */
  static Arbitrary<TaskDraft> compliantTaskDraft(GroupRef group, int lastYear) {
    Arbitrary<Pick> coordinator = Arbitraries.frequencyOf(Tuple.of(2, named()), Tuple.of(1, collective()));
    return Combinators.combine(Arbitraries.integers().between(0, 30), named(), coordinator.list().ofMaxSize(2),
            collective().list().ofMaxSize(1), Arbitraries.of(Pool.OUTPUTS), Deadlines.statedBy(lastYear))
        .as((title, lead, coordinators, implementers, output, deadline) -> new TaskDraft(Optional.of(group), title, List.of(lead),
            coordinators, implementers, Optional.of(output), deadline, Optional.empty(), Repeat.NONE));
  }

  /** Codes as plans print them, unique within a plan: "II.3" for 66-NQ/TW group 2, "5.1" for 06-CT/TU group 5. */
  static List<Task> withCodes(List<TaskDraft> drafts, PlanLevel level, boolean compliant) {
    Map<String, Integer> counters = new HashMap<>();
    List<Task> tasks = new ArrayList<>();
    for (TaskDraft draft : drafts) {
      String prefix = prefix(draft.group());
      int n = counters.merge(prefix, 1, Integer::sum);
      String code = prefix + "." + n;
      tasks.add(compliant ? resolveCompliant(draft, level, code) : draft.resolve(level, code));
    }
    return tasks;
  }

  static String prefix(Optional<GroupRef> group) {
    return group.map(g -> is66(g.directive()) ? roman(g.number()) : String.valueOf(g.number())).orElse("TC");
  }

  private static String roman(int n) {
    String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return "X".repeat(n / 10) + ones[n % 10];
  }

  static Arbitrary<Task> tasks() {
    return anyTaskDraft().map(d -> d.resolve(PlanLevel.PROVINCE, prefix(d.group()) + "." + (1 + d.titlePick() % 9)));
  }

  static Arbitrary<Task> tasks(Directive directive) {
    int lastYear = lastYear(directive);
    List<Arbitrary<Task>> byGroup = directive.groups().stream()
        .map(g -> compliantTaskDraft(GroupRef.of(directive.symbol(), g.number()), lastYear)
            .map(d -> resolveCompliant(d, PlanLevel.PROVINCE, prefix(d.group()) + "." + (1 + d.titlePick() % 9))))
        .toList();
    if (byGroup.isEmpty()) {
      throw new IllegalArgumentException("directive " + directive.symbol() + " has no task groups");
    }
    return Arbitraries.oneOf(byGroup);
  }

  /** The last year a compliant task may end in: the directive's target year, else 2030. */
  static int lastYear(Directive directive) {
    return directive.horizon().map(h -> h.targetYear()).orElse(2030);
  }

  // -------------------------------------------------------------------------------------------------
  // Plan parts

  record Header(PlanLevel level, int localityPick, int symbolPick, DocumentKind kind, Optional<LocalDate> issuedOn,
                List<DocumentRef> implementsRefs, Optional<Scope> scope, List<DocumentRef> parentRefs) {}

  record ChildDraft(List<Pick> units, Deadline deadline) {}

  record ReportingDraft(List<Pick> from, Pick to, Deadline deadline) {}

  /** @param repeatFirstDuty whether the first reporting duty is printed twice (equal duties, different positions) */
  record Duties(Optional<Pick> monitor, Optional<ChildDraft> child, List<ReportingDraft> reporting, List<Pick> extraAgencies,
                boolean repeatFirstDuty) {}

  record Budget(List<BudgetYear> years, List<SpendingFloor> floors) {}

  private static Arbitrary<Header> anyHeader() {
    Arbitrary<PlanLevel> level = Arbitraries.frequency(
        Tuple.of(5, PlanLevel.PROVINCE), Tuple.of(5, PlanLevel.CITY), Tuple.of(1, PlanLevel.COMMUNE), Tuple.of(1, PlanLevel.CENTRAL),
        Tuple.of(1, PlanLevel.MINISTRY), Tuple.of(1, PlanLevel.DEPARTMENT), Tuple.of(1, PlanLevel.PUBLIC_UNIT));
    Arbitrary<List<DocumentRef>> refs = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.just(List.of(R66))),
        Tuple.of(3, Arbitraries.just(List.of(R66, R140, R45))),
        Tuple.of(2, Arbitraries.just(List.of(R06))),
        Tuple.of(1, Arbitraries.just(List.of(R66, R06))),
        Tuple.of(1, Arbitraries.just(List.<DocumentRef>of())),
        Tuple.of(1, Arbitraries.just(List.of(R140))),
        Tuple.of(1, Arbitraries.just(List.of(R66_LOWER))));
    Arbitrary<Scope> partial = Combinators.combine(
            Combinators.combine(Arbitraries.of("66-NQ/TW", "66-NQ/TW", "66-nq/tw", "06-CT/TU"), Arbitraries.integers().between(1, 7))
                .as(GroupRef::of).list().ofMaxSize(3).uniqueElements(),
            Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Optional.of("Kế hoạch chuyên đề nâng cao chất lượng nguồn nhân lực làm công tác xây dựng và thi hành pháp luật"))),
                Tuple.of(2, Arbitraries.just(Optional.<String>empty())),
                Tuple.of(1, Arbitraries.of("", " ").map(Optional::of))))
        .as((groups, reason) -> Scope.builder().kind(Scope.Kind.PARTIAL).groups(groups).reason(reason).build());
    // now and then the document leaves its scope unstated: COV-001 then cannot assume FULL
    Arbitrary<Optional<Scope>> scope = Arbitraries.frequencyOf(Tuple.of(15, Arbitraries.just(Optional.of(Scope.full()))),
        Tuple.of(3, partial.map(Optional::of)), Tuple.of(2, Arbitraries.just(Optional.<Scope>empty())));
    // now and then a document that is not a plan: no plan rule judges it
    Arbitrary<DocumentKind> kind = Arbitraries.frequency(Tuple.of(10, DocumentKind.PLAN), Tuple.of(8, DocumentKind.ACTION_PROGRAMME),
        Tuple.of(1, DocumentKind.NOTICE), Tuple.of(1, DocumentKind.OFFICIAL_LETTER));
    // parents: none; the province's People's Committee plan; or it and the Party committee plan, which says it implements 66-NQ/TW
    DocumentRef partyPlan = DocumentRef.builder().symbol("294-KH/TU").kind(DocumentKind.PLAN).issuer("Thành ủy (minh họa)").addImplementsRefs(R66).build();
    Arbitrary<List<DocumentRef>> parents = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(List.<DocumentRef>of())),
        Tuple.of(1, Arbitraries.just(List.of(DocumentRef.of("141/KH-UBND", DocumentKind.PLAN)))),
        Tuple.of(2, Arbitraries.just(List.of(partyPlan, DocumentRef.of("141/KH-UBND", DocumentKind.PLAN)))));
    return Combinators.combine(level, Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 3),
            kind, issuedOn(), refs, scope, parents)
        .as(Header::new);
  }

  private static Arbitrary<Optional<LocalDate>> issuedOn() {
    return Arbitraries.integers().between(0, 120).map(d -> LocalDate.of(2025, 6, 1).plusDays(d)).optional(0.6);
  }

  private static Arbitrary<Header> compliantHeader(Directive directive) {
    List<DocumentRef> refs = is66(directive.symbol()) ? List.of(directive.ref(), R140, R45) : List.of(directive.ref());
    return Combinators.combine(Arbitraries.of(PlanLevel.PROVINCE, PlanLevel.CITY), Arbitraries.integers().between(0, 1),
            Arbitraries.integers().between(0, 3), Arbitraries.of(DocumentKind.PLAN, DocumentKind.ACTION_PROGRAMME),
            lastYear(directive) >= 2026 ? issuedOn() : Arbitraries.just(Optional.<LocalDate>empty()),
            Arbitraries.integers().between(1, refs.size()))
        .as((level, locality, symbol, kind, issued, nRefs) ->
            new Header(level, locality, symbol, kind, issued, refs.subList(0, nRefs), Optional.of(Scope.full()), List.of()));
  }

  private static Arbitrary<Duties> anyDuties() {
    Arbitrary<Optional<Pick>> monitor = Arbitraries.frequencyOf(
        Tuple.of(8, monitorPick().map(Optional::of)),
        Tuple.of(2, Arbitraries.just(Optional.<Pick>empty())),
        Tuple.of(1, unknown().map(Optional::of)));
    Arbitrary<Deadline> childDeadline = Arbitraries.frequencyOf(Tuple.of(3, Deadlines.dated(2021, 2026)), Tuple.of(1, Deadlines.any()));
    Arbitrary<Optional<ChildDraft>> child = Combinators.combine(anyPick().list().ofMinSize(1).ofMaxSize(2), childDeadline)
        .as(ChildDraft::new).optional(0.7);
    Arbitrary<Deadline> reportingDeadline = Arbitraries.frequencyOf(
        Tuple.of(4, Deadlines.withCutoffs()), Tuple.of(2, Deadlines.recurring()), Tuple.of(1, Deadlines.any()));
    Arbitrary<Pick> to = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(new Pick(Role.NAMED, 0))), Tuple.of(1, anyPick()));
    Arbitrary<List<ReportingDraft>> reporting = Combinators.combine(anyPick().list().ofMinSize(1).ofMaxSize(2), to, reportingDeadline)
        .as(ReportingDraft::new).list().ofMaxSize(3);
    Arbitrary<Boolean> repeat = Arbitraries.frequency(Tuple.of(20, false), Tuple.of(1, true));
    return Combinators.combine(monitor, child, reporting, Arbitraries.oneOf(named(), collective()).list().ofMaxSize(2), repeat)
        .as(Duties::new);
  }

  private static Arbitrary<Duties> compliantDuties() {
    Arbitrary<ChildDraft> child = Combinators.combine(collective().list().ofMinSize(1).ofMaxSize(2), Deadlines.dated(2025, 2026))
        .as(ChildDraft::new);
    Arbitrary<List<Pick>> from = collective().list().ofMinSize(1).ofMaxSize(2);
    Arbitrary<Deadline> more = Arbitraries.oneOf(Deadlines.withCutoffs(), Deadlines.yearlyInMonth());
    // units report to the monitor: a six-monthly duty with cut-offs, and maybe one more that also states its cut-off
    Arbitrary<List<Tuple.Tuple2<List<Pick>, Deadline>>> reporting = Combinators.combine(
            Combinators.combine(from, Deadlines.sixMonthly()).as(Tuple::of),
            Combinators.combine(from, more).as(Tuple::of).list().ofMaxSize(1))
        .as((first, rest) -> Stream.concat(Stream.of(first), rest.stream()).toList());
    return Combinators.combine(monitorPick(), child, reporting, Arbitraries.oneOf(named(), collective()).list().ofMaxSize(2))
        .as((monitor, c, r, extra) -> new Duties(Optional.of(monitor), Optional.of(c),
            r.stream().map(d -> new ReportingDraft(d.get1(), monitor, d.get2())).toList(), extra, false));
  }

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  /** Total annual spend in VND: a whole number of millions, 1 billion to 100 trillion; rarely zero. */
  private static Arbitrary<BigDecimal> totals(boolean zero) {
    Arbitrary<BigDecimal> positive = Arbitraries.longs().between(1_000, 100_000_000).map(m -> BigDecimal.valueOf(m).multiply(MILLION));
    return zero ? Arbitraries.frequencyOf(Tuple.of(30, positive), Tuple.of(1, Arbitraries.just(BigDecimal.ZERO))) : positive;
  }

  /** {@code total × bp / 10 000}, exact: totals are whole millions. */
  private static BigDecimal share(BigDecimal total, int basisPoints) {
    return total.multiply(BigDecimal.valueOf(basisPoints)).divide(TEN_THOUSAND).setScale(0, RoundingMode.UNNECESSARY);
  }

  static Arbitrary<BudgetYear> budgetYears() {
    return Combinators.combine(Arbitraries.integers().between(2020, 2035), totals(true), Arbitraries.integers().between(0, 120),
            Arbitraries.integers().between(-1, 1))
        .as(Generators::budgetYear);
  }

  private static BudgetYear budgetYear(int year, BigDecimal total, int basisPoints, int delta) {
    BigDecimal law = share(total, basisPoints).add(BigDecimal.valueOf(delta)).max(BigDecimal.ZERO).min(total);
    return BudgetYear.builder().fiscalYear(year).totalSpend(total).lawDraftingSpend(law).build();
  }

  private static Arbitrary<SpendingFloor> anyFloor() {
    return Combinators.combine(Arbitraries.of("0.005", "0.003", "0.01").map(BigDecimal::new),
            Arbitraries.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 9), LocalDate.of(2026, 1, 1)), Arbitraries.of(true, false),
            Arbitraries.of(BudgetLevel.class), Arbitraries.of(Pool.HA_NOI_FLOOR_BASIS, Pool.RES_197_BASIS))
        .as((rate, from, rising, level, basis) -> new SpendingFloor(rate, from, rising, level, basis, null));
  }

  private static Arbitrary<Budget> anyBudget() {
    record YearDraft(BigDecimal total, int basisPoints, int delta, boolean gap) {}
    Arbitrary<YearDraft> year = Combinators.combine(totals(true), Arbitraries.integers().between(0, 120), Arbitraries.integers().between(-1, 1),
            Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true)))
        .as(YearDraft::new);
    Arbitrary<List<BudgetYear>> years = Combinators.combine(Arbitraries.integers().between(2024, 2028), year.list().ofMaxSize(4))
        .as((start, drafts) -> {
          List<BudgetYear> list = new ArrayList<>();
          int fiscal = start;
          for (YearDraft d : drafts) {
            list.add(budgetYear(fiscal, d.total(), d.basisPoints(), d.delta()));
            fiscal += d.gap() ? 2 : 1;
          }
          return list;
        });
    return Combinators.combine(years, anyFloor().list().ofMaxSize(2)).as(Budget::new);
  }

  /** What a compliant plan's budget must be: none, any declared floor, or a declared floor that rises. */
  enum FloorMode {
    ANY,
    DECLARED,
    RISING
  }

  /**
   * The plan's own floor (Hà Nội II.7.d) when {@code mode} asks for one or the draw gives one, and budget
   * years at or above every floor that binds a plan of {@code level}, the share rising every year.
   */
  private static Arbitrary<Budget> compliantBudget(Directive directive, FloorMode mode) {
    Arbitrary<Boolean> rising = mode == FloorMode.RISING ? Arbitraries.just(true) : Arbitraries.of(true, false);
    Arbitrary<SpendingFloor> declared = Combinators.combine(Arbitraries.of(LocalDate.of(2025, 7, 9), LocalDate.of(2025, 7, 1)), rising)
        .as((from, r) -> new SpendingFloor(new BigDecimal("0.005"), from, r, BudgetLevel.PROVINCE, Pool.HA_NOI_FLOOR_BASIS, null));
    Arbitrary<Optional<SpendingFloor>> floor = mode == FloorMode.ANY ? declared.optional(0.5) : declared.map(Optional::of);
    record Years(int start, List<BigDecimal> totals, int extra, List<Integer> steps) {}
    Arbitrary<Years> years = Combinators.combine(Arbitraries.integers().between(2025, 2027), totals(false).list().ofMinSize(2).ofMaxSize(4),
            Arbitraries.integers().between(0, 20), Arbitraries.integers().between(1, 10).list().ofSize(4))
        .as(Years::new);
    return Combinators.combine(floor, years).as((f, y) -> {
      // the plan is PROVINCE or CITY: a directive's floor binds it when it names the provincial budget
      Optional<BigDecimal> rate = Stream.concat(f.stream(),
              directive.spendingFloors().stream().filter(d -> d.budgetLevel() == BudgetLevel.PROVINCE))
          .map(SpendingFloor::rate)
          .max(BigDecimal::compareTo);
      if (rate.isEmpty()) {
        return new Budget(List.of(), List.of());
      }
      int basisPoints = rate.get().multiply(TEN_THOUSAND).setScale(0, RoundingMode.CEILING).intValueExact() + y.extra();
      List<BudgetYear> list = new ArrayList<>();
      for (int i = 0; i < y.totals().size(); i++) {
        list.add(budgetYear(y.start() + i, y.totals().get(i), basisPoints, 0));
        basisPoints += y.steps().get(i);
      }
      return new Budget(list, f.stream().toList());
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Plans

  /** Any plan: any level and scope, known and unknown directives, every rule's passing and failing shapes. */
  static Arbitrary<Plan> plans() {
    // one plan in ten leaves its tasks' specifics to an appendix it lacks, as Hà Nội 001 does (L484)
    Arbitrary<Optional<SourceRef>> missingAppendix =
        Arbitraries.frequency(Tuple.of(9, Optional.<SourceRef>empty()), Tuple.of(1, Optional.of(SourceRef.of("001_0ac0c91c6e978eb2.txt", 484))));
    return Combinators.combine(anyHeader(), anyTaskDraft().list().ofMaxSize(12), anyDuties(), anyBudget(), missingAppendix, anyExtras())
        .as((header, drafts, duties, budget, appendix, extras) ->
            assemble(header, withCodes(drafts, header.level(), false), duties, budget, appendix, extras));
  }

  /** A plan for {@code directive} that no standard rule faults beyond INFO: see {@link PlanArbitraries#compliantPlans}. */
  static Arbitrary<Plan> compliantPlans(Directive directive, FloorMode mode) {
    if (directive.groups().isEmpty()) {
      throw new IllegalArgumentException("directive " + directive.symbol() + " has no task groups");
    }
    int lastYear = lastYear(directive);
    List<Arbitrary<List<TaskDraft>>> groups = new ArrayList<>();
    for (TaskGroupDefinition g : directive.groups()) {
      groups.add(compliantTaskDraft(GroupRef.of(directive.symbol(), g.number()), lastYear).list().ofMinSize(1).ofMaxSize(3));
    }
    Arbitrary<List<TaskDraft>> drafts = Combinators.combine(groups).as(lists -> lists.stream().flatMap(List::stream).toList());
    return Combinators.combine(compliantHeader(directive), drafts, compliantDuties(), compliantBudget(directive, mode), compliantExtras(lastYear))
        .as((header, d, duties, budget, extras) -> assemble(header, withCodes(d, header.level(), true), duties, budget, Optional.empty(), extras));
  }

  /** What a plan may state beside its tasks: its period, targets (chỉ tiêu) and requests (đề nghị) to bodies it cannot direct. */
  record Extras(Optional<PlanPeriod> period, List<Target> targets, List<Pick> requested) {}

  private static final List<Target> TARGETS = List.of(
      Target.builder().text("Phấn đấu 100% văn bản quy phạm pháp luật do tỉnh ban hành được rà soát, kiểm tra").value(java.math.BigDecimal.valueOf(100)).unit("%").build(),
      Target.builder().text("Đến năm 2027, 90% cán bộ làm công tác pháp chế được bồi dưỡng nghiệp vụ").value(java.math.BigDecimal.valueOf(90)).unit("%").year(2027).build(),
      Target.builder().text("Bảo đảm tiến độ xây dựng văn bản quy định chi tiết").build());

  /** Any extras: a period that may leave dated tasks outside it (before or after), targets and requests or none. */
  static Arbitrary<Extras> anyExtras() {
    Arbitrary<Optional<PlanPeriod>> period = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.just(Optional.<PlanPeriod>empty())),
        Tuple.of(2, Arbitraries.of(PlanPeriod.ofYears("giai đoạn 2025–2030", 2025, 2030), PlanPeriod.ofYears("giai đoạn 2026–2030", 2026, 2030),
            PlanPeriod.ofYears("năm 2025", 2025, 2025)).map(Optional::of)),
        Tuple.of(1, Arbitraries.just(Optional.of(PlanPeriod.builder().phrase("giai đoạn 2026–2030 và những năm tiếp theo")
            .start(LocalDate.of(2026, 1, 1)).build()))));
    return Combinators.combine(period, Arbitraries.of(TARGETS).list().uniqueElements().ofMaxSize(2), anyPick().list().ofMaxSize(1))
        .as(Extras::new);
  }

  /** Extras a compliant plan may have: a period from 2025 on, targets and requests (INFO only). */
  static Arbitrary<Extras> compliantExtras(int lastYear) {
    // open-ended, so that a defect dating a task past the directive's horizon (DL-002) is not also outside the period
    Arbitrary<Optional<PlanPeriod>> period = Arbitraries.just(PlanPeriod.builder().phrase("giai đoạn 2025–" + lastYear + " và những năm tiếp theo")
        .start(LocalDate.of(Math.min(2025, lastYear), 1, 1)).build()).optional(0.4);
    return Combinators.combine(period, Arbitraries.of(TARGETS).list().uniqueElements().ofMaxSize(1), named().list().ofMaxSize(1))
        .as(Extras::new);
  }

  private static Plan assemble(Header header, List<Task> tasks, Duties duties, Budget budget, Optional<SourceRef> missingAppendix, Extras extras) {
    PlanLevel level = header.level();
    Agency issuer = Pool.issuer(level);
    Optional<String> locality = Optional.ofNullable(Pool.locality(level, header.localityPick()));
    String symbol = Pool.PLAN_SYMBOLS.get(header.symbolPick());
    String title = "Triển khai thực hiện " + (header.implementsRefs().isEmpty() ? "các nhiệm vụ xây dựng và thi hành pháp luật"
        : header.implementsRefs().stream().map(r -> (r.kind() == DocumentKind.RESOLUTION ? "Nghị quyết số " : "") + r.symbol())
            .reduce((a, b) -> a + "; " + b).orElseThrow());
    DocumentRef ref = DocumentRef.builder().symbol(symbol).kind(header.kind())
        .issuer(issuer.nameVi() + locality.map(l -> " " + l).orElse("")).issuedOn(header.issuedOn()).title(title).build();

    Optional<String> monitor = duties.monitor().map(p -> p.id(level));
    Optional<ChildPlanDuty> child = duties.child().map(c -> ChildPlanDuty.builder()
        .units(distinct(c.units().stream().map(p -> p.id(level)).toList())).deadline(c.deadline()).build());
    List<ReportingDuty> reporting = new ArrayList<>();
    for (ReportingDraft r : duties.reporting()) {
      reporting.add(ReportingDuty.builder().from(distinct(r.from().stream().map(p -> p.id(level)).toList()))
          .to(r.to().id(level)).deadline(r.deadline()).build());
    }
    if (duties.repeatFirstDuty() && !reporting.isEmpty()) {
      reporting.add(reporting.get(0));
    }

    // the registry: the issuer, then every agency the plan names that the pools know, then extras
    Map<String, Agency> registry = new LinkedHashMap<>();
    registry.put(issuer.id(), issuer);
    Stream<String> named = Stream.of(
            tasks.stream().flatMap(t -> t.agencyIds().stream()),
            monitor.stream(),
            child.stream().flatMap(c -> c.units().stream()),
            reporting.stream().flatMap(r -> Stream.concat(r.from().stream(), Stream.of(r.to()))),
            duties.extraAgencies().stream().map(p -> p.id(level)),
            extras.requested().stream().map(p -> p.id(level)))
        .flatMap(s -> s);
    List<Request> requests = extras.requested().stream()
        .map(p -> Request.builder().text("Đề nghị các cơ quan, tổ chức phối hợp tuyên truyền, giám sát việc thực hiện Kế hoạch")
            .addAddressees(p.id(level)).build())
        .toList();
    named.forEach(id -> registered(level, id).ifPresent(a -> registry.putIfAbsent(id, a)));

    return Plan.builder()
        .ref(ref)
        .issuer(issuer.id())
        .level(level)
        .locality(locality)
        .implementsRefs(header.implementsRefs())
        .scope(header.scope())
        .parentRefs(header.parentRefs())
        .tasks(tasks)
        .agencies(registry.values())
        .monitor(monitor)
        .childPlanDuty(child)
        .reportingDuties(reporting)
        .budgetYears(budget.years())
        .spendingFloors(budget.floors())
        .missingAppendix(missingAppendix)
        .period(extras.period())
        .targets(extras.targets())
        .requests(requests)
        .build();
  }
}
