package dev.plancompliance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Deadline.ByDate;
import dev.plancompliance.model.Deadline.Composite;
import dev.plancompliance.model.Deadline.Continuous;
import dev.plancompliance.model.Deadline.External;
import dev.plancompliance.model.Deadline.FromYearOnward;
import dev.plancompliance.model.Deadline.InYear;
import dev.plancompliance.model.Deadline.OnDate;
import dev.plancompliance.model.Deadline.OnDemand;
import dev.plancompliance.model.Deadline.OnEvent;
import dev.plancompliance.model.Deadline.Recurring;
import dev.plancompliance.model.Deadline.Unspecified;
import dev.plancompliance.model.Deadline.Vague;
import dev.plancompliance.model.Deadline.WithinMonth;
import dev.plancompliance.model.Deadline.YearRange;
import dev.plancompliance.model.TimePhraseVectors.Vector;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DeadlineParserProperties {

  /** A vector's input dressed the way plans write it; reads to the vector's value, phrases aside. */
  record Decorated(Vector vector, String input) {
    @Override
    public String toString() {
      return vector.id() + ": " + input.replace("\n", "⏎");
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Properties

  @Property
  void anOutputReparsesFromItsOwnPhraseToAnEqualValue(@ForAll("readablePhrases") String phrase) {
    Deadline first = DeadlineParser.parse(phrase);
    assertEquals(Text.nfc(phrase), first.phrase());
    assertEquals(first, DeadlineParser.parse(first.phrase()));
  }

  @Property
  void whitespaceCaseUnicodeFormAndDecorationsDoNotChangeTheReading(@ForAll("decoratedVectors") Decorated d) {
    assertEquals(unphrased(d.vector().deadline()), unphrased(DeadlineParser.parse(d.input())));
  }

  @Property
  void yearsAreReadInEveryYearForm(
      @ForAll @IntRange(min = 1990, max = 2100) int a,
      @ForAll @IntRange(min = 0, max = 40) int span,
      @ForAll @IntRange(min = 1, max = 12) int month) {
    int b = Math.min(2100, a + span);
    assertEquals(new InYear("Năm " + a, a), DeadlineParser.parse("Năm " + a));
    assertEquals(new InYear("hoàn thành trong năm " + a, a), DeadlineParser.parse("hoàn thành trong năm " + a));
    assertEquals(new YearRange("Năm " + a + " đến năm " + b, a, b), DeadlineParser.parse("Năm " + a + " đến năm " + b));
    assertEquals(new YearRange("Năm " + a + " – " + b, a, b), DeadlineParser.parse("Năm " + a + " – " + b));
    assertEquals(new YearRange(a + "-" + b, a, b), DeadlineParser.parse(a + "-" + b));
    assertEquals(new WithinMonth("trong tháng " + month + "/" + a, YearMonth.of(a, month)),
        DeadlineParser.parse("trong tháng " + month + "/" + a));
    assertEquals(new WithinMonth("tháng " + month + " năm " + a, YearMonth.of(a, month)),
        DeadlineParser.parse("tháng " + month + " năm " + a));
    assertEquals(new FromYearOnward("Năm " + a + " và các năm tiếp theo", a),
        DeadlineParser.parse("Năm " + a + " và các năm tiếp theo"));
    if (b > a) {
      String reversed = "Năm " + b + " đến " + a;
      DeadlineFormatException e = expectUnreadable(reversed);
      assertEquals(("Năm " + b + " đến ").length(), e.position());
    }
  }

  @Property
  void parsingAnyStringEitherReadsOrFailsWithADeadlineFormatException(@ForAll String s) {
    readOrFailCleanly(s);
  }

  @Property
  void parsingTimeLikeNoiseEitherReadsOrFailsWithADeadlineFormatException(@ForAll("timeLikeNoise") String s) {
    readOrFailCleanly(s);
  }

  // ---------------------------------------------------------------------------------------------------
  // Generators

  private static final List<String> WHITESPACE = List.of(" ", "  ", "\n", " \n\n", "\u00A0", "\t", "\u00A0 ", "\r\n");
  private static final List<String> PREFIXES =
      List.of("", "- ", "+ ", "Thời gian thực hiện: ", "Thời gian: ", "- Thời gian thực hiện: ", "+ Thời gian: ");
  private static final List<String> SUFFIXES = List.of("", ".", ";", " |", ". |", "|");

  @Provide
  Arbitrary<Decorated> decoratedVectors() {
    return Combinators.combine(
            Arbitraries.of(TimePhraseVectors.readable()),
            Arbitraries.longs(),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(true, false),
            Arbitraries.of(PREFIXES),
            Arbitraries.of(SUFFIXES),
            Arbitraries.of(true, false))
        .as((v, seed, caseMode, nfd, prefix, suffix, parens) -> {
          Random random = new Random(seed);
          String s = respace(v.input(), random);
          s = recase(s, caseMode, random);
          s = prefix + s + suffix;
          if (parens) {
            s = "(" + s + ")";
          }
          if (nfd) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
          }
          return new Decorated(v, s);
        });
  }

  @Provide
  Arbitrary<String> readablePhrases() {
    Arbitrary<String> years =
        Combinators.combine(
                Arbitraries.integers().between(1990, 2100),
                Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(1, 12),
                Arbitraries.of(
                    "Năm %1$d", "%1$d", "năm %1$d đến năm %2$d", "Năm %1$d-%2$d", "Năm %1$d – %2$d",
                    "trong tháng %3$d/%1$d", "trong tháng %3$02d/%1$d", "tháng %3$d năm %1$d",
                    "Năm %1$d và những năm tiếp theo", "trước ngày 1/%3$d/%1$d",
                    "kiện toàn xong trong năm %1$d và thường xuyên củng cố trong những năm tiếp theo"))
            .as((a, span, month, form) -> String.format(form, a, Math.min(2100, a + span), month));
    Arbitrary<String> decorated = decoratedVectors().map(Decorated::input);
    Arbitrary<String> plain = Arbitraries.of(TimePhraseVectors.readable()).map(Vector::input);
    return Arbitraries.oneOf(plain, decorated, years);
  }

  /** Strings built from the words and numbers of time phrases, so that most recognisers get exercised. */
  @Provide
  Arbitrary<String> timeLikeNoise() {
    Arbitrary<String> token =
        Arbitraries.oneOf(
            Arbitraries.of(
                "năm", "Năm", "tháng", "ngày", "trước", "đến", "sau khi", "Ngay", "khi", "Thường xuyên", "hàng năm",
                "hằng", "Quý", "I", "IV", "và", "các", "những", "năm tiếp theo", "theo", "yêu cầu", "của", "/", "-",
                "–", ",", ".", "|", "(", ")", "Thời gian:", "Thời gian thực hiện:", "66-NQ/TW", "69/KH-UBND",
                "Covid-19", "\n", " ", "định kỳ", "6 tháng", "tầm nhìn", "đến năm", "trong thời gian tới",
                "Đề án", "ban hành", "được", "xây dựng văn bản QPPL", "kiến nghị", "cho phép", "Trung ương"),
            Arbitraries.integers().between(0, 99999).map(String::valueOf),
            Arbitraries.integers().between(1890, 2210).map(String::valueOf));
    return token.list().ofMaxSize(12).map(tokens -> String.join(" ", tokens));
  }

  // ---------------------------------------------------------------------------------------------------
  // Helpers

  private static void readOrFailCleanly(String s) {
    try {
      Deadline d = DeadlineParser.parse(s);
      assertEquals(d, DeadlineParser.parse(d.phrase()));
    } catch (DeadlineFormatException e) {
      assertEquals(s, e.phrase());
      assertTrue(e.position() >= 0 && e.position() <= s.length(), e.getMessage());
    }
  }

  private static DeadlineFormatException expectUnreadable(String s) {
    try {
      DeadlineParser.parse(s);
    } catch (DeadlineFormatException e) {
      return e;
    }
    throw new AssertionError("expected \"" + s + "\" to be unreadable");
  }

  /** Replaces every space by a random whitespace run (line breaks, NBSP, tabs). */
  private static String respace(String s, Random random) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c == ' ' ? WHITESPACE.get(random.nextInt(WHITESPACE.size())) : String.valueOf(c));
    }
    return sb.toString();
  }

  /** 0: as written, 1: upper case, 2: lower case, 3: random flips. */
  private static String recase(String s, int mode, Random random) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      boolean upper = switch (mode) {
        case 1 -> true;
        case 2 -> false;
        case 3 -> random.nextBoolean();
        default -> Character.isUpperCase(c);
      };
      sb.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return sb.toString();
  }

  /** The value with every phrase replaced and free text (reference, requester) folded with Text.key. */
  static Deadline unphrased(Deadline d) {
    String p = "·";
    if (d instanceof Continuous) {
      return new Continuous(p);
    } else if (d instanceof Recurring r) {
      return new Recurring(p, r.period(), r.quarter(), r.month(), r.cutoffs(), r.event());
    } else if (d instanceof OnDate x) {
      return new OnDate(p, x.date());
    } else if (d instanceof ByDate x) {
      return new ByDate(p, x.date(), x.exclusive());
    } else if (d instanceof WithinMonth x) {
      return new WithinMonth(p, x.month());
    } else if (d instanceof InYear x) {
      return new InYear(p, x.year());
    } else if (d instanceof YearRange x) {
      return new YearRange(p, x.from(), x.to());
    } else if (d instanceof FromYearOnward x) {
      return new FromYearOnward(p, x.year());
    } else if (d instanceof Deadline.FromDate x) {
      return new Deadline.FromDate(p, x.date());
    } else if (d instanceof OnEvent x) {
      return new OnEvent(p, x.relation(), x.event());
    } else if (d instanceof External x) {
      return new External(p, x.source(), x.reference() == null ? null : Text.key(x.reference()));
    } else if (d instanceof OnDemand x) {
      return new OnDemand(p, x.requester() == null ? null : Text.key(x.requester()));
    } else if (d instanceof Composite c) {
      return new Composite(p, c.parts().stream().map(DeadlineParserProperties::unphrased).toList());
    } else if (d instanceof Vague) {
      return new Vague(p);
    } else if (d instanceof Deadline.Urgent) {
      return new Deadline.Urgent(p);
    } else if (d instanceof Unspecified) {
      return Unspecified.none();
    }
    throw new AssertionError("unknown variant " + d);
  }
}
