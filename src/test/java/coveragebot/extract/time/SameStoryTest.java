package coveragebot.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Article;
import coveragebot.testing.RandomTexts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Content words are read by hand as the regex split they replaced read them: on generated articles,
 * and on random strings of the characters that matter (letters and numbers of every kind, marks,
 * surrogate pairs, letters whose lower case is longer, stop words, plurals).
 */
class SameStoryTest {
  /** {@link SameStory#words} as it was, kept as the reference. */
  private static Set<String> byRegex(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1 && !SameStory.STOP.contains(w)) {
        out.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
      }
    }
    return out;
  }

  private static final String[] PIECES = {
    "a",
    "Rutte",
    "NATO",
    "talks",
    "Talks",
    "is",
    "the",
    "The",
    "said",
    "é",
    "e\u0301",
    "\u0301",
    "İ",
    "ß",
    "ǅ",
    "ʰ",
    "Ⅻ",
    "½",
    "²",
    "7",
    "2024",
    "\u0663",
    "-",
    "'",
    "’s",
    " ",
    "\n",
    ".",
    ",",
    "_",
    "\uD835\uDC00",
    "\uD835\uDFCE",
    "\uD83D\uDE00",
    "\uD835",
    "\uDC00",
    "1990s",
    "\u00A0",
    "’",
    "“",
    "—",
    "\u2060",
    "\u206F",
    "\u2070",
    "ⁱ",
    "\u1FFF",
    "ª",
    "É"
  };

  @Test
  void randomStringsAreReadAsTheRegexReadsThem() {
    Random r = new Random(12);
    int words = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, PIECES, 12);
      Set<String> expected = byRegex(text);
      assertThat(SameStory.words(text)).as("[%s]", text).isEqualTo(expected);
      words += expected.size();
    }
    assertThat(words).isGreaterThan(10_000);
  }

  @Test
  void generatedArticlesAreReadAsTheRegexReadsThem() {
    for (Article a : new CorpusGenerator(5).corpus(200).articles()) {
      assertThat(SameStory.words(a.text())).isEqualTo(byRegex(a.text()));
    }
  }

  /** Numbered words overlap exactly as the sets of words they number do. */
  @Test
  void numberedWordsOverlapAsTheWordsDo() {
    List<String> texts = new ArrayList<>();
    for (Article a : new CorpusGenerator(6).corpus(60).articles()) {
      for (coveragebot.corpus.Passage p : a.passages()) {
        texts.add(p.text());
      }
    }
    SameStory.Vocabulary vocabulary = new SameStory.Vocabulary();
    Random r = new Random(2);
    int overlapping = 0;
    for (int t = 0; t < 5_000; t++) {
      String x = texts.get(r.nextInt(texts.size()));
      String y = texts.get(r.nextInt(texts.size()));
      Set<String> a = SameStory.words(x);
      Set<String> b = SameStory.words(y);
      Set<String> common = new HashSet<>(a);
      common.retainAll(b);
      double expected =
          a.isEmpty() || b.isEmpty() ? 0 : common.size() / (double) Math.min(a.size(), b.size());
      int[] ids = vocabulary.of(x);
      assertThat(ids).isSorted().doesNotHaveDuplicates().hasSize(a.size());
      assertThat(overlap(ids, vocabulary.of(y))).as("%s | %s", x, y).isEqualTo(expected);
      overlapping += expected >= TimelineBuilder.SAME_REPORT ? 1 : 0;
    }
    assertThat(overlapping).isGreaterThan(100);
  }

  /**
   * Sentences read in place (ASCII) or the long way (any other) are numbered as the sets of words
   * of the neighbourhood's text: same count, same overlaps, pair by pair.
   */
  @Test
  void neighbourhoodsReadInPlaceOverlapAsTheirTextsWords() {
    String[] plain = // what is read in place: ASCII, no-break space, general punctuation
        java.util.Arrays.stream(PIECES)
            .filter(
                x -> x.chars().allMatch(c -> c < 128 || c == 0xA0 || (c >= 0x2000 && c <= 0x206F)))
            .toArray(String[]::new);
    Random r = new Random(31);
    SameStory.Vocabulary vocabulary = new SameStory.Vocabulary();
    List<Neighbourhood> all = new ArrayList<>();
    for (int t = 0; t < 3_000; t++) {
      StringBuilder text = new StringBuilder();
      List<coveragebot.corpus.Span> sentences = new ArrayList<>();
      for (int k = 0; k < 1 + r.nextInt(4); k++) {
        String sentence = RandomTexts.of(r, r.nextInt(3) == 0 ? PIECES : plain, 10);
        text.append(r.nextBoolean() ? " " : "");
        sentences.add(
            new coveragebot.corpus.Span(text.length(), text.length() + sentence.length()));
        text.append(sentence);
      }
      all.add(new Neighbourhood(text.toString(), sentences, 0, sentences.size() - 1));
    }
    int overlapping = 0;
    for (int t = 0; t < 6_000; t++) {
      Neighbourhood x = all.get(r.nextInt(all.size()));
      Neighbourhood y = all.get(r.nextInt(all.size()));
      Set<String> a = SameStory.words(x.toString());
      Set<String> b = SameStory.words(y.toString());
      Set<String> common = new HashSet<>(a);
      common.retainAll(b);
      double expected =
          a.isEmpty() || b.isEmpty() ? 0 : common.size() / (double) Math.min(a.size(), b.size());
      int[] ids = vocabulary.of(x);
      assertThat(ids).as(x.toString()).isSorted().doesNotHaveDuplicates().hasSize(a.size());
      assertThat(vocabulary.of(x.toString())).isEqualTo(ids);
      assertThat(overlap(ids, vocabulary.of(y))).as("%s | %s", x, y).isEqualTo(expected);
      overlapping += expected > 0 && expected < 1 ? 1 : 0;
    }
    assertThat(overlapping).isGreaterThan(500);
  }

  /**
   * The share of word numbers two ascending arrays have in common, over the shorter one; 0 when one
   * is empty: the rule of {@link TimelineBuilder#SAME_REPORT}, which the timeline counts through
   * word postings.
   */
  private static double overlap(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n / (double) Math.min(a.length, b.length);
  }
}
