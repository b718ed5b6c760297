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

  private final String symbol;
  /** The directive's groups, their titles and aliases folded and cut into syllable pairs once. */
  private final List<Group> groups;

  private record Title(String key, Set<String> pairs) {
    static Title of(String printed) {
      String key = Text.key(printed);
      return new Title(key, words(key));
    }
  }

  private record Group(int number, List<Title> titles, Optional<String> shortTitle) {}

  GroupMatcher(Optional<Directive> directive) {
    this.symbol = directive.map(Directive::symbol).orElse("");
    this.groups = directive.map(d -> d.groups().stream().map(GroupMatcher::group).toList()).orElse(List.of());
  }

  private static Group group(TaskGroupDefinition g) {
    List<Title> titles = new java.util.ArrayList<>();
    titles.add(Title.of(g.titleVi()));
    g.aliasesVi().forEach(a -> titles.add(Title.of(a)));
    return new Group(g.number(), List.copyOf(titles), g.shortTitleVi());
  }

  /** The group the heading names, if it names one. */
  Optional<GroupRef> named(String heading) {
    if (groups.isEmpty() || heading.isBlank()) {
      return Optional.empty();
    }
    Title h = Title.of(heading);
    Group best = null;
    double bestScore = 0;
    for (Group g : groups) {
      double score = 0;
      for (Title title : g.titles()) {
        score = Math.max(score, score(h, title));
      }
      if (score > bestScore) {
        bestScore = score;
        best = g;
      }
    }
    return bestScore >= NAMES ? Optional.of(GroupRef.of(symbol, best.number())) : Optional.empty();
  }

  /** The group whose short title the text contains, and those words; the first such group. */
  Optional<Suggestion> suggested(String text) {
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    String t = Text.key(text);
    for (Group g : groups) {
      Optional<String> words = g.shortTitle().filter(s -> t.contains(Text.key(s)));
      if (words.isPresent()) {
        return Optional.of(new Suggestion(GroupRef.of(symbol, g.number()), words.get()));
      }
    }
    return Optional.empty();
  }

  record Suggestion(GroupRef group, String words) {}

  private static double score(Title heading, Title title) {
    String h = heading.key();
    String t = title.key();
    if (h.equals(t) || t.startsWith(h) && h.length() >= 20 || h.startsWith(t)) {
      return 1;
    }
    Set<String> a = heading.pairs();
    Set<String> b = title.pairs();
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
}
