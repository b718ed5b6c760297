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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles a host's {@code .drl} folder at run time with Drools' DRL compiler. Kept apart from
 * {@link RuleSets} so that a host running only the precompiled standard rules never links the compiler's
 * classes and may leave its jars out.
 */
final class DrlCompiler {
  private static final Pattern LINE_COLUMN = Pattern.compile("\\[?Line (\\d+):(\\d+)");

  private DrlCompiler() {}

  /**
   * Compiles every {@code .drl} under {@code dir} into one KieBase. Throws {@link RuleSetException} listing
   * every compile error as {@code file:line:column: message} with the offending line quoted.
   */
  static CompiledRuleSet compile(Path dir, MessageCatalogue messages) {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        sources.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules from " + dir, e);
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no .drl file under " + dir);
    }
    return compile(dir.toString(), sources, messages);
  }

  static CompiledRuleSet compile(String name, Map<String, String> sources, MessageCatalogue messages) {
    KieServices ks = KieServices.get();
    ReleaseId releaseId = ks.newReleaseId("dev.plancompliance.custom", "rules-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(releaseId);
    sources.forEach((file, text) -> kfs.write("src/main/resources/custom/" + file, text));
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (errors.size() > 1) {
      // the parser's summary of its own errors adds nothing a person can act on
      errors = errors.stream().filter(m -> !m.getText().contains("Parser returned a null Package")).toList();
    }
    if (!errors.isEmpty()) {
      // report everything at once: compile errors, then what the source shows of the metadata contract
      List<String> problems = new ArrayList<>(errors.stream().map(m -> describe(m, sources)).toList());
      problems.addAll(RuleSets.contractProblems(DrlRule.parse(sources), messages, new LinkedHashMap<>()));
      throw new RuleSetException("rules in " + name + " do not compile", problems);
    }
    try {
      KieBase kieBase = ks.newKieContainer(releaseId).newKieBase(RuleSets.baseConfiguration());
      return RuleSets.describe(name, kieBase, sources, "custom", messages);
    } finally {
      ks.getRepository().removeKieModule(releaseId);
    }
  }

  private static String describe(Message m, Map<String, String> sources) {
    String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^(src/main/resources/)?custom/", "");
    int line = m.getLine();
    int column = m.getColumn();
    Matcher lc = LINE_COLUMN.matcher(m.getText());
    if (lc.find()) {
      line = line > 0 ? line : Integer.parseInt(lc.group(1));
      column = Integer.parseInt(lc.group(2)) + 1;
    }
    String text = m.getText().replaceAll("\\s+", " ").trim();
    StringBuilder sb = new StringBuilder(path.isEmpty() ? "?" : path);
    sb.append(':').append(Math.max(line, 0)).append(':').append(Math.max(column, 0)).append(": ").append(text);
    String source = sources.get(path);
    if (source != null && line > 0) {
      String[] lines = source.split("\\R", -1);
      if (line <= lines.length) {
        sb.append("\n      ").append(lines[line - 1].stripTrailing());
        if (column > 0) {
          sb.append("\n      ").append(" ".repeat(column - 1)).append('^');
        }
      }
    }
    return sb.toString();
  }
}
