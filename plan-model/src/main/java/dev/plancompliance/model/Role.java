package dev.plancompliance.model;

/**
 * What a task asks of a body it names: to lead (chủ trì), to coordinate (phối hợp) or to implement without
 * either label (thực hiện). A plan prints the role as a label ("Cơ quan chủ trì:", "Đơn vị thực hiện:");
 * {@link RoleLabels} reads the label.
 */
public enum Role {
  /** Chủ trì: answers for the task. */
  LEAD("chủ trì", "lead"),
  /** Phối hợp: works with the lead. */
  COORDINATOR("phối hợp", "coordinator"),
  /** Thực hiện: named to carry the task out, with neither the lead's nor the coordinator's label. */
  IMPLEMENTER("thực hiện", "implementer");

  private final String vi;
  private final String en;

  Role(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  /** The role's name in Vietnamese ("chủ trì"). */
  public String nameVi() {
    return vi;
  }

  /** The role's name in English ("lead"). */
  public String nameEn() {
    return en;
  }
}
