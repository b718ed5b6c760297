package dev.plancompliance.examples;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.json.PlanDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Broken (and a few well-formed but odd) plan documents derived from the four seed plans, made at run time
 * and deterministic: the same corpus on every run. Each document says what reading it must give: a
 * {@code PlanFormatException} (at a given JSON path when the mutation determines it), a plan equal to the
 * seed's, or a plan whose report has a given finding.
 */
final class MalformedCorpus {
  /** The seed plans the corpus is derived from (the bundled examples without illustrative figures). */
  static final List<String> SEEDS = List.of("hue-2025.json", "ha-noi-2025.json", "ha-tinh-444-kh-ubnd.json", "bac-giang-2021.json");

  enum Expect {
    /** Reading throws a PlanFormatException. */
    FORMAT_ERROR,
    /** Reading gives a plan equal to the seed's. */
    READS_EQUAL,
    /** Reading gives a plan; validating it gives a finding of {@code rule} at {@code path}. */
    FINDING
  }

  /**
   * @param kind the kind of damage, for the summary
   * @param text the document as text; {@code null} when the damage is in the bytes (encoding, BOM)
   * @param path for FORMAT_ERROR the JSON path the error must name ({@code null}: any); for FINDING the finding's path
   * @param position character offset in {@code text} (or in the bytes' text after a BOM) the error must be at; -1: any
   */
  record Doc(String kind, String name, String seed, byte[] bytes, String text, Expect expect, String path, String rule, int position) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final ObjectMapper MAPPER = PlanDocuments.objectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** A text node starting with this is written as raw JSON (numbers too large for any node type, and so on). */
  private static final String RAW = "\u0000raw:";
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
  private static final Pattern DAY = Pattern.compile("--[0-9]{2}-[0-9]{2}");

  private final List<Doc> docs = new ArrayList<>();

  private MalformedCorpus() {}

  /** The whole corpus, in a fixed order. */
  static List<Doc> generate() {
    MalformedCorpus c = new MalformedCorpus();
    for (String seed : SEEDS) {
      c.fromSeed(seed, seedText(seed));
    }
    return c.docs;
  }

  static String seedText(String seed) {
    try (InputStream in = MalformedCorpus.class.getResourceAsStream("/dev/plancompliance/examples/plans/" + seed)) {
      if (in == null) {
        throw new IllegalArgumentException("no seed plan " + seed);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan seedPlan(String seed) {
    return PlanDocuments.read(seedText(seed), "plans/" + seed);
  }

  private void fromSeed(String seed, String text) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Site> sites = new ArrayList<>();
    walk(root, "$", JsonPointer.empty(), null, sites);

    truncations(seed, text);
    wrongTypes(seed, root, sites);
    missingFields(seed, root, sites);
    unknownFields(seed, root, sites);
    duplicateKeys(seed, root, sites);
    nulls(seed, root, sites);
    byteOrderMarks(seed, text);
    invalidUtf8(seed, text);
    decomposed(seed, text, root, sites);
    overflowingNumbers(seed, root, sites);
    impossibleDates(seed, root, sites);
    tooFewParts(seed, root, sites);
    unknownEnumValues(seed, root, sites);
    meaninglessValues(seed, root, sites);
    strayContent(seed, text);
    unknownGroupsAndAgencies(seed, root, sites);
  }

  // --- the kinds of damage

  /** Cut at every point after a structural character or quote, sampled evenly; never the complete document. */
  private void truncations(String seed, String text) {
    int end = text.stripTrailing().length() - 1; // cutting at or after the final } would leave the document whole
    List<Integer> cuts = new ArrayList<>();
    cuts.add(0);
    for (int i = 1; i < end; i++) {
      if ("{}[]:,\"".indexOf(text.charAt(i - 1)) >= 0) {
        cuts.add(i);
      }
    }
    cuts.add(end);
    for (int cut : sample(cuts, 110)) {
      String prefix = text.substring(0, cut);
      add("truncated", seed, "at " + cut, prefix, Expect.FORMAT_ERROR, null, null, prefix.length());
    }
  }

  /** A value of another JSON type: a number for a string, a string for a number or boolean, an object for an array. */
  private void wrongTypes(String seed, JsonNode root, List<Site> sites) {
    List<Site> values = sites.stream().filter(s -> s.parent != null).toList();
    int n = 0;
    for (Site s : sample(values, 70)) {
      JsonNode replacement;
      if (s.node.isTextual()) {
        replacement = List.<JsonNode>of(NODES.numberNode(42), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode().add("x")).get(n % 4);
      } else if (s.node.isNumber()) {
        replacement = n % 2 == 0 ? TextNode.valueOf(s.node.asText()) : NODES.booleanNode(false);
      } else if (s.node.isBoolean()) {
        replacement = n % 2 == 0 ? TextNode.valueOf(s.node.asText()) : NODES.numberNode(1);
      } else if (s.node.isArray()) {
        replacement = n % 2 == 0 ? NODES.objectNode() : TextNode.valueOf("x");
      } else {
        replacement = n % 2 == 0 ? NODES.arrayNode() : TextNode.valueOf("x");
      }
      n++;
      add("wrong type", seed, s.path + " := " + brief(replacement), write(replace(root, s.pointer, replacement)), Expect.FORMAT_ERROR, s.path);
    }
  }

  /**
   * Each field left out, sampled. Whether the field is required is the reader's to say: a left-out optional
   * field must read, a required one must be a PlanFormatException at its path (checked by the test against
   * the schema's {@code required} lists).
   */
  private void missingFields(String seed, JsonNode root, List<Site> sites) {
    List<Site> fields = sites.stream().filter(s -> s.parent != null && s.parent.isObject()).toList();
    for (Site s : sample(fields, 60)) {
      JsonNode copy = root.deepCopy();
      ((ObjectNode) copy.at(s.pointer.head())).remove(s.key);
      add("missing field", seed, s.path, write(copy), null, s.path);
    }
  }

  private void unknownFields(String seed, JsonNode root, List<Site> sites) {
    List<Site> objects = sites.stream().filter(s -> s.node.isObject()).toList();
    int n = 0;
    for (Site s : sample(objects, 30)) {
      JsonNode copy = root.deepCopy();
      String name = List.of("ghiChu", "colour", "Issuer", "leads ").get(n++ % 4);
      ((ObjectNode) copy.at(s.pointer)).put(name, "thêm");
      add("unknown field", seed, s.path + "." + name, write(copy), Expect.FORMAT_ERROR, s.path + "." + name);
    }
  }

  /** The first key of an object written twice (the parser must see it: a tree cannot hold it). */
  private void duplicateKeys(String seed, JsonNode root, List<Site> sites) {
    List<Site> objects = sites.stream().filter(s -> s.node.isObject() && s.node.size() > 0).toList();
    for (Site s : sample(objects, 30)) {
      String key = s.node.fieldNames().next();
      String text = new Writer(s.pointer).write(root);
      add("duplicate key", seed, s.path + "." + key, text, Expect.FORMAT_ERROR, s.path + "." + key);
    }
  }

  private void nulls(String seed, JsonNode root, List<Site> sites) {
    List<Site> values = sites.stream().filter(s -> s.parent != null).toList();
    for (Site s : sample(values, 50)) {
      add("null", seed, s.path, write(replace(root, s.pointer, NODES.nullNode())), Expect.FORMAT_ERROR, s.path);
    }
  }

  private void byteOrderMarks(String seed, String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    addBytes("byte-order mark", seed, "UTF-8 BOM", concat(bom, utf8), Expect.READS_EQUAL, null, -1);
    addBytes("byte-order mark", seed, "two UTF-8 BOMs", concat(bom, bom, utf8), Expect.FORMAT_ERROR, "$", 0);
    addBytes("byte-order mark", seed, "UTF-16LE with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
        Expect.FORMAT_ERROR, "$", 0);
    addBytes("byte-order mark", seed, "UTF-16BE with BOM", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)),
        Expect.FORMAT_ERROR, "$", 0);
    // NUL bytes are UTF-8: the first byte that is not is where the error is, past the first line
    addBytes("byte-order mark", seed, "UTF-32BE", text.getBytes(Charset.forName("UTF-32BE")), Expect.FORMAT_ERROR, "$", -1);
    for (int cut : List.of(text.length() / 3, text.length() / 2, text.length() * 2 / 3)) {
      String prefix = text.substring(0, cut);
      addBytes("byte-order mark", seed, "UTF-8 BOM, truncated at " + cut, concat(bom, prefix.getBytes(StandardCharsets.UTF_8)),
          Expect.FORMAT_ERROR, null, prefix.length());
    }
  }

  /** A character replaced by bytes that are not UTF-8: in strings (Vietnamese letters) and between tokens. */
  private void invalidUtf8(String seed, String text) {
    byte[][] bad = {
        {(byte) 0x80}, // a continuation byte alone
        {(byte) 0xC3, '('}, // a lead byte followed by ASCII
        {(byte) 0xFF}, {(byte) 0xFE},
        {(byte) 0xC0, (byte) 0xAF}, // overlong "/"
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a UTF-16 surrogate
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // five bytes
        {(byte) 0xE1, (byte) 0xBA, ' '}, // three-byte form cut short
    };
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7F && !Character.isSurrogate(c) || (i > 0 && ",:[{".indexOf(text.charAt(i - 1)) >= 0)) {
        positions.add(i);
      }
    }
    int n = 0;
    for (int at : sample(positions, 25)) {
      byte[] b = bad[n++ % bad.length];
      byte[] bytes = concat(text.substring(0, at).getBytes(StandardCharsets.UTF_8), b, text.substring(at + 1).getBytes(StandardCharsets.UTF_8));
      addBytes("invalid UTF-8", seed, String.format("0x%02X at %d", b[0], at), bytes, Expect.FORMAT_ERROR, null, at);
    }
  }

  /** NFD text, whole or one string at a time: must read as the seed (the reader stores NFC). */
  private void decomposed(String seed, String text, JsonNode root, List<Site> sites) {
    add("decomposed Unicode (reads)", seed, "whole document NFD", Normalizer.normalize(text, Normalizer.Form.NFD), Expect.READS_EQUAL, null);
    List<Site> strings = sites.stream()
        .filter(s -> s.node.isTextual() && !Normalizer.isNormalized(s.node.asText(), Normalizer.Form.NFD)).toList();
    for (Site s : sample(strings, 12)) {
      String nfd = Normalizer.normalize(s.node.asText(), Normalizer.Form.NFD);
      add("decomposed Unicode (reads)", seed, s.path + " NFD", write(replace(root, s.pointer, TextNode.valueOf(nfd))), Expect.READS_EQUAL, null);
    }
  }

  private void overflowingNumbers(String seed, JsonNode root, List<Site> sites) {
    String[] integers = {"2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "1e400",
        "123456789012345678901234567890", "9".repeat(1001), "4294967296"};
    String[] decimals = {"1e999999999", "1e-999999999", "1e400", "0." + "0".repeat(80) + "1"};
    int n = 0;
    for (Site s : sample(sites.stream().filter(s -> s.node.isIntegralNumber()).toList(), 16)) {
      String big = integers[n++ % integers.length];
      add("number overflow", seed, s.path + " := " + abbreviate(big), write(replace(root, s.pointer, TextNode.valueOf(RAW + big))),
          Expect.FORMAT_ERROR, s.path);
    }
    for (Site s : sites.stream().filter(s -> s.node.isFloatingPointNumber()).toList()) {
      for (String big : decimals) {
        add("number overflow", seed, s.path + " := " + abbreviate(big), write(replace(root, s.pointer, TextNode.valueOf(RAW + big))),
            Expect.FORMAT_ERROR, s.path);
      }
    }
  }

  private void impossibleDates(String seed, JsonNode root, List<Site> sites) {
    String[] dates = {"2025-02-31", "2025-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "31/02/2025", "2025-2-3", "2025-09-30T00:00"};
    String[] months = {"2025-13", "2025-00", "09/2025", "2025-9"};
    String[] days = {"--02-30", "--04-31", "--13-01", "--00-10"};
    int n = 0;
    for (Site s : sites) {
      if (!s.node.isTextual()) {
        continue;
      }
      String v = s.node.asText();
      String[] pool = DATE.matcher(v).matches() ? dates : MONTH.matcher(v).matches() ? months : DAY.matcher(v).matches() ? days : null;
      if (pool == null) {
        continue;
      }
      for (int k = 0; k < 2; k++) {
        String bad = pool[n++ % pool.length];
        add("impossible date", seed, s.path + " := " + bad, write(replace(root, s.pointer, TextNode.valueOf(bad))), Expect.FORMAT_ERROR, s.path);
      }
    }
  }

  /** A composite deadline needs two parts: with none or one it is refused at its parts. */
  private void tooFewParts(String seed, JsonNode root, List<Site> sites) {
    List<Site> deadlines = sites.stream().filter(s -> "deadline".equals(s.key) && s.node.isObject()).toList();
    int n = 0;
    for (Site s : sample(deadlines, 8)) {
      ObjectNode composite = NODES.objectNode().put("type", "composite").put("phrase", s.node.path("phrase").asText("x") + "/Hàng năm");
      ArrayNode parts = composite.putArray("parts");
      if (n++ % 2 == 1) {
        parts.add(s.node.deepCopy());
      }
      add("too few elements", seed, s.path + " composite of " + parts.size(), write(replace(root, s.pointer, composite)),
          Expect.FORMAT_ERROR, s.path + ".parts");
    }
    for (Site s : sites.stream().filter(s -> s.node.isObject() && "composite".equals(s.node.path("type").asText())).toList()) {
      for (int keep = 0; keep < 2; keep++) {
        ObjectNode composite = s.node.deepCopy();
        ArrayNode parts = (ArrayNode) composite.get("parts");
        while (parts.size() > keep) {
          parts.remove(parts.size() - 1);
        }
        add("too few elements", seed, s.path + ".parts cut to " + keep, write(replace(root, s.pointer, composite)),
            Expect.FORMAT_ERROR, s.path + ".parts");
      }
    }
  }

  private void unknownEnumValues(String seed, JsonNode root, List<Site> sites) {
    Predicate<Site> isEnum = s -> s.node.isTextual() && s.key != null
        && List.of("level", "kind", "type", "period", "relation", "event", "budgetLevel").contains(s.key);
    int n = 0;
    for (Site s : sample(sites.stream().filter(isEnum).toList(), 12)) {
      String v = s.node.asText();
      String bad = List.of(v.toLowerCase(java.util.Locale.ROOT).equals(v) ? v.toUpperCase(java.util.Locale.ROOT) : v.toLowerCase(java.util.Locale.ROOT),
          "KHÁC", " " + v, v + "S").get(n++ % 4);
      add("unknown enum or type", seed, s.path + " := " + bad, write(replace(root, s.pointer, TextNode.valueOf(bad))), Expect.FORMAT_ERROR, s.path);
    }
  }

  /** Well-typed values that mean nothing: blank codes and phrases, line 0, years out of range, duplicates. */
  private void meaninglessValues(String seed, JsonNode root, List<Site> sites) {
    Map<String, JsonNode> blankable = new LinkedHashMap<>();
    blankable.put("code", TextNode.valueOf("  "));
    blankable.put("title", TextNode.valueOf(""));
    blankable.put("symbol", TextNode.valueOf("\t")); // a no-break space alone counts as text (see PlanArbitraries)
    blankable.put("id", TextNode.valueOf(" "));
    blankable.put("nameVi", TextNode.valueOf(""));
    blankable.put("line", NODES.numberNode(0));
    blankable.put("number", NODES.numberNode(0));
    blankable.put("year", NODES.numberNode(1899));
    blankable.put("file", TextNode.valueOf(" "));
    for (Map.Entry<String, JsonNode> e : blankable.entrySet()) {
      // a task's title must not be blank; a document's title may be (it is optional free text)
      Predicate<Site> where = e.getKey().equals("title") ? s -> s.parent.has("code") : s -> true;
      for (Site s : sample(sites.stream().filter(s -> e.getKey().equals(s.key)).filter(where).toList(), 2)) {
        add("meaningless value", seed, s.path + " := " + brief(e.getValue()), write(replace(root, s.pointer, e.getValue())),
            Expect.FORMAT_ERROR, s.path);
      }
    }
    // a phrase blank where the time frame is not "unspecified"
    for (Site s : sample(sites.stream().filter(s -> "phrase".equals(s.key) && !"unspecified".equals(s.parent.path("type").asText())).toList(), 2)) {
      add("meaningless value", seed, s.path + " := \" \"", write(replace(root, s.pointer, TextNode.valueOf(" "))), Expect.FORMAT_ERROR, s.path);
    }
    // lastLine before line
    for (Site s : sample(sites.stream().filter(s -> "lastLine".equals(s.key)).toList(), 2)) {
      int line = s.parent.path("line").asInt();
      add("meaningless value", seed, s.path + " before line", write(replace(root, s.pointer, NODES.numberNode(line - 1))),
          Expect.FORMAT_ERROR, s.path);
    }
    // a task code, or an agency id, used twice
    for (String list : List.of("tasks", "agencies")) {
      String key = list.equals("tasks") ? "code" : "id";
      JsonNode items = root.path(list);
      if (items.size() >= 2) {
        for (int i : List.of(1, items.size() - 1)) {
          JsonNode copy = root.deepCopy();
          ((ObjectNode) copy.path(list).get(i)).set(key, items.get(i - 1).get(key));
          add("meaningless value", seed, list + "[" + i + "]." + key + " repeated", write(copy), Expect.FORMAT_ERROR, "$." + list);
        }
      }
    }
  }

  private void strayContent(String seed, String text) {
    add("stray content", seed, "trailing x", text + "x", Expect.FORMAT_ERROR, "$", text.length());
    add("stray content", seed, "trailing {}", text + "{}\n", Expect.FORMAT_ERROR, "$", text.length());
    add("stray content", seed, "the document twice", text + text, Expect.FORMAT_ERROR, "$", text.length());
    add("stray content", seed, "a comment", "// kế hoạch\n" + text, Expect.FORMAT_ERROR, "$", 0);
    add("stray content", seed, "a trailing comma", text.stripTrailing().substring(0, text.stripTrailing().length() - 1).stripTrailing() + ",\n}\n",
        Expect.FORMAT_ERROR, null);
  }

  /** Well-formed and meaningful, but the task names a group the directive lacks, or an agency the registry lacks. */
  private void unknownGroupsAndAgencies(String seed, JsonNode root, List<Site> sites) {
    JsonNode tasks = root.path("tasks");
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      indices.add(i);
    }
    int n = 0;
    for (int i : sample(indices, 10)) {
      JsonNode task = tasks.get(i);
      String code = task.get("code").asText();
      if (task.has("group")) {
        JsonNode copy = root.deepCopy();
        ObjectNode group = (ObjectNode) copy.path("tasks").get(i).get("group");
        if (n % 2 == 0) {
          group.put("number", 99);
        } else {
          group.put("directive", "99-NQ/TW");
        }
        add("unknown group (finding)", seed, "tasks[" + code + "].group", write(copy), Expect.FINDING, "tasks[" + code + "].group", "COV-002");
      }
      JsonNode copy = root.deepCopy();
      ObjectNode t = (ObjectNode) copy.path("tasks").get(i);
      String field = List.of("leads", "coordinators", "implementers").get(n++ % 3);
      ((ArrayNode) t.withArray(field)).add("co-quan-khong-ton-tai");
      add("unknown agency (finding)", seed, "tasks[" + code + "]." + field, write(copy), Expect.FINDING,
          "tasks[" + code + "].agencies[co-quan-khong-ton-tai]", "ACC-005");
    }
    if (root.has("monitor")) {
      add("unknown agency (finding)", seed, "monitor", write(replace(root, JsonPointer.compile("/monitor"), TextNode.valueOf("so-khong-co"))),
          Expect.FINDING, "agencies[so-khong-co]", "ACC-005");
    }
  }

  // --- building documents

  private void add(String kind, String seed, String what, String text, Expect expect, String path) {
    add(kind, seed, what, text, expect, path, null, -1);
  }

  private void add(String kind, String seed, String what, String text, Expect expect, String path, int position) {
    add(kind, seed, what, text, expect, path, null, position);
  }

  private void add(String kind, String seed, String what, String text, Expect expect, String path, String rule) {
    add(kind, seed, what, text, expect, path, rule, -1);
  }

  /** {@code expect} null: a left-out field, which may or may not be required. */
  private void add(String kind, String seed, String what, String text, Expect expect, String path, String rule, int position) {
    docs.add(new Doc(kind, name(seed, kind, what), seed, text.getBytes(StandardCharsets.UTF_8), text, expect, path, rule, position));
  }

  private void addBytes(String kind, String seed, String what, byte[] bytes, Expect expect, String path, int position) {
    docs.add(new Doc(kind, name(seed, kind, what), seed, bytes, null, expect, path, null, position));
  }

  private String name(String seed, String kind, String what) {
    return String.format("corpus-%04d %s %s: %s", docs.size(), seed.replace(".json", ""), kind, what);
  }

  /** Every value of the tree with its JSON path (as the reader writes paths), pointer, parent and key. */
  private static void walk(JsonNode node, String path, JsonPointer pointer, Site parentSite, List<Site> out) {
    Site site = new Site(path, pointer, node, parentSite == null ? null : parentSite.node, keyOf(pointer, parentSite));
    out.add(site);
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        walk(f.getValue(), path + "." + f.getKey(), pointer.appendProperty(f.getKey()), site, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", pointer.appendIndex(i), site, out);
      }
    }
  }

  private static String keyOf(JsonPointer pointer, Site parent) {
    return parent == null || !parent.node.isObject() ? null : pointer.last().getMatchingProperty();
  }

  private record Site(String path, JsonPointer pointer, JsonNode node, JsonNode parent, String key) {}

  private static JsonNode replace(JsonNode root, JsonPointer at, JsonNode value) {
    JsonNode copy = root.deepCopy();
    JsonNode parent = copy.at(at.head());
    JsonPointer last = at.last();
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last.getMatchingProperty(), value);
    } else {
      ((ArrayNode) parent).set(last.getMatchingIndex(), value);
    }
    return copy;
  }

  /** Evenly spaced items, first and last included: the same on every run. */
  static <T> List<T> sample(List<T> all, int max) {
    if (all.size() <= max) {
      return all;
    }
    List<T> out = new ArrayList<>(max);
    for (int i = 0; i < max; i++) {
      out.add(all.get((int) ((long) i * (all.size() - 1) / (max - 1))));
    }
    return out;
  }

  static String write(JsonNode node) {
    return new Writer(null).write(node);
  }

  private static String brief(JsonNode n) {
    return abbreviate(n.toString());
  }

  private static String abbreviate(String s) {
    return s.length() > 24 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Writes a tree as indented JSON; raw nodes as they are; the first field of one object twice. */
  private static final class Writer {
    private final JsonPointer duplicateIn;
    private final StringBuilder sb = new StringBuilder();

    Writer(JsonPointer duplicateIn) {
      this.duplicateIn = duplicateIn;
    }

    String write(JsonNode root) {
      value(root, JsonPointer.empty(), 0);
      return sb.append('\n').toString();
    }

    private void value(JsonNode n, JsonPointer at, int indent) {
      if (n.isObject()) {
        if (n.isEmpty()) {
          sb.append("{}");
          return;
        }
        sb.append("{\n");
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          int times = first && at.equals(duplicateIn) ? 2 : 1;
          for (int k = 0; k < times; k++) {
            if (!first || k > 0) {
              sb.append(",\n");
            }
            sb.append("  ".repeat(indent + 1)).append(quote(f.getKey())).append(": ");
            value(f.getValue(), at.appendProperty(f.getKey()), indent + 1);
          }
          first = false;
        }
        sb.append('\n').append("  ".repeat(indent)).append('}');
      } else if (n.isArray()) {
        if (n.isEmpty()) {
          sb.append("[]");
          return;
        }
        sb.append("[\n");
        for (int i = 0; i < n.size(); i++) {
          sb.append(i == 0 ? "" : ",\n").append("  ".repeat(indent + 1));
          value(n.get(i), at.appendIndex(i), indent + 1);
        }
        sb.append('\n').append("  ".repeat(indent)).append(']');
      } else if (n.isTextual() && n.asText().startsWith(RAW)) {
        sb.append(n.asText().substring(RAW.length()));
      } else if (n.isTextual()) {
        sb.append(quote(n.asText()));
      } else if (n.isBigDecimal()) {
        sb.append(n.decimalValue().toPlainString());
      } else {
        sb.append(n.toString());
      }
    }

    private static String quote(String s) {
      return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }
  }
}
