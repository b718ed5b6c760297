package dev.plancompliance.model.text;

import dev.plancompliance.model.Directive;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.TaskGroupDefinition;
import dev.plancompliance.model.Text;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Places headings and tasks in a directive's groups. A heading <em>names</em> a group when its words are the
 * group's title (or an alias) — equal, one the start of the other, or sharing at least half their pairs of
 * syllables (Dice); a task's own words only <em>suggest</em> a group, by the group's short title ("chuyển đổi số").
 */
final class GroupMatcher {
  private static final double NAMES = 0.5;

  private final Optional<Directive> directive;

  GroupMatcher(Optional<Directive> directive) {
    this.directive = directive;
  }

  Optional<Directive> directive() {
    return directive;
  }

  /** The group the heading names, if it names one. */
  Optional<GroupRef> named(String heading) {
    if (directive.isEmpty() || heading.isBlank()) {
      return Optional.empty();
    }
    String h = Text.key(heading);
    TaskGroupDefinition best = null;
    double bestScore = 0;
    for (TaskGroupDefinition g : directive.get().groups()) {
      double score = score(h, Text.key(g.titleVi()));
      for (String alias : g.aliasesVi()) {
        score = Math.max(score, score(h, Text.key(alias)));
      }
      if (score > bestScore) {
        bestScore = score;
        best = g;
      }
    }
    return bestScore >= NAMES ? Optional.of(GroupRef.of(directive.get().symbol(), best.number())) : Optional.empty();
  }

  /** The group whose short title the text contains, and those words; the first such group. */
  Optional<Suggestion> suggested(String text) {
    if (directive.isEmpty()) {
      return Optional.empty();
    }
    String t = Text.key(text);
    for (TaskGroupDefinition g : directive.get().groups()) {
      Optional<String> words = g.shortTitleVi().filter(s -> t.contains(Text.key(s)));
      if (words.isPresent()) {
        return Optional.of(new Suggestion(GroupRef.of(directive.get().symbol(), g.number()), words.get()));
      }
    }
    return Optional.empty();
  }

  record Suggestion(GroupRef group, String words) {}

  private static double score(String heading, String title) {
    if (heading.equals(title) || title.startsWith(heading) && heading.length() >= 20 || heading.startsWith(title)) {
      return 1;
    }
    Set<String> a = words(heading);
    Set<String> b = words(title);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    long shared = a.stream().filter(b::contains).count();
    return 2.0 * shared / (a.size() + b.size()); // Dice: a long paragraph that contains a short title's words does not name it
  }

  /** Pairs of neighbouring syllables: single syllables ("pháp", "luật") are shared by every group's title. */
  private static Set<String> words(String key) {
    List<String> syllables = Arrays.stream(key.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 1 < syllables.size(); i++) {
      pairs.add(syllables.get(i) + " " + syllables.get(i + 1));
    }
    return pairs;
  }

  static List<String> optionsOf(Optional<Directive> directive) {
    return directive.map(d -> d.groups().stream().map(g -> String.valueOf(g.number())).toList()).orElse(List.of());
  }
}
