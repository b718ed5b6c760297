package dev.plancompliance.rules;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.TaskGroupDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule titles, finding messages and outcome reasons in Vietnamese and English, with named placeholders
 * ({@code {task}}, {@code {agency}}). Placeholders are replaced by plain text: no expression is evaluated.
 * A value that has a name in each language (an agency, a task group) is shown in the message's language.
 */
final class MessageCatalogue {
  static final String RESOURCE = "/dev/plancompliance/rules/messages_%s.properties";
  /** {@code {name}}, or {@code {name|one|other}}: the count, then the word for one or for any other count ("1 implementer", "2 implementers"). */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?:\\|([^|{}]*)\\|([^|{}]*))?\\}");
  /** A quoted placeholder in parentheses that came out empty, {@code ("")}: left out rather than printed. */
  private static final String EMPTY_QUOTE = " (\"\")";

  private final Properties vi;
  private final Properties en;
  private final Map<String, Template> compiledVi = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Template> compiledEn = new java.util.concurrent.ConcurrentHashMap<>();

  private MessageCatalogue(Properties vi, Properties en) {
    this.vi = vi;
    this.en = en;
  }

  static MessageCatalogue standard() {
    return new MessageCatalogue(load(String.format(RESOURCE, "vi")), load(String.format(RESOURCE, "en")));
  }

  /** This catalogue with the entries of {@code more} added (later entries win). */
  MessageCatalogue with(Properties moreVi, Properties moreEn) {
    Properties v = new Properties();
    v.putAll(vi);
    v.putAll(moreVi);
    Properties e = new Properties();
    e.putAll(en);
    e.putAll(moreEn);
    return new MessageCatalogue(v, e);
  }

  boolean has(Language language, String key) {
    return table(language).containsKey(key);
  }

  /** The placeholder names of {@code key}'s text in {@code language}. */
  Set<String> placeholders(Language language, String key) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(table(language).getProperty(key, ""));
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The text of {@code key} with its placeholders filled; a missing key renders as the key itself. */
  String render(Language language, String key, Map<String, Object> params) {
    Map<String, Template> compiled = language == Language.VI ? compiledVi : compiledEn;
    Template template = compiled.computeIfAbsent(key, k -> {
      String text = table(language).getProperty(k);
      return text == null ? null : Template.of(text);
    });
    return template == null ? key : template.fill(params, language);
  }

  /** A message split once into literal text and placeholder names, so that filling it needs no regex. */
  private record Template(String[] literals, String[] names, String[][] plurals) {
    static Template of(String text) {
      java.util.List<String> literals = new java.util.ArrayList<>();
      java.util.List<String> names = new java.util.ArrayList<>();
      java.util.List<String[]> plurals = new java.util.ArrayList<>();
      Matcher m = PLACEHOLDER.matcher(text);
      int last = 0;
      while (m.find()) {
        literals.add(text.substring(last, m.start()));
        names.add(m.group(1));
        plurals.add(m.group(2) == null ? null : new String[] {m.group(2), m.group(3)});
        last = m.end();
      }
      literals.add(text.substring(last));
      return new Template(literals.toArray(String[]::new), names.toArray(String[]::new), plurals.toArray(String[][]::new));
    }

    String fill(Map<String, Object> params, Language language) {
      StringBuilder sb = new StringBuilder(literals[0]);
      for (int i = 0; i < names.length; i++) {
        Object value = params.get(names[i]);
        String shown = value == null ? "{" + names[i] + "}" : display(value, language);
        if (value != null && plurals[i] != null) {
          shown = shown + " " + ("1".equals(shown) ? plurals[i][0] : plurals[i][1]);
        }
        sb.append(shown).append(literals[i + 1]);
      }
      int empty = sb.indexOf(EMPTY_QUOTE);
      while (empty >= 0) {
        sb.delete(empty, empty + EMPTY_QUOTE.length());
        empty = sb.indexOf(EMPTY_QUOTE, empty);
      }
      return sb.toString();
    }
  }

  static String display(Object value, Language language) {
    if (value instanceof Agency a) {
      return language == Language.VI ? a.nameVi() : a.nameEn().orElse(a.nameVi());
    }
    if (value instanceof TaskGroupDefinition g) {
      // short in a sentence: "5 (legal human resources)"; the full title is in the rule catalogue
      return g.number() + (language == Language.VI ? g.shortTitleVi() : g.shortTitleEn()).map(t -> " (" + t + ")").orElse("");
    }
    if (value instanceof dev.plancompliance.model.Plan p) {
      // a plan of a set: its symbol, with the locality or issuer that tells plans of one symbol apart
      return p.ref().symbol() + p.locality().or(() -> p.ref().issuer()).map(l -> " (" + l + ")").orElse("");
    }
    if (value instanceof dev.plancompliance.model.Citation c) {
      if (c.isDirect()) {
        return c.target().symbol();
      }
      String via = c.via().stream().map(dev.plancompliance.model.DocumentRef::symbol).collect(java.util.stream.Collectors.joining(" → "));
      return c.target().symbol() + (language == Language.VI ? " (qua " : " (via ") + via + ")";
    }
    if (value instanceof java.math.BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(value);
  }

  private Properties table(Language language) {
    return language == Language.VI ? vi : en;
  }

  /** The properties in {@code file}, or none when it does not exist. */
  static Properties loadOptional(java.nio.file.Path file) {
    Properties p = new Properties();
    if (java.nio.file.Files.isRegularFile(file)) {
      try (java.io.Reader r = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read message catalogue " + file, e);
      }
    }
    return p;
  }

  static Properties load(String resource) {
    try (InputStream in = MessageCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing message catalogue " + resource);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message catalogue " + resource, e);
    }
  }
}
