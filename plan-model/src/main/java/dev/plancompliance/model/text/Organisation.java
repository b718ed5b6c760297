package dev.plancompliance.model.text;

import dev.plancompliance.model.ChildPlanDuty;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.ReportingDuty;
import dev.plancompliance.model.Request;
import dev.plancompliance.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the organisation section (TỔ CHỨC THỰC HIỆN) and requests anywhere: who monitors (theo dõi, đôn đốc),
 * the order to issue subordinate plans, reporting duties (to whom, how often), and requests to bodies outside
 * the issuer's authority ("Đề nghị …"). Duties are read from each numbered item with the body its heading
 * names ("2. Ủy ban nhân dân các xã, phường"); what reads as none of these is listed as not placed.
 */
final class Organisation {
  private static final Pattern SUBJECT = Pattern.compile("^(?:Giao\\s+)?(.{3,400}?)\\s+(?:chủ trì|là cơ quan|có trách nhiệm|theo chức năng|căn cứ|tập trung|xây dựng|theo dõi)");
  private static final Pattern REPORT_TO = Pattern.compile("báo cáo(?:\\s[^,.;:]{0,60}?)?\\s+(?:về|với|cho|gửi|lên)\\s+(.{3,80}?)(?=\\s+(?:trước|định kỳ|để|trong|theo|hằng|hàng)\\b|[,.;(]|$)");
  private static final Pattern REQUEST = Pattern.compile("^Đề nghị\\s+(.{3,160}?)(?::|\\s+(?:tăng cường|phối hợp|chỉ đạo|tiếp tục|quan tâm|thực hiện|tổ chức|giám sát|hỗ trợ|triển khai))");

  private final Reading reading;
  Optional<String> monitor = Optional.empty();
  Optional<ChildPlanDuty> childPlanDuty = Optional.empty();
  final List<ReportingDuty> reportingDuties = new ArrayList<>();
  final List<Request> requests = new ArrayList<>();

  Organisation(Reading reading) {
    this.reading = reading;
  }

  /** Reads the units of one organisation section; what reads as no duty is listed as not placed. */
  void read(List<Unit> units) {
    read(units, true);
  }

  /** Reads the units of a section whose duties are tasks too: monitor, plans, reports, requests; nothing listed as not placed. */
  void readFacts(List<Unit> units) {
    read(units, false);
  }

  private void read(List<Unit> units, boolean listUnplaced) {
    Optional<String> bodyOfItem = Optional.empty();
    for (Unit u : units) {
      if (u.kind() == Unit.Kind.NUMBER || u.kind() == Unit.Kind.ROMAN) {
        // "2. Sở Tư pháp:" heads the duties below it; "2. Sở Tư pháp theo dõi, đôn đốc …" is a duty of its own, read below
        bodyOfItem = namesBody(u.text()).filter(name -> !SUBJECT.matcher(name).find());
        if (bodyOfItem.isPresent() && u.text().strip().length() <= bodyOfItem.get().length() + 2) {
          continue; // a heading that only names the body
        }
      }
      if (!duty(u, bodyOfItem) && listUnplaced) {
        reading.unplaced(u);
      }
    }
  }

  /** Whether {@code u} reads as a request; adds it. */
  boolean request(Unit u) {
    Matcher m = REQUEST.matcher(u.text());
    if (!m.find()) {
      return false;
    }
    List<String> to = reading.agencies.idsOf(m.group(1));
    if (to.isEmpty()) {
      return false;
    }
    requests.add(Request.builder().text(u.text()).addressees(to).source(reading.source(u.first(), u.last())).build());
    return true;
  }

  private boolean duty(Unit u, Optional<String> bodyOfItem) {
    if (request(u)) {
      return true;
    }
    String text = u.text();
    String key = Text.key(text);
    boolean read = false;
    List<String> subject = subject(text, bodyOfItem);
    if (childPlanDuty.isEmpty() && (key.contains(Text.key("xây dựng kế hoạch")) || key.contains(Text.key("ban hành kế hoạch"))
        || key.contains(Text.key("xây dựng và tổ chức thực hiện kế hoạch")) || key.contains(Text.key("xây dựng kế hoạch triển khai")))
        && !subject.isEmpty()) {
      Deadline when = when(text, u.first(), "the order to issue plans");
      childPlanDuty = Optional.of(ChildPlanDuty.builder().units(subject).deadline(when).source(reading.source(u.first(), u.last())).build());
      reading.decisions.add(u.first(), "order to issue plans", "child-plan duty of " + subject, "the text orders these bodies to build their own plans");
      read = true;
    }
    if (monitor.isEmpty() && key.contains(Text.key("theo dõi")) && (key.contains(Text.key("đôn đốc")) || key.contains(Text.key("tổng hợp")))
        && subject.size() == 1 && !reading.agencies.isCollective(subject.get(0))) {
      monitor = Optional.of(subject.get(0));
      reading.decisions.add(u.first(), "monitor", subject.get(0), "the body that \"theo dõi, đôn đốc\" implementation", "the issuer", subject.get(0));
      read = true;
    }
    Matcher to = REPORT_TO.matcher(text);
    if (to.find() && !subject.isEmpty()) {
      List<String> recipient = reading.agencies.idsOf(to.group(1));
      Deadline when = when(sentenceAround(text, to.start()), u.first(), "the reporting duty");
      if (!recipient.isEmpty() && when.statesTimeFrame()) {
        reportingDuties.add(ReportingDuty.builder().from(subject).to(recipient.get(0)).deadline(when).source(reading.source(u.first(), u.last())).build());
        read = true;
      }
    }
    return read;
  }

  /** The bodies a duty is given to: the item's heading body, else the sentence's subject. */
  private List<String> subject(String text, Optional<String> bodyOfItem) {
    if (bodyOfItem.isPresent()) {
      return reading.agencies.idsOf(bodyOfItem.get());
    }
    Matcher m = SUBJECT.matcher(text);
    if (m.find()) {
      Optional<String> body = namesBody(bodiesAtTheEnd(m.group(1)));
      return body.map(reading.agencies::idsOf).orElse(List.of());
    }
    return List.of();
  }

  /**
   * The bodies a clause ends with: "Trên cơ sở …, Kế hoạch số 350-KH/TU … và Chương trình này, các sở, ban, ngành Thành phố,
   * UBND cấp xã" gives "các sở, ban, ngành Thành phố, UBND cấp xã" — the comma-separated pieces from the end that start
   * like a body's name, or are a word or three of a list ("ban", "ngành Thành phố").
   */
  static String bodiesAtTheEnd(String clause) {
    String[] pieces = clause.split(",\\s*");
    int from = pieces.length;
    while (from > 0 && (namesBody(pieces[from - 1]).isPresent() || pieces[from - 1].strip().split("\\s+").length <= 3)) {
      from--;
    }
    while (from < pieces.length && namesBody(pieces[from]).isEmpty()) {
      from++; // a list starts with a body's name
    }
    return from == pieces.length ? clause : String.join(", ", java.util.Arrays.asList(pieces).subList(from, pieces.length));
  }

  /** The sentence of {@code text} around {@code at}: between the nearest "; " or ". " (or the ends). */
  private static String sentenceAround(String text, int at) {
    int from = Math.max(text.lastIndexOf("; ", at), text.lastIndexOf(". ", at));
    int to = text.length();
    for (String stop : List.of("; ", ". ")) {
      int i = text.indexOf(stop, at);
      if (i >= 0) {
        to = Math.min(to, i);
      }
    }
    return text.substring(from < 0 ? 0 : from + 2, to).strip().replaceAll("[.;]$", "");
  }

  /** The body a heading or subject names: its words up to a colon, when they start like a body's name. */
  static Optional<String> namesBody(String text) {
    String head = text.contains(":") ? text.substring(0, text.indexOf(':')) : text;
    head = head.strip().replaceAll("[.;]$", "");
    String key = Text.key(head);
    boolean body = key.split(" ").length <= 24 && java.util.stream.Stream.of("sở", "ủy ban", "ubnd", "văn phòng", "các", "công an", "ban ", "thanh tra",
        "đài", "báo", "hội", "mặt trận", "cơ quan", "đơn vị", "thủ trưởng", "chủ tịch", "giám đốc", "bộ chỉ huy", "tòa án", "viện")
        .map(Text::key).anyMatch(key::startsWith);
    return body ? Optional.of(head) : Optional.empty();
  }

  private Deadline when(String text, int line, String what) {
    Optional<Deadline> read = TimeClauses.read(text);
    if (read.isEmpty()) {
      reading.decisions.add(line, what, "no time", "no time phrase the parser reads in \"" + Header.shorten(text) + "\"");
    }
    return read.orElse(Deadline.Unspecified.none());
  }

}
