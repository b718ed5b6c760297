package dev.plancompliance.model.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The plan and progress-report schemas loaded with networknt's validator (3.x API), formats asserted as the schemas intend. */
final class PlanSchema {
  private PlanSchema() {}

  static final Schema SCHEMA = load(PlanDocuments.schema());
  static final Schema PROGRESS = load(PlanDocuments.progressSchema());
  static final Schema DIRECTIVE = load(PlanDocuments.directiveSchema());

  private static Schema load(String schema) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
        .getSchema(schema, InputFormat.JSON);
  }

  static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static List<Error> validateDirective(String json) {
    return DIRECTIVE.validate(json, InputFormat.JSON);
  }

  static List<Error> validateProgress(String json) {
    return PROGRESS.validate(json, InputFormat.JSON);
  }

  /** Whether an error is about the value at {@code path} ({@code $.tasks[1].code}), or about its absence. */
  static boolean isAbout(Error error, String path) {
    String pointer = pointer(path);
    String at = error.getInstanceLocation().toString();
    String property = error.getProperty();
    return at.equals(pointer) || (property != null && (at.equals("") ? "" : at).concat("/" + property).equals(pointer));
  }

  /** {@code $.tasks[1].code} as a JSON pointer, {@code /tasks/1/code}. */
  static String pointer(String path) {
    return path.substring(1).replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
  }
}
