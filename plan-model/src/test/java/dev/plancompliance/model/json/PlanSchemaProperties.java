package dev.plancompliance.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.testkit.PlanProgress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Plans and progress reports the writer produces are valid; schema and reader agree on every small damage to them. */
class PlanSchemaProperties {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plan();
  }

  @Property(tries = 200)
  void writtenDocument_isValidAgainstTheSchema(@ForAll("plans") Plan plan) {
    assertEquals(List.of(), PlanSchema.validate(PlanDocuments.write(plan)));
  }

  @Property(tries = 200)
  void writtenDocument_readsBackEqualAndRewritesIdentically(@ForAll("plans") Plan plan) {
    String written = PlanDocuments.write(plan);
    Plan read = PlanDocuments.read(written, "generated.json");
    assertEquals(plan, read);
    assertEquals(written, PlanDocuments.write(read));
  }

  /** One damage to one field of a written document: none of these can break a rule that spans two values. */
  enum Damage {
    REMOVE, NULL, EMPTY_OBJECT, EMPTY_ARRAY, TRUE, MINUS_ONE, TEXT, BLANK_TEXT;

    JsonNode apply() {
      JsonNodeFactory f = JsonNodeFactory.instance;
      return switch (this) {
        case REMOVE -> null;
        case NULL -> f.nullNode();
        case EMPTY_OBJECT -> f.objectNode();
        case EMPTY_ARRAY -> f.arrayNode();
        case TRUE -> f.booleanNode(true);
        case MINUS_ONE -> f.numberNode(-1);
        case TEXT -> f.textNode("x y"); // never a generated id or code, so it cannot make a duplicate
        case BLANK_TEXT -> f.textNode(" ");
      };
    }
  }

  @Property(tries = 500)
  void damagedDocument_isAcceptedOrRejectedAlikeBySchemaAndReader(
      @ForAll("plans") Plan plan, @ForAll @IntRange(min = 0, max = 100_000) int pick, @ForAll Damage damage) throws Exception {
    assertSchemaAndReaderAgree(PlanDocuments.write(plan), pick, damage, PlanSchema::validate, json -> PlanDocuments.read(json, "damaged.json"),
        field -> false);
  }

  @Provide
  Arbitrary<ProgressReport> progressReports() {
    return dev.plancompliance.model.testkit.PlanArbitraries.withProgress(dev.plancompliance.model.testkit.PlanArbitraries.plans())
        .map(PlanProgress::progress);
  }

  @Property(tries = 200)
  void writtenProgressReport_isValidAgainstTheProgressSchema_andReadsBackEqual(@ForAll("progressReports") ProgressReport progress) {
    String written = PlanDocuments.writeProgress(progress);
    assertEquals(List.of(), PlanSchema.validateProgress(written));
    assertEquals(progress, PlanDocuments.readProgress(written, "progress.json"));
  }

  @Property(tries = 300)
  void damagedProgressReport_isAcceptedOrRejectedAlikeBySchemaAndReader(
      @ForAll("progressReports") ProgressReport progress, @ForAll @IntRange(min = 0, max = 100_000) int pick, @ForAll Damage damage)
      throws Exception {
    // without its period an entry may repeat another's task: one entry per task and period is a rule across
    // entries, which the schema leaves to the reader
    assertSchemaAndReaderAgree(PlanDocuments.writeProgress(progress), pick, damage, PlanSchema::validateProgress,
        json -> PlanDocuments.readProgress(json, "damaged.json"), field -> damage == Damage.REMOVE && field.equals("period"));
  }

  /**
   * Damages one field of {@code written} (picked by {@code pick}) and requires schema and reader to agree on
   * the result, unless the damaged field is one {@code acrossValues} says the damage can break a rule across
   * values with.
   */
  private static void assertSchemaAndReaderAgree(String written, int pick, Damage damage,
      Function<String, List<com.networknt.schema.Error>> schema, Consumer<String> reader, Predicate<String> acrossValues) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(written);
    List<Object[]> fields = new ArrayList<>();
    collect(root, fields);
    Object[] target = fields.get(pick % fields.size());
    ObjectNode owner = (ObjectNode) target[0];
    String name = (String) target[1];
    Assume.that(!acrossValues.test(name));
    JsonNode replacement = damage.apply();
    if (replacement == null) {
      owner.remove(name);
    } else {
      owner.set(name, replacement);
    }
    String json = JSON.writeValueAsString(root);
    boolean schemaAccepts = schema.apply(json).isEmpty();
    boolean readerAccepts;
    String why = "";
    try {
      reader.accept(json);
      readerAccepts = true;
    } catch (PlanFormatException e) {
      readerAccepts = false;
      why = e.getMessage();
    }
    assertEquals(schemaAccepts, readerAccepts, damage + " of \"" + name + "\": schema " + schema.apply(json) + ", reader " + why);
  }

  private static void collect(JsonNode node, List<Object[]> fields) {
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        fields.add(new Object[] {node, name});
        collect(node.get(name), fields);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, fields));
    }
  }
}
