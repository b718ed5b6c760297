package dev.plancompliance.model.text;

import dev.plancompliance.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The body's sections by their roman headings, each read by what its heading says it holds: purpose and
 * requirements (context), tasks, organisation, and others (their lines listed as not placed, requests
 * excepted). The body ends at "Nơi nhận" or the signature.
 */
final class Sections {
  enum Kind { PURPOSE, TASKS, DUTIES, ORGANISATION, OTHER }

  private Sections() {}

  static Kind kindOf(String heading) {
    String key = Text.key(heading);
    if (contains(key, "phân công")) {
      return Kind.DUTIES; // "PHÂN CÔNG NHIỆM VỤ": duties written per body, each a task
    }
    if (contains(key, "tổ chức thực hiện", "trách nhiệm")) {
      return Kind.ORGANISATION;
    }
    // "MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP" holds tasks; "MỤC ĐÍCH, YÊU CẦU" and "MỤC TIÊU" alone do not
    if (contains(key, "nhiệm vụ", "giải pháp", "nội dung", "hoạt động", "chương trình")) {
      return Kind.TASKS;
    }
    if (contains(key, "mục đích", "yêu cầu", "mục tiêu", "quan điểm", "căn cứ", "sự cần thiết")) {
      return Kind.PURPOSE;
    }
    return Kind.OTHER;
  }

  private static boolean contains(String key, String... words) {
    for (String w : words) {
      if (key.contains(Text.key(w))) {
        return true;
      }
    }
    return false;
  }

  static void read(List<Unit> units, int from, boolean appendixHoldsTasks, TaskSections tasks, Organisation organisation, Reading reading) {
    int end = end(units, from);
    if (from >= end) {
      return;
    }
    if (units.get(from).kind() != Unit.Kind.ROMAN) {
      reading.decisions.add(units.get(from).first(), "body", "one task section", "the text has no roman section headings (I., II. …): its items are read as tasks");
      tasks.read("", new Unit(units.get(from).first(), units.get(from).first(), Unit.Kind.ROMAN, "", "", "", ""), units.subList(from, end));
      return;
    }
    boolean anyDuties = false;
    boolean labelledTasks = false;
    for (int k = from; k < end; k++) {
      if (units.get(k).kind() == Unit.Kind.ROMAN) {
        Kind kind = kindOf(units.get(k).text());
        List<Unit> section = sectionAt(units, k, end);
        anyDuties |= kind == Kind.DUTIES || kind != Kind.PURPOSE && kind != Kind.OTHER && perBody(section);
        labelledTasks |= kind == Kind.TASKS && section.stream().anyMatch(u -> u.kind() == Unit.Kind.LABEL);
      }
    }
    boolean dutiesAreTasks = anyDuties && !labelledTasks && !appendixHoldsTasks && reading.missingAppendix.isEmpty();
    if (dutiesAreTasks) {
      reading.decisions.add(units.get(from).first(), "task sections", "directions; the duties given per body are the tasks",
          "no task item names a body (no labelled line, no table), while a section gives each body its duties (\"1. Sở …\")",
          "task items as tasks, without leads", "duties per body as tasks");
    }
    int i = from;
    while (i < end) {
      Unit heading = units.get(i);
      int j = i + 1;
      while (j < end && !(units.get(j).kind() == Unit.Kind.ROMAN)) {
        j++;
      }
      List<Unit> body = units.subList(i + 1, j);
      Kind kind = kindOf(heading.text());
      switch (kind) {
        case PURPOSE -> {
          int targets = 0;
          for (Unit u : body) {
            targets += reading.figures.target(u, reading) ? 1 : 0;
          }
          reading.decisions.add(heading.first(), "section " + heading.marker(), "purpose, not tasks",
            "its heading \"" + heading.text() + "\" names purpose or requirements (lines " + heading.first() + "–" + (j > i + 1 ? units.get(j - 1).last() : heading.last()) + ")"
                + (targets > 0 ? "; " + targets + " targets (\"Phấn đấu … %\") read from it" : ""));
        }
        case TASKS -> {
          if (perBody(body)) {
            tasks.readDuties(heading.marker(), body); // "IV. NHIỆM VỤ CỤ THỂ", "1. Sở Nông nghiệp và Môi trường", "- Chủ trì …"
            organisation.readFacts(body);
          } else if (dutiesAreTasks) {
            reading.decisions.add(heading.first(), "section " + heading.marker(), "directions, not tasks",
                "its items name no body; the organisation section's duties per body are read as the tasks", "tasks", "directions");
          } else if (appendixHoldsTasks && body.stream().noneMatch(u -> u.kind() == Unit.Kind.LABEL)) {
            reading.decisions.add(heading.first(), "section " + heading.marker(), "directions, not tasks",
                "the section assigns no body (no labelled line) and the appendix table holds the tasks with their leads", "tasks", "directions");
          } else {
            tasks.read(heading.marker(), heading, body);
          }
        }
        case DUTIES -> {
          tasks.readDuties(heading.marker(), body);
          organisation.readFacts(body);
        }
        case ORGANISATION -> {
          if (dutiesAreTasks && perBody(body)) {
            tasks.readDuties(heading.marker(), body);
            organisation.readFacts(body);
          } else {
            organisation.read(body);
          }
        }
        case OTHER -> {
          for (Unit u : body) {
            if (!organisation.request(u)) {
              reading.unplaced(u);
            }
          }
        }
      }
      i = j;
    }
  }

  /** The units of the section whose heading is at {@code at}, up to the next roman heading. */
  private static List<Unit> sectionAt(List<Unit> units, int at, int end) {
    int j = at + 1;
    while (j < end && units.get(j).kind() != Unit.Kind.ROMAN) {
      j++;
    }
    return units.subList(at + 1, j);
  }

  /** Whether two or more of the section's top-level items are headed by a body's name alone ("1. Sở Giáo dục và Đào tạo"). */
  static boolean perBody(List<Unit> section) {
    int bodies = 0;
    for (Unit u : section) {
      if (u.kind() == Unit.Kind.NUMBER && u.depth() == 1) {
        java.util.Optional<String> name = Organisation.namesBody(u.text());
        if (name.isPresent() && (u.text().contains(":") || u.text().length() <= name.get().length() + 2)) {
          bodies++;
        }
      }
    }
    return bodies >= 2;
  }

  /** Where the body ends: "Nơi nhận", or a signature line ("TM. ỦY BAN NHÂN DÂN"), whichever comes first. */
  private static int end(List<Unit> units, int from) {
    for (int i = from; i < units.size(); i++) {
      if (Unit.closesBody(units.get(i).text())) {
        return i;
      }
    }
    return units.size();
  }
}
