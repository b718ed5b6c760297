package dev.plancompliance.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plancompliance.model.Plan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Documents the writer produces are valid; schema and reader agree on every small damage to them. */
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
    ObjectNode root = (ObjectNode) JSON.readTree(PlanDocuments.write(plan));
    List<Object[]> fields = new ArrayList<>();
    collect(root, fields);
    Object[] target = fields.get(pick % fields.size());
    ObjectNode owner = (ObjectNode) target[0];
    String name = (String) target[1];
    JsonNode replacement = damage.apply();
    if (replacement == null) {
      owner.remove(name);
    } else {
      owner.set(name, replacement);
    }
    String json = JSON.writeValueAsString(root);
    boolean schemaAccepts = PlanSchema.validate(json).isEmpty();
    boolean readerAccepts;
    String why = "";
    try {
      PlanDocuments.read(json, "damaged.json");
      readerAccepts = true;
    } catch (PlanFormatException e) {
      readerAccepts = false;
      why = e.getMessage();
    }
    assertEquals(schemaAccepts, readerAccepts,
        damage + " of \"" + name + "\": schema " + PlanSchema.validate(json) + ", reader " + why);
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
