package dev.plancompliance.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request (đề nghị) the plan makes of bodies outside the issuer's authority — "Đề nghị Ủy ban Mặt trận Tổ
 * quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội phối hợp …": not an assignment, so it needs no lead and is
 * not judged by the rules on tasks. The text is kept verbatim, the bodies as agency ids of the registry.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableRequest.class)
@JsonDeserialize(as = ImmutableRequest.class)
public abstract class Request {
  /** The request as printed. */
  public abstract String text();

  /** Agency ids of the bodies asked, in the order printed. */
  public abstract List<String> addressees();

  public abstract Optional<SourceRef> source();

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableRequest.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(text(), "Request", "text");
    Checks.allNonBlank(addressees(), "Request", "addressees");
  }
}
