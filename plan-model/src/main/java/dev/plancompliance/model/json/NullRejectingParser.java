package dev.plancompliance.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Rejects every JSON {@code null} as it is read. The writer never writes null, and the schema allows none;
 * without this, a null would silently mean "absent" for optional fields and record components, while a
 * field-level setting ({@code Nulls.FAIL}) would also reject fields that are merely left out.
 */
final class NullRejectingParser extends JsonParserDelegate {
  NullRejectingParser(JsonParser delegate) {
    super(delegate);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    return check(super.nextToken());
  }

  @Override
  public JsonToken nextValue() throws IOException {
    return check(super.nextValue());
  }

  private JsonToken check(JsonToken t) throws NullValueException {
    if (t == JsonToken.VALUE_NULL) {
      throw new NullValueException(this, PlanDocuments.Errors.render(getParsingContext(), false));
    }
    return t;
  }

  /** A null where a document must have a value or nothing; knows its path, as databind may not add it. */
  static final class NullValueException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;
    private final String path;

    NullValueException(JsonParser p, String path) {
      super(p, "null is not allowed in a plan document, at " + path, (JavaType) null);
      this.path = path;
    }

    String path() {
      return path;
    }
  }
}
