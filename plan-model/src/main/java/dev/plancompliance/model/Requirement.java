package dev.plancompliance.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A binding requirement a directive or a plan sets beyond its task groups. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = SpendingFloor.class, name = "spending-floor")})
public sealed interface Requirement permits SpendingFloor {
  /** Legal basis as cited, e.g. "Nghị quyết 197/2025/QH15, Điều 4 khoản 1". */
  String basis();
}
