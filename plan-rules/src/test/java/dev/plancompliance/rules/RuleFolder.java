package dev.plancompliance.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A host's folder of rules, written for a test: one DRL file that starts with {@link #HEADER}, and the two
 * message catalogues beside it. Shared with plan-examples' tests through the test jar.
 */
public final class RuleFolder {
  /** The first lines of every test rule file: the package, the model's Plan and Task, the {@code ctx} global. */
  public static final List<String> HEADER = List.of(
      "package custom;",
      "import dev.plancompliance.model.Plan;",
      "import dev.plancompliance.model.Task;",
      "global dev.plancompliance.rules.RuleContext ctx;");

  private RuleFolder() {}

  /**
   * Writes {@code dir/file}: {@link #HEADER}, then {@code rules}, one line each, so that the first rule line
   * is line 5; and {@code messages_en.properties} and {@code messages_vi.properties}. Returns {@code dir}.
   */
  public static Path write(Path dir, String file, List<String> rules, String messagesEn, String messagesVi) throws IOException {
    List<String> lines = new ArrayList<>(HEADER);
    lines.addAll(rules);
    lines.add("");
    Files.writeString(dir.resolve(file), String.join("\n", lines), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("messages_en.properties"), messagesEn, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("messages_vi.properties"), messagesVi, StandardCharsets.UTF_8);
    return dir;
  }
}
