package dev.plancompliance.rules.report;

import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.TaskGroupDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a plan's tasks fall into the groups of the directive it implements: one row of the report's coverage
 * matrix. The directive is the nearest one the catalogue knows that the plan's tasks are grouped under (or,
 * when no task names a group, the nearest it implements); a plan that reaches no directive of the catalogue
 * has no row.
 */
record Coverage(Directive directive, List<Cell> cells, int tasks, int ungrouped) {

  /** What a cell shows: the group's task count and whether the plan has to cover it. */
  enum State {
    /** At least one task. */
    COVERED,
    /** No task, and the plan covers every group or leaves its scope unstated. */
    MISSING,
    /** No task, and the plan's partial scope leaves the group out. */
    OUT_OF_SCOPE,
    /** Tasks, although the plan's partial scope leaves the group out. */
    BEYOND_SCOPE
  }

  record Cell(TaskGroupDefinition group, int count, State state) {}

  /** The row of {@code plan}, if it reaches a directive of {@code directives} that defines groups. */
  static Optional<Coverage> of(Plan plan, Directives directives) {
    List<Directive> reached = directives.implementedBy(plan).stream().filter(d -> !d.groups().isEmpty()).toList();
    if (reached.isEmpty()) {
      return Optional.empty();
    }
    Directive directive = reached.stream()
        .filter(d -> plan.tasks().stream().anyMatch(t -> t.group().filter(g -> g.directiveKey().equals(d.ref().symbolKey())).isPresent()))
        .findFirst().orElse(reached.get(0));
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    int ungrouped = 0;
    for (Task t : plan.tasks()) {
      Optional<GroupRef> g = t.group().filter(r -> r.directiveKey().equals(directive.ref().symbolKey()));
      if (g.isPresent()) {
        counts.merge(g.get().number(), 1, Integer::sum);
      } else {
        ungrouped++;
      }
    }
    List<Cell> cells = new ArrayList<>();
    for (TaskGroupDefinition group : directive.groups()) {
      int n = counts.getOrDefault(group.number(), 0);
      boolean inScope = !plan.isPartial()
          || plan.scope().get().groups().stream().anyMatch(r -> r.directiveKey().equals(directive.ref().symbolKey()) && r.number() == group.number());
      State state = n > 0 ? (inScope ? State.COVERED : State.BEYOND_SCOPE) : (inScope ? State.MISSING : State.OUT_OF_SCOPE);
      cells.add(new Cell(group, n, state));
    }
    return Optional.of(new Coverage(directive, List.copyOf(cells), plan.tasks().size(), ungrouped));
  }

  /** The shade of a count: 0, 1, 2–3, 4–6, 7 or more. */
  static int shade(int count) {
    return count == 0 ? 0 : count == 1 ? 1 : count <= 3 ? 2 : count <= 6 ? 3 : 4;
  }
}
