package dev.plancompliance.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A legal document by its symbol ("66-NQ/TW", "444/KH-UBND"), kind, issuer, date and title. */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableDocumentRef.class)
@JsonDeserialize(as = ImmutableDocumentRef.class)
public abstract class DocumentRef {
  /** The symbol as printed; a draft may leave the number blank ("/KH-UBND"). */
  public abstract String symbol();

  public abstract DocumentKind kind();

  /** Issuing body as printed. */
  public abstract Optional<String> issuer();

  public abstract Optional<LocalDate> issuedOn();

  public abstract Optional<String> title();

  /**
   * What the cited document implements in turn, as the citing plan states it: a parent plan's directives
   * ({@code 294-KH/TU} implements {@code 66-NQ/TW}). Empty when the plan does not say.
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  public abstract List<DocumentRef> implementsRefs();

  /** Whether {@code symbol} denotes this document, ignoring case and whitespace. */
  public boolean hasSymbol(String symbol) {
    return symbolKey().equals(symbolKey(symbol));
  }

  /** The symbol folded for comparison; computed once. */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  public String symbolKey() {
    return symbolKey(symbol());
  }

  static String symbolKey(String symbol) {
    return Text.key(symbol).replace(" ", "");
  }

  public static DocumentRef of(String symbol, DocumentKind kind) {
    return builder().symbol(symbol).kind(kind).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableDocumentRef.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(symbol(), "DocumentRef", "symbol");
  }
}
