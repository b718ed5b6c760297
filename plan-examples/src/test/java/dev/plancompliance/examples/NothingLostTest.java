package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.rules.PlanValidator;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading then writing a valid document keeps every field, and validation leaves its input as it was: for
 * the seed plans, the bundled examples with budget figures, and variants of the seeds.
 */
class NothingLostTest {
  private static final ObjectMapper MAPPER = PlanDocuments.objectMapper();
  private static final int VARIANTS = 300;

  /**
   * Every field of each seed document is in what is written back, with the same value; the writer adds
   * only empty lists the seed left out (a recurring deadline's {@code "cutoffs": []}), and is otherwise
   * byte for byte the seed.
   */
  @Test
  void seedDocuments_readThenWritten_keepEveryField() throws IOException {
    List<String> added = new ArrayList<>();
    for (String seed : MalformedCorpus.SEEDS) {
      String text = MalformedCorpus.seedText(seed);
      String out = PlanDocuments.write(PlanDocuments.read(text, seed));
      List<String> extra = new ArrayList<>();
      assertKeeps(MAPPER.readTree(text), MAPPER.readTree(out), "$", extra);
      extra.forEach(e -> assertTrue(e.endsWith(".cutoffs"), seed + " " + e));
      if (extra.isEmpty()) {
        assertEquals(text, out, seed + ": the same bytes");
      }
      extra.forEach(e -> added.add(seed + " " + e));
    }
    System.out.printf("[nothing lost] %d seed documents read and written: every field kept, %d empty cutoffs lists added%n",
        MalformedCorpus.SEEDS.size(), added.size());
  }

  /** {@code out} has every field of {@code in}, equal; a field only {@code out} has must be an empty list. */
  private static void assertKeeps(JsonNode in, JsonNode out, String path, List<String> added) {
    if (in.isObject()) {
      assertTrue(out.isObject(), path);
      in.fields().forEachRemaining(f -> {
        assertTrue(out.has(f.getKey()), path + "." + f.getKey() + " lost");
        assertKeeps(f.getValue(), out.get(f.getKey()), path + "." + f.getKey(), added);
      });
      out.fields().forEachRemaining(f -> {
        if (!in.has(f.getKey())) {
          assertTrue(f.getValue().isArray() && f.getValue().isEmpty(), path + "." + f.getKey() + " added: " + f.getValue());
          added.add(path + "." + f.getKey());
        }
      });
    } else if (in.isArray()) {
      assertTrue(out.isArray() && out.size() == in.size(), path);
      for (int i = 0; i < in.size(); i++) {
        assertKeeps(in.get(i), out.get(i), path + "[" + i + "]", added);
      }
    } else if (in.isNumber()) {
      assertTrue(out.isNumber() && in.decimalValue().compareTo(out.decimalValue()) == 0, path + ": " + in + " became " + out);
    } else {
      assertEquals(in, out, path);
    }
  }

  @Test
  void seedDocuments_keepEveryDeadlinePhraseAndSourceLineVerbatim() throws IOException {
    int phrases = 0;
    for (String seed : MalformedCorpus.SEEDS) {
      JsonNode doc = MAPPER.readTree(MalformedCorpus.seedText(seed));
      Plan plan = MalformedCorpus.seedPlan(seed);
      for (int i = 0; i < plan.tasks().size(); i++) {
        Task t = plan.tasks().get(i);
        JsonNode task = doc.get("tasks").get(i);
        assertEquals(task.get("deadline").get("phrase").asText(), t.deadline().phrase(), seed + " " + t.code());
        task.get("deadline").path("parts").forEach(p -> assertTrue(t.deadline().toString().contains(p.get("phrase").asText())));
        assertEquals(task.path("source").path("line").asInt(0), t.source().map(s -> s.line()).orElse(0), seed + " " + t.code());
        assertEquals(task.path("source").path("lastLine").asInt(0), t.source().flatMap(s -> s.lastLine()).orElse(0), seed + " " + t.code());
        phrases++;
      }
    }
    System.out.printf("[nothing lost] %d task deadline phrases and source lines kept verbatim%n", phrases);
  }

  /**
   * Documents this library did not write: the fields of every object shuffled, another indentation, and
   * for some the text in NFD. Reading and writing gives the same JSON tree (in NFC).
   */
  @Test
  void anyValidDocument_readThenWritten_keepsEveryField() throws IOException {
    List<Plan> plans = new ArrayList<>(ExamplePlans.all().values()); // with the illustrative budget years
    for (int i = 0; i < VARIANTS; i++) {
      plans.add(PlanVariants.variant(i, 0));
    }
    int compared = 0;
    for (int i = 0; i < plans.size(); i++) {
      JsonNode tree = MAPPER.readTree(PlanDocuments.write(plans.get(i)));
      JsonNode shuffled = tree.deepCopy();
      shuffle(shuffled, new Random(i));
      String input = MalformedCorpus.write(shuffled);
      if (i % 3 == 0) {
        input = Normalizer.normalize(input, Normalizer.Form.NFD);
      }
      Plan read = PlanDocuments.read(input, "variant-" + i + ".json");
      JsonNode written = MAPPER.readTree(PlanDocuments.write(read));
      assertEquals(tree, written, "variant " + i);
      assertEquals(nfc(MAPPER.readTree(input)), written, "variant " + i + ": every field of the input, in NFC");
      assertEquals(plans.get(i), read);
      compared++;
    }
    System.out.printf("[nothing lost] %d documents (bundled examples and seed variants, fields shuffled, a third in NFD):"
        + " read then written, the same JSON tree%n", compared);
  }

  @Test
  void validation_neverChangesItsInput() {
    PlanValidator validator = PlanValidator.builder().withStandardRules().build();
    List<Plan> plans = new ArrayList<>(ExamplePlans.all().values());
    for (int i = 0; i < VARIANTS; i++) {
      plans.add(PlanVariants.variant(i, 0));
    }
    for (Plan plan : plans) {
      String before = PlanDocuments.write(plan);
      Plan copy = PlanDocuments.read(before, "copy.json");
      int hash = plan.hashCode();
      for (LocalDate asOf : List.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2031, 1, 1))) {
        validator.validate(plan, asOf);
      }
      assertEquals(copy, plan);
      assertEquals(hash, plan.hashCode());
      assertEquals(before, PlanDocuments.write(plan), "byte-identical after validation");
    }
  }

  /** The fields of every object in a new order. */
  private static void shuffle(JsonNode node, Random random) {
    if (node instanceof ObjectNode o) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        fields.add(it.next());
      }
      Collections.shuffle(fields, random);
      o.removeAll();
      fields.forEach(f -> o.set(f.getKey(), f.getValue()));
      fields.forEach(f -> shuffle(f.getValue(), random));
    } else if (node instanceof ArrayNode a) {
      a.forEach(n -> shuffle(n, random));
    }
  }

  private static JsonNode nfc(JsonNode node) {
    if (node.isTextual()) {
      return MAPPER.getNodeFactory().textNode(Normalizer.normalize(node.asText(), Normalizer.Form.NFC));
    }
    if (node instanceof ObjectNode o) {
      ObjectNode out = MAPPER.createObjectNode();
      o.fields().forEachRemaining(f -> out.set(f.getKey(), nfc(f.getValue())));
      return out;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode out = MAPPER.createArrayNode();
      a.forEach(n -> out.add(nfc(n)));
      return out;
    }
    return node;
  }
}
