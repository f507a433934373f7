package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Article;
import coveragebot.corpus.ComposedForm;
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
 * underscores), over random regions; and what is read of a word in place is what its cut text says.
 */
class TokensTest {
  /**
   * The regex {@link Tokens#of} used to be, kept as the reference, with format characters (Cf)
   * inside a word taken into it: "Ru\u00ADtte" is one word.
   */
  private static final Pattern WORD =
      Pattern.compile(
          "\\p{L}(?:[\\p{L}\\p{M}\\p{Nd}-]|\\p{Cf}+(?=[\\p{L}\\p{M}\\p{Nd}-]))*(?:['’]s\\b)?"
              + "|\\p{Nd}+");

  /** Each word as "start-end:text". */
  private static List<String> byRegex(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  private static List<String> byHand(String text, int from, int to) {
    Tokens t = Tokens.of(text, from, to);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      out.add(t.start(k) + "-" + t.end(k) + ":" + text.substring(t.start(k), t.end(k)));
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
    "\u0085",
    "\u00AD",
    "\u200B",
    "\u2066",
    "\uDB40\uDC01"
  };

  @Test
  void randomStringsAreReadAsTheRegexReadsThem() {
    Random r = new Random(12);
    int words = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, PIECES, 12);
      int from = r.nextInt(text.length() + 1);
      int to = from + r.nextInt(text.length() - from + 1);
      List<String> expected = byRegex(text, from, to);
      assertThat(byHand(text, from, to)).as("[%s] %d-%d", text, from, to).isEqualTo(expected);
      words += expected.size();
    }
    assertThat(words).isGreaterThan(10_000);
  }

  @Test
  void generatedArticlesAreReadAsTheRegexReadsThem() {
    for (Article a : new CorpusGenerator(5).corpus(200).articles()) {
      String text = a.text();
      assertThat(byHand(text, 0, text.length())).isEqualTo(byRegex(text, 0, text.length()));
    }
  }

  @Test
  void wordsReadInPlaceAsFromTheirText() {
    Random r = new Random(4);
    int proper = 0;
    int possessive = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, PIECES, 6);
      Tokens w = Tokens.of(text, 0, text.length());
      for (int k = 0; k < w.size(); k++) {
        String raw = text.substring(w.start(k), w.end(k));
        String cut = ComposedForm.withoutFormat(raw);
        String b =
            cut.length() > 2 && (cut.endsWith("'s") || cut.endsWith("’s"))
                ? cut.substring(0, cut.length() - 2)
                : cut;
        assertThat(w.capitalised(k)).as(cut).isEqualTo(Character.isUpperCase(cut.charAt(0)));
        assertThat(w.possessive(k)).as(cut).isEqualTo(b.length() != cut.length());
        assertThat(w.length(k)).isEqualTo(raw.length());
        assertThat(w.baseEnd(k)).isEqualTo(w.end(k) - (cut.length() - b.length()));
        assertThat(w.base(k)).isEqualTo(b);
        assertThat(w.text(k)).isEqualTo(cut);
        assertThat(w.lower(k)).isEqualTo(b.toLowerCase(java.util.Locale.ROOT));
        boolean expected =
            Character.isUpperCase(b.charAt(0))
                && (b.length() == 1 || !b.equals(b.toUpperCase(java.util.Locale.ROOT)));
        assertThat(w.properCase(k)).as(cut).isEqualTo(expected);
        proper += expected ? 1 : 0;
        possessive += w.possessive(k) ? 1 : 0;
        if (k > 0) {
          String gap = ComposedForm.withoutFormat(text.substring(w.end(k - 1), w.start(k)));
          for (String g : List.of(" ", ". ", ", ", ".")) {
            assertThat(w.between(k, g)).as("[%s] %d", text, k).isEqualTo(gap.equals(g));
          }
          int from = r.nextInt(w.start(k) + 1);
          assertThat(w.blankBefore(from, k))
              .as("[%s] %d-%d", text, from, k)
              .isEqualTo(ComposedForm.withoutFormat(text.substring(from, w.start(k))).isBlank());
        }
      }
    }
    assertThat(proper).isGreaterThan(1_000);
    assertThat(possessive).isGreaterThan(1_000);
  }

  /** One reader, stretch after stretch of any length, answers as a fresh one for each. */
  @Test
  void aReaderReadsEachStretchAsAFreshOne() {
    Random r = new Random(5);
    Tokens reused = new Tokens();
    int asked = 0;
    for (int t = 0; t < 5_000; t++) {
      String text = RandomTexts.of(r, PIECES, 1 + r.nextInt(40));
      Tokens fresh = Tokens.of(text, 0, text.length());
      assertThat(reused.read(text, 0, text.length())).isSameAs(reused);
      assertThat(reused.size()).isEqualTo(fresh.size());
      for (int k = 0; k < fresh.size(); k++) {
        assertThat(reused.start(k)).isEqualTo(fresh.start(k));
        assertThat(reused.end(k)).isEqualTo(fresh.end(k));
        if (r.nextInt(3) == 0) { // some words' lower-case forms, kept from one stretch to the next
          assertThat(reused.lower(k)).as("[%s] %d", text, k).isEqualTo(fresh.lower(k));
          asked++;
        }
      }
    }
    assertThat(asked).isGreaterThan(5_000);
  }

  @Test
  void askingPastTheLastWordFails() {
    Tokens two = Tokens.of("Mark Rutte", 0, 10);
    assertThat(two.size()).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> two.start(2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> two.lower(2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void manyWordsOutgrowTheFirstGuess() {
    String text = "a".repeat(1) + " b".repeat(5_000); // one-letter words, more than length / 6
    Tokens t = Tokens.of(text, 0, text.length());
    assertThat(t.size()).isEqualTo(5_001);
    assertThat(t.text(5_000)).isEqualTo("b");
    assertThat(t.start(5_000)).isEqualTo(text.length() - 1);
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
    "ı",
    "Mr",
    "mRs",
    "Dr",
    "DAME",
    "Sir",
    "\u00AD"
  };

  @Test
  void wordsAskedAboutInPlaceAnswerAsTheirLowerCaseForm() {
    List<String> asked = List.of("he", "she", "secretary", "prime", "chief", "ki", "k", "i̇");
    Random r = new Random(9);
    int yes = 0;
    int turnedAway = 0;
    for (int t = 0; t < 30_000; t++) {
      String text = RandomTexts.of(r, NEAR_WORDS, 3);
      Tokens w = Tokens.of(text, 0, text.length());
      for (int k = 0; k < w.size(); k++) {
        String lower =
            ComposedForm.withoutFormat(text.substring(w.start(k), w.baseEnd(k)))
                .toLowerCase(java.util.Locale.ROOT);
        for (String word : asked) {
          assertThat(w.lowerIs(k, word))
              .as("%s is %s", w.text(k), word)
              .isEqualTo(lower.equals(word));
          yes += lower.equals(word) ? 1 : 0;
        }
        boolean role = NameRuns.roleWord(w, k);
        assertThat(role)
            .as(w.text(k))
            .isEqualTo(
                Lexicon.ROLE_HEADS.contains(lower)
                    || lower.equals("secretary")
                    || lower.equals("prime"));
        turnedAway += role ? 0 : 1;
        String whole =
            ComposedForm.withoutFormat(text.substring(w.start(k), w.end(k)))
                .toLowerCase(java.util.Locale.ROOT);
        assertThat(NameRuns.honorific(w, k))
            .as(w.text(k))
            .isEqualTo(
                Lexicon.HONORIFICS_MALE.contains(whole)
                    || Lexicon.HONORIFICS_FEMALE.contains(whole)
                    || whole.equals("dr"));
      }
    }
    assertThat(yes).isGreaterThan(1_000);
    assertThat(turnedAway).isGreaterThan(1_000);
  }
}
