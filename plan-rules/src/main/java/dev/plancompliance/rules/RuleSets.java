package dev.plancompliance.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
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
  /** A class of Drools' DRL compiler: present when .drl files can be compiled at run time. */
  private static final String DRL_COMPILER = "org.drools.compiler.kie.builder.impl.DrlProject";

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
   * every compile error as {@code file:line:column: message} with the offending line quoted. Needs Drools'
   * DRL compiler (drools-mvel) on the class path; the standard rules do not.
   */
  static CompiledRuleSet compile(Path dir, MessageCatalogue messages) {
    try {
      Class.forName(DRL_COMPILER, false, RuleSets.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new RuleSetException("rules in " + dir + " cannot be compiled here", List.of(
          "compiling .drl files at run time needs Drools' DRL compiler on the class path: add the dependency "
              + "org.drools:drools-mvel (same version as drools-engine); the standard rules run without it"));
    }
    return DrlCompiler.compile(dir, messages);
  }

  static CompiledRuleSet describe(String name, KieBase kieBase, Map<String, String> sources, String version, MessageCatalogue messages) {
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

  /** Made by drools-core itself, not through KieServices, whose implementation lives in the DRL compiler. */
  static KieBaseConfiguration baseConfiguration() {
    KieBaseConfiguration conf = RuleBaseFactory.newKnowledgeBaseConfiguration();
    conf.setOption(ConsequenceExceptionHandlerOption.get(RuleFailureHandler.class));
    return conf;
  }

  private static List<String> modelClassNames() {
    return resourceText(MODEL_INDEX).lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version"))
        .toList();
  }

  static String standardVersion() {
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
