package dev.plancompliance.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * A second, plain pass over a document that failed, to say where a value starts and what it is. Jackson's
 * binding errors know the path but not always the position of the value the problem is about (a missing
 * field is found at the end of its object), nor the text of the offending token.
 */
final class Tokens {
  // strings and numbers as long as a document may be: this pass must get past one the reader found too long
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength((int) PlanDocuments.MAX_DOCUMENT_LENGTH)
          .maxNumberLength((int) PlanDocuments.MAX_DOCUMENT_LENGTH).build())
      .build();

  private Tokens() {}

  private interface Visitor {
    /** Returns true to stop. */
    boolean visit(JsonParser p, JsonToken token, String path, int offset) throws IOException;
  }

  /** Start (character offset) of the value at {@code path}. */
  static OptionalInt valueStart(String json, String path) {
    int[] found = {-1};
    scan(json, (p, t, at, offset) -> {
      if (t != JsonToken.FIELD_NAME && at.equals(path)) {
        found[0] = offset;
        return true;
      }
      return false;
    });
    return found[0] < 0 ? OptionalInt.empty() : OptionalInt.of(found[0]);
  }

  /** Start of the key whose value is at {@code path}. */
  static OptionalInt keyStart(String json, String path) {
    int[] found = {-1};
    scan(json, (p, t, at, offset) -> {
      if (t == JsonToken.FIELD_NAME && at.equals(path)) {
        found[0] = offset;
        return true;
      }
      return false;
    });
    return found[0] < 0 ? OptionalInt.empty() : OptionalInt.of(found[0]);
  }

  /** The token starting at {@code offset} as JSON ({@code "abc"}, {@code 42}, {@code null}), or "an object"/"an array". */
  static String describeAt(String json, int offset) {
    String[] found = {null};
    scan(json, (p, t, at, o) -> {
      if (o == offset) {
        found[0] = switch (t) {
          case START_OBJECT -> "an object";
          case START_ARRAY -> "an array";
          case VALUE_STRING -> PlanDocuments.Errors.quote(p.getText());
          default -> p.getText();
        };
        return true;
      }
      return o > offset;
    });
    return found[0] != null ? found[0] : PlanDocuments.Errors.snippet(json, offset);
  }

  /** As {@link #describeAt} for a scalar; {@code null} for an object or array. */
  static String scalarAt(String json, int offset) {
    String d = describeAt(json, offset);
    return d.equals("an object") || d.equals("an array") ? null : d;
  }

  /** The path of the innermost value open where {@code prefix} ends. */
  static String pathAtEnd(String prefix) {
    try (JsonParser p = FACTORY.createParser(prefix)) {
      try {
        while (p.nextToken() != null) {
          // read up to where the text stops
        }
      } catch (JsonProcessingException e) {
        // the prefix ends inside a value: that is the point
      }
      return PlanDocuments.Errors.render(p.getParsingContext(), false);
    } catch (IOException e) {
      return "$";
    }
  }

  private static void scan(String json, Visitor visitor) {
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        JsonStreamContext c = p.getParsingContext();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          c = c.getParent();
        }
        String path = PlanDocuments.Errors.render(c, false);
        if (visitor.visit(p, t, path, (int) p.currentTokenLocation().getCharOffset())) {
          return;
        }
      }
    } catch (IOException e) {
      // malformed further on: what was read before is all there is to find
    }
  }
}
