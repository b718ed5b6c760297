package dev.plancompliance.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A parent plan and the plans that implement it (commune, department, public-unit plans), for the rules
 * that look across plans (HIE-001, HIE-002, DL-004). A child that does not cite its parent, or that the
 * parent never ordered, is representable: the rules report it.
 *
 * <p>Which parent unit a child plan answers for ({@link #designates}): a named unit (Sở Tư pháp) designates
 * the child whose issuer has the same name in the child's registry; a collective designation designates
 * every child of the level its kind denotes below a province or city — People's Committees ("UBND cấp
 * xã", "UBND các xã, phường") the COMMUNE plans, departments, offices and inspectorates ("các sở, ban,
 * ngành") the DEPARTMENT plans, public units the PUBLIC_UNIT plans — whose issuer is of that kind. A
 * collective designation of another kind (mass organisations, Party bodies) designates no plan: how many
 * bodies it stands for is not in the data, so the set cannot show that each of them has a plan, only
 * that at least one of the matching level has.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutablePlanSet.class)
@JsonDeserialize(as = ImmutablePlanSet.class)
public abstract class PlanSet {
  public abstract Plan parent();

  /** The plans that implement the parent, in the order given. */
  public abstract List<Plan> children();

  /**
   * How a plan is named within a set and in the paths of cross-plan findings ({@code children[<key>]}):
   * its symbol, and its locality when it has one ({@code 01/KH-UBND @ Xã A}), since plans of different
   * communes often share a symbol.
   */
  public static String key(Plan plan) {
    return plan.ref().symbol() + plan.locality().map(l -> " @ " + l).orElse("");
  }

  /** The child with {@code key} ({@link #key(Plan)}). */
  public Optional<Plan> child(String key) {
    return children().stream().filter(c -> key(c).equals(key)).findFirst();
  }

  /** Whether {@code child} cites the parent itself, among its {@code parentRefs} or its {@code implementsRefs}. */
  public boolean citesParent(Plan child) {
    return child.citation(parent().ref().symbol()).filter(Citation::isDirect).isPresent();
  }

  /** Whether the parent's agency {@code unitId} designates the issuer of {@code child} (see the class comment). */
  public boolean designates(String unitId, Plan child) {
    Optional<Agency> unit = parent().agency(unitId);
    Optional<Agency> issuer = child.agency(child.issuer());
    if (unit.isEmpty()) {
      return false;
    }
    Agency u = unit.get();
    if (!u.collective()) {
      return issuer.map(i -> i.nameKey().equals(u.nameKey())).orElse(false); // folded once per agency, not per pair
    }
    return designatedLevel(u.kind()).filter(level -> level == child.level()).isPresent()
        && issuer.map(i -> i.kind() == u.kind() || designatedLevel(i.kind()).equals(designatedLevel(u.kind()))).orElse(true);
  }

  /** The level of the plans a collective designation of {@code kind} issues, below a province or city. */
  static Optional<PlanLevel> designatedLevel(AgencyKind kind) {
    return switch (kind) {
      case PEOPLES_COMMITTEE -> Optional.of(PlanLevel.COMMUNE);
      case DEPARTMENT, OFFICE, INSPECTORATE -> Optional.of(PlanLevel.DEPARTMENT);
      case PUBLIC_UNIT -> Optional.of(PlanLevel.PUBLIC_UNIT);
      default -> Optional.empty();
    };
  }

  /** The parent's agencies, named by its tasks or its child-plan duty, that designate {@code child}. */
  public List<String> unitsDesignating(Plan child) {
    Set<String> ids = new LinkedHashSet<>();
    parent().tasks().forEach(t -> ids.addAll(t.agencyIds()));
    parent().childPlanDuty().ifPresent(d -> ids.addAll(d.units()));
    return ids.stream().filter(id -> designates(id, child)).toList();
  }

  /**
   * The groups the parent assigns to {@code child}'s unit: the groups of the parent's tasks that name (as
   * lead, coordinator or implementer) a unit designating the child, each once, in the parent's order.
   */
  public List<GroupRef> groupsAssignedTo(Plan child) {
    List<String> units = unitsDesignating(child);
    List<GroupRef> groups = new ArrayList<>();
    for (Task t : parent().tasks()) {
      if (t.group().isPresent() && t.agencyIds().stream().anyMatch(units::contains)
          && groups.stream().noneMatch(g -> t.serves(g.directive(), g.number()))) {
        groups.add(t.group().get());
      }
    }
    return groups;
  }

  /** Whether the parent's child-plan duty names a unit that designates {@code child}. */
  public boolean isOrderedToPlan(Plan child) {
    return parent().childPlanDuty().stream().flatMap(d -> d.units().stream()).anyMatch(u -> designates(u, child));
  }

  /** The last compliant day of the parent's child-plan duty: the latest end of its dated windows. */
  public Optional<LocalDate> childPlanDueDate() {
    return parent().childPlanDuty().stream()
        .flatMap(d -> d.deadline().datedWindows().stream())
        .map(Window::end)
        .max(LocalDate::compareTo);
  }

  public static PlanSet of(Plan parent, List<Plan> children) {
    return builder().parent(parent).children(children).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutablePlanSet.Builder {}

  @Value.Check
  void check() {
    List<Plan> all = new ArrayList<>();
    all.add(parent());
    all.addAll(children());
    Checks.unique(all, PlanSet::key, "PlanSet", "children");
  }
}
