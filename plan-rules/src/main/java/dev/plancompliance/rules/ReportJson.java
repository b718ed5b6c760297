package dev.plancompliance.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.plancompliance.model.json.PlanDocuments;
import java.util.List;

/** JSON rendering of reports, with the same mapper configuration and layout as plan documents. */
final class ReportJson {
  private static final ObjectWriter WRITER = PlanDocuments.objectMapper().writer(PlanDocuments.prettyPrinter());

  private ReportJson() {}

  static String write(ValidationReport report) {
    return writeValue(report);
  }

  /** Several reports as one JSON array. */
  static String writeAll(List<ValidationReport> reports) {
    return writeValue(reports);
  }

  static String writeValue(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write report: " + e.getOriginalMessage(), e);
    }
  }
}
