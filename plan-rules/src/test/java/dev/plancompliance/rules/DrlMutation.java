package dev.plancompliance.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Mutation testing of the rules themselves: each standard {@code .drl} is mutated one change at a time (a
 * comparison flipped, a {@code !} dropped or added, a constraint or a pattern removed, a {@code not}
 * dropped, a literal changed, an outcome call — {@code ctx.fail…}, {@code notApplicable},
 * {@code notEvaluable} — removed), each mutant is compiled beside the other standard files, and the rule
 * cases are run on it. A mutant is killed when some case fails, stillborn when it does not compile; a
 * survivor is a change no case notices. Scores are per rule id (the {@code @id} of the rule the change
 * sits in).
 */
final class DrlMutation {
  /** One changed copy of one rule file. */
  record Mutant(String file, String ruleId, String rule, int line, String operator, String description, String drl) {}

  /** What the cases made of a mutant. */
  enum Fate {
    KILLED,
    SURVIVED,
    STILLBORN
  }

  record Result(Mutant mutant, Fate fate, String by) {}

  private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");
  private static final Pattern COMPARISON = Pattern.compile("==|!=|>=|<=|(?<![-=<>])>(?![=>])|(?<![<=-])<(?![=<-])");
  private static final Map<String, String> FLIPPED = Map.of("==", "!=", "!=", "==", ">=", "<", "<=", ">", ">", "<=", "<", ">=");
  private static final Pattern BANG = Pattern.compile("!(?!=)");
  private static final Pattern BARE_BOOLEAN = Pattern.compile("(?<=[(,]\\s{0,3})(?<![!])([a-z][\\w.]*(?:\\([^()]*\\))?)(?=\\s*[,)])");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])(\\d+)(?![\\w.])");
  private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");
  private static final Pattern PATTERN_START = Pattern.compile("(?<![\\w.])([A-Z]\\w*)\\(");

  private DrlMutation() {}

  /** Every mutant of {@code drl}, the text of the rule file {@code file}. */
  static List<Mutant> mutants(String file, String drl) {
    List<String> lines = drl.lines().toList();
    List<Mutant> out = new ArrayList<>();
    String rule = null;
    String id = null;
    String section = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String t = line.strip();
      Matcher r = RULE.matcher(t);
      if (r.find()) {
        rule = r.group(1);
        id = null;
        section = "head";
      }
      if (rule == null) {
        continue;
      }
      Matcher idm = ID.matcher(line);
      if (idm.find()) {
        id = idm.group(1);
      }
      if (t.equals("when")) {
        section = "when";
        continue;
      }
      if (t.equals("then")) {
        section = "then";
        continue;
      }
      if (t.equals("end")) {
        rule = null;
        continue;
      }
      if (id == null || t.startsWith("//")) {
        continue;
      }
      Sink sink = new Sink(out, file, id, rule, lines, i);
      if (section.equals("when")) {
        lhs(line, sink);
      } else if (section.equals("then") && t.startsWith("ctx.") && (t.startsWith("ctx.fail") || t.startsWith("ctx.notApplicable") || t.startsWith("ctx.notEvaluable"))) {
        int last = i;
        while (last < lines.size() - 1 && !lines.get(last).strip().endsWith(";")) {
          last++;
        }
        sink.removeLines(i, last, "outcome call removed", t.substring(0, Math.min(60, t.length())));
      }
    }
    return out;
  }

  private static void lhs(String line, Sink sink) {
    String t = line.strip();
    Matcher c = COMPARISON.matcher(line);
    while (c.find()) {
      if (!inString(line, c.start())) {
        sink.replace(c.start(), c.end(), FLIPPED.get(c.group()), "comparison flipped", c.group() + " → " + FLIPPED.get(c.group()));
      }
    }
    Matcher b = BANG.matcher(line);
    while (b.find()) {
      if (!inString(line, b.start())) {
        sink.replace(b.start(), b.end(), "", "! dropped", "at column " + (b.start() + 1));
      }
    }
    Matcher bare = BARE_BOOLEAN.matcher(line);
    while (bare.find()) {
      if (!inString(line, bare.start()) && !bare.group(1).startsWith("$")) {
        sink.replace(bare.start(), bare.start(), "!", "! added", "before " + bare.group(1));
      }
    }
    Matcher n = NUMBER.matcher(line);
    while (n.find()) {
      if (!inString(line, n.start())) {
        sink.replace(n.start(), n.end(), String.valueOf(Long.parseLong(n.group(1)) + 1), "literal changed", n.group(1) + " → " + (Long.parseLong(n.group(1)) + 1));
      }
    }
    Matcher s = STRING.matcher(line);
    while (s.find()) {
      sink.replace(s.start(), s.end(), "\"" + s.group(1) + "~\"", "literal changed", s.group() + " → \"" + s.group(1) + "~\"");
    }
    if (t.startsWith("not ")) {
      int at = line.indexOf("not ");
      sink.replace(at, at + 4, "", "not dropped", t.substring(0, Math.min(50, t.length())));
    }
    // a constraint removed, for each pattern whose parentheses close on this line
    Matcher p = PATTERN_START.matcher(line);
    while (p.find()) {
      int open = p.end() - 1;
      int close = closing(line, open);
      if (close < 0) {
        continue;
      }
      List<int[]> parts = topLevelParts(line, open + 1, close);
      for (int k = 0; k < parts.size(); k++) {
        int[] part = parts.get(k);
        int from = k == 0 ? part[0] : parts.get(k - 1)[1];
        int to = k == 0 && parts.size() > 1 ? parts.get(1)[0] : part[1];
        String removed = line.substring(part[0], part[1]).strip();
        if (!removed.isEmpty()) {
          sink.replace(from, to, "", "constraint removed", p.group(1) + "( " + removed + " )");
        }
      }
    }
    // a pattern removed: a line that is one whole pattern
    if ((t.matches("^(\\$\\w+\\s*:\\s*)?[A-Z]\\w*\\(.*\\)$") || t.matches("^(not|exists) .*\\)$")) && balanced(t)) {
      sink.removeLines(sink.index, sink.index, "pattern removed", t.substring(0, Math.min(60, t.length())));
    }
  }

  private static boolean inString(String line, int at) {
    int quotes = 0;
    for (int i = 0; i < at; i++) {
      if (line.charAt(i) == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }

  private static int closing(String line, int open) {
    int depth = 0;
    for (int i = open; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"' ) {
        int end = line.indexOf('"', i + 1);
        if (end < 0) {
          return -1;
        }
        i = end;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The comma-separated parts of {@code line} between {@code from} and {@code to}, at parenthesis depth 0. */
  private static List<int[]> topLevelParts(String line, int from, int to) {
    List<int[]> parts = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        i = Math.max(i, line.indexOf('"', i + 1));
      } else if (ch == '(' || ch == '[' || ch == '{') {
        depth++;
      } else if (ch == ')' || ch == ']' || ch == '}') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        parts.add(new int[] {start, i});
        start = i + 1;
      }
    }
    parts.add(new int[] {start, to});
    return parts;
  }

  private static boolean balanced(String t) {
    int depth = 0;
    for (char ch : t.toCharArray()) {
      depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** Collects the mutants of one line. */
  private static final class Sink {
    final List<Mutant> out;
    final String file;
    final String id;
    final String rule;
    final List<String> lines;
    final int index;

    Sink(List<Mutant> out, String file, String id, String rule, List<String> lines, int index) {
      this.out = out;
      this.file = file;
      this.id = id;
      this.rule = rule;
      this.lines = lines;
      this.index = index;
    }

    void replace(int from, int to, String with, String operator, String what) {
      List<String> copy = new ArrayList<>(lines);
      String line = lines.get(index);
      copy.set(index, line.substring(0, from) + with + line.substring(to));
      out.add(new Mutant(file, id, rule, index + 1, operator, what, String.join("\n", copy) + "\n"));
    }

    void removeLines(int first, int last, String operator, String what) {
      List<String> copy = new ArrayList<>(lines);
      for (int i = first; i <= last; i++) {
        copy.set(i, "");
      }
      out.add(new Mutant(file, id, rule, first + 1, operator, what, String.join("\n", copy) + "\n"));
    }
  }

  /**
   * Runs every mutant of the rule files in {@code rulesDir} against the cases in {@code casesDir}, each
   * compiled in a folder of its own under {@code work}; {@code progress} hears of each result.
   */
  static List<Result> run(Path rulesDir, Path casesDir, Path work, java.util.function.Consumer<Result> progress) throws IOException {
    Map<String, String> files = new TreeMap<>();
    List<Path> others = new ArrayList<>();
    try (Stream<Path> s = Files.list(rulesDir)) {
      for (Path p : s.sorted().toList()) {
        if (p.toString().endsWith(".drl")) {
          files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
        } else if (p.toString().endsWith(".properties")) {
          others.add(p);
        }
      }
    }
    List<RuleCases.RuleCase> cases = RuleCases.cases(casesDir);
    // the cases that pass on the unchanged files are the ones that can kill
    Path original = folder(work.resolve("original"), files, others, null, null);
    PlanValidator unchanged = PlanValidator.builder().addRules(original).build();
    List<RuleCases.RuleCase> live = cases.stream().filter(c -> RuleCases.run(unchanged, c).passed()).toList();
    if (live.size() < cases.size()) {
      throw new IllegalStateException((cases.size() - live.size()) + " rule cases fail on the unchanged rule files compiled from a folder");
    }
    List<Result> results = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, String> f : files.entrySet()) {
      for (Mutant m : mutants(f.getKey(), f.getValue())) {
        Path dir = folder(work.resolve("m" + (n++)), files, others, m.file(), m.drl());
        Result result;
        PlanValidator validator;
        try {
          validator = PlanValidator.builder().addRules(dir).build();
        } catch (RuntimeException e) {
          result = new Result(m, Fate.STILLBORN, e.getClass().getSimpleName());
          results.add(result);
          progress.accept(result);
          delete(dir);
          continue;
        }
        String by = null;
        // the rule's own cases first: they are the likeliest to notice
        List<RuleCases.RuleCase> ordered = new ArrayList<>(live.stream().filter(c -> c.ruleId().equals(m.ruleId())).toList());
        live.stream().filter(c -> !c.ruleId().equals(m.ruleId())).forEach(ordered::add);
        for (RuleCases.RuleCase c : ordered) {
          if (!RuleCases.run(validator, c).passed()) {
            by = c.ruleId() + "/" + c.kind() + "/" + c.caseName();
            break;
          }
        }
        result = new Result(m, by == null ? Fate.SURVIVED : Fate.KILLED, by);
        results.add(result);
        progress.accept(result);
        delete(dir);
      }
    }
    return results;
  }

  private static Path folder(Path dir, Map<String, String> files, List<Path> others, String mutated, String text) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getKey().equals(mutated) ? text : f.getValue(), StandardCharsets.UTF_8);
    }
    for (Path p : others) {
      Files.copy(p, dir.resolve(p.getFileName()));
    }
    return dir;
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The score table: per rule id, mutants, stillborn, killed, survived, score; then each survivor. */
  /**
   * The survivors argued equivalent: no plan, set or progress report can tell them from the rule as written.
   * One per line, {@code rule name<TAB>operator: description<TAB>why}; {@code #} starts a comment. Keyed by
   * rule name and mutation, not by line, so edits elsewhere in a file do not stale the list.
   */
  static Map<String, String> equivalents(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length != 3 || parts[2].isBlank()) {
        throw new IllegalArgumentException(file + ": expected rule<TAB>mutation<TAB>why, got: " + line);
      }
      out.put(parts[0] + "\t" + parts[1], parts[2]);
    }
    return out;
  }

  static String key(Mutant m) {
    return m.rule() + "\t" + m.operator() + ": " + m.description();
  }

  /**
   * Per rule id: mutants, stillborn, killed, survived, equivalent (a survivor listed in {@code equivalents}) and
   * the score killed / (killed + survived), equivalents left out; then each survivor, each equivalent with its
   * argument, and each listed equivalent that no longer survives (killed or no longer made: the list is stale).
   */
  static String report(List<Result> results, Map<String, String> equivalents) {
    Map<String, int[]> byRule = new TreeMap<>();
    java.util.Set<String> equivalentSeen = new java.util.HashSet<>();
    for (Result r : results) {
      int[] c = byRule.computeIfAbsent(r.mutant().ruleId(), k -> new int[4]);
      boolean equivalent = r.fate() == Fate.SURVIVED && equivalents.containsKey(key(r.mutant()));
      if (equivalent) {
        equivalentSeen.add(key(r.mutant()));
      }
      c[equivalent ? 3 : r.fate().ordinal()]++;
    }
    StringBuilder sb = new StringBuilder("| rule | mutants | stillborn | killed | survived | equivalent | score |\n|---|---|---|---|---|---|---|\n");
    int[] all = new int[4];
    for (Map.Entry<String, int[]> e : byRule.entrySet()) {
      int[] c = e.getValue();
      for (int i = 0; i < 4; i++) {
        all[i] += c[i];
      }
      sb.append(row(e.getKey(), c));
    }
    sb.append(row("all", all));
    results.stream().filter(r -> r.fate() == Fate.SURVIVED && !equivalents.containsKey(key(r.mutant()))).forEach(r -> sb.append(line("survived", r)).append('\n'));
    results.stream().filter(r -> r.fate() == Fate.SURVIVED && equivalents.containsKey(key(r.mutant())))
        .forEach(r -> sb.append(line("equivalent", r)).append(" — ").append(equivalents.get(key(r.mutant()))).append('\n'));
    equivalents.keySet().stream().filter(k -> !equivalentSeen.contains(k)).forEach(k -> sb.append("stale equivalent (killed or no longer made): ").append(k.replace('\t', ' ')).append('\n'));
    return sb.toString();
  }

  private static String row(String id, int[] c) {
    return String.format("| %s | %d | %d | %d | %d | %d | %s |%n", id, c[0] + c[1] + c[2] + c[3], c[2], c[0], c[1], c[3], score(c[0], c[1]));
  }

  private static String line(String what, Result r) {
    return what + " " + r.mutant().ruleId() + " " + r.mutant().file() + ":" + r.mutant().line() + " (" + r.mutant().rule() + ") " + r.mutant().operator() + ": "
        + r.mutant().description();
  }

  private static String score(int killed, int survived) {
    return killed + survived == 0 ? "–" : String.format("%.0f %%", 100.0 * killed / (killed + survived));
  }
}
