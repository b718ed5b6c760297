package dev.plancompliance.model.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Blocks a crawl repeated: a run of at least {@value #MIN_RUN} units, {@value #MIN_CHARS} characters or more,
 * that recurs word for word (markers included, NFC) later in the text. The later copy is read and the earlier
 * dropped (a portal's preview is the cut one), with a decision. Shorter runs are a plan's own repetitions
 * (the same labelled lines under two tasks) and are kept.
 */
final class Repetitions {
  static final int MIN_RUN = 6;
  static final int MIN_CHARS = 300;

  private Repetitions() {}

  static List<Unit> drop(List<Unit> units, Decisions decisions) {
    Map<String, Integer> first = new HashMap<>();
    boolean[] dropped = new boolean[units.size()];
    for (int i = 0; i < units.size(); i++) {
      String key = units.get(i).verbatim();
      Integer j = first.get(key);
      if (j != null && !dropped[j] && j + MIN_RUN <= i) {
        int run = 0;
        while (i + run < units.size() && j + run < i && units.get(i + run).verbatim().equals(units.get(j + run).verbatim())) {
          run++;
        }
        int chars = 0;
        for (int k = 0; k < run; k++) {
          chars += units.get(i + k).verbatim().length();
        }
        if (run >= MIN_RUN && chars >= MIN_CHARS) {
          for (int k = 0; k < run; k++) {
            dropped[j + k] = true;
          }
          decisions.add(units.get(j).first(), "lines " + units.get(j).first() + "–" + units.get(j + run - 1).last(), "dropped",
              "they recur word for word at lines " + units.get(i).first() + "–" + units.get(i + run - 1).last() + " (a repeated block): the later copy is read");
          i += run - 1;
          continue;
        }
      }
      first.putIfAbsent(key, i);
    }
    List<Unit> kept = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      if (!dropped[i]) {
        kept.add(units.get(i));
      }
    }
    return kept;
  }
}
