package dev.plancompliance.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/** Loads the standard rule set from its precompiled executable model, and compiles hosts' DRL folders. */
final class RuleSets {
  /** The standard rule files, in catalogue order. A test checks this list against the resource folder. */
  static final List<String> STANDARD_FILES =
      List.of("coverage.drl", "accountability.drl", "budget.drl", "deadlines.drl", "reporting.drl", "structure.drl", "hierarchy.drl");

  private static final String RULES_DIR = "/dev/plancompliance/rules/";
  private static final String MODEL_INDEX = "/META-INF/kie/dev.plancompliance/plan-rules/drools-model";
  private static final Pattern LINE_COLUMN = Pattern.compile("\\[?Line (\\d+):(\\d+)");

  private RuleSets() {}

  /** The standard catalogue: the executable model generated at build time, no DRL compiled here. */
  static CompiledRuleSet standard(MessageCatalogue messages) {
    List<Model> models = new ArrayList<>();
    for (String className : modelClassNames()) {
      try {
        models.add((Model) Class.forName(className, true, RuleSets.class.getClassLoader()).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("the standard rules' executable model class " + className + " cannot be loaded", e);
      }
    }
    KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, baseConfiguration());
    Map<String, String> sources = new LinkedHashMap<>();
    for (String file : STANDARD_FILES) {
      sources.put(file, resourceText(RULES_DIR + "source/" + file));
    }
    return describe("standard", kieBase, sources, standardVersion(), messages);
  }

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
      problems.addAll(contractProblems(DrlRule.parse(sources), messages, new LinkedHashMap<>()));
      throw new RuleSetException("rules in " + name + " do not compile", problems);
    }
    try {
      KieBase kieBase = ks.newKieContainer(releaseId).newKieBase(baseConfiguration());
      return describe(name, kieBase, sources, "custom", messages);
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

  private static CompiledRuleSet describe(String name, KieBase kieBase, Map<String, String> sources, String version, MessageCatalogue messages) {
    List<DrlRule> drlRules = DrlRule.parse(sources);
    Map<String, RuleInfo> infos = new LinkedHashMap<>();
    List<String> problems = contractProblems(drlRules, messages, infos);
    if (!problems.isEmpty()) {
      throw new RuleSetException("rules in " + name + " break the metadata contract", problems);
    }
    Map<String, String> ids = new LinkedHashMap<>();
    boolean declaresContext = false;
    for (KiePackage pkg : kieBase.getKiePackages()) {
      declaresContext |= pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(Engine.CONTEXT_GLOBAL));
      for (Rule rule : pkg.getRules()) {
        Object id = rule.getMetaData().get("id");
        if (id != null) {
          ids.put(rule.getName(), id.toString());
        }
      }
    }
    List<RuleSetDigest> digests = new ArrayList<>();
    sources.forEach((file, text) -> digests.add(new RuleSetDigest(file, version, sha256(text),
        infos.values().stream().filter(r -> r.ruleSet().equals(file)).map(RuleInfo::id).sorted().toList())));
    List<RuleInfo> ordered = infos.values().stream().sorted(java.util.Comparator.comparing(RuleInfo::id)).toList();
    return CompiledRuleSet.of(name, kieBase, declaresContext, ids, ordered, digests);
  }

  /** Every breach of the metadata and message contract the sources show; fills {@code infos} with the rules that keep it. */
  static List<String> contractProblems(List<DrlRule> rules, MessageCatalogue messages, Map<String, RuleInfo> infos) {
    List<String> problems = new ArrayList<>();
    RuleMetadata.check(rules, messages, problems, infos);
    MessageLint.check(rules, messages, problems);
    return problems;
  }

  private static KieBaseConfiguration baseConfiguration() {
    KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
    conf.setOption(ConsequenceExceptionHandlerOption.get(RuleFailureHandler.class));
    return conf;
  }

  private static List<String> modelClassNames() {
    return resourceText(MODEL_INDEX).lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version"))
        .toList();
  }

  private static String standardVersion() {
    Properties p = new Properties();
    try (InputStream in = RuleSets.class.getResourceAsStream(RULES_DIR + "ruleset.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  static String resourceText(String resource) {
    try (InputStream in = RuleSets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " (is plan-rules built with the kie-maven-plugin?)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
