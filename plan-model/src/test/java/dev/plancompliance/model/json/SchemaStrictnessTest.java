package dev.plancompliance.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The published schemas hold to what Ajv's strict mode (draft 2020-12) demands of a schema, so that a host
 * validating documents with Ajv, or another strict validator, can load them: no unknown keyword
 * (strictSchema), a type beside every keyword that applies to one type only (strictTypes: {@code maxItems}
 * needs {@code "type": "array"}), and every {@code required} name among the properties beside it
 * (strictRequired). Checked by hand with ajv 8.17 {@code new Ajv2020({strict: true})}: the three schemas
 * compile; before the fix the plan and progress schemas did not, for the reasons the last test rebuilds.
 */
class SchemaStrictnessTest {
  private static final Set<String> KEYWORDS = Set.of(
      "$schema", "$id", "$ref", "$defs", "$comment", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary",
      "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly",
      "type", "enum", "const", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
      "properties", "patternProperties", "additionalProperties", "propertyNames", "required", "minProperties", "maxProperties",
      "dependentRequired", "dependentSchemas", "unevaluatedProperties", "unevaluatedItems",
      "items", "prefixItems", "contains", "minContains", "maxContains", "minItems", "maxItems", "uniqueItems",
      "minLength", "maxLength", "pattern", "format", "contentEncoding", "contentMediaType",
      "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf");
  private static final Map<String, List<String>> TYPED = Map.of(
      "array", List.of("items", "prefixItems", "contains", "minContains", "maxContains", "minItems", "maxItems", "uniqueItems"),
      "string", List.of("minLength", "maxLength", "pattern", "format"),
      "number", List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"));
  /** Keywords whose value is a map of names to schemas. */
  private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");
  /** Keywords whose value is data, not a schema. */
  private static final Set<String> DATA = Set.of("const", "enum", "examples", "default", "required", "type", "dependentRequired");

  static List<String> problems(String schema) throws Exception {
    List<String> problems = new ArrayList<>();
    walk(PlanDocuments.objectMapper().readTree(schema), "#", problems);
    return problems;
  }

  private static void walk(JsonNode node, String at, List<String> problems) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, problems);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    List<String> types = new ArrayList<>();
    node.path("type").forEach(t -> types.add(t.asText()));
    if (node.path("type").isTextual()) {
      types.add(node.get("type").asText());
    }
    TYPED.forEach((type, keywords) -> keywords.stream().filter(node::has)
        .filter(k -> !types.contains(type) && !(type.equals("number") && types.contains("integer")))
        .forEach(k -> problems.add(at + ": \"" + k + "\" without \"type\": \"" + type + "\"")));
    node.path("required").forEach(r -> {
      if (!node.path("properties").has(r.asText())) {
        problems.add(at + ": required \"" + r.asText() + "\" is not among the properties beside it");
      }
    });
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      if (!KEYWORDS.contains(key)) {
        problems.add(at + ": unknown keyword \"" + key + "\"");
      } else if (SCHEMA_MAPS.contains(key)) {
        e.getValue().fields().forEachRemaining(p -> walk(p.getValue(), at + "/" + key + "/" + p.getKey(), problems));
      } else if (!DATA.contains(key)) {
        walk(e.getValue(), at + "/" + key, problems);
      }
    }
  }

  @Test
  void thePublishedSchemas_areStrict() throws Exception {
    assertEquals(List.of(), problems(PlanDocuments.schema()), "plan.schema.json");
    assertEquals(List.of(), problems(PlanDocuments.progressSchema()), "progress.schema.json");
    assertEquals(List.of(), problems(PlanDocuments.directiveSchema()), "directive.schema.json");
  }

  @Test
  void theCheck_findsWhatAjvRefused() throws Exception {
    String refused = """
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {"status": {"type": "string"}, "groups": {"type": "array"}},
         "if": {"properties": {"status": {"const": "DONE"}}},
         "then": {"required": ["date"], "properties": {"groups": {"maxItems": 0}}},
         "maxItem": 3}
        """;
    assertEquals(List.of(
        "#/then/properties/groups: \"maxItems\" without \"type\": \"array\"",
        "#/then: required \"date\" is not among the properties beside it",
        "#: unknown keyword \"maxItem\""), problems(refused).stream().sorted().toList());
  }
}
