package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plancompliance.examples.MalformedCorpus.Doc;
import dev.plancompliance.examples.MalformedCorpus.Expect;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.model.json.PlanFormatException;
import dev.plancompliance.rules.Finding;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The malformed-document corpus ({@link MalformedCorpus}): every document either reads as it must or gives a
 * {@link PlanFormatException} with a JSON path, a line and a column; nothing else escapes the reader. The
 * command line answers a sample of them with one line on stderr and exit code 2.
 */
class MalformedDocumentsTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static List<Doc> corpus;
  private static PlanValidator validator;

  @BeforeAll
  static void generate() {
    corpus = MalformedCorpus.generate();
    validator = PlanValidator.builder().withStandardRules().build();
  }

  /** What reading a document gave. */
  private record Result(Doc doc, Plan plan, PlanFormatException error, Throwable crash) {}

  private static Result read(Doc doc) {
    try {
      return new Result(doc, PlanDocuments.read(new ByteArrayInputStream(doc.bytes()), doc.name()), null, null);
    } catch (PlanFormatException e) {
      return new Result(doc, null, e, null);
    } catch (Throwable t) { // anything else is a crash: counted and reported, never rethrown here
      return new Result(doc, null, null, t);
    }
  }

  @Test
  void everyDocument_readsAsItMust_orIsAPlanFormatExceptionWithPathLineAndColumn() throws IOException {
    Map<String, Plan> seeds = new HashMap<>();
    Map<String, ValidationReport> seedReports = new HashMap<>();
    for (String s : MalformedCorpus.SEEDS) {
      seeds.put(s, MalformedCorpus.seedPlan(s));
      seedReports.put(s, validator.validate(seeds.get(s), AS_OF));
    }
    Set<String> required = requiredFieldsBySchema();

    Map<String, int[]> byKind = new TreeMap<>(); // kind -> {documents, format errors, reads, findings}
    List<String> problems = new ArrayList<>();
    List<String> crashes = new ArrayList<>();
    for (Doc doc : corpus) {
      Result r = read(doc);
      String kind = doc.expect() != null ? doc.kind() : r.plan() == null ? "missing required field" : "optional field left out (reads)";
      int[] counts = byKind.computeIfAbsent(kind, k -> new int[4]);
      counts[0]++;
      if (r.crash() != null) {
        crashes.add(doc.name() + ": " + r.crash());
        continue;
      }
      if (r.error() != null) {
        counts[1]++;
        checkError(doc, r.error(), problems);
      } else {
        counts[2]++;
      }
      Expect expect = doc.expect();
      if (expect == null) { // a field left out: required ones are errors at their path, optional ones read
        String field = doc.path().replaceAll("\\[\\d+\\]", "[]");
        boolean isRequired = required.contains(field);
        if (isRequired != (r.error() != null)) {
          problems.add(doc.name() + ": the schema says " + (isRequired ? "required" : "optional") + ", the reader "
              + (r.error() == null ? "read it" : "refused it: " + r.error().getMessage()));
        }
        if (r.error() != null && !doc.path().equals(r.error().path())) {
          problems.add(doc.name() + ": path " + r.error().path() + ", expected " + doc.path());
        }
        continue;
      }
      switch (expect) {
        case FORMAT_ERROR -> {
          if (r.error() == null) {
            problems.add(doc.name() + ": read without error");
          } else if (doc.path() != null && !doc.path().equals(r.error().path())) {
            problems.add(doc.name() + ": path " + r.error().path() + ", expected " + doc.path() + " — " + r.error().getMessage());
          }
        }
        case READS_EQUAL -> {
          if (r.plan() == null) {
            problems.add(doc.name() + ": refused: " + r.error().getMessage());
          } else if (!r.plan().equals(seeds.get(doc.seed()))) {
            problems.add(doc.name() + ": read a plan that differs from the seed's");
          }
        }
        case FINDING -> {
          if (r.plan() == null) {
            problems.add(doc.name() + ": refused: " + r.error().getMessage());
            continue;
          }
          counts[3]++;
          ValidationReport report = validator.validate(r.plan(), AS_OF);
          boolean found = report.findings(doc.rule()).stream().map(Finding::path).anyMatch(doc.path()::equals);
          boolean before = seedReports.get(doc.seed()).findings(doc.rule()).stream().map(Finding::path).anyMatch(doc.path()::equals);
          if (!found || before) {
            problems.add(doc.name() + ": expected a new " + doc.rule() + " finding at " + doc.path() + ", got "
                + report.findings(doc.rule()).stream().map(Finding::path).toList());
          }
          if (!report.isComplete()) {
            problems.add(doc.name() + ": incomplete report " + report.errors());
          }
        }
      }
    }

    int documents = corpus.size();
    long broken = documents - byKind.getOrDefault("optional field left out (reads)", new int[1])[0]
        - corpus.stream().filter(d -> d.expect() == Expect.READS_EQUAL).count();
    for (Map.Entry<String, int[]> e : byKind.entrySet()) {
      int[] c = e.getValue();
      System.out.printf("[corpus] %-32s %4d documents: %4d PlanFormatException, %3d read%s%n", e.getKey(), c[0], c[1], c[2],
          c[3] > 0 ? " (" + c[3] + " with the expected finding)" : "");
    }
    long errors = byKind.values().stream().mapToInt(c -> c[1]).sum();
    System.out.printf("[corpus] total %d documents from %d seeds (%d damaged or non-compliant): %d PlanFormatException, %d read, %d crashes%n",
        documents, MalformedCorpus.SEEDS.size(), broken, errors, documents - errors - crashes.size(), crashes.size());

    problems.forEach(p -> System.out.println("[corpus] PROBLEM " + p));
    assertTrue(broken >= 1000, "at least 1,000 broken documents, had " + broken);
    assertEquals(List.of(), crashes, "only PlanFormatException may escape the reader");
    assertEquals(List.of(), problems.subList(0, Math.min(problems.size(), 40)), problems.size() + " problems");
  }

  /**
   * Every error: names the source, a JSON path, a line and column from 1 inside the document (at the expected
   * place when the damage fixes it), is one line, and the string reader agrees with the byte reader.
   */
  private static void checkError(Doc doc, PlanFormatException e, List<String> problems) {
    String text = doc.text() != null ? doc.text() : lenient(doc.bytes());
    if (!e.source().equals(doc.name()) || e.path() == null || !e.path().startsWith("$") || e.line() < 1 || e.column() < 1) {
      problems.add(doc.name() + ": incomplete error: " + e.getMessage());
      return;
    }
    if (e.getMessage().contains("\n") || e.getMessage().contains("\r")) {
      problems.add(doc.name() + ": the message has more than one line: " + e.getMessage());
    }
    String[] lines = text.split("\n", -1);
    if (e.line() > lines.length || e.column() > lines[e.line() - 1].codePointCount(0, lines[e.line() - 1].length()) + 1) {
      problems.add(doc.name() + ": position " + e.line() + ":" + e.column() + " is outside the document");
    }
    if (doc.position() >= 0) {
      int[] at = lineAndColumn(text, doc.position());
      if (at[0] != e.line() || at[1] != e.column()) {
        problems.add(doc.name() + ": at " + e.line() + ":" + e.column() + ", expected " + at[0] + ":" + at[1] + " — " + e.getMessage());
      }
    }
    if (doc.text() != null) {
      try {
        PlanDocuments.read(doc.text(), doc.name());
        problems.add(doc.name() + ": the string reader read what the byte reader refused");
      } catch (PlanFormatException s) {
        if (!s.getMessage().equals(e.getMessage())) {
          problems.add(doc.name() + ": the string reader says " + s.getMessage() + " — the byte reader " + e.getMessage());
        }
      } catch (RuntimeException x) {
        problems.add(doc.name() + ": the string reader threw " + x);
      }
    }
  }

  /** The text of bytes as far as it decodes, a leading BOM dropped (for checking positions only). */
  private static String lenient(byte[] bytes) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int[] lineAndColumn(String text, int offset) {
    int line = 1;
    int start = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        start = i + 1;
      }
    }
    return new int[] {line, text.codePointCount(start, offset) + 1};
  }

  /**
   * The JSON paths (list indices as {@code []}) of the fields the schema requires, for the shapes the seeds
   * use: followed through {@code $ref}s and, for deadlines, the branch whose {@code type} matches.
   */
  private static Set<String> requiredFieldsBySchema() throws IOException {
    JsonNode schema = PlanDocuments.objectMapper().readTree(PlanDocuments.schema());
    Set<String> out = new TreeSet<>();
    for (String seed : MalformedCorpus.SEEDS) {
      JsonNode doc = PlanDocuments.objectMapper().readTree(MalformedCorpus.seedText(seed));
      collectRequired(schema, schema, doc, "$", out);
    }
    return out;
  }

  private static void collectRequired(JsonNode schema, JsonNode s, JsonNode value, String path, Set<String> out) {
    s = resolve(schema, s);
    if (value.isArray()) {
      for (JsonNode item : value) {
        collectRequired(schema, s.path("items"), item, path + "[]", out);
      }
      return;
    }
    if (!value.isObject()) {
      return;
    }
    for (JsonNode branch : s.path("allOf")) { // "if type is X then $ref X"
      JsonNode type = branch.path("if").path("properties").path("type").path("const");
      if (!branch.has("if")) {
        collectRequired(schema, branch, value, path, out);
      } else if (type.asText().equals(value.path("type").asText())) {
        collectRequired(schema, branch.path("then"), value, path, out);
      }
    }
    for (JsonNode r : s.path("required")) {
      out.add(path + "." + r.asText());
    }
    for (Map.Entry<String, JsonNode> f : iterable(value)) {
      JsonNode p = s.path("properties").path(f.getKey());
      if (!p.isMissingNode()) {
        collectRequired(schema, p, f.getValue(), path + "." + f.getKey(), out);
      }
    }
  }

  private static JsonNode resolve(JsonNode schema, JsonNode s) {
    while (s.has("$ref")) {
      s = schema.at(s.get("$ref").asText().substring(1));
    }
    return s;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode n) {
    return n::fields;
  }

  // --- the command line on a sample

  @Test
  void commandLine_onASampleOfEachKind_printsOneLineOnStderrAndExitsTwo(@TempDir Path dir) throws IOException {
    Map<String, List<Doc>> errorsByKind = new LinkedHashMap<>();
    for (Doc d : corpus) {
      if (d.expect() == Expect.FORMAT_ERROR) {
        errorsByKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d);
      }
    }
    int n = 0;
    for (List<Doc> docs : errorsByKind.values()) {
      for (Doc d : MalformedCorpus.sample(docs, 3)) {
        Path file = dir.resolve("doc-" + n++ + ".json");
        Files.write(file, d.bytes());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlanCheck.run(new String[] {"validate", "--as-of", "2025-12-31", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        String why = d.name() + "\n" + err;
        assertEquals(PlanCheck.BAD_INPUT, code, why);
        assertEquals("", out.toString(), why);
        assertEquals(1, err.toString().lines().count(), why);
        assertTrue(err.toString().matches("plan-check: " + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: at \\$\\S*: expected .*\\R"), why);
      }
    }
    System.out.printf("[corpus] plan-check validate on %d documents (%d kinds): exit 2, one line on stderr each%n", n, errorsByKind.size());
  }
}
