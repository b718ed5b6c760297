package dev.plancompliance.model;

import java.util.List;
import java.util.Optional;

/**
 * The one table that reads a printed role label as a {@link Role}, so that the library — not whoever encodes
 * the plan — decides whether "Đơn vị thực hiện" names a lead or an implementer. A label is compared with case,
 * spacing, a trailing colon and old/new tone placement folded ({@link Text#key}); the rows are tried in order
 * and the first whose words the label contains decides:
 *
 * <table>
 *   <caption>Role labels</caption>
 *   <tr><th>the label contains</th><th>read as</th><th>printed for example</th></tr>
 *   <tr><td>both "chủ trì" and "phối hợp"</td><td>no role: one label for two roles</td><td>"Chủ trì, phối hợp"</td></tr>
 *   <tr><td>"chủ trì"</td><td>{@link Role#LEAD}</td><td>"Chủ trì", "Cơ quan chủ trì", "Đơn vị chủ trì thực hiện",
 *       "Chủ trì tham mưu thực hiện"</td></tr>
 *   <tr><td>"phối hợp"</td><td>{@link Role#COORDINATOR}</td><td>"Phối hợp", "Cơ quan phối hợp", "Đơn vị phối hợp
 *       thực hiện"</td></tr>
 *   <tr><td>"thực hiện" or "triển khai"</td><td>{@link Role#IMPLEMENTER}</td><td>"Đơn vị thực hiện", "Cơ quan thực
 *       hiện", "Cơ quan, đơn vị thực hiện", "Đơn vị triển khai"</td></tr>
 *   <tr><td>none of these</td><td>no role</td><td>"Cơ quan tham mưu", "Giao"</td></tr>
 * </table>
 *
 * <p>A label the table does not read is kept and reported: the accountability rules cannot judge a task whose
 * only bodies carry such a label (ACC-001 NOT_EVALUABLE, naming the label).
 */
public final class RoleLabels {
  private static final String LEAD = Text.key("chủ trì");
  private static final String COORDINATOR = Text.key("phối hợp");
  private static final List<String> IMPLEMENTER = List.of(Text.key("thực hiện"), Text.key("triển khai"));

  private RoleLabels() {}

  /** The role {@code label} names, or empty when the table reads none (or two). */
  public static Optional<Role> read(String label) {
    String key = Text.key(label.replaceAll("[:：]\\s*$", ""));
    boolean lead = key.contains(LEAD);
    boolean coordinator = key.contains(COORDINATOR);
    if (lead && coordinator) {
      return Optional.empty();
    }
    if (lead) {
      return Optional.of(Role.LEAD);
    }
    if (coordinator) {
      return Optional.of(Role.COORDINATOR);
    }
    return IMPLEMENTER.stream().anyMatch(key::contains) ? Optional.of(Role.IMPLEMENTER) : Optional.empty();
  }
}
