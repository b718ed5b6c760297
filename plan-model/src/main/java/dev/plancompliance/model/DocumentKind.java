package dev.plancompliance.model;

/**
 * Kinds of legal and administrative documents that plans cite or are, each with the name printed at the
 * head of such a document. Only a {@link #PLAN} or an {@link #ACTION_PROGRAMME} is judged by the plan
 * rules ({@link #isImplementingPlan()}); a notice, letter, report or decision is reported as not a plan.
 */
public enum DocumentKind {
  RESOLUTION("Nghị quyết"),
  PLAN("Kế hoạch"),
  ACTION_PROGRAMME("Chương trình hành động"),
  DIRECTIVE("Chỉ thị"),
  DECISION("Quyết định"),
  PARTY_REGULATION("Quy định"),
  DECREE("Nghị định"),
  LAW("Luật"),
  OFFICIAL_LETTER("Công văn"),
  SUBMISSION("Tờ trình"),
  REPORT("Báo cáo"),
  SCHEME("Đề án"),
  NOTICE("Thông báo");

  private final String printedName;

  DocumentKind(String printedName) {
    this.printedName = printedName;
  }

  /** The kind's name as printed at the head of a document ("Thông báo", "Kế hoạch"). */
  public String printedName() {
    return printedName;
  }

  /** Whether a document of this kind turns a directive into tasks, and so is judged by the plan rules. */
  public boolean isImplementingPlan() {
    return this == PLAN || this == ACTION_PROGRAMME;
  }
}
