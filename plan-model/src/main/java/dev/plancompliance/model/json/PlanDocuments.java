package dev.plancompliance.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
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
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plancompliance.model.Directive;
import dev.plancompliance.model.InvalidValueException;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes plan and directive documents as JSON. Reading is strict: an unknown field, a missing
 * required field, a value of the wrong type, a duplicate key or trailing content is a
 * {@link PlanFormatException} naming the JSON path, line and column. Text is read as UTF-8 and
 * normalised to NFC. Writing is deterministic: the same value gives the same bytes (two-space indent,
 * {@code \n} line ends, a final newline).
 */
public final class PlanDocuments {
  /** Limits that keep a hostile document from exhausting memory or the stack. */
  public static final int MAX_NESTING_DEPTH = 64;
  public static final int MAX_STRING_LENGTH = 1 << 20;
  public static final long MAX_DOCUMENT_LENGTH = 64L << 20;

  private static final ObjectMapper MAPPER = newMapper();
  private static final ObjectReader PLAN_READER = MAPPER.readerFor(Plan.class);
  private static final ObjectReader DIRECTIVE_READER = MAPPER.readerFor(Directive.class);
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
    return readValue(PLAN_READER, in, source);
  }

  /** Reads a plan document held in a string. */
  public static Plan read(String json, String source) {
    return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
  }

  public static Directive readDirective(InputStream in, String source) {
    return readValue(DIRECTIVE_READER, in, source);
  }

  /** The plan as a JSON document. */
  public static String write(Plan plan) {
    return writeValue(Objects.requireNonNull(plan, "plan"));
  }

  public static void write(Plan plan, Path file) throws IOException {
    Files.writeString(file, write(plan), StandardCharsets.UTF_8);
  }

  public static String writeDirective(Directive directive) {
    return writeValue(Objects.requireNonNull(directive, "directive"));
  }

  /**
   * A copy of the mapper configuration used for plan documents, for host code that embeds model values
   * in its own JSON, or renders other documents (reports) the same way.
   */
  public static ObjectMapper objectMapper() {
    return MAPPER.copy();
  }

  /** The pretty printer used for every document this library writes. */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static String writeValue(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  private static <T> T readValue(ObjectReader reader, InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    try {
      return reader.readValue(in);
    } catch (JsonProcessingException e) {
      throw Errors.translate(e, source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private static ObjectMapper newMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("nfc-text").addDeserializer(String.class, new NfcStringDeserializer()))
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
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
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

  /** Strings are stored in NFC, whatever form the document used. */
  private static final class NfcStringDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    NfcStringDeserializer() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return Text.nfc(StringDeserializer.instance.deserialize(p, ctxt));
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }
  }

  /** Turns Jackson's exceptions into {@link PlanFormatException}s a person can act on. */
  static final class Errors {
    private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

    private Errors() {}

    static PlanFormatException translate(JsonProcessingException e, String source) {
      JsonLocation loc = e.getLocation();
      int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
      int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
      String path = e instanceof JsonMappingException m ? path(m.getPath()) : parserPath(e);
      String expected;
      String found = null;
      if (e instanceof UnrecognizedPropertyException u) {
        expected = "one of the fields " + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ", "[", "]"));
        found = "unknown field \"" + u.getPropertyName() + "\"";
      } else if (e instanceof InvalidTypeIdException t) {
        expected = "a known \"type\" for " + simpleName(t.getBaseType().getRawClass()) + typeIds(e.getOriginalMessage());
        found = t.getTypeId() == null ? "no \"type\"" : "\"" + t.getTypeId() + "\"";
      } else if (e instanceof ValueInstantiationException v) {
        Throwable cause = v.getCause();
        if (cause instanceof InvalidValueException iv) {
          path = path + "." + iv.field();
          expected = "a meaningful value: " + iv.getMessage();
        } else {
          Matcher m = MISSING.matcher(String.valueOf(cause == null ? v.getOriginalMessage() : cause.getMessage()));
          if (m.find()) {
            String first = m.group(1).split(",\\s*")[0];
            path = path + "." + first;
            expected = "required field" + (m.group(1).contains(",") ? "s [" + m.group(1) + "]" : " \"" + first + "\"");
            found = "nothing";
          } else {
            expected = "a valid " + simpleName(v.getType().getRawClass()) + ": " + (cause == null ? v.getOriginalMessage() : cause.getMessage());
          }
        }
      } else if (e instanceof InvalidFormatException f) {
        expected = describe(f.getTargetType());
        found = quote(f.getValue());
      } else if (e instanceof MismatchedInputException mi) {
        expected = mi.getTargetType() == null ? "a different JSON value" : describe(mi.getTargetType());
        found = firstLine(mi.getOriginalMessage());
      } else {
        expected = "well-formed JSON";
        found = firstLine(e.getOriginalMessage());
      }
      return new PlanFormatException(source, path, line, column, expected, found, e);
    }

    private static String path(List<JsonMappingException.Reference> refs) {
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

    private static String parserPath(JsonProcessingException e) {
      if (e.getProcessor() instanceof JsonParser p) {
        StringBuilder sb = new StringBuilder();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
          if (c.inArray()) {
            sb.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
          } else if (c.getCurrentName() != null) {
            sb.insert(0, "." + c.getCurrentName());
          }
        }
        return "$" + sb;
      }
      return "$";
    }

    private static String describe(Class<?> type) {
      if (type == null) {
        return "a value";
      }
      if (type.isEnum()) {
        return "one of " + java.util.Arrays.toString(type.getEnumConstants());
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
      if (type == java.time.LocalDate.class) {
        return "a date YYYY-MM-DD";
      }
      if (type == java.time.YearMonth.class) {
        return "a month YYYY-MM";
      }
      if (type == java.time.MonthDay.class) {
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

    private static String typeIds(String message) {
      int i = message == null ? -1 : message.indexOf("known type ids = ");
      if (i < 0) {
        return "";
      }
      int end = message.indexOf(']', i);
      return ", one of " + message.substring(i + "known type ids = ".length(), end < 0 ? message.length() : end + 1);
    }

    private static String quote(Object value) {
      return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
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
