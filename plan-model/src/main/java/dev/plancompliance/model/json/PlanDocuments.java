package dev.plancompliance.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.plancompliance.model.Directive;
import dev.plancompliance.model.InvalidValueException;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes plan and directive documents as JSON. Reading is strict: an unknown field, a missing
 * required field, a {@code null}, a value of the wrong type, a duplicate key or trailing content is a
 * {@link PlanFormatException} naming the JSON path, line and column (columns count characters, not bytes).
 * Input is UTF-8 (a leading byte-order mark is skipped; invalid bytes are an error) and text is normalised
 * to NFC. Writing is deterministic: the same value gives the same bytes (two-space indent, {@code \n}
 * line ends, a final newline). {@link #schema()} is the JSON Schema of plan documents.
 */
public final class PlanDocuments {
  /**
   * Limits that keep a hostile document from exhausting memory or the stack. A document beyond one is a
   * {@link PlanFormatException} that names the limit and its value; a stream is read no further than one
   * byte past {@link #MAX_DOCUMENT_LENGTH} (bytes of UTF-8; for a {@code String}, characters).
   */
  public static final int MAX_NESTING_DEPTH = 64;
  public static final int MAX_STRING_LENGTH = 1 << 20;
  public static final long MAX_DOCUMENT_LENGTH = 64L << 20;
  /**
   * The longest string of a value this library wrote and reads back ({@link #readValue}: a validation
   * report, a diff), 16 Mi characters: a finding's message may quote a plan's string of up to
   * {@link #MAX_STRING_LENGTH}, so a report the library wrote is always read back.
   */
  public static final int MAX_REPORT_STRING_LENGTH = 16 << 20;
  /** The earliest year a date of a document may have: before it, no plan of this kind was issued. */
  public static final int MIN_YEAR = 1900;
  /** The latest year a date of a document may have. */
  public static final int MAX_YEAR = 2199;
  /** The longest document {@link #readValue} reads, in bytes or characters: 256 Mi. */
  public static final long MAX_REPORT_LENGTH = 256L << 20;

  /** Class-path resource holding the JSON Schema (draft 2020-12) of plan documents. */
  public static final String SCHEMA_RESOURCE = "/dev/plancompliance/model/json/plan.schema.json";

  /** Class-path resource holding the JSON Schema (draft 2020-12) of progress reports. */
  public static final String PROGRESS_SCHEMA_RESOURCE = "/dev/plancompliance/model/json/progress.schema.json";

  /** Class-path resource holding the JSON Schema (draft 2020-12) of directive documents. */
  public static final String DIRECTIVE_SCHEMA_RESOURCE = "/dev/plancompliance/model/json/directive.schema.json";

  private static final ObjectMapper MAPPER = newMapper();
  private static final ObjectMapper REPORT_MAPPER = newMapper(MAX_REPORT_STRING_LENGTH, MAX_REPORT_LENGTH);
  // trailing content is checked by parse(), which can say what it found
  private static final ObjectReader PLAN_READER = MAPPER.readerFor(Plan.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectReader DIRECTIVE_READER = MAPPER.readerFor(Directive.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectReader SET_READER = MAPPER.readerFor(SetDocument.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectReader PROGRESS_READER = MAPPER.readerFor(ProgressReport.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  private PlanDocuments() {}

  /** Reads a plan document from a file; the file name is the source in errors. */
  public static Plan read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads a plan document; {@code source} names it in errors (a file name, a URL, a request id). */
  public static Plan read(InputStream in, String source) {
    return readValue(PLAN_READER, in, source, "Plan");
  }

  /** Reads a plan document held in a string. */
  public static Plan read(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      // Jackson parses a String held in memory without counting its length: the limit is checked here
      throw Errors.at(json, (int) MAX_DOCUMENT_LENGTH, source, "$",
          "a document of at most " + MAX_DOCUMENT_LENGTH + " characters (64 Mi, PlanDocuments.MAX_DOCUMENT_LENGTH)",
          "a longer one (" + json.length() + " characters)", null);
    }
    return parse(PLAN_READER, json, source, "Plan");
  }

  /**
   * Reads a directive document ({@link #directiveSchema()}): what plans implement, with its task groups
   * (numbered 1..n in order; none is allowed), requirements, horizon and milestones. Errors name the
   * source, line, column and JSON path, as for plans.
   */
  public static Directive readDirective(InputStream in, String source) {
    return readValue(DIRECTIVE_READER, in, source, "Directive");
  }

  /** Reads a directive document from a file; the file name is the source in errors. */
  public static Directive readDirective(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readDirective(in, file.toString());
    }
  }

  /** The plan as a JSON document. */
  public static String write(Plan plan) {
    return toJson(Objects.requireNonNull(plan, "plan"));
  }

  public static void write(Plan plan, Path file) throws IOException {
    Files.writeString(file, write(plan), StandardCharsets.UTF_8);
  }

  public static String writeDirective(Directive directive) {
    return toJson(Objects.requireNonNull(directive, "directive"));
  }

  /**
   * Reads a plan set document, {@code {"parent": PLAN, "children": [PLAN, …]}}, where each PLAN is a plan
   * object or the name of a plan document relative to the set document's folder ({@code "ha-noi-2025.json"},
   * {@code "illustrative/xa-a.json"}); a name may not leave that folder. Errors in a named document are
   * reported against that document.
   */
  public static PlanSet readSet(Path file) throws IOException {
    Path dir = file.toAbsolutePath().normalize().getParent();
    String json;
    try (InputStream in = Files.newInputStream(file)) {
      json = readText(in, file.toString());
    }
    return readSet(json, file.toString(), name -> {
      try {
        return read(setMember(file, name));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + Text.excerpt(name, Text.MESSAGE_EXCERPT) + ": " + e.getMessage(), e);
      }
    });
  }

  /**
   * The file a set document {@code setFile} names {@code name} (relative to its folder): a regular file in
   * that folder or below it, checked on the real paths, so that neither {@code ..} nor a symbolic link
   * leads outside and a pipe or a device is never opened. The name is tried as written, then in NFC and in
   * NFD (the reader keeps text in NFC; a file system may hold either form).
   *
   * @throws IllegalArgumentException naming the entry when it leads outside, does not exist or is no regular file
   */
  public static Path setMember(Path setFile, String name) throws IOException {
    Path dir = setFile.toAbsolutePath().normalize().getParent();
    String shown = "\"" + Text.excerpt(name, Text.MESSAGE_EXCERPT) + "\"";
    Path target = null;
    for (String candidate : new java.util.LinkedHashSet<>(List.of(name, Text.nfc(name), java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)))) {
      Path p;
      try {
        p = Path.of(candidate);
      } catch (java.nio.file.InvalidPathException e) {
        throw new IllegalArgumentException(shown + ", which is not a file name");
      }
      Path resolved = dir.resolve(p).normalize();
      if (candidate.isEmpty() || p.isAbsolute() || !resolved.startsWith(dir)) {
        throw new IllegalArgumentException(shown + ", which is outside the set document's folder");
      }
      if (Files.exists(resolved, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        target = resolved;
        break;
      }
    }
    if (target == null) {
      throw new IllegalArgumentException(shown + ", which does not exist in the set document's folder");
    }
    Path real;
    try {
      real = target.toRealPath();
    } catch (IOException e) {
      throw new IllegalArgumentException(shown + ", a link that leads nowhere");
    }
    if (!real.startsWith(dir.toRealPath())) {
      throw new IllegalArgumentException(shown + ", a link that leads outside the set document's folder");
    }
    if (!Files.isRegularFile(real)) {
      throw new IllegalArgumentException(shown + ", which is not a regular file");
    }
    return target;
  }

  /** Reads a plan set document whose plans are all given inline. */
  public static PlanSet readSet(String json, String source) {
    return readSet(json, source, null);
  }

  /**
   * Reads a plan set document; {@code resolver} turns a plan given by name into the plan (a
   * {@link PlanFormatException} it throws is passed on; any other exception becomes one at the name), or is
   * {@code null} when names are not allowed.
   */
  public static PlanSet readSet(String json, String source, java.util.function.Function<String, Plan> resolver) {
    Objects.requireNonNull(source, "source");
    String text = Objects.requireNonNull(json, "json").startsWith("\uFEFF") ? json.substring(1) : json;
    SetDocument doc = parse(SET_READER, text, source, "PlanSet");
    if (doc.parent() == null) {
      throw Errors.at(text, Tokens.valueStart(text, "$").orElse(0), source, "$.parent", "required field \"parent\"", "nothing", null);
    }
    PlanSet.Builder set = PlanSet.builder().parent(resolve(doc.parent(), "$.parent", text, source, resolver));
    List<SetEntry> children = doc.children() == null ? List.of() : doc.children();
    for (int i = 0; i < children.size(); i++) {
      set.addChildren(resolve(children.get(i), "$.children[" + i + "]", text, source, resolver));
    }
    try {
      return set.build();
    } catch (InvalidValueException e) {
      throw Errors.at(text, Tokens.valueStart(text, "$.children").orElse(0), source, "$.children", "plans with distinct symbols and localities",
          e.getMessage(), e);
    }
  }

  private static Plan resolve(SetEntry entry, String path, String json, String source, java.util.function.Function<String, Plan> resolver) {
    if (entry.plan() != null) {
      return entry.plan();
    }
    if (resolver == null) {
      throw Errors.at(json, entry.offset(), source, path, "a plan object (plans given by file name need readSet(Path))", quote(entry.reference()), null);
    }
    try {
      return Objects.requireNonNull(resolver.apply(entry.reference()), "resolver returned null");
    } catch (PlanFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      throw Errors.at(json, entry.offset(), source, path, "the name of a readable plan document", e.getMessage(), e);
    }
  }

  /** The plan set as one JSON document, every plan inline. */
  public static String writeSet(PlanSet set) {
    return toJson(Objects.requireNonNull(set, "set"));
  }

  /** Reads a progress report ({@link ProgressReport}) from a file. */
  public static ProgressReport readProgress(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readValue(PROGRESS_READER, in, file.toString(), "ProgressReport");
    }
  }

  /** Reads a progress report held in a string. */
  public static ProgressReport readProgress(String json, String source) {
    return parse(PROGRESS_READER, Objects.requireNonNull(json, "json"), Objects.requireNonNull(source, "source"), "ProgressReport");
  }

  public static String writeProgress(ProgressReport progress) {
    return toJson(Objects.requireNonNull(progress, "progress"));
  }

  /**
   * Reads a value of {@code type} (a value the library wrote, such as a validation report or a diff, or a
   * host's own) from JSON with the same strict rules and the same errors as plan documents, and the larger
   * limits of {@link #MAX_REPORT_STRING_LENGTH} and {@link #MAX_REPORT_LENGTH}: a report quotes plan strings.
   */
  public static <T> T readValue(String json, String source, Class<T> type) {
    ObjectReader reader = REPORT_MAPPER.readerFor(Objects.requireNonNull(type, "type")).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    return parse(reader, Objects.requireNonNull(json, "json"), Objects.requireNonNull(source, "source"), type.getSimpleName());
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  /** A plan set document as written: each plan inline, or by name. */
  record SetDocument(SetEntry parent, List<SetEntry> children) {}

  /** One plan of a set document: the plan, or the name of its document, with where it starts. */
  @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = SetEntryDeserializer.class)
  record SetEntry(Plan plan, String reference, int offset) {}

  static final class SetEntryDeserializer extends StdScalarDeserializer<SetEntry> {
    private static final long serialVersionUID = 1L;

    SetEntryDeserializer() {
      super(SetEntry.class);
    }

    @Override
    public SetEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      int offset = (int) p.currentTokenLocation().getCharOffset();
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        return new SetEntry(null, Text.nfc(p.getText()), offset);
      }
      if (p.hasToken(JsonToken.START_OBJECT)) {
        return new SetEntry(ctxt.readValue(p, Plan.class), null, offset);
      }
      return (SetEntry) ctxt.handleUnexpectedToken(SetEntry.class, p);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.POJO;
    }
  }

  /**
   * The JSON Schema (draft 2020-12) of plan documents as this class reads and writes them, for hosts that
   * validate documents before they reach the library or publish the format. Some invariants are beyond
   * JSON Schema and only the reader checks them: unique task codes, agency ids and fiscal years, a year
   * range that does not end before it starts, {@code lastLine >= line}, law-drafting spend not above
   * total spend, amounts and rates of at most 64 digits on either side of the decimal point; and the
   * stream limits ({@link #MAX_NESTING_DEPTH}, {@link #MAX_STRING_LENGTH}, {@link #MAX_DOCUMENT_LENGTH}).
   */
  public static String schema() {
    return resource(SCHEMA_RESOURCE);
  }

  /** The JSON Schema (draft 2020-12) of the directive documents {@link #readDirective(Path)} reads. */
  public static String directiveSchema() {
    return resource(DIRECTIVE_SCHEMA_RESOURCE);
  }

  /** The JSON Schema (draft 2020-12) of the progress reports {@link #readProgress(Path)} reads. */
  public static String progressSchema() {
    return resource(PROGRESS_SCHEMA_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = PlanDocuments.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** Where {@link #schema()} comes from, for validators that load schemas by URL. */
  public static URL schemaUrl() {
    return Objects.requireNonNull(PlanDocuments.class.getResource(SCHEMA_RESOURCE), SCHEMA_RESOURCE);
  }

  /**
   * A copy of the mapper configuration used for plan documents, for host code that embeds model values
   * in its own JSON, or renders other documents (reports) the same way.
   */
  public static ObjectMapper objectMapper() {
    return MAPPER.copy();
  }

  /** The pretty printer used for every document this library writes; empty arrays and objects print as {@code []}, {@code {}}. */
  public static DefaultPrettyPrinter prettyPrinter() {
    return new CompactEmptyPrinter();
  }

  /** Jackson's default printer writes {@code [ ]} for an empty array; hand-written documents write {@code []}. */
  private static final class CompactEmptyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    CompactEmptyPrinter() {
      super(new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    }

    private CompactEmptyPrinter(CompactEmptyPrinter base) {
      super(base);
    }

    @Override
    public CompactEmptyPrinter createInstance() {
      return new CompactEmptyPrinter(this);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      if (nrOfValues == 0) {
        _nesting--;
        g.writeRaw(']');
      } else {
        super.writeEndArray(g, nrOfValues);
      }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
      if (nrOfEntries == 0) {
        _nesting--;
        g.writeRaw('}');
      } else {
        super.writeEndObject(g, nrOfEntries);
      }
    }
  }

  /**
   * {@code value} as JSON in the layout of every document this library writes (this mapper configuration,
   * two-space indent, {@code \n} line ends, a final newline): plans, reports, diffs, SARIF logs.
   */
  public static String toJson(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  private static String readText(InputStream in, String source) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) MAX_DOCUMENT_LENGTH + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    if (bytes.length > MAX_DOCUMENT_LENGTH) {
      throw new PlanFormatException(source, "$", 0, 0, "a document of at most " + MAX_DOCUMENT_LENGTH + " bytes", "a longer one", null);
    }
    return Utf8.decode(bytes, source);
  }

  private static <T> T readValue(ObjectReader reader, InputStream in, String source, String what) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) MAX_DOCUMENT_LENGTH + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    if (bytes.length > MAX_DOCUMENT_LENGTH) {
      // reading stopped one byte past the limit: the rest of the stream is never read
      throw Errors.tooLong(bytes, source);
    }
    return parse(reader, Utf8.decode(bytes, source), source, what);
  }

  /**
   * Parses the whole text as one value. The text is parsed as characters, so that positions count
   * characters as an editor does; trailing content and an empty document are checked here rather than by
   * Jackson, so that their messages can say what was found.
   */
  private static <T> T parse(ObjectReader reader, String text, String source, String what) {
    String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
    JsonParser parser;
    try {
      parser = new NullRejectingParser(reader.createParser(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (JsonParser p = parser) {
      if (p.nextToken() == null) {
        throw Errors.at(json, json.length(), source, "$", "a " + what + " object", "an empty document", null);
      }
      T value = reader.readValue(p);
      if (value == null) {
        throw Errors.at(json, 0, source, "$", "a " + what + " object", "null", null);
      }
      int end = (int) p.currentLocation().getCharOffset();
      int next = Errors.skipWhitespace(json, end);
      if (next < json.length()) {
        throw Errors.at(json, next, source, "$", "the end of the document after the " + what + " object",
            Errors.snippet(json, next), null);
      }
      return value;
    } catch (JsonProcessingException e) {
      StreamConstraintsException limit = Errors.limitIn(e);
      if (limit != null) {
        throw Errors.limit(limit, parser, json, source);
      }
      throw Errors.translate(e, json, source);
    } catch (IOException e) {
      // a parser over a String does no I/O; anything else it throws is a JsonProcessingException
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectMapper newMapper() {
    return newMapper(MAX_STRING_LENGTH, MAX_DOCUMENT_LENGTH);
  }

  private static ObjectMapper newMapper(int maxStringLength, long maxDocumentLength) {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            // the three java.time types of the model, as ISO text both ways (the whole JavaTimeModule
            // would add lenient readers and a quarter of a second of class loading to every cold start)
            .addModule(new SimpleModule("plan-text")
                .addSerializer(LocalDate.class, ToStringSerializer.instance)
                .addSerializer(YearMonth.class, ToStringSerializer.instance)
                .addSerializer(MonthDay.class, ToStringSerializer.instance)
                .addDeserializer(String.class, new NfcStringDeserializer())
                .addDeserializer(LocalDate.class, new IsoTextDeserializer<>(LocalDate.class,
                    "[0-9]{4}-[0-9]{2}-[0-9]{2}", LocalDate::parse))
                .addDeserializer(YearMonth.class, new IsoTextDeserializer<>(YearMonth.class,
                    "[0-9]{4}-[0-9]{2}", YearMonth::parse))
                .addDeserializer(MonthDay.class, new IsoTextDeserializer<>(MonthDay.class,
                    "--[0-9]{2}-[0-9]{2}", MonthDay::parse))
                .setDeserializerModifier(new BeanDeserializerModifier() {
                  private static final long serialVersionUID = 1L;

                  @Override
                  public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                      BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                    return new ExactEnumDeserializer(deserializer);
                  }
                }))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(maxStringLength)
                .maxDocumentLength(maxDocumentLength)
                .build());
    for (LogicalType t : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Enum)) {
      mapper.coercionConfigFor(t)
          .setCoercion(CoercionInputShape.Integer, t == LogicalType.Integer || t == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, t == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, t == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
      if (t != LogicalType.Textual && t != LogicalType.Enum) {
        mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
      }
    }
    return mapper;
  }

  /**
   * An enum constant exactly as declared: Jackson's own reader trims the text, so {@code " CITY"} would
   * read as {@code CITY} though the schema refuses it.
   */
  private static final class ExactEnumDeserializer extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    ExactEnumDeserializer(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new ExactEnumDeserializer(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING) && !p.getText().equals(p.getText().trim())) {
        throw ctxt.weirdStringException(p.getText(), handledType(), "spaces around the constant");
      }
      return _delegatee.deserialize(p, ctxt);
    }
  }

  /** Strings are stored in NFC, whatever form the document used. */
  private static final class NfcStringDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    NfcStringDeserializer() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = StringDeserializer.instance.deserialize(p, ctxt);
      for (int i = 0; s != null && i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          // "\ud800" alone is valid JSON but no character: it could not be written back as UTF-8
          throw ctxt.weirdStringException(Text.excerpt(s, Text.MESSAGE_EXCERPT), String.class,
              String.format("a lone surrogate \\u%04X at character %d is not Unicode text", (int) c, i));
        }
      }
      return Text.nfc(s);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }
  }

  /**
   * A {@code java.time} value written exactly as ISO text of one shape (the schema's pattern): the
   * JavaTimeModule would also take arrays ({@code [2025,9,30]}) and date-times for dates.
   */
  private static final class IsoTextDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Pattern shape;
    private final transient Function<String, T> parse;

    IsoTextDeserializer(Class<T> type, String shape, Function<String, T> parse) {
      super(type);
      this.shape = Pattern.compile(shape);
      this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      String text = p.getText();
      if (!shape.matcher(text).matches()) {
        throw ctxt.weirdStringException(text, handledType(), "not of the form " + shape.pattern());
      }
      T value;
      try {
        value = parse.apply(text);
      } catch (DateTimeParseException e) {
        throw ctxt.weirdStringException(text, handledType(), e.getMessage());
      }
      int year = value instanceof LocalDate d ? d.getYear() : value instanceof YearMonth m ? m.getYear() : MIN_YEAR;
      if (year < MIN_YEAR || year > MAX_YEAR) {
        // year 0000 is ISO text too, and would make every monthly report since then overdue
        throw ctxt.weirdStringException(text, handledType(), "a year from " + MIN_YEAR + " to " + MAX_YEAR + " (PlanDocuments.MIN_YEAR, MAX_YEAR)");
      }
      return value;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.DateTime;
    }
  }

  /** Strict UTF-8 decoding: Jackson's own decoder would accept overlong forms and guess UTF-16. */
  static final class Utf8 {
    private Utf8() {}

    static String decode(byte[] bytes, String source) {
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(bytes.length);
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        result = decoder.flush(out);
      }
      if (result.isError()) {
        String prefix = out.flip().toString();
        prefix = prefix.startsWith("\uFEFF") ? prefix.substring(1) : prefix;
        String bad = hex(bytes, in.position(), result.length());
        throw Errors.at(prefix, prefix.length(), source, Errors.pathAtEnd(prefix),
            "UTF-8 text", "the bytes " + bad + ", which are not UTF-8", null);
      }
      if (result.isOverflow()) {
        throw new IllegalStateException("UTF-8 gave more characters than bytes");
      }
      return out.flip().toString();
    }

    private static String hex(byte[] bytes, int from, int length) {
      StringBuilder sb = new StringBuilder();
      for (int i = from; i < Math.min(bytes.length, from + Math.max(length, 1)); i++) {
        sb.append(sb.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
      }
      return sb.toString();
    }
  }

  /** Turns Jackson's exceptions into {@link PlanFormatException}s a person can act on. */
  static final class Errors {
    private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");
    private static final String DUPLICATE = "Duplicate field '";

    private Errors() {}

    static PlanFormatException translate(JsonProcessingException e, String json, String source) {
      JsonLocation loc = e.getLocation();
      int offset = loc == null || loc.getCharOffset() < 0 ? -1 : (int) Math.min(loc.getCharOffset(), json.length());
      String path = e instanceof JsonMappingException m ? path(m.getPath()) : parserPath(e, false);
      String expected;
      String found = null;
      InputCoercionException coercion = causeOf(e, InputCoercionException.class);
      boolean endOfInput = e instanceof JsonEOFException || e.getCause() instanceof JsonEOFException
          || (!(e instanceof JsonMappingException) && offset >= json.length());
      if (endOfInput) {
        path = parserPath(e, true);
        offset = json.length();
        expected = "the rest of the document";
        found = "the end of the input";
      } else if (e instanceof UnrecognizedPropertyException u) {
        offset = Tokens.keyStart(json, path).orElse(offset);
        expected = "one of the fields " + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ", "[", "]"));
        found = "unknown field \"" + u.getPropertyName() + "\"";
      } else if (e instanceof InvalidTypeIdException t) {
        String objectPath = path;
        path = objectPath + ".type";
        String ids = typeIds(t.getBaseType().getRawClass());
        int value = Tokens.valueStart(json, objectPath).orElse(-1);
        if (value >= 0 && json.charAt(value) != '{') {
          // a string, number or array where the object should be: not a missing "type"
          path = objectPath;
          offset = value;
          expected = "a " + simpleName(t.getBaseType().getRawClass()) + " object" + (ids.isEmpty() ? "" : " with a \"type\"" + ids);
          found = Tokens.describeAt(json, value);
        } else if (t.getTypeId() == null) {
          offset = value >= 0 ? value : offset;
          expected = "required field \"type\"" + ids;
          found = "nothing";
        } else {
          offset = Tokens.valueStart(json, path).orElse(offset);
          expected = "a known \"type\" for " + simpleName(t.getBaseType().getRawClass()) + ids;
          found = quote(t.getTypeId());
        }
      } else if (e instanceof ValueInstantiationException v) {
        String objectPath = path;
        Throwable cause = v.getCause();
        Matcher m = MISSING.matcher(String.valueOf(cause == null ? v.getOriginalMessage() : cause.getMessage()));
        if (cause instanceof InvalidValueException iv) {
          path = objectPath + "." + iv.field();
          if (iv.isMissing()) {
            offset = Tokens.valueStart(json, objectPath).orElse(offset);
            expected = "required field \"" + iv.field() + "\"";
            found = "nothing";
          } else {
            int at = Tokens.valueStart(json, path).orElse(-1);
            if (at >= 0) {
              offset = at;
              found = Tokens.scalarAt(json, at);
            } else {
              offset = Tokens.valueStart(json, objectPath).orElse(offset);
            }
            expected = "a meaningful value: " + iv.getMessage();
          }
        } else if (m.find()) {
          String[] names = m.group(1).split(",\\s*");
          path = objectPath + "." + names[0];
          offset = Tokens.valueStart(json, objectPath).orElse(offset);
          expected = names.length > 1
              ? "required fields " + Arrays.stream(names).map(Errors::quote).collect(Collectors.joining(", ", "[", "]"))
              : "required field " + quote(names[0]);
          found = "nothing";
        } else {
          expected = "a valid " + simpleName(v.getType().getRawClass()) + ": " + (cause == null ? v.getOriginalMessage() : cause.getMessage());
        }
      } else if (e instanceof NullRejectingParser.NullValueException n) {
        path = n.path();
        expected = path.endsWith("]") ? "a value (a list holds no null)" : "a value, or the field left out";
        found = "null";
      } else if (e instanceof InvalidFormatException f) {
        String why = String.valueOf(f.getOriginalMessage());
        // the string reader's own refusal (a lone surrogate) says why after its last colon
        expected = f.getTargetType() == String.class && why.contains("lone surrogate")
            ? "Unicode text (" + why.substring(why.lastIndexOf(": ") + 2) + ")"
            : why.contains("PlanDocuments.MIN_YEAR") ? describe(f.getTargetType()) + " with a year from " + MIN_YEAR + " to " + MAX_YEAR
            : describe(f.getTargetType());
        found = offset >= 0 ? Tokens.describeAt(json, offset) : quote(f.getValue());
      } else if (e instanceof MismatchedInputException mi) {
        // Jackson may stand past the value's first token (inside an array it did not expect): point at the value
        offset = Tokens.valueStart(json, path).orElse(offset);
        expected = mi.getTargetType() == null ? "a different JSON value" : describe(mi.getTargetType());
        found = offset >= 0 ? Tokens.describeAt(json, offset) : firstLine(mi.getOriginalMessage());
      } else if (coercion != null) {
        // an integer too large for its field: Jackson's wording ("well-formed JSON") would mislead
        offset = Tokens.valueStart(json, path).orElse(offset);
        expected = integerRange(coercion.getTargetType());
        found = offset >= 0 ? Tokens.describeAt(json, offset) : firstLine(coercion.getOriginalMessage());
      } else if (String.valueOf(e.getOriginalMessage()).startsWith(DUPLICATE)) {
        offset = offset < 0 ? offset : keyStartBefore(json, offset);
        String name = e.getOriginalMessage().substring(DUPLICATE.length(), e.getOriginalMessage().lastIndexOf('\''));
        // databind's path ends at the object (or at its previous field): the parser is still in the object
        com.fasterxml.jackson.core.exc.StreamReadException read = causeOf(e, com.fasterxml.jackson.core.exc.StreamReadException.class);
        if (read != null && read.getProcessor() != null) {
          path = render(read.getProcessor().getParsingContext(), true) + "." + name;
        }
        expected = "each field once";
        found = "a second \"" + name + "\"";
      } else {
        expected = "well-formed JSON";
        found = firstLine(e.getOriginalMessage());
      }
      if (offset < 0) {
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        return new PlanFormatException(source, path, line, column, expected, found, e);
      }
      return at(json, offset, source, path, expected, found, e);
    }

    private static final Pattern LIMIT = Pattern.compile("^(Document nesting depth|Document length|Token count|Number value length|String value length|Name length) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    /** The exception, or one of its causes, that says a stream limit was reached; {@code null} if none did. */
    static StreamConstraintsException limitIn(Throwable e) {
      return causeOf(e, StreamConstraintsException.class);
    }

    /** {@code e} or its first cause of {@code type}; {@code null} if none is (databind wraps some of Jackson's). */
    static <X extends Throwable> X causeOf(Throwable e, Class<X> type) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (type.isInstance(t)) {
          return type.cast(t);
        }
      }
      return null;
    }

    /**
     * A document that reached one of the limits of {@link PlanDocuments}: names the limit and its value.
     * Jackson gives no position for these; the parser knows where it stopped.
     */
    static PlanFormatException limit(StreamConstraintsException e, JsonParser p, String json, String source) {
      String path = render(p.getParsingContext(), false);
      int offset = (int) Math.min(Math.max(p.currentLocation().getCharOffset(), 0), json.length());
      Matcher m = LIMIT.matcher(String.valueOf(e.getOriginalMessage()));
      String expected;
      String found;
      if (!m.find()) {
        expected = "a document within the reader's limits";
        found = firstLine(e.getOriginalMessage());
      } else {
        String value = m.group(2);
        String max = m.group(3);
        switch (m.group(1)) {
          case "Document nesting depth" -> {
            expected = "at most " + max + " levels of nesting (PlanDocuments.MAX_NESTING_DEPTH)";
            found = "a value nested " + value + " levels deep";
          }
          case "String value length" -> {
            // point at the string, not where the reader gave up inside it
            offset = Tokens.valueStart(json, path).orElse(offset);
            expected = "a string of at most " + max + " characters (PlanDocuments.MAX_STRING_LENGTH)";
            found = "a string of more than " + max + " characters";
          }
          case "Document length" -> {
            expected = "a document of at most " + max + " characters (64 Mi, PlanDocuments.MAX_DOCUMENT_LENGTH)";
            found = "a longer one";
            path = "$";
          }
          case "Number value length" -> {
            offset = Tokens.valueStart(json, path).orElse(offset);
            expected = "a number of at most " + max + " characters";
            found = "a number of " + value + " characters";
          }
          case "Name length" -> {
            // the name is not the context's yet: the error is in its object, at the name's opening quote
            path = render(p.getParsingContext(), true);
            offset = json.lastIndexOf('"', Math.max(offset - 1, 0));
            expected = "a field name of at most " + max + " characters";
            found = "a name of " + value + " characters or more";
          }
          default -> {
            expected = "at most " + max + " tokens";
            found = value + " tokens";
          }
        }
      }
      return at(json, offset, source, path, expected, found, e);
    }

    /**
     * A byte stream longer than {@link #MAX_DOCUMENT_LENGTH}: {@code bytes} holds its first
     * {@code MAX_DOCUMENT_LENGTH + 1} bytes, and the error is at the first byte past the limit (line and
     * column in characters, counted on the bytes without decoding them).
     */
    static PlanFormatException tooLong(byte[] bytes, String source) {
      int[] at = position(bytes, (int) MAX_DOCUMENT_LENGTH);
      return new PlanFormatException(source, "$", at[0], at[1],
          "a document of at most " + MAX_DOCUMENT_LENGTH + " bytes (64 MiB, PlanDocuments.MAX_DOCUMENT_LENGTH)",
          "a longer one (reading stopped after " + bytes.length + " bytes)", null);
    }

    /**
     * The line and column (from 1, in characters) of byte {@code end} of the UTF-8 {@code bytes}, which hold at
     * least one byte more; a leading BOM is no character. Counted on the bytes, without decoding them.
     */
    static int[] position(byte[] bytes, int end) {
      int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
      int line = 1;
      int column = 1;
      for (int i = from; i < end; i++) {
        int b = bytes[i] & 0xFF;
        if (b == '\n' || (b == '\r' && bytes[i + 1] != '\n')) {
          line++;
          column = 1;
        } else if ((b & 0xC0) != 0x80 && b != '\r') {
          column++; // a byte that starts a character (ASCII or a UTF-8 lead byte)
        }
      }
      return new int[] {line, column};
    }

    private static String integerRange(Class<?> type) {
      if (type == long.class || type == Long.class) {
        return "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
      }
      if (type == int.class || type == Integer.class) {
        return "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
      }
      return describe(type);
    }

    /** An error at a character offset of the text; line and column count from 1, in code points. */
    static PlanFormatException at(String json, int offset, String source, String path, String expected, String found, Throwable cause) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        char c = json.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= json.length() || json.charAt(i + 1) != '\n'))) {
          line++;
          lineStart = i + 1;
        }
      }
      int column = json.codePointCount(lineStart, offset) + 1;
      return new PlanFormatException(source, path, line, column, expected, found, cause);
    }

    static int skipWhitespace(String json, int from) {
      int i = Math.max(from, 0);
      while (i < json.length() && " \t\r\n".indexOf(json.charAt(i)) >= 0) {
        i++;
      }
      return i;
    }

    /** The rest of the line from {@code offset}, shortened. */
    static String snippet(String json, int offset) {
      int end = offset;
      while (end < json.length() && json.charAt(end) != '\n' && json.charAt(end) != '\r' && end - offset < 40) {
        end++;
      }
      String s = json.substring(offset, end).strip();
      boolean cut = end < json.length() && json.charAt(end) != '\n' && json.charAt(end) != '\r'; // stopped at 40, not at the line's end
      return cut ? s + "…" : s;
    }

    /** The JSON path of the innermost value open at the end of {@code prefix}. */
    static String pathAtEnd(String prefix) {
      return Tokens.pathAtEnd(prefix);
    }

    /** The start of the key whose closing quote precedes {@code offset} (Jackson reports the position after it). */
    private static int keyStartBefore(String json, int offset) {
      int i = offset - 1;
      while (i >= 0 && json.charAt(i) != '"') {
        i--;
      }
      for (i--; i >= 0; i--) {
        if (json.charAt(i) == '"') {
          int backslashes = 0;
          for (int j = i - 1; j >= 0 && json.charAt(j) == '\\'; j--) {
            backslashes++;
          }
          if (backslashes % 2 == 0) {
            return i;
          }
        }
      }
      return offset;
    }

    static String path(List<JsonMappingException.Reference> refs) {
      StringBuilder sb = new StringBuilder("$");
      for (JsonMappingException.Reference r : refs) {
        if (r.getFieldName() != null) {
          sb.append('.').append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          sb.append('[').append(r.getIndex()).append(']');
        }
      }
      return sb.toString();
    }

    /**
     * The path from the parser's context; with {@code containerOnly}, the path of the innermost open
     * object or array rather than of its last field.
     */
    private static String parserPath(JsonProcessingException e, boolean containerOnly) {
      if (e.getProcessor() instanceof JsonParser p) {
        return render(p.getParsingContext(), containerOnly);
      }
      return "$";
    }

    static String render(JsonStreamContext context, boolean containerOnly) {
      StringBuilder sb = new StringBuilder();
      boolean innermost = true;
      for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
        if (c.inArray()) {
          if (!(innermost && containerOnly)) {
            sb.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
          }
        } else if (c.getCurrentName() != null && !(innermost && containerOnly)) {
          sb.insert(0, "." + c.getCurrentName());
        }
        innermost = false;
      }
      return "$" + sb;
    }

    private static String describe(Class<?> type) {
      if (type == null) {
        return "a value";
      }
      if (type.isEnum()) {
        return "one of " + Arrays.toString(type.getEnumConstants());
      }
      if (type == String.class) {
        return "a string";
      }
      if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
        return "an integer";
      }
      if (type == java.math.BigDecimal.class) {
        return "a number";
      }
      if (type == boolean.class || type == Boolean.class) {
        return "true or false";
      }
      if (type == LocalDate.class) {
        return "a date YYYY-MM-DD";
      }
      if (type == YearMonth.class) {
        return "a month YYYY-MM";
      }
      if (type == MonthDay.class) {
        return "a day of the year --MM-DD";
      }
      if (List.class.isAssignableFrom(type) || type.isArray()) {
        return "an array";
      }
      return "a " + simpleName(type) + " object";
    }

    private static String simpleName(Class<?> type) {
      String n = type.getSimpleName();
      if (n.startsWith("Immutable")) {
        n = n.substring("Immutable".length());
      }
      return n.equals("Json") && type.getEnclosingClass() != null ? simpleName(type.getEnclosingClass()) : n;
    }

    /** ", one of [a, b]": the type names declared for {@code base} or the interface it inherits them from. */
    private static String typeIds(Class<?> base) {
      JsonSubTypes subTypes = base.getAnnotation(JsonSubTypes.class);
      for (Class<?> i : base.getInterfaces()) {
        if (subTypes == null) {
          subTypes = i.getAnnotation(JsonSubTypes.class);
        }
      }
      if (subTypes == null) {
        return "";
      }
      return ", one of " + Arrays.stream(subTypes.value()).map(JsonSubTypes.Type::name).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    static String quote(Object value) {
      if (value instanceof String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
      }
      return String.valueOf(value);
    }

    private static String firstLine(String s) {
      if (s == null) {
        return null;
      }
      int nl = s.indexOf('\n');
      return nl < 0 ? s : s.substring(0, nl);
    }
  }
}
