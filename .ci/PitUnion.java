import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The union of several PIT runs (README, "Test strength"): a mutant counts as killed when any run detects it.
 * Mutants are keyed by class, method, descriptor, line, mutator and index, so the same mutant made by a module's
 * own run and by a cross-module run is counted once. Prints the score per module and per package, and writes
 * every mutant no run detects to the file after {@code --survivors}. With {@code --equivalents .ci/pit-equivalents.tsv}
 * the undetected mutants listed there (argued equivalent: no input tells them from the code) are counted apart, the
 * score is also given over the mutants that can be told apart, and a listed mutant that is no longer undetected is
 * printed as stale (the code moved or a test now kills it).
 *
 * <pre>java .ci/PitUnion.java [--survivors target/pit-survivors.md] [--equivalents .ci/pit-equivalents.tsv] plan-*&#47;target/pit-reports*&#47;mutations.xml</pre>
 *
 * A single-file program (no build, no dependency): the JDK runs it from source.
 */
public final class PitUnion {
  private record Mutant(String clazz, String method, String line, String mutator, String description) {}

  public static void main(String[] args) throws Exception {
    Path survivorsOut = null;
    Map<String, String> equivalents = new TreeMap<>(); // class, method, line, mutator, description -> why
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--survivors") && i + 1 < args.length) {
        survivorsOut = Path.of(args[++i]);
      } else if (args[i].equals("--equivalents") && i + 1 < args.length) {
        for (String line : Files.readAllLines(Path.of(args[++i]), StandardCharsets.UTF_8)) {
          String[] f = line.split("\t");
          if (!line.startsWith("#") && f.length == 6) {
            equivalents.put(String.join("|", f[0], f[1], f[2], f[3], f[4]), f[5]);
          }
        }
      } else {
        inputs.add(Path.of(args[i]));
      }
    }
    if (inputs.isEmpty()) {
      System.err.println("usage: java .ci/PitUnion.java [--survivors FILE] [--equivalents FILE] mutations.xml...");
      System.exit(2);
    }
    Map<String, Mutant> mutants = new TreeMap<>();
    Map<String, Boolean> detected = new TreeMap<>();
    for (Path input : inputs) {
      read(input, mutants, detected);
    }
    Map<String, int[]> byModule = new TreeMap<>();
    Map<String, int[]> byPackage = new TreeMap<>();
    List<Mutant> survivors = new ArrayList<>();
    java.util.Set<String> stale = new java.util.TreeSet<>(equivalents.keySet());
    for (Map.Entry<String, Mutant> e : mutants.entrySet()) {
      Mutant m = e.getValue();
      boolean killed = detected.get(e.getKey());
      String listed = String.join("|", m.clazz(), m.method(), m.line(), m.mutator().replaceFirst(".*\\.", ""), m.description());
      boolean equivalent = !killed && equivalents.containsKey(listed);
      if (equivalent) {
        stale.remove(listed);
      }
      String pkg = m.clazz().substring(0, m.clazz().lastIndexOf('.'));
      count(byModule, module(pkg), killed, equivalent);
      count(byPackage, pkg, killed, equivalent);
      if (!killed && !equivalent) {
        survivors.add(m);
      }
    }
    System.out.printf("%d mutation files, %d distinct mutants%n", inputs.size(), mutants.size());
    print("module", byModule);
    print("package", byPackage);
    java.util.Set<String> classes = new java.util.HashSet<>();
    mutants.values().forEach(m -> classes.add(m.clazz()));
    stale.stream().filter(k -> classes.contains(k.substring(0, k.indexOf('|')))) // a class these runs did not mutate says nothing
        .forEach(k -> System.out.println("stale equivalent (not an undetected mutant of these runs): " + k));
    if (survivorsOut != null) {
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(survivorsOut, StandardCharsets.UTF_8))) {
        out.printf("# Mutants no run detects (%d)%n%n| class | method | line | mutator | change |%n|---|---|---|---|---|%n", survivors.size());
        for (Mutant m : survivors) {
          out.printf("| %s | %s | %s | %s | %s |%n", m.clazz(), m.method(), m.line(), m.mutator().replaceFirst(".*\\.", ""),
              m.description().replace("|", "\\|"));
        }
      }
      System.out.println("survivors: " + survivorsOut);
    }
  }

  private static String module(String pkg) {
    return pkg.startsWith("dev.plancompliance.model") ? "plan-model" : pkg.startsWith("dev.plancompliance.rules") ? "plan-rules" : "plan-examples";
  }

  private static void read(Path input, Map<String, Mutant> mutants, Map<String, Boolean> detected) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList list = factory.newDocumentBuilder().parse(input.toFile()).getElementsByTagName("mutation");
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      Mutant m = new Mutant(text(e, "mutatedClass"), text(e, "mutatedMethod"), text(e, "lineNumber"), text(e, "mutator"), text(e, "description"));
      String key = String.join("\u0000", m.clazz(), m.method(), text(e, "methodDescription"), m.line(), m.mutator(), text(e, "indexes"));
      mutants.putIfAbsent(key, m);
      detected.merge(key, Boolean.parseBoolean(e.getAttribute("detected")), Boolean::logicalOr);
    }
  }

  private static String text(Element e, String tag) {
    NodeList nodes = e.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }

  private static void count(Map<String, int[]> counts, String key, boolean killed, boolean equivalent) {
    int[] c = counts.computeIfAbsent(key, k -> new int[3]);
    c[0]++;
    c[1] += killed ? 1 : 0;
    c[2] += equivalent ? 1 : 0;
  }

  private static void print(String heading, Map<String, int[]> counts) {
    System.out.printf("%n| %s | mutants | killed | argued equivalent | score | of those told apart |%n|---|---|---|---|---|---|%n", heading);
    counts.forEach((k, c) -> System.out.printf("| %s | %d | %d | %d | %.1f %% | %.1f %% |%n", k, c[0], c[1], c[2], 100.0 * c[1] / c[0],
        c[0] == c[2] ? 100.0 : 100.0 * c[1] / (c[0] - c[2])));
  }
}
