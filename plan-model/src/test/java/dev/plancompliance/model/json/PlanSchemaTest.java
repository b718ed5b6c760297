package dev.plancompliance.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.networknt.schema.Error;
import dev.plancompliance.model.Agency;
import dev.plancompliance.model.BudgetYear;
import dev.plancompliance.model.ChildPlanDuty;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.HuePlan;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.ReportingDuty;
import dev.plancompliance.model.Scope;
import dev.plancompliance.model.SourceRef;
import dev.plancompliance.model.SpendingFloor;
import dev.plancompliance.model.Task;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema and the reader agree: what the writer writes is valid, and a structurally broken document is
 * rejected by both, at the same place. The directive documents of {@code Directives} are not plans and are
 * not checked against this schema.
 */
class PlanSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void schema_isDraft2020_12WithItsIdAndComesFromTheClassPath() throws Exception {
    JsonNode schema = JSON.readTree(PlanDocuments.schema());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertEquals("https://plancompliance.dev/schema/plan.schema.json", schema.get("$id").asText());
    try (InputStream in = PlanDocuments.schemaUrl().openStream()) {
      assertEquals(PlanDocuments.schema(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void huePlanDocument_isValid() {
    assertEquals(List.of(), PlanSchema.validate(PlanDocuments.write(HuePlan.plan())));
  }

  @Test
  void smallValidDocument_isValid() {
    assertEquals(List.of(), PlanSchema.validate(BrokenDocuments.VALID));
  }

  static Stream<BrokenDocuments.Structural> structurallyBroken() {
    return BrokenDocuments.structural().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structurallyBroken")
  void structurallyBrokenDocument_isRejectedByBothSchemaAndReader_atTheSamePath(BrokenDocuments.Structural broken) {
    List<Error> errors = PlanSchema.validate(broken.json());
    assertFalse(errors.isEmpty(), "the schema accepts it");
    assertTrue(errors.stream().anyMatch(e -> PlanSchema.isAbout(e, broken.path())),
        () -> "no schema error about " + broken.path() + ": " + errors);
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanDocuments.read(broken.json(), "broken.json"));
    assertEquals(broken.path(), e.path());
  }

  /** Small edits of the valid document that break one structural rule each; both must refuse them. */
  static Stream<Arguments> moreStructuralBreaks() {
    Map<String, String[]> edits = new LinkedHashMap<>();
    edits.put("full scope with groups", new String[] {"\"level\": \"CITY\",",
        "\"level\": \"CITY\", \"scope\": {\"kind\": \"FULL\", \"groups\": [{\"directive\": \"66-NQ/TW\", \"number\": 1}]},"});
    edits.put("partial scope with a group twice", new String[] {"\"level\": \"CITY\",",
        "\"level\": \"CITY\", \"scope\": {\"kind\": \"PARTIAL\", \"groups\": [{\"directive\": \"X\", \"number\": 1}, {\"number\": 1, \"directive\": \"X\"}]},"});
    edits.put("recurring on an event without the event", new String[] {"{\"type\": \"continuous\", \"phrase\": \"Thường xuyên\"}",
        "{\"type\": \"recurring\", \"phrase\": \"Sau mỗi kỳ họp Quốc hội\", \"period\": \"EVENT\"}"});
    edits.put("event without period EVENT", new String[] {"{\"type\": \"continuous\", \"phrase\": \"Thường xuyên\"}",
        "{\"type\": \"recurring\", \"phrase\": \"Hàng năm\", \"period\": \"YEAR\", \"event\": \"QPPL_ISSUED\"}"});
    edits.put("quarter 5", new String[] {"{\"type\": \"continuous\", \"phrase\": \"Thường xuyên\"}",
        "{\"type\": \"recurring\", \"phrase\": \"Quý V\", \"period\": \"YEAR\", \"quarter\": 5}"});
    edits.put("30 February cut-off", new String[] {"{\"type\": \"continuous\", \"phrase\": \"Thường xuyên\"}",
        "{\"type\": \"recurring\", \"phrase\": \"x\", \"period\": \"YEAR\", \"cutoffs\": [{\"day\": \"--02-30\", \"exclusive\": true}]}"});
    edits.put("month 13", new String[] {"{\"type\": \"continuous\", \"phrase\": \"Thường xuyên\"}",
        "{\"type\": \"within-month\", \"phrase\": \"x\", \"month\": \"2025-13\"}"});
    edits.put("composite of one part", new String[] {"{\"type\": \"continuous\", \"phrase\": \"Thường xuyên\"}",
        "{\"type\": \"composite\", \"phrase\": \"x\", \"parts\": [{\"type\": \"vague\", \"phrase\": \"y\"}]}"});
    edits.put("year 1899", new String[] {"\"year\": 2026", "\"year\": 1899"});
    edits.put("year 2201", new String[] {"\"year\": 2026", "\"year\": 2201"});
    edits.put("fractional year", new String[] {"\"year\": 2026", "\"year\": 2026.5"});
    edits.put("agency id with capitals", new String[] {"\"id\": \"ubnd\"", "\"id\": \"UBND\""});
    edits.put("agency id with a final newline", new String[] {"\"id\": \"ubnd\"", "\"id\": \"ubnd\\n\""});
    edits.put("blank agency name", new String[] {"\"nameVi\": \"Ủy ban nhân dân thành phố\"", "\"nameVi\": \" \\t\""});
    edits.put("blank monitor", new String[] {"\"level\": \"CITY\",", "\"level\": \"CITY\", \"monitor\": \"\","});
    edits.put("blank lead", new String[] {"\"title\": \"Hai\"", "\"title\": \"Hai\", \"leads\": [\" \"]"});
    edits.put("line 0", new String[] {"\"title\": \"Hai\"", "\"title\": \"Hai\", \"source\": {\"file\": \"f\", \"line\": 0}"});
    edits.put("negative spend", new String[] {"\"level\": \"CITY\",",
        "\"level\": \"CITY\", \"budgetYears\": [{\"fiscalYear\": 2025, \"totalSpend\": -1, \"lawDraftingSpend\": 0}],"});
    edits.put("spending floor of rate 0", new String[] {"\"level\": \"CITY\",",
        "\"level\": \"CITY\", \"spendingFloors\": [{\"type\": \"spending-floor\", \"rate\": 0, \"effectiveFrom\": \"2025-07-01\", \"rising\": true, \"budgetLevel\": \"NATIONAL\", \"basis\": \"b\"}],"});
    edits.put("spending floor without its type", new String[] {"\"level\": \"CITY\",",
        "\"level\": \"CITY\", \"spendingFloors\": [{\"rate\": 0.005, \"effectiveFrom\": \"2025-07-01\", \"rising\": true, \"budgetLevel\": \"NATIONAL\", \"basis\": \"b\"}],"});
    edits.put("rate as a string", new String[] {"\"level\": \"CITY\",",
        "\"level\": \"CITY\", \"spendingFloors\": [{\"type\": \"spending-floor\", \"rate\": \"0.005\", \"effectiveFrom\": \"2025-07-01\", \"rising\": true, \"budgetLevel\": \"NATIONAL\", \"basis\": \"b\"}],"});
    edits.put("boolean as a string", new String[] {"\"kind\": \"PEOPLES_COMMITTEE\"", "\"kind\": \"PEOPLES_COMMITTEE\", \"collective\": \"true\""});
    edits.put("date with a time", new String[] {"\"kind\": \"PLAN\"}", "\"kind\": \"PLAN\", \"issuedOn\": \"2025-09-30T10:00\"}"});
    edits.put("null in a list", new String[] {"\"title\": \"Hai\"", "\"title\": \"Hai\", \"leads\": [null]"});
    edits.put("enum in lower case", new String[] {"\"level\": \"CITY\"", "\"level\": \"city\""});
    return edits.entrySet().stream().map(e -> Arguments.of(e.getKey(), BrokenDocuments.VALID.replace(e.getValue()[0], e.getValue()[1])));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("moreStructuralBreaks")
  void structuralBreak_isRejectedByBoth(String name, String json) {
    assertFalse(json.equals(BrokenDocuments.VALID), "edit did not apply");
    assertFalse(PlanSchema.validate(json).isEmpty(), "the schema accepts it");
    assertThrows(PlanFormatException.class, () -> PlanDocuments.read(json, "broken.json"));
  }

  @Test
  void noBreakSpace_isTextForBoth() {
    // Java's isBlank() does not count U+00A0 as white space; the schema's pattern follows it, not ECMA's \s
    String json = BrokenDocuments.VALID.replace("\"title\": \"Hai\"", "\"title\": \"\u00A0\"");
    assertEquals(List.of(), PlanSchema.validate(json));
    assertEquals("\u00A0", PlanDocuments.read(json, "nbsp.json").tasks().get(1).title());
  }

  @Test
  void rulesAcrossValues_areCheckedByTheReaderOnly() {
    for (String json : List.of(BrokenDocuments.DUPLICATE_TASK_CODES, BrokenDocuments.YEAR_RANGE_REVERSED,
        BrokenDocuments.VALID.replace("\"title\": \"Hai\"", "\"title\": \"Hai\", \"source\": {\"file\": \"f\", \"line\": 9, \"lastLine\": 8}"))) {
      assertEquals(List.of(), PlanSchema.validate(json), "JSON Schema cannot express it");
      assertThrows(PlanFormatException.class, () -> PlanDocuments.read(json, "broken.json"));
    }
  }

  /** Each definition of the schema lists exactly the JSON properties the model writes for its type. */
  @Test
  void schemaDefinitions_nameEveryPropertyOfTheModelAndNoOther() throws Exception {
    JsonNode schema = JSON.readTree(PlanDocuments.schema());
    JsonNode defs = schema.get("$defs");
    Map<String, Class<?>> types = new LinkedHashMap<>();
    types.put("documentRef", DocumentRef.class);
    types.put("groupRef", GroupRef.class);
    types.put("scope", Scope.class);
    types.put("sourceRef", SourceRef.class);
    types.put("task", Task.class);
    types.put("agency", Agency.class);
    types.put("childPlanDuty", ChildPlanDuty.class);
    types.put("reportingDuty", ReportingDuty.class);
    types.put("budgetYear", BudgetYear.class);
    types.put("spendingFloor", SpendingFloor.class);
    types.put("cutoff", Deadline.Cutoff.class);
    Map<String, Class<?>> deadlines = new LinkedHashMap<>();
    for (com.fasterxml.jackson.annotation.JsonSubTypes.Type t : Deadline.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value()) {
      deadlines.put(t.name(), t.value());
    }
    types.putAll(deadlines);
    assertEquals(new TreeSet<>(deadlines.keySet()), names(defs.get("deadline").get("properties").get("type").get("enum")));

    assertEquals(modelProperties(Plan.class, false), names(schema.get("properties")), "root");
    for (Map.Entry<String, Class<?>> e : types.entrySet()) {
      JsonNode def = defs.get(e.getKey());
      boolean typed = e.getValue() == SpendingFloor.class || deadlines.containsKey(e.getKey());
      assertEquals(modelProperties(e.getValue(), typed), names(def.get("properties")), e.getKey());
      assertFalse(def.get("additionalProperties").asBoolean(true), e.getKey() + " allows other properties");
    }
  }

  private static Set<String> modelProperties(Class<?> type, boolean typed) throws Exception {
    ObjectMapper mapper = PlanDocuments.objectMapper();
    SerializerProvider provider = mapper.getSerializerProviderInstance();
    JsonSerializer<Object> serializer = provider.findValueSerializer(type);
    Set<String> names = new TreeSet<>();
    serializer.properties().forEachRemaining(p -> names.add(p.getName()));
    if (typed) {
      names.add("type");
    }
    return names;
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new TreeSet<>();
    if (node.isArray()) {
      node.forEach(n -> names.add(n.asText()));
    } else {
      node.fieldNames().forEachRemaining(names::add);
    }
    return names;
  }
}
