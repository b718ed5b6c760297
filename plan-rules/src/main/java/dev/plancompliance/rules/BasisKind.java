package dev.plancompliance.rules;

/**
 * What a rule's basis is: a binding norm (the resolution's own text, a law, a decree), or the practice of
 * implementing plans themselves (what they promise — "rõ người, rõ việc, rõ thời gian, rõ sản phẩm" — and
 * how they are built). A reviewer may weigh a finding that rests on practice differently from one that
 * rests on a norm; every report format says which. A rule declares it with {@code @basisKind("NORM")} or
 * {@code @basisKind("PRACTICE")}; a rule that does not say rests on practice.
 */
public enum BasisKind {
  NORM("văn bản quy phạm", "norm"),
  PRACTICE("thực tiễn", "practice");

  private final String vi;
  private final String en;

  BasisKind(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  /** The kind as printed beside a basis ("norm", "thực tiễn"). */
  public String label(Language language) {
    return language == Language.VI ? vi : en;
  }
}
