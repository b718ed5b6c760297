package dev.plancompliance.model.text;

import dev.plancompliance.model.Assignment;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.SourceRef;
import dev.plancompliance.model.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the task sections of a document body: numbered and lettered items (the leaves are tasks), each
 * item's labelled lines ("Chủ trì:", "Thời gian thực hiện:", "Sản phẩm:") and, where one item carries
 * several assignment blocks, one task per block. Groups come from the headings that name them, else as
 * suggestions from a task's words.
 */
final class TaskSections {
  private final Reading reading;
  final List<Task> tasks = new ArrayList<>();
  private final Set<String> codes = new HashSet<>();

  TaskSections(Reading reading) {
    this.reading = reading;
  }

  /** An item of a task section: its heading, code, own body and sub-items. */
  private static final class Item {
    final Unit heading;
    final String code;
    final int depth;
    final Optional<GroupRef> group;
    final List<Unit> body = new ArrayList<>();
    final List<Item> children = new ArrayList<>();

    Item(Unit heading, String code, int depth, Optional<GroupRef> group) {
      this.heading = heading;
      this.code = code;
      this.depth = depth;
      this.group = group;
    }

    int last() {
      int last = heading.last();
      for (Unit u : body) {
        last = Math.max(last, u.last());
      }
      for (Item c : children) {
        last = Math.max(last, c.last());
      }
      return last;
    }
  }

  /** Reads one task section: {@code roman} its number ("II"), {@code units} what follows its heading. */
  void read(String roman, Unit sectionHeading, List<Unit> units) {
    Item root = new Item(sectionHeading, roman, 0, reading.groups.named(sectionHeading.text()));
    List<Item> stack = new ArrayList<>(List.of(root));
    for (Unit u : units) {
      if (u.kind() == Unit.Kind.NUMBER || u.kind() == Unit.Kind.LETTER) {
        int depth = u.kind() == Unit.Kind.LETTER ? 5 : u.depth();
        while (stack.size() > 1 && stack.get(stack.size() - 1).depth >= depth) {
          stack.remove(stack.size() - 1);
        }
        Item parent = stack.get(stack.size() - 1);
        String code = u.kind() == Unit.Kind.LETTER ? parent.code + "." + u.marker() : roman + "." + u.marker();
        // a group is named by a top-level item's heading; deeper items are tasks whose words only suggest one
        Optional<GroupRef> named = depth == 1 || stack.size() == 1 ? reading.groups.named(u.text()) : Optional.empty();
        named.ifPresent(g -> reading.decisions.add(u.first(), "heading " + code, "group " + g.number() + " of " + g.directive(),
            "the heading's words are the group's title: \"" + Header.shorten(u.text()) + "\""));
        Item item = new Item(u, code, depth, named);
        parent.children.add(item);
        stack.add(item);
      } else {
        stack.get(stack.size() - 1).body.add(u);
      }
    }
    if (root.children.isEmpty()) {
      if (root.body.stream().anyMatch(u -> u.kind() == Unit.Kind.LABEL)) {
        emit(root, Optional.empty());
      } else {
        root.body.forEach(reading::unplaced);
      }
      return;
    }
    // the section's own text before its items introduces them: context, not content of the model
    for (Item child : root.children) {
      walk(child, root.group);
    }
  }

  private void walk(Item item, Optional<GroupRef> inherited) {
    Optional<GroupRef> group = item.group.or(() -> inherited);
    if (item.children.isEmpty()) {
      emit(item, group);
      return;
    }
    if (item.body.stream().anyMatch(u -> u.kind() == Unit.Kind.LABEL)) {
      emit(item, group); // the item's own assignment block, before its sub-items
    } // else the item's text introduces its sub-items: context
    for (Item child : item.children) {
      walk(child, group);
    }
  }

  private static final java.util.regex.Pattern COORDINATES_WITH = java.util.regex.Pattern.compile(
      "^(?:chủ trì,?\\s*)?phối hợp(?:\\s+(?:với|cùng))?\\s+(.+)", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * Reads a section of duties written per body ("PHÂN CÔNG NHIỆM VỤ": "1. Công an tỉnh", then "- Chủ trì, phối hợp
   * với …" bullets or "a)" items): one task per duty, the heading's body in the role the duty's first words give —
   * lead for "Chủ trì …", coordinator for "Phối hợp …", else implementer — and the bodies it coordinates with.
   */
  void readDuties(String roman, List<Unit> units) {
    String body = null;
    String itemCode = roman;
    int duty = 0;
    int timeless = 0;
    int firstTimeless = 0;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      Optional<String> names = u.kind() == Unit.Kind.NUMBER ? Organisation.namesBody(u.text()) : Optional.empty();
      if (names.isPresent()) {
        body = names.get();
        itemCode = roman + "." + u.marker();
        duty = 0;
        String rest = u.text().contains(":") ? u.text().substring(u.text().indexOf(':') + 1).strip() : "";
        if (rest.isEmpty()) {
          continue; // "1. Công an tỉnh": the duties follow
        }
        u = new Unit(u.first(), u.last(), Unit.Kind.PARAGRAPH, "", rest, "", ""); // "3. Sở Khoa học và Công nghệ: phối hợp với …"
      }
      boolean isDuty = u.kind() == Unit.Kind.BULLET || u.kind() == Unit.Kind.LETTER || u.kind() == Unit.Kind.PARAGRAPH && duty == 0;
      if (body != null && !isDuty && u.kind() == Unit.Kind.PARAGRAPH) {
        continue; // a paragraph after a duty goes on with it (lastOfDuty)
      }
      if (body == null || !isDuty) {
        reading.unplaced(u);
        continue;
      }
      duty++;
      String code = itemCode + (u.kind() == Unit.Kind.LETTER ? "." + u.marker() : "-" + duty);
      Task.Builder t = Task.builder().code(unique(code, u.first())).title(u.text());
      String key = dev.plancompliance.model.Text.key(u.text());
      List<String> heading = reading.agencies.idsOf(body);
      if (key.startsWith(dev.plancompliance.model.Text.key("chủ trì"))) {
        t.leads(heading);
      } else if (key.startsWith(dev.plancompliance.model.Text.key("phối hợp"))) {
        t.coordinators(heading);
      } else {
        t.implementers(heading);
      }
      java.util.regex.Matcher with = COORDINATES_WITH.matcher(u.text());
      if (with.find() && key.startsWith(dev.plancompliance.model.Text.key("chủ trì"))) {
        t.coordinators(reading.agencies.idsOf(with.group(1)));
      }
      Optional<Deadline> time = TimeClauses.read(u.text());
      if (time.isEmpty() && timeless++ == 0) {
        firstTimeless = u.first();
      }
      t.deadline(time.orElse(Deadline.Unspecified.none()));
      reading.groups.suggested(u.text()).ifPresent(s -> t.group(s.group()).groupSuggestedBy(s.words()));
      SourceRef where = reading.source(u.first(), lastOfDuty(units, i));
      reading.figures.floorIn(u.text(), "mục " + code, where);
      tasks.add(t.source(where).build());
    }
    if (timeless > 0) {
      reading.decisions.add(firstTimeless, timeless + " duties", "no time", "no clause of theirs starts with a time word (\"trước ngày\", \"trong tháng\","
          + " \"hằng năm\" …) that reads as a time frame", "a time frame", "no time");
    }
  }

  private static int lastOfDuty(List<Unit> units, int at) {
    int last = units.get(at).last();
    for (int j = at + 1; j < units.size() && units.get(j).kind() == Unit.Kind.PARAGRAPH; j++) {
      last = units.get(j).last();
    }
    return last;
  }

  private String unique(String code, int line) {
    String unique = code;
    for (char c = 'b'; !codes.add(unique); c++) {
      unique = code + c;
    }
    if (!unique.equals(code)) {
      reading.decisions.add(line, "task " + code, unique, "the code is printed twice in the section; the second is told apart by a letter");
    }
    return unique;
  }

  /** One task per assignment block of the item's body. */
  private void emit(Item item, Optional<GroupRef> group) {
    List<List<Unit>> blocks = blocks(item.body);
    if (blocks.size() > 1) {
      reading.decisions.add(item.heading.first(), "item " + item.code, blocks.size() + " tasks (" + item.code + "-1 … " + item.code + "-" + blocks.size() + ")",
          "the item has " + blocks.size() + " assignment blocks, each with its own labelled lines", "one task", "one task per assignment block");
      for (int i = 0; i < blocks.size(); i++) {
        List<Unit> block = blocks.get(i);
        Unit first = block.stream().filter(u -> u.kind() != Unit.Kind.LABEL).findFirst().orElse(block.get(0));
        Unit start = i == 0 ? item.heading : block.get(0);
        task(item.code + "-" + (i + 1), first.kind() == Unit.Kind.LABEL ? item.heading.text() : first.text(), block, group, start);
      }
    } else {
      task(item.code, item.heading.text(), blocks.isEmpty() ? List.of() : blocks.get(0), group, item.heading);
    }
  }

  /** The body cut after each run of labelled lines that text follows; text after the last run joins it. */
  static List<List<Unit>> blocks(List<Unit> body) {
    List<List<Unit>> blocks = new ArrayList<>();
    List<Unit> current = new ArrayList<>();
    boolean labelled = false;
    for (int i = 0; i < body.size(); i++) {
      Unit u = body.get(i);
      boolean label = u.kind() == Unit.Kind.LABEL;
      // text after labels opens a new block when it is a bullet of its own, or when the block it opens assigns bodies anew
      if (!label && labelled && (u.kind() == Unit.Kind.BULLET || assignsAgain(body, i))) {
        blocks.add(current);
        current = new ArrayList<>();
        labelled = false;
      }
      current.add(u);
      labelled |= label;
    }
    if (!current.isEmpty()) {
      if (!labelled && !blocks.isEmpty()) {
        blocks.get(blocks.size() - 1).addAll(current);
      } else {
        blocks.add(current);
      }
    }
    return blocks;
  }

  /** Whether the units from {@code from} up to the next labelled run's end hold a role label. */
  private static boolean assignsAgain(List<Unit> body, int from) {
    boolean inLabels = false;
    for (int i = from; i < body.size(); i++) {
      Unit u = body.get(i);
      if (u.kind() == Unit.Kind.LABEL) {
        inLabels = true;
        if (u.labelKind() == Unit.LabelKind.ROLE) {
          return true;
        }
      } else if (inLabels) {
        return false;
      }
    }
    return false;
  }

  /** One task: {@code start} is the unit its lines start with (the item's heading, wrapped over lines, or its block's first unit). */
  private void task(String code, String title, List<Unit> block, Optional<GroupRef> group, Unit start) {
    int from = start.first();
    String unique = unique(code, from);
    Task.Builder t = Task.builder().code(unique).title(title.isBlank() ? "(không tiêu đề)" : title);
    int last = start.last();
    List<String> times = new ArrayList<>();
    int timeLine = from;
    StringBuilder text = new StringBuilder(title);
    for (Unit u : block) {
      last = Math.max(last, u.last());
      Unit.LabelKind kind = u.labelKind();
      if (kind == Unit.LabelKind.ROLE) {
        List<String> ids = reading.agencies.idsOf(u.value());
        if (!ids.isEmpty()) {
          t.addAssignments(Assignment.builder().label(u.label()).agencies(ids).source(reading.source(u.first(), u.last())).build());
          reading.roleLabel(u);
        }
      } else if (kind == Unit.LabelKind.TIME) {
        times.add(u.value());
        timeLine = u.first();
      } else if (kind == Unit.LabelKind.OUTPUT) {
        t.output(u.value().replaceAll("[.;]$", ""));
      } else {
        text.append(' ').append(u.text());
      }
    }
    t.deadline(times.isEmpty() ? reading.noTime(unique, from) : reading.deadline(String.join("; ", times), "task " + unique, timeLine));
    if (group.isPresent()) {
      t.group(group.get());
    } else {
      Optional<GroupMatcher.Suggestion> suggestion = reading.groups.suggested(text.toString());
      if (suggestion.isPresent()) {
        GroupMatcher.Suggestion s = suggestion.get();
        t.group(s.group()).groupSuggestedBy(s.words());
        reading.decisions.add(from, "task " + unique, "group " + s.group().number() + " suggested",
            "no heading names its group; its words \"" + s.words() + "\" are the group's short title", "no group", "group " + s.group().number() + " suggested");
      }
    }
    SourceRef where = reading.source(from, last);
    reading.figures.floorIn(text.toString(), "mục " + unique, where);
    t.source(where);
    tasks.add(t.build());
  }
}
