package dev.plancompliance.model.text;

import dev.plancompliance.model.Directive;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanLevel;
import dev.plancompliance.model.Scope;
import dev.plancompliance.model.Task;
import dev.plancompliance.model.Text;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a plan's text — as a legal portal shows it, or as extracted from a .docx — into a draft
 * {@link Plan}, listing every judgement call it took ({@link ImportDecision}) and every line it did not place.
 * What it reads: the header (kind, number, place and date, issuer, title), what the plan implements (its
 * title and preamble), numbered and lettered task items with their labelled lines ("Chủ trì:", "Thời gian
 * thực hiện:", "Sản phẩm:"), an appendix task table, the organisation section (monitor, the order to issue
 * plans, reporting duties) and requests. Groups are assigned where the document's headings name them,
 * else suggested from a task's words and marked as such.
 *
 * <pre>{@code
 * PlanImport imported = PlanImporter.standard().read(Path.of("444-KH-UBND.txt"));
 * imported.decisions().forEach(System.out::println);
 * ValidationReport report = validator.validate(imported.draft(), asOf);
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class PlanImporter {
  /** Largest file read, in bytes. */
  public static final long MAX_FILE_BYTES = 16L << 20;

  private static final Pattern APPENDIX = Pattern.compile("(?:tại\\s+)?Phụ lục kèm theo(?:\\s+[\\p{L}]+){0,3}?\\s+(?:này|\\))|(?:tại\\s+)?Phụ lục kèm theo",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Directives directives;

  private PlanImporter(Directives directives) {
    this.directives = directives;
  }

  /** An importer that knows the standard directives (66-NQ/TW, 06-CT/TU) for placing tasks in groups. */
  public static PlanImporter standard() {
    return new PlanImporter(Directives.standard());
  }

  /** An importer that places tasks in the groups of {@code directives}. */
  public static PlanImporter of(Directives directives) {
    return new PlanImporter(Objects.requireNonNull(directives, "directives"));
  }

  /** Reads a UTF-8 text file, or a Word document when its name ends in {@code .docx} ({@link #readDocx}). */
  public PlanImport read(Path file) throws IOException {
    long size = Files.size(file);
    String name = file.toString();
    if (size > MAX_FILE_BYTES) {
      throw new DocumentImportException(name, 0, "the file has " + size + " bytes; the importer reads at most " + MAX_FILE_BYTES);
    }
    byte[] bytes = Files.readAllBytes(file);
    String fileName = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (fileName.endsWith(".docx")) {
      return readDocx(bytes, name);
    }
    return read(decode(bytes, name), name);
  }

  /**
   * Reads a Word document (.docx): its paragraphs and table rows in document order, one line each, as
   * {@link #read(String, String)} reads a text; the draft's line numbers count those lines.
   */
  public PlanImport readDocx(byte[] docx, String source) {
    DocxText text = DocxText.read(docx, source);
    if (!text.legacyFonts.isEmpty() && !SourceText.hasVietnamese(text.text)) {
      throw new DocumentImportException(source, 0, "the document is typed in a legacy Vietnamese font " + text.legacyFonts
          + " (TCVN3/VNI): its letters are stored as other characters and would be read as mojibake; convert it to Unicode first"
          + " (e.g. with Unikey's converter) and import it again");
    }
    List<ImportDecision> notes = new ArrayList<>();
    notes.add(new ImportDecision(1, "line numbers", List.of(), "paragraphs and table rows of the .docx",
        "a .docx has no lines: each paragraph and each table row is one line, in document order"));
    if (text.autoNumbered > 0) {
      notes.add(new ImportDecision(1, "numbering", List.of(), text.autoNumbered + " paragraphs numbered by Word",
          "Word numbers them itself, so their numbers (\"1.\", \"a)\") are not in the text: items may be read as paragraphs; check the tasks"));
    }
    return read(text.text, source, notes);
  }

  /** Reads a document's text; {@code source} names it in the draft's source lines and in messages. */
  public PlanImport read(String text, String source) {
    return read(text, source, List.of());
  }

  /** Reads {@code text}; {@code notes}: decisions taken before, in getting the text (from a .docx). */
  private PlanImport read(String text, String source, List<ImportDecision> notes) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    SourceText st = SourceText.of(text, source);
    AppendixTable table = AppendixTable.find(st);
    Set<Integer> claimed = table == null ? Set.of() : table.claimed;
    Reading reading = new Reading(source, new GroupMatcher(Optional.empty()));
    notes.forEach(reading.decisions::add);
    List<Unit> units = Repetitions.drop(Unit.of(st, claimed::contains), reading.decisions);
    if (st.pageNumbers > 0) {
      reading.decisions.add(1, "page numbers", st.pageNumbers + " lines skipped", "lines holding only a number between paragraphs are page numbers");
    }
    Header header = Header.read(st, units, reading.decisions);
    int firstRoman = Unit.firstRoman(units);
    int bodyStart = Math.min(header.bodyStart(), units.size());
    // the preamble: after the title, up to the first roman heading (none without one)
    List<Unit> preamble = units.subList(bodyStart, firstRoman < 0 ? bodyStart : Math.max(firstRoman, bodyStart));
    Citations cited = Citations.read(header.title(), header.titleLine(), preamble, header.symbol(), reading.decisions);
    Optional<Directive> directive = directiveOf(cited, reading.decisions, header.titleLine());
    reading.groups = new GroupMatcher(directive);

    if (table != null) {
      table.readTasks(reading);
    } else {
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        String withNext = i + 1 < units.size() ? u.text() + " " + units.get(i + 1).text() : u.text(); // the phrase may run on
        Matcher m = APPENDIX.matcher(withNext);
        if (m.find() && m.start() < u.text().length()) {
          reading.missingAppendix = Optional.of(reading.source(u.first(), u.last()));
          reading.appendixPhrase = m.group().strip();
          break;
        }
      }
    }
    TaskSections tasks = new TaskSections(reading);
    Organisation organisation = new Organisation(reading);
    Sections.read(units, firstRoman < 0 ? bodyStart : firstRoman, table != null, tasks, organisation, reading);

    List<Task> all = new ArrayList<>(tasks.tasks);
    if (table != null) {
      all.addAll(table.tasks);
      reading.decisions.add(table.headerLine, "appendix table", table.tasks.size() + " tasks", "a table headed TT / task / lead … holds the tasks, one row each");
    }
    reading.finish();
    Plan draft = plan(header, cited, directive, all, organisation, reading);
    return new PlanImport(source, draft, reading.decisions.all(), reading.unplaced);
  }

  private Optional<Directive> directiveOf(Citations cited, Decisions decisions, int line) {
    List<DocumentRef> reach = new ArrayList<>(cited.implemented);
    cited.parents.forEach(p -> reach.addAll(p.implementsRefs()));
    for (DocumentRef r : reach) {
      Optional<Directive> d = directives.find(r.symbol());
      if (d.isPresent()) {
        return d;
      }
    }
    decisions.add(line, "groups", "none read", "the plan cites no directive whose groups the importer knows ("
        + directives.all().stream().map(Directive::symbol).collect(Collectors.joining(", ")) + "): tasks are not placed in groups");
    return Optional.empty();
  }

  private static Plan plan(Header h, Citations cited, Optional<Directive> directive, List<Task> tasks, Organisation org, Reading reading) {
    String issuer = reading.agencies.register(h.issuerName());
    DocumentRef.Builder ref = DocumentRef.builder().symbol(h.symbol()).kind(h.kind()).issuer(h.issuerName());
    h.issuedOn().ifPresent(ref::issuedOn);
    if (!h.title().isBlank()) {
      ref.title(h.title());
    }
    PlanLevel planLevel = level(h.issuerName(), reading.decisions, h.titleLine());
    Plan.Builder plan = Plan.builder().ref(ref.build()).issuer(issuer).level(planLevel)
        .implementsRefs(cited.implemented).parentRefs(cited.parents).tasks(tasks).sourceFile(reading.source);
    h.locality().ifPresent(plan::locality);
    scope(directive, tasks, reading.decisions, h.titleLine()).ifPresent(plan::scope);
    org.monitor.ifPresent(plan::monitor);
    org.childPlanDuty.ifPresent(plan::childPlanDuty);
    plan.reportingDuties(org.reportingDuties).requests(org.requests);
    reading.missingAppendix.ifPresent(plan::missingAppendix);
    List<DocumentRef> dated = new ArrayList<>(cited.implemented);
    dated.addAll(cited.parents);
    reading.figures.bind(h.issuedOn(), dated, planLevel.budgetLevel(), reading.decisions);
    plan.spendingFloors(reading.figures.floors).targets(reading.figures.targets);
    plan.agencies(reading.agencies.agencies());
    return plan.build();
  }

  private static PlanLevel level(String issuer, Decisions decisions, int line) {
    String key = Text.key(issuer);
    PlanLevel level = key.contains(" tỉnh") ? PlanLevel.PROVINCE : key.contains(Text.key(" thành phố")) ? PlanLevel.CITY
        : key.contains(" xã") || key.contains(Text.key(" phường")) || key.contains(Text.key("đặc khu")) ? PlanLevel.COMMUNE
        : key.startsWith("sở") ? PlanLevel.DEPARTMENT : key.startsWith("bộ ") ? PlanLevel.MINISTRY : null;
    if (level == null) {
      decisions.add(line, "level", PlanLevel.PROVINCE.name(), "the issuer's name (\"" + issuer + "\") names no level: taken as a province; check it",
          "PROVINCE", "CITY", "COMMUNE", "DEPARTMENT", "MINISTRY");
      return PlanLevel.PROVINCE;
    }
    return level;
  }

  /** FULL when the headings name every group of the directive; else unstated, with the count. */
  private static Optional<Scope> scope(Optional<Directive> directive, List<Task> tasks, Decisions decisions, int line) {
    if (directive.isEmpty()) {
      return Optional.empty();
    }
    Directive d = directive.get();
    Map<Integer, Boolean> named = new HashMap<>();
    for (Task t : tasks) {
      if (t.group().isPresent() && t.groupSuggestedBy().isEmpty() && t.serves(d.symbol(), t.group().get().number())) {
        named.put(t.group().get().number(), true);
      }
    }
    if (named.size() == d.groups().size()) {
      decisions.add(line, "scope", "FULL", "the plan's headings name all " + d.groups().size() + " groups of " + d.symbol(), "FULL", "PARTIAL", "not stated");
      return Optional.of(Scope.full());
    }
    decisions.add(line, "scope", "not stated", "the headings name " + named.size() + " of the " + d.groups().size() + " groups of " + d.symbol()
        + ": whether the plan means to cover them all is for a person to say (the rules then judge coverage)", "FULL", "PARTIAL", "not stated");
    return Optional.empty();
  }

  private static String decode(byte[] bytes, String name) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new DocumentImportException(name, line, "not UTF-8 text (byte " + at + " starts no UTF-8 character): give the plan's text"
          + " in UTF-8, or its .docx");
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}
