package dev.plancompliance.model.text;

import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An appendix table of tasks ({@code TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian}),
 * found by its header's words, in either shape a portal leaves: one cell per line ending in a bar, or one
 * row per line between bars. Group rows (a roman number and a title across the columns) place the rows that
 * follow; a row the crawl repeats, or a repeated header, is read once.
 */
final class AppendixTable {
  enum Column { TT, TASK, LEAD, COORDINATOR, OUTPUT, TIME, OTHER }

  private static final Pattern TT = Pattern.compile("[IVX]{1,4}|\\d{1,3}(\\.\\d{1,2}){0,2}|[a-zđ]");
  private static final Pattern ROMAN = Pattern.compile("[IVX]{1,4}");

  private record Cell(int line, String text) {}

  final Set<Integer> claimed = new HashSet<>();
  final List<Task> tasks = new ArrayList<>();
  int headerLine;
  private List<Column> columns;
  private List<Cell> header;
  private final List<Cell> cells = new ArrayList<>();

  /** The first task table of the document, its lines and cells, or null when it has none; {@link #readTasks} reads its rows. */
  static AppendixTable find(SourceText text) {
    List<SourceText.Line> lines = text.lines;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isCell() || !isTtHeader(lines.get(i).cells().get(0))) {
        continue; // a task table's header starts with its TT column
      }
      List<Cell> cells = new ArrayList<>();
      int j = i;
      // the header: the cells up to the first that can start a row ("I", "1")
      while (j < lines.size() && lines.get(j).isCell() && cells.size() < 12 && !(j > i && TT.matcher(lines.get(j).cells().get(0)).matches())) {
        for (String c : lines.get(j).cells()) {
          cells.add(new Cell(lines.get(j).number(), c));
        }
        j++;
      }
      List<Column> columns = columns(cells);
      if (columns != null) {
        AppendixTable table = new AppendixTable();
        table.headerLine = lines.get(i).number();
        for (int k = i; k < j; k++) {
          table.claimed.add(lines.get(k).number());
        }
        table.columns = columns;
        table.header = cells;
        table.collect(lines.subList(j, lines.size()));
        return table;
      }
    }
    return null;
  }

  private static boolean isTtHeader(String cell) {
    String c = cell.strip().toLowerCase(java.util.Locale.ROOT);
    return c.equals("tt") || c.equals("stt");
  }

  /** The columns when {@code cells} are a task table's header: a TT, a task and a lead column. */
  private static List<Column> columns(List<Cell> cells) {
    List<Column> columns = new ArrayList<>();
    for (Cell c : cells) {
      columns.add(column(Text.key(c.text)));
    }
    boolean header = !columns.isEmpty() && columns.get(0) == Column.TT && columns.contains(Column.TASK) && columns.contains(Column.LEAD);
    return header ? columns : null;
  }

  private static Column column(String key) {
    if (key.equals("tt") || key.equals("stt")) {
      return Column.TT;
    }
    if (key.contains(Text.key("chủ trì"))) {
      return Column.LEAD;
    }
    if (key.contains(Text.key("phối hợp"))) {
      return Column.COORDINATOR;
    }
    if (key.contains(Text.key("thời gian")) || key.contains(Text.key("thời hạn")) || key.contains(Text.key("tiến độ"))) {
      return Column.TIME;
    }
    if (key.contains(Text.key("kết quả")) || key.contains(Text.key("sản phẩm"))) {
      return Column.OUTPUT;
    }
    if (key.contains(Text.key("nhiệm vụ")) || key.contains(Text.key("nội dung")) || key.contains(Text.key("hoạt động"))) {
      return Column.TASK;
    }
    return Column.OTHER;
  }

  /** The rows' tasks, once the directive whose groups the group rows name is known. */
  void readTasks(Reading reading) {
    rows(reading);
  }

  /** The table's cells after its header, up to "Nơi nhận" or the signature; a line without a bar goes on with the next cell. */
  private void collect(List<SourceText.Line> rest) {
    StringBuilder pending = new StringBuilder();
    int pendingLine = 0;
    for (SourceText.Line l : rest) {
      if (!l.isCell() && pending.length() == 0 && Unit.closesBody(l.text())) {
        break;
      }
      claimed.add(l.number());
      if (!l.isCell()) {
        if (pending.length() == 0) {
          pendingLine = l.number();
        }
        pending.append(pending.length() == 0 ? "" : " ").append(l.text());
        continue;
      }
      for (int k = 0; k < l.cells().size(); k++) {
        String c = l.cells().get(k);
        if (k == 0 && pending.length() > 0) {
          cells.add(new Cell(pendingLine, (pending + " " + c).strip()));
          pending.setLength(0);
        } else {
          cells.add(new Cell(l.number(), c));
        }
      }
    }
  }

  private void rows(Reading reading) {
    int n = columns.size();
    String prefix = "";
    Optional<GroupRef> group = Optional.empty();
    Set<String> seen = new HashSet<>();
    Set<String> codes = new HashSet<>();
    String headerKey = keyOf(header);
    int i = 0;
    while (i < cells.size()) {
      if (!TT.matcher(cells.get(i).text).matches()) {
        if (isTtHeader(cells.get(i).text) && keyOf(cells.subList(i, Math.min(cells.size(), i + n))).equals(headerKey)) {
          i += n; // the header printed again, on a new page
          continue;
        }
        if (!cells.get(i).text.isEmpty()) {
          reading.unplaced.add(new UnplacedLine(cells.get(i).line, cells.get(i).text));
        }
        i++; // out of step: skip to the next cell that can start a row
        continue;
      }
      List<Cell> row = cells.subList(i, Math.min(cells.size(), i + n));
      i += row.size();
      String rowKey = keyOf(row);
      String tt = row.get(0).text;
      String title = cell(row, columns, Column.TASK);
      boolean groupRow = ROMAN.matcher(tt).matches() || row.stream().skip(2).allMatch(c -> c.text.isEmpty());
      if (groupRow) {
        prefix = tt;
        group = reading.groups.named(title);
        int line = row.get(0).line;
        group.ifPresentOrElse(
            g -> reading.decisions.add(line, "table row " + tt, "group " + g.number() + " of " + g.directive(),
                "the group row's words are the group's title: \"" + Header.shorten(title) + "\""),
            () -> reading.decisions.add(line, "table row " + tt, "no group", "the group row's words name none of the directive's groups: \""
                + Header.shorten(title) + "\"; its rows' groups are suggestions at most"));
        continue;
      }
      String code = prefix.isEmpty() ? tt : prefix + "." + tt;
      if (!seen.add(code + "|" + rowKey)) { // the same row under the same code: under another group it is another task
        reading.decisions.add(row.get(0).line, "table row " + code, "read once", "the row repeats an earlier one word for word (a crawl's repetition)");
        continue;
      }
      if (!codes.add(code)) {
        code = code + "'";
      }
      tasks.add(task(code, row, columns, group, reading));
    }
  }

  private static Task task(String code, List<Cell> row, List<Column> columns, Optional<GroupRef> group, Reading reading) {
    String title = cell(row, columns, Column.TASK);
    Task.Builder t = Task.builder().code(code).title(title.isBlank() ? "(không tiêu đề)" : title);
    t.leads(reading.agencies.idsOf(cell(row, columns, Column.LEAD)));
    t.coordinators(reading.agencies.idsOf(cell(row, columns, Column.COORDINATOR)));
    if (columns.contains(Column.OUTPUT)) {
      t.output(cell(row, columns, Column.OUTPUT));
    }
    int at = columns.indexOf(Column.TASK);
    int first = row.get(at >= 0 && at < row.size() ? at : 0).line; // the task's own words, as a person points at them
    int last = row.get(row.size() - 1).line;
    String time = cell(row, columns, Column.TIME);
    t.deadline(time.isBlank() ? reading.noTime(code, first) : reading.deadline(time, "task " + code, last));
    if (group.isPresent()) {
      t.group(group.get());
    } else {
      reading.groups.suggested(title).ifPresent(s -> t.group(s.group()).groupSuggestedBy(s.words()));
    }
    dev.plancompliance.model.SourceRef where = reading.source(first, last);
    reading.figures.floorIn(title, "mục " + code, where);
    return t.source(where).build();
  }

  private static String cell(List<Cell> row, List<Column> columns, Column column) {
    int at = columns.indexOf(column);
    return at >= 0 && at < row.size() ? row.get(at).text : "";
  }

  /** The row's cells as printed (NFC already): a repetition is word for word. */
  private static String keyOf(List<Cell> row) {
    StringBuilder b = new StringBuilder();
    for (Cell c : row) {
      b.append(c.text).append('|');
    }
    return b.toString();
  }
}
