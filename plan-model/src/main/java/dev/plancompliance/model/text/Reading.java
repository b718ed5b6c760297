package dev.plancompliance.model.text;

import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.DeadlineFormatException;
import dev.plancompliance.model.DeadlineParser;
import dev.plancompliance.model.Role;
import dev.plancompliance.model.RoleLabels;
import dev.plancompliance.model.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the parts of one import share: the source, the agency registry, the group matcher, the decisions and what was left unplaced. */
final class Reading {
  final String source;
  final Decisions decisions = new Decisions();
  final AgencyRegistry agencies = new AgencyRegistry();
  GroupMatcher groups;
  final List<UnplacedLine> unplaced = new ArrayList<>();
  final Figures figures = new Figures();
  private final Set<String> labelsRead = new HashSet<>();
  /** Where the text cites an appendix of tasks that it does not hold. */
  Optional<SourceRef> missingAppendix = Optional.empty();
  String appendixPhrase = "";
  private int tasksLeftToAppendix;
  private int firstLeftToAppendix;

  Reading(String source, GroupMatcher groups) {
    this.source = source;
    this.groups = groups;
  }

  SourceRef source(int first, int last) {
    SourceRef.Builder b = SourceRef.builder().file(source).line(first);
    if (last > first) {
      b.lastLine(last);
    }
    return b.build();
  }

  /** A unit that looks like content but goes nowhere in the draft. */
  void unplaced(Unit u) {
    unplaced.add(new UnplacedLine(u.first(), u.verbatim()));
  }

  /** Lists, once per label, how a printed role label was read. */
  void roleLabel(Unit u) {
    if (labelsRead.add(dev.plancompliance.model.Text.key(u.label()))) {
      Optional<Role> role = RoleLabels.read(u.label());
      decisions.add(u.first(), "\"" + u.label() + "\"", role.map(Role::nameEn).orElse("no role"),
          role.isPresent() ? "read by the role-label table (RoleLabels); every task with this label is read alike"
              : "the role-label table reads no role in it: the rules will report the tasks it alone assigns as not evaluable",
          "lead", "coordinator", "implementer", "no role");
    }
  }

  /** The time phrase read, or kept verbatim as vague with a decision when it cannot be read. */
  Deadline deadline(String phrase, String what, int line) {
    String p = phrase.strip().replaceAll("[.;]$", "");
    try {
      return DeadlineParser.parse(p);
    } catch (DeadlineFormatException e) {
      decisions.add(line, what, "time kept verbatim, read as no usable time (vague)",
          "the time phrase \"" + Header.shorten(p) + "\" cannot be read: " + e.getMessage(), "a time frame", "vague");
      return new Deadline.Vague(p);
    }
  }

  /** The time of a task that prints none: left to the missing appendix when the text cites one, else unspecified. */
  Deadline noTime(String code, int line) {
    if (missingAppendix.isPresent()) {
      if (tasksLeftToAppendix++ == 0) {
        firstLeftToAppendix = line;
      }
      return new Deadline.External(appendixPhrase, Deadline.Source.APPENDIX, null);
    }
    return Deadline.Unspecified.none();
  }

  void finish() {
    if (tasksLeftToAppendix > 0) {
      decisions.add(firstLeftToAppendix, tasksLeftToAppendix + " tasks without a time", "time set by the appendix",
          "the text leaves tasks' specifics to an appendix it does not hold (line " + missingAppendix.get().line() + ": \""
              + appendixPhrase + "\")", "no time", "time set by the appendix");
    }
  }
}
