package coveragebot.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Article;
import coveragebot.corpus.Passage;
import coveragebot.testing.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Each rule's matches are those {@link Matcher#find} finds over the same region with transparent
 * bounds: on generated articles' passages, and on random strings of date words, numbers, marks and
 * characters other than ASCII, over random regions.
 */
class TemporalRuleTest {
  private static List<String> byFind(TemporalRule rule, String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = rule.pattern.matcher(text);
    m.region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + " " + groups(m));
    }
    return out;
  }

  private static List<String> byRule(TemporalRule rule, String text, int from, int to) {
    List<String> out = new ArrayList<>();
    TemporalRule.matches(
        rule.only(),
        text,
        from,
        to,
        (r, m) -> out.add(m.start() + "-" + m.end() + " " + groups(m)));
    return out;
  }

  private static String groups(Matcher m) {
    StringBuilder b = new StringBuilder();
    for (int g = 1; g <= m.groupCount(); g++) {
      b.append(m.start(g)).append(':').append(m.end(g)).append(',');
    }
    return b.toString();
  }

  private static final String[] PIECES = {
    "Monday",
    "Tuesday, ",
    "November",
    "Nov.",
    "Sept",
    "the ",
    "1st",
    "5th",
    "of ",
    "2024",
    "1990",
    "05.11.2024",
    "2024-11-04",
    "5/11/24",
    "from ",
    "to ",
    "between ",
    "and ",
    "Q3 ",
    "first ",
    "quarter ",
    "half ",
    "part ",
    "q4 ",
    "QUARTER ",
    "yesterday",
    "last ",
    "next week",
    "three ",
    "days ",
    "ago",
    "one day",
    "some day",
    "for ",
    "in ",
    "a few years",
    "troops",
    " ",
    ", ",
    ".",
    "-",
    "–",
    "x",
    "İ",
    "\uD83D\uDE00",
    "\u00A0",
    "\u212A",
    "ſ",
    "TODAY",
    "this ",
    "morning",
    "Evening",
    "to",
    "night",
    "weekend",
    "mid-",
    "Early ",
    "late",
    "Years",
    "_",
    "\u0301",
    "é",
    "7"
  };

  @Test
  void randomStringsMatchAsFindDoes() {
    Random r = new Random(21);
    int matches = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, PIECES, 10);
      int from = r.nextInt(text.length() + 1);
      int to = from + r.nextInt(text.length() - from + 1);
      for (TemporalRule rule : TemporalRule.values()) {
        List<String> expected = byFind(rule, text, from, to);
        assertThat(byRule(rule, text, from, to))
            .as("%s [%s] %d-%d", rule, text, from, to)
            .isEqualTo(expected);
        matches += expected.size();
      }
    }
    assertThat(matches).isGreaterThan(1_000);
  }

  @Test
  void generatedPassagesMatchAsFindDoes() {
    int matches = 0;
    for (Article a : new CorpusGenerator(11).corpus(150).articles()) {
      for (Passage p : a.passages()) {
        for (TemporalRule rule : TemporalRule.values()) {
          List<String> expected = byFind(rule, a.text(), p.start(), p.end());
          assertThat(byRule(rule, a.text(), p.start(), p.end())).isEqualTo(expected);
          matches += expected.size();
        }
      }
    }
    assertThat(matches).isGreaterThan(500);
  }

  /**
   * Any set of rules read in one pass gives each rule the matches it finds alone (and none to a
   * rule not in the set): random sets over random strings, all rules over generated passages.
   */
  @Test
  void rulesReadTogetherMatchAsEachAlone() {
    Random r = new Random(22);
    int all = 0;
    for (TemporalRule rule : TemporalRule.values()) {
      all |= rule.only();
    }
    int matches = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, PIECES, 10);
      int from = r.nextInt(text.length() + 1);
      int to = from + r.nextInt(text.length() - from + 1);
      matches += together(t % 4 == 0 ? all : r.nextInt() & all, text, from, to);
    }
    for (Article a : new CorpusGenerator(13).corpus(150).articles()) {
      for (Passage p : a.passages()) {
        matches += together(all, a.text(), p.start(), p.end());
      }
    }
    assertThat(matches).isGreaterThan(2_000);
  }

  private static int together(int rules, String text, int from, int to) {
    java.util.Map<TemporalRule, List<String>> got = new java.util.EnumMap<>(TemporalRule.class);
    TemporalRule.matches(
        rules,
        text,
        from,
        to,
        (rule, m) ->
            got.computeIfAbsent(rule, k -> new ArrayList<>())
                .add(m.start() + "-" + m.end() + " " + groups(m)));
    int n = 0;
    for (TemporalRule rule : TemporalRule.values()) {
      List<String> expected = (rules & rule.only()) != 0 ? byFind(rule, text, from, to) : List.of();
      assertThat(got.getOrDefault(rule, List.of()))
          .as("%s [%s] %d-%d", rule, text, from, to)
          .isEqualTo(expected);
      n += expected.size();
    }
    return n;
  }

  /** The pair filter does turn away the words a rule cannot start with, and only those. */
  @Test
  void pairsTurnAwayWordsARuleCannotStartWith() {
    assertThat(TemporalRule.DURATION.mayStartWith('a', 'n')).isTrue(); // "an hour"
    assertThat(TemporalRule.DURATION.mayStartWith('a', ' ')).isTrue(); // "a year"
    assertThat(TemporalRule.DURATION.mayStartWith('a', 'b')).isFalse(); // "about"
    assertThat(TemporalRule.DURATION.mayStartWith('t', 'o')).isFalse(); // "to" (but "three", "two")
    assertThat(TemporalRule.QUARTER.mayStartWith('t', 'h')).isTrue(); // "the third quarter of"
    assertThat(TemporalRule.QUARTER.mayStartWith('T', 'H')).isTrue(); // case-insensitive
    assertThat(TemporalRule.MONTH_DAY.mayStartWith('N', 'o')).isTrue();
    assertThat(TemporalRule.MONTH_DAY.mayStartWith('N', 'A')).isFalse(); // NATO
    assertThat(TemporalRule.YEAR.mayStartWith('2', '0')).isTrue();
    assertThat(TemporalRule.YEAR.mayStartWith('2', '4')).isFalse();
  }

  /** Three characters turn away more: "The" starts no month or weekday, though "Th" may. */
  @Test
  void triplesTurnAwayWhatPairsLetThrough() {
    assertThat(TemporalRule.MONTH_DAY_YEAR.mayStartWith('T', 'h')).isTrue(); // "Thursday, Nov."
    assertThat(TemporalRule.MONTH_DAY_YEAR.mayStartWith('T', 'h', 'u')).isTrue();
    assertThat(TemporalRule.MONTH_DAY_YEAR.mayStartWith('T', 'h', 'e')).isFalse(); // "The"
    assertThat(TemporalRule.WEEKDAY.mayStartWith('T', 'h', 'i')).isTrue(); // "This Monday"
    assertThat(TemporalRule.WEEKDAY.mayStartWith('T', 'h', 'e')).isFalse();
    assertThat(TemporalRule.DURATION.mayStartWith('t', 'h', 'r')).isTrue(); // "three years"
    assertThat(TemporalRule.DURATION.mayStartWith('t', 'h', 'e')).isFalse();
    assertThat(TemporalRule.QUARTER.mayStartWith('t', 'h', 'e')).isTrue(); // "the third quarter"
    assertThat(TemporalRule.QUARTER.mayStartWith('t', 'o', 'e')).isFalse(); // the pair says no
    assertThat(TemporalRule.YEAR.mayStartWith('2', '0', '2')).isTrue();
    assertThat(TemporalRule.YEAR.mayStartWith('2', '0', 'x')).isFalse();
  }

  /** A rule's clue (checked before its pattern runs) is never false where the pattern matches. */
  @Test
  void cluesNeverTurnAwayAMatch() {
    Random r = new Random(8);
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < 20_000; t++) {
      texts.add(RandomTexts.of(r, PIECES, 10));
    }
    for (Article a : new CorpusGenerator(12).corpus(150).articles()) {
      for (Passage p : a.passages()) {
        texts.add(p.text());
      }
    }
    int matched = 0;
    for (String text : texts) {
      Clues clues = new Clues(text, 0, text.length());
      for (TemporalRule rule : TemporalRule.values()) {
        if (rule.pattern.matcher(text).find()) {
          assertThat(rule.mayMatch.test(clues)).as("%s [%s]", rule, text).isTrue();
          matched++;
        }
      }
    }
    assertThat(matched).isGreaterThan(1_000);
  }
}
