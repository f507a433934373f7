package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Article;
import coveragebot.testing.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Words are read by hand as the regex they replaced read them: on generated articles, and on random
 * strings of the characters that matter to it (apostrophes, marks, digits, surrogate pairs,
 * underscores), over random regions.
 */
class TokenTest {
  /** The regex {@link Token#of} used to be, kept as the reference. */
  private static final Pattern WORD =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{Nd}-]*(?:['’]s\\b)?|\\p{Nd}+");

  private static List<Token> byRegex(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      out.add(new Token(m.start(), m.end(), m.group()));
    }
    return out;
  }

  private static final String[] PIECES = {
    "a",
    "Rutte",
    "NATO",
    "é",
    "e\u0301",
    "\u0301",
    "\u0903",
    "\u20DD",
    "İ",
    "ß",
    "7",
    "2024",
    "\u0663",
    "-",
    "--",
    "'",
    "’",
    "'s",
    "’s",
    "'S",
    "s",
    "_",
    " ",
    "\n",
    ".",
    ",",
    "\"",
    "“",
    "\uD835\uDC00",
    "\uD835\uDFCE",
    "\uD83D\uDE00",
    "\uD835",
    "\uDC00",
    "x'sy",
    "Kallas’s",
    "1990s",
    "e-mail",
    "\u00A0",
    "\u0085"
  };

  @Test
  void randomStringsAreReadAsTheRegexReadsThem() {
    Random r = new Random(12);
    int words = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, PIECES, 12);
      int from = r.nextInt(text.length() + 1);
      int to = from + r.nextInt(text.length() - from + 1);
      List<Token> expected = byRegex(text, from, to);
      assertThat(Token.of(text, from, to)).as("[%s] %d-%d", text, from, to).isEqualTo(expected);
      words += expected.size();
    }
    assertThat(words).isGreaterThan(10_000);
  }

  @Test
  void generatedArticlesAreReadAsTheRegexReadsThem() {
    for (Article a : new CorpusGenerator(5).corpus(200).articles()) {
      String text = a.text();
      assertThat(Token.of(text, 0, text.length())).isEqualTo(byRegex(text, 0, text.length()));
    }
  }

  @Test
  void wordsReadInPlaceAsFromTheirText() {
    Random r = new Random(4);
    int proper = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, PIECES, 6);
      for (Token w : Token.of(text, 0, text.length())) {
        String cut = text.substring(w.start(), w.end());
        String b =
            cut.length() > 2 && (cut.endsWith("'s") || cut.endsWith("’s"))
                ? cut.substring(0, cut.length() - 2)
                : cut;
        // read before the text is cut, then after
        assertThat(w.capitalised()).as(cut).isEqualTo(Character.isUpperCase(cut.charAt(0)));
        assertThat(w.possessive()).as(cut).isEqualTo(b.length() != cut.length());
        assertThat(w.base()).isEqualTo(b);
        assertThat(w.text()).isEqualTo(cut);
        assertThat(w.lower()).isEqualTo(b.toLowerCase(java.util.Locale.ROOT));
        boolean expected =
            Character.isUpperCase(b.charAt(0))
                && (b.length() == 1 || !b.equals(b.toUpperCase(java.util.Locale.ROOT)));
        assertThat(w.properCase()).as(w.text()).isEqualTo(expected);
        proper += expected ? 1 : 0;
      }
    }
    assertThat(proper).isGreaterThan(1_000);
  }

  /** Words and characters that make, or nearly make, the words asked about. */
  private static final String[] NEAR_WORDS = {
    "he",
    "He",
    "HE",
    "she",
    "She",
    "sHe",
    "h",
    "e",
    "s",
    "chief",
    "Chief",
    "CHIEF",
    "chie",
    "minister",
    "Minister",
    "president-elect",
    "President",
    "secretary",
    "Secretary",
    "prime",
    "Prime",
    "head",
    "Head",
    "aide",
    "ai",
    "the",
    "The",
    "and",
    "İ",
    "\u212A",
    "ß",
    "é",
    "'s",
    "’s",
    "-",
    " ",
    "k",
    "K",
    "ı"
  };

  @Test
  void wordsAskedAboutInPlaceAnswerAsTheirLowerCaseForm() {
    List<String> asked = List.of("he", "she", "secretary", "prime", "chief", "ki", "k", "i̇");
    Random r = new Random(9);
    int yes = 0;
    int turnedAway = 0;
    for (int t = 0; t < 30_000; t++) {
      String text = RandomTexts.of(r, NEAR_WORDS, 3);
      for (Token w : Token.of(text, 0, text.length())) {
        String lower =
            Token.of(text, 0, text.length()).stream()
                .filter(x -> x.start() == w.start())
                .findFirst()
                .orElseThrow()
                .lower(); // from a twin, so that w itself is asked before its form is made
        for (String word : asked) {
          assertThat(w.lowerIs(word)).as("%s is %s", w.text(), word).isEqualTo(lower.equals(word));
          yes += lower.equals(word) ? 1 : 0;
        }
        boolean role = NameRuns.roleWord(w);
        assertThat(role)
            .as(w.text())
            .isEqualTo(
                Lexicon.ROLE_HEADS.contains(lower)
                    || lower.equals("secretary")
                    || lower.equals("prime"));
        turnedAway += role ? 0 : 1;
      }
    }
    assertThat(yes).isGreaterThan(1_000);
    assertThat(turnedAway).isGreaterThan(1_000);
  }

  @Test
  void aWordIsOnlyTurnedAwayWhenItsLowerCaseFormIsNoneOfTheWords() {
    boolean[] starts = Token.starts(List.of("chief", "he", "ki"));
    Random r = new Random(10);
    int kept = 0;
    for (int t = 0; t < 30_000; t++) {
      String text = RandomTexts.of(r, NEAR_WORDS, 3);
      for (Token w : Token.of(text, 0, text.length())) {
        String lower = w.base().toLowerCase(java.util.Locale.ROOT);
        boolean oneOf = lower.equals("chief") || lower.equals("he") || lower.equals("ki");
        Token fresh =
            Token.of(text, 0, text.length()).stream()
                .filter(x -> x.start() == w.start())
                .findFirst()
                .orElseThrow();
        if (oneOf) {
          assertThat(fresh.lowerMayBeOneOf(starts, 5)).as(w.text()).isTrue();
          kept++;
        }
      }
    }
    assertThat(kept).isGreaterThan(1_000);
    // and it does turn words away, in place: too long, or not starting as any of them
    Token the = Token.of("the", 0, 3).get(0);
    assertThat(the.lowerMayBeOneOf(starts, 5)).isFalse();
    Token chiefs = Token.of("Chiefs", 0, 6).get(0);
    assertThat(chiefs.lowerMayBeOneOf(starts, 5)).isFalse();
    assertThat(Token.of("CHIEF", 0, 5).get(0).lowerMayBeOneOf(starts, 5)).isTrue();
    assertThat(Token.of("\u212Ai", 0, 2).get(0).lowerMayBeOneOf(starts, 5)).isTrue(); // Kelvin
  }
}
