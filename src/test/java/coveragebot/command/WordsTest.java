package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Article;
import coveragebot.testing.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Words#of} reads words as the version it replaced did (kept below as the reference): on
 * generated articles, and on random strings of the characters that matter to it.
 */
class WordsTest {

  /**
   * Words.of as it was: a string builder per word, lower-cased as a whole (same sentence test);
   * since then, with combining marks in their word and the norm in NFC.
   */
  private static List<Words.Word> reference(String text) {
    List<Words.Word> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder w = new StringBuilder();
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          w.append(c);
          i++;
        } else if ((c == '\'' || c == '\u2019')
            && i + 1 < n
            && Character.isLetter(text.charAt(i + 1))) {
          w.append('\'');
          i++;
        } else if (c == '.' && singleLetters(text, start, i) && singleLetterAfter(text, i)) {
          i++; // since 2026-11-29: an acronym ("U.S.") is one word, its dots left out
        } else if (Character.getType(c) == Character.NON_SPACING_MARK
            || Character.getType(c) == Character.COMBINING_SPACING_MARK
            || Character.getType(c) == Character.ENCLOSING_MARK) {
          w.append(c); // combining marks joined the words in NFC (the norm's Unicode form)
          i++;
        } else {
          break;
        }
      }
      boolean capital =
          Character.isUpperCase(text.charAt(start))
              && !Words.sentenceStart(text, start, out.isEmpty());
      String norm =
          java.text.Normalizer.normalize(
              w.toString().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFC);
      out.add(new Words.Word(norm, start, i, capital));
    }
    return out;
  }

  /** Whether {@code text[start, end)} is single letters, each but the last with a dot after it. */
  private static boolean singleLetters(String text, int start, int end) {
    if ((end - start) % 2 == 0) {
      return false;
    }
    for (int k = start; k < end; k += 2) {
      if (!Character.isLetter(text.charAt(k)) || k + 1 < end && text.charAt(k + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /** Whether one letter, and then no letter or digit, follows the dot at {@code dot}. */
  private static boolean singleLetterAfter(String text, int dot) {
    return dot + 1 < text.length()
        && Character.isLetter(text.charAt(dot + 1))
        && (dot + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(dot + 2)));
  }

  /** Characters that matter to reading words; WordNumbersTest reads them too. */
  static final String[] PIECES = {
    "a",
    "Rutte",
    "NATO",
    "İ",
    "ß",
    "Σ",
    "ΟΔΟΣ",
    "é",
    "e\u0301",
    "7",
    "2024",
    "'",
    "’",
    "U.S.",
    "e.g",
    "'s",
    "’s",
    "’S",
    "x’y",
    "I'm",
    "don’t",
    " ",
    "\n",
    ".",
    ":",
    "“",
    "‘",
    "\"",
    "-",
    "\uD835\uDC00",
    "\u00A0"
  };

  @Test
  void readsWordsAsTheStringBuilderVersionDid() {
    Random r = new Random(3);
    int words = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, PIECES, 12);
      assertThat(Words.of(text)).as(text).isEqualTo(reference(text));
      words += Words.of(text).size();
    }
    for (Article a : new CorpusGenerator(6).corpus(300).articles()) {
      List<Words.Word> got = Words.of(a.text());
      assertThat(got).isEqualTo(reference(a.text()));
      words += got.size();
    }
    assertThat(words).isGreaterThan(100_000);
  }

  /**
   * The offsets alone (of all words, or the first few) are those of the words, and the gaps between
   * them the same.
   */
  @Test
  void boundsAreTheWordsOffsets() {
    Random r = new Random(11);
    int words = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, PIECES, 12);
      List<Words.Word> all = Words.of(text);
      int max = r.nextInt(4) == 0 ? r.nextInt(4) : Integer.MAX_VALUE;
      List<Words.Word> of = all.subList(0, Math.min(all.size(), max));
      int[] bounds = Words.bounds(text, 0, max);
      assertThat(bounds).as(text).hasSize(2 * of.size());
      for (int k = 0; k < of.size(); k++) {
        assertThat(bounds[2 * k]).as(text).isEqualTo(of.get(k).start());
        assertThat(bounds[2 * k + 1]).as(text).isEqualTo(of.get(k).end());
        if (k + 1 < of.size()) {
          assertThat(Words.gap(text, bounds, k)).as(text).isEqualTo(Words.gap(text, of, k));
        }
      }
      words += of.size();
    }
    assertThat(words).isGreaterThan(30_000);
  }

  /** What a gap could hold and be no difference, as a regex: what {@code ignoredInGap} replaced. */
  private static final java.util.regex.Pattern IGNORED_IN_GAP =
      java.util.regex.Pattern.compile("[\\s\"'“”‘’«»]");

  /** The hand test of a gap's characters is the regular expression's, for every char. */
  @Test
  void gapCharactersAreThoseOfThePattern() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String one = String.valueOf((char) c);
      assertThat(Words.ignoredInGap((char) c))
          .as("U+%04X", c)
          .isEqualTo(IGNORED_IN_GAP.matcher(one).matches());
    }
  }
}
