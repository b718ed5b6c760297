package dev.plancompliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.model.json.PlanFormatException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host that runs only the standard rules may leave Drools' DRL compiler out: a JVM whose class path is
 * this module's without the jars plan-rules declares optional (drools-mvel, drools-xml-support and what
 * only they bring) gives, plan for plan, the reports the full class path gives, and a rule folder there is
 * refused with a message that says which dependency to add.
 */
class WithoutTheDrlCompilerTest {
  /** The jars that only the optional DRL compiler brings (plan-rules' dependency tree; the README lists them). */
  static final Pattern COMPILER_ONLY = Pattern.compile(
      "(drools-mvel|mvel2|drools-compiler|drools-drl-parser|drools-drl-extensions|drools-drl-ast|drools-io|drools-ecj|ecj"
          + "|antlr4-runtime|antlr-runtime|kie-util-maven-support|drools-xml-support|xstream|mxparser|xmlpull"
          + "|drools-model-codegen|drools-codegen-common|drools-model-prototype|javaparser-core|drools-mvel-parser"
          + "|drools-mvel-compiler)-[0-9][^/\\\\]*\\.jar$");
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** Run in the lean JVM: validates every plan named on the command line, or compiles a rule folder. */
  public static void main(String[] args) throws IOException {
    if (args[0].equals("--rules")) {
      try {
        PlanValidator.builder().withStandardRules().addRules(Path.of(args[1])).build();
        System.out.println("compiled");
      } catch (RuleSetException e) {
        System.out.println(e.getMessage());
      }
      return;
    }
    System.out.print(reports(Arrays.stream(args).map(Path::of).toList()));
  }

  private static String reports(List<Path> plans) {
    PlanValidator validator = PlanValidator.builder().withStandardRules().build();
    StringBuilder sb = new StringBuilder();
    for (Path p : plans) {
      try {
        Plan plan = PlanDocuments.read(p);
        sb.append(validator.validate(plan, AS_OF).toJson()).append('\n');
      } catch (PlanFormatException e) {
        sb.append("unreadable ").append(p.getFileName()).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sb.toString();
  }

  private static List<Path> rulePlans() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/rule-cases"))) {
      return files.filter(p -> p.toString().matches(".*/(pass|fail)/[^/]+\\.json")).sorted().toList();
    }
  }

  private static String leanClassPath() {
    List<String> kept = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      (COMPILER_ONLY.matcher(entry).find() ? left : kept).add(entry);
    }
    assertTrue(left.size() >= 15, "the test class path holds the DRL compiler's jars: " + left);
    return String.join(File.pathSeparator, kept);
  }

  private static String runLean(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
        "-cp", leanClassPath(), WithoutTheDrlCompilerTest.class.getName()));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), out);
    return out;
  }

  @Test
  void theStandardRules_giveTheSameReportsWithoutTheCompiler() throws Exception {
    List<Path> plans = rulePlans();
    String full = reports(plans);
    assertTrue(plans.size() > 100 && full.contains("\"NOT_COMPLIANT\"") && full.contains("\"COMPLIANT\""),
        "the rule cases hold plans that pass and plans that fail");
    String lean = runLean(plans.stream().map(Path::toString).toList());
    assertEquals(full, lean);
  }

  @Test
  void aRuleFolder_withoutTheCompiler_saysWhichDependencyToAdd(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("host.drl"), "package host.rules;\n");
    String out = runLean(List.of("--rules", dir.toString()));
    assertTrue(out.contains("org.drools:drools-mvel"), out);
    assertTrue(out.contains(dir.toString()), out);
  }

  @Test
  void theCompilerOnlyJars_areTheOptionalOnesOfThePom() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    String optional = Pattern.compile("<artifactId>([^<]+)</artifactId>\\s*<optional>true</optional>").matcher(pom)
        .results().map(m -> m.group(1)).sorted().collect(Collectors.joining(","));
    assertEquals("drools-mvel,drools-xml-support", optional);
  }
}
