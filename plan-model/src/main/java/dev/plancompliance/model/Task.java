package dev.plancompliance.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One task of a plan, as printed: its code ("II.1.a", "7"), title, the group it serves, its lead agencies
 * (chủ trì), coordinators (phối hợp), implementers — with their labels as printed, where the plan prints
 * them ({@link #assignments()}) — output and deadline. Zero or several leads, no group
 * or no deadline are representable: the rules report them.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(as = ImmutableTask.class)
public abstract class Task {
  /** The task's code as printed in the plan; unique within the plan. */
  public abstract String code();

  /** The title, verbatim. */
  public abstract String title();

  /**
   * The task group the task serves: as the document's own headings place it, or — when {@link #groupSuggestedBy()}
   * is present — as a reader (a person or an importer) suggested it from the task's words.
   */
  public abstract Optional<GroupRef> group();

  /**
   * When the document does not place the task under a group heading and its {@link #group()} is a reader's
   * suggestion: the words that led to it ("chuyển đổi số"). Rules tell "the plan says" from "a reader
   * suggested": a group that only suggested tasks serve leaves COV-001 NOT_EVALUABLE rather than PASSED.
   */
  public abstract Optional<String> groupSuggestedBy();

  /** Whether the task's group, if any, is the document's own rather than a reader's suggestion. */
  public boolean statesItsGroup() {
    return groupSuggestedBy().isEmpty();
  }

  /**
   * Agency ids of lead agencies (chủ trì) whose role the document makes plain without a label of its own —
   * a column headed "Cơ quan chủ trì", say. Where the plan prints a label, prefer {@link #assignments()}; the
   * rules read {@link #leadAgencies()}, which holds both.
   */
  public abstract List<String> leads();

  /** Agency ids of coordinating agencies (phối hợp), as {@link #leads()}; the rules read {@link #coordinatingAgencies()}. */
  public abstract List<String> coordinators();

  /**
   * Agency ids of bodies named to implement without a lead or coordinator label, as {@link #leads()}; the rules
   * read {@link #implementingAgencies()}.
   */
  public abstract List<String> implementers();

  /**
   * The bodies the task names under a printed role label, label verbatim ("Đơn vị thực hiện: Sở Tư pháp"). The
   * library reads each label through {@link RoleLabels}; a label it cannot read is kept and reported.
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  public abstract List<Assignment> assignments();

  /** The lead agencies: {@link #leads()}, then the bodies of assignments whose label reads as lead. */
  public List<String> leadAgencies() {
    return inRole(leads(), Role.LEAD);
  }

  /** The coordinating agencies: {@link #coordinators()}, then the bodies of assignments read as coordinator. */
  public List<String> coordinatingAgencies() {
    return inRole(coordinators(), Role.COORDINATOR);
  }

  /** The implementing bodies: {@link #implementers()}, then the bodies of assignments read as implementer. */
  public List<String> implementingAgencies() {
    return inRole(implementers(), Role.IMPLEMENTER);
  }

  /** The assignments whose label {@link RoleLabels} reads as no role, in the order printed. */
  public List<Assignment> unreadAssignments() {
    return assignments().isEmpty() ? List.of() : assignments().stream().filter(a -> a.role().isEmpty()).toList();
  }

  /** The printed labels read as {@code role}, each once, in the order printed ("Đơn vị thực hiện"). */
  public List<String> labelsReadAs(Role role) {
    return assignments().isEmpty() ? List.of() : assignments().stream().filter(a -> a.readsAs(role)).map(Assignment::label).distinct().toList();
  }

  private List<String> inRole(List<String> unlabelled, Role role) {
    if (assignments().isEmpty()) {
      return unlabelled; // the common case, and the rules ask for every task
    }
    List<String> ids = new java.util.ArrayList<>(unlabelled);
    assignments().stream().filter(a -> a.readsAs(role)).forEach(a -> ids.addAll(a.agencies()));
    return java.util.Collections.unmodifiableList(ids);
  }

  /** The output (sản phẩm / kết quả), verbatim. */
  public abstract Optional<String> output();

  /** The time frame; {@link Deadline.Unspecified} when the task states none. */
  public abstract Deadline deadline();

  public abstract Optional<SourceRef> source();

  /** Whether the task serves group {@code number} of the directive with {@code directiveSymbol}. */
  public boolean serves(String directiveSymbol, int number) {
    return group().filter(g -> g.number() == number && g.directiveKey().equals(DocumentRef.symbolKey(directiveSymbol))).isPresent();
  }

  /** Whether the task names no output: none, or a blank one ("" for an empty "Kết quả" cell). */
  public boolean namesNoOutput() {
    return output().filter(o -> !o.isBlank()).isEmpty();
  }

  /** The leads that the task also lists as coordinators, in the order of the leads. */
  public List<String> leadsAlsoCoordinating() {
    List<String> coordinating = coordinatingAgencies();
    return Plan.select(leadAgencies(), coordinating::contains);
  }

  /** Every agency id the task names, leads first, then labelled assignments, each once. */
  public List<String> agencyIds() {
    // a loop, not a stream: the rules call this for every task of every plan, and the lists are short
    List<String> ids = new java.util.ArrayList<>(leads().size() + coordinators().size() + implementers().size());
    for (List<String> role : List.of(leads(), coordinators(), implementers())) {
      addNew(ids, role);
    }
    for (Assignment a : assignments()) {
      addNew(ids, a.agencies());
    }
    return java.util.Collections.unmodifiableList(ids);
  }

  private static void addNew(List<String> ids, List<String> more) {
    for (String id : more) {
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableTask.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(code(), "Task", "code");
    Checks.nonBlank(title(), "Task", "title");
    Checks.allNonBlank(leads(), "Task", "leads");
    Checks.allNonBlank(coordinators(), "Task", "coordinators");
    Checks.allNonBlank(implementers(), "Task", "implementers");
    if (groupSuggestedBy().isPresent()) {
      Checks.nonBlank(groupSuggestedBy().get(), "Task", "groupSuggestedBy");
      if (group().isEmpty()) {
        throw new InvalidValueException("Task", "groupSuggestedBy", "says why a group was suggested, so it needs a group");
      }
    }
  }
}
