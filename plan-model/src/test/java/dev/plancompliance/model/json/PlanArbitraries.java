package dev.plancompliance.model.json;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.AgencyKind;
import dev.plancompliance.model.BudgetLevel;
import dev.plancompliance.model.BudgetYear;
import dev.plancompliance.model.ChildPlanDuty;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.DocumentKind;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanLevel;
import dev.plancompliance.model.ReportingDuty;
import dev.plancompliance.model.Scope;
import dev.plancompliance.model.SourceRef;
import dev.plancompliance.model.SpendingFloor;
import dev.plancompliance.model.Task;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Meaningful (not necessarily compliant) plans with every optional part present or absent and every
 * deadline variant, for properties of the JSON documents. Text is NFC, as the reader stores it.
 */
final class PlanArbitraries {
  private PlanArbitraries() {}

  private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵỦỶ0123456789";

  /** Non-blank text; sometimes with spaces, a no-break space or a line break inside, or made of a no-break space only. */
  static Arbitrary<String> text() {
    Arbitrary<String> words = Arbitraries.strings().withChars(LETTERS + "  \u00A0,.;/-\n").ofMinLength(1).ofMaxLength(40)
        .filter(s -> !s.isBlank());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, words),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("Sở Tư pháp", "Thường xuyên", "Năm 2025 và các năm tiếp theo", "UỶ BAN NHÂN DÂN", "\u00A0", "x")));
  }

  static Arbitrary<String> anyText() {
    return Arbitraries.oneOf(text(), Arbitraries.of("", " "));
  }

  static Arbitrary<String> id() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(6);
    return Combinators.combine(word, word.optional(), Arbitraries.of("-", "/"))
        .as((a, b, sep) -> b.map(x -> a + sep + x).orElse(a));
  }

  static Arbitrary<Integer> year() {
    return Arbitraries.integers().between(1900, 2200);
  }

  static Arbitrary<LocalDate> date() {
    return Arbitraries.integers().between(0, 100_000).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
  }

  static Arbitrary<SourceRef> source() {
    return Combinators.combine(Arbitraries.of("000_3d0f801100aabd15.txt", "003_5e5f6eee794eb63a.txt", "kế hoạch.txt"),
            Arbitraries.integers().between(1, 5000), Arbitraries.integers().between(0, 20).optional())
        .as((file, line, extra) -> SourceRef.builder().file(file).line(line).lastLine(extra.map(e -> line + e)).build());
  }

  static Arbitrary<DocumentRef> documentRef() {
    return Builders.withBuilder(DocumentRef::builder)
        .use(Arbitraries.of("66-NQ/TW", "444/KH-UBND", "/KH-UBND", "23-KH/ĐU", "197/2025/QH15")).in((b, s) -> b.symbol(s))
        .use(Arbitraries.of(DocumentKind.class)).in((b, k) -> b.kind(k))
        .use(text().optional()).in((b, i) -> b.issuer(i))
        .use(date().optional()).in((b, d) -> b.issuedOn(d))
        .use(text().optional()).in((b, t) -> b.title(t))
        .build(DocumentRef.Builder::build);
  }

  static Arbitrary<GroupRef> groupRef() {
    return Combinators.combine(Arbitraries.of("66-NQ/TW", "06-CT/TU"), Arbitraries.integers().between(1, 12)).as(GroupRef::of);
  }

  static Arbitrary<Deadline> deadline() {
    return deadline(true);
  }

  private static Arbitrary<Deadline> deadline(boolean composite) {
    Arbitrary<String> phrase = text();
    Arbitrary<Deadline.Cutoff> cutoff = Combinators.combine(
            Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31), Arbitraries.of(true, false))
        .as((m, d, x) -> new Deadline.Cutoff(MonthDay.of(m, Math.min(d, Month.of(m).maxLength())), x));
    Arbitrary<Deadline> recurring = Combinators.combine(phrase, Arbitraries.of(Deadline.Period.class),
            Arbitraries.integers().between(1, 4).injectNull(0.6), Arbitraries.of(Month.class).injectNull(0.6),
            cutoff.list().ofMaxSize(3), Arbitraries.of(Deadline.Event.class))
        .as((p, period, q, m, c, e) -> new Deadline.Recurring(p, period, q, m, c, period == Deadline.Period.EVENT ? e : null));
    Arbitrary<Deadline> yearRange = Combinators.combine(phrase, year(), Arbitraries.integers().between(0, 10))
        .as((p, from, span) -> new Deadline.YearRange(p, Math.min(from, 2190), Math.min(from, 2190) + span));
    List<Arbitrary<? extends Deadline>> variants = new java.util.ArrayList<>(List.of(
        phrase.map(Deadline.Continuous::new),
        recurring,
        Combinators.combine(phrase, date()).as(Deadline.OnDate::new),
        Combinators.combine(phrase, date(), Arbitraries.of(true, false)).as(Deadline.ByDate::new),
        Combinators.combine(phrase, date()).as((p, d) -> new Deadline.WithinMonth(p, YearMonth.from(d))),
        Combinators.combine(phrase, year()).as(Deadline.InYear::new),
        yearRange,
        Combinators.combine(phrase, year()).as(Deadline.FromYearOnward::new),
        Combinators.combine(phrase, date()).as(Deadline.FromDate::new),
        Combinators.combine(phrase, Arbitraries.of(Deadline.Relation.class), Arbitraries.of(Deadline.Event.class)).as(Deadline.OnEvent::new),
        Combinators.combine(phrase, Arbitraries.of(Deadline.Source.class), Arbitraries.of("69/KH-UBND").injectNull(0.5)).as(Deadline.External::new),
        Combinators.combine(phrase, text().injectNull(0.5)).as(Deadline.OnDemand::new),
        phrase.map(Deadline.Vague::new),
        phrase.map(Deadline.Urgent::new),
        Arbitraries.just(Deadline.Unspecified.none())));
    if (composite) {
      variants.add(Combinators.combine(phrase, deadline(false).list().ofMinSize(2).ofMaxSize(3)).as(Deadline.Composite::new));
    }
    return Arbitraries.oneOf(variants);
  }

  static Arbitrary<Task> task() {
    Arbitrary<List<String>> ids = id().list().ofMaxSize(3);
    return Builders.withBuilder(Task::builder)
        .use(Arbitraries.of("II.1", "II.1.a", "7", "I.13", "V.2", "3.1", "10")).in((b, c) -> b.code(c))
        .use(text()).in((b, t) -> b.title(t))
        .use(groupRef().optional()).in((b, g) -> b.group(g))
        .use(ids).in((b, l) -> b.leads(l))
        .use(ids).in((b, l) -> b.coordinators(l))
        .use(ids).in((b, l) -> b.implementers(l))
        .use(anyText().optional()).in((b, o) -> b.output(o))
        .use(deadline()).in((b, d) -> b.deadline(d))
        .use(source().optional()).in((b, s) -> b.source(s))
        .build(Task.Builder::build)
        .flatMap(t -> t.group().isEmpty() ? Arbitraries.just(t)
            : text().optional(0.2).map(w -> Task.builder().from(t).groupSuggestedBy(w).build()));
  }

  static Arbitrary<Agency> agency() {
    return Builders.withBuilder(Agency::builder)
        .use(id()).in((b, i) -> b.id(i))
        .use(text()).in((b, n) -> b.nameVi(n))
        .use(anyText().optional()).in((b, n) -> b.nameEn(n))
        .use(Arbitraries.of(AgencyKind.class)).in((b, k) -> b.kind(k))
        .use(Arbitraries.of(true, false)).in((b, c) -> b.collective(c))
        .build(Agency.Builder::build);
  }

  static Arbitrary<BudgetYear> budgetYear() {
    Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e15")).ofScale(2);
    return Combinators.combine(year(), amount, Arbitraries.integers().between(0, 1000), anyText().optional())
        .as((y, total, permille, note) -> BudgetYear.builder().fiscalYear(y).totalSpend(total)
            .lawDraftingSpend(total.multiply(BigDecimal.valueOf(permille)).movePointLeft(3)).note(note).build());
  }

  static Arbitrary<SpendingFloor> spendingFloor() {
    return Combinators.combine(Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), BigDecimal.ONE).ofScale(4),
            date(), Arbitraries.of(true, false), Arbitraries.of(BudgetLevel.class), text(), source().injectNull(0.5))
        .as(SpendingFloor::new);
  }

  static Arbitrary<Scope> scope() {
    return Arbitraries.oneOf(
        Arbitraries.just(Scope.full()),
        Combinators.combine(groupRef().list().ofMaxSize(4).uniqueElements(), anyText().optional())
            .as((groups, reason) -> Scope.builder().kind(Scope.Kind.PARTIAL).groups(groups).reason(reason).build()));
  }

  static Arbitrary<ChildPlanDuty> childPlanDuty() {
    return Combinators.combine(id().list().ofMaxSize(4), deadline(), source().optional())
        .as((units, d, s) -> ChildPlanDuty.builder().units(units).deadline(d).source(s).build());
  }

  static Arbitrary<ReportingDuty> reportingDuty() {
    return Combinators.combine(id().list().ofMaxSize(3), id(), deadline(), source().optional())
        .as((from, to, d, s) -> ReportingDuty.builder().from(from).to(to).deadline(d).source(s).build());
  }

  static Arbitrary<Plan> plan() {
    return Builders.withBuilder(Plan::builder)
        .use(documentRef()).in((b, r) -> b.ref(r))
        .use(id()).in((b, i) -> b.issuer(i))
        .use(Arbitraries.of(PlanLevel.class)).in((b, l) -> b.level(l))
        .use(anyText().optional()).in((b, l) -> b.locality(l))
        .use(documentRef().list().ofMaxSize(3)).in((b, r) -> b.implementsRefs(r))
        .use(documentRef().list().ofMaxSize(2)).in((b, r) -> b.parentRefs(r))
        .use(scope().optional()).in((b, s) -> b.scope(s))
        .use(task().list().ofMaxSize(5).uniqueElements(Task::code)).in((b, t) -> b.tasks(t))
        .use(agency().list().ofMaxSize(4).uniqueElements(Agency::id)).in((b, a) -> b.agencies(a))
        .use(id().optional()).in((b, m) -> b.monitor(m))
        .use(childPlanDuty().optional()).in((b, c) -> b.childPlanDuty(c))
        .use(reportingDuty().list().ofMaxSize(2)).in((b, r) -> b.reportingDuties(r))
        .use(budgetYear().list().ofMaxSize(3).uniqueElements(BudgetYear::fiscalYear)).in((b, y) -> b.budgetYears(y))
        .use(spendingFloor().list().ofMaxSize(2)).in((b, f) -> b.spendingFloors(f))
        .use(Arbitraries.of("000_3d0f801100aabd15.txt", "plan.json").optional()).in((b, f) -> b.sourceFile(f))
        .build(Plan.Builder::build);
  }
}
