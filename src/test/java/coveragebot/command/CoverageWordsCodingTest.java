package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact form articles' word numbers are kept in gives back exactly the numbers put in. */
class CoverageWordsCodingTest {

  @Test
  void everySequenceComesBackAsItWent() {
    Random r = new Random(3);
    for (int i = 0; i < 2_000; i++) {
      int[] seq = new int[r.nextInt(i < 10 ? 3 : 400)];
      for (int k = 0; k < seq.length; k++) {
        // small numbers mostly, as common words get them, and every byte length up to five
        seq[k] =
            r.nextInt(4) == 0 ? r.nextInt(Integer.MAX_VALUE) >>> r.nextInt(31) : r.nextInt(200);
      }
      assertThat(WordCodes.decode(WordCodes.encode(seq))).isEqualTo(seq);
    }
    assertThat(WordCodes.decode(WordCodes.encode(new int[0]))).isEmpty();
    int[] edges = {0, 127, 128, 16_383, 16_384, Integer.MAX_VALUE};
    assertThat(WordCodes.decode(WordCodes.encode(edges))).isEqualTo(edges);
    assertThat(WordCodes.encode(new int[] {5, 6, 7})).hasSize(4);
  }

  /** Positions read from the compact form are those a plain search of the numbers finds. */
  @Test
  void phrasesAreFoundWhereThePlainNumbersHaveThem() {
    coveragebot.corpus.Corpus corpus = new coveragebot.bench.CorpusGenerator(6).corpus(60);
    CoverageWords words = new CoverageWords(corpus);
    Random r = new Random(4);
    int found = 0;
    for (int t = 0; t < 3_000; t++) {
      int a = r.nextInt(corpus.articles().size());
      int[] seq = words.words(a);
      int from = r.nextInt(seq.length);
      int[] ids =
          java.util.Arrays.copyOfRange(seq, from, Math.min(seq.length, from + 1 + r.nextInt(4)));
      if (r.nextInt(5) == 0) {
        ids[ids.length - 1] = r.nextInt(40_000); // often a phrase the article does not have
      }
      java.util.List<Integer> expected = new java.util.ArrayList<>();
      for (int i = 0; i + ids.length <= seq.length; i++) {
        if (java.util.Arrays.equals(seq, i, i + ids.length, ids, 0, ids.length)) {
          expected.add(i);
        }
      }
      assertThat(words.positions(a, new WordCodes.Phrase(ids)))
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
      found += expected.size();
    }
    assertThat(found).isGreaterThan(3_000);
    assertThat(words.positions(0, new WordCodes.Phrase(new int[] {-1}))).isEmpty();
  }

  /**
   * The articles that may have a phrase are every article that has it, in order, and few of those
   * that do not (most of which have its words, but not side by side).
   */
  @Test
  void theArticlesThatMayHaveAPhraseAreAllThatHaveItAndFewOthers() {
    coveragebot.corpus.Corpus corpus = new coveragebot.bench.CorpusGenerator(3).corpus(300);
    CoverageWords words = new CoverageWords(corpus);
    Random r = new Random(4);
    int with = 0;
    int without = 0;
    int letThrough = 0;
    for (int t = 0; t < 300; t++) {
      int[] seq = words.words(r.nextInt(corpus.articles().size()));
      int from = r.nextInt(seq.length - 1);
      int[] phrase =
          java.util.Arrays.copyOfRange(seq, from, Math.min(seq.length, from + 2 + r.nextInt(4)));
      if (r.nextBoolean()) { // first and last swapped: the same words, rarely side by side
        int first = phrase[0];
        phrase[0] = phrase[phrase.length - 1];
        phrase[phrase.length - 1] = first;
      }
      WordCodes.Phrase inARow = new WordCodes.Phrase(phrase);
      List<Integer> found = new ArrayList<>();
      words.mayHaveInARow(phrase).forEachRemaining((int a) -> found.add(a));
      assertThat(found).isSorted().doesNotHaveDuplicates();
      for (int a = 0; a < corpus.articles().size(); a++) {
        if (words.positions(a, inARow).length > 0) {
          with++;
          assertThat(found).as("article %d", a).contains(a);
        } else {
          without++;
          letThrough += found.contains(a) ? 1 : 0;
        }
      }
    }
    assertThat(with).isGreaterThan(1_000);
    assertThat(without).isGreaterThan(10_000);
    assertThat(letThrough).as("let through of %d", without).isLessThan(without / 5);
  }

  /** A word counts as written in lower case when some article writes it so, and only then. */
  @Test
  void wordsWrittenInLowerCaseAreTheOnesSomeArticleWritesSo() {
    coveragebot.corpus.Corpus corpus = new coveragebot.bench.CorpusGenerator(4).corpus(80);
    CoverageWords words = new CoverageWords(corpus);
    java.util.Set<String> all = new java.util.HashSet<>();
    java.util.Set<String> lower = new java.util.HashSet<>();
    for (coveragebot.corpus.Article a : corpus.articles()) {
      for (Words.Word w : Words.of(a.text())) {
        all.add(w.norm());
        if (Character.isLowerCase(a.text().charAt(w.start()))) {
          lower.add(w.norm());
        }
      }
    }
    assertThat(lower).isNotEmpty().hasSizeLessThan(all.size());
    for (String norm : all) {
      assertThat(words.writtenLowerCase(norm)).as(norm).isEqualTo(lower.contains(norm));
    }
    assertThat(words.writtenLowerCase("zzzqx")).isFalse();
  }

  /** A stretch of an article's words has the offsets reading the whole article gives it. */
  @Test
  void boundsOfAStretchAreThoseOfTheWholeText() {
    coveragebot.corpus.Corpus corpus = new coveragebot.bench.CorpusGenerator(5).corpus(200);
    CoverageWords words = new CoverageWords(corpus);
    Random r = new Random(6);
    int tried = 0;
    for (int a = 0; a < corpus.articles().size(); a++) {
      int[] all = Words.bounds(corpus.articles().get(a).text(), 0, Integer.MAX_VALUE);
      int n = all.length / 2;
      assertThat(n).isEqualTo(words.words(a).length);
      for (int t = 0; t < 20 && n > 0; t++) {
        int from = t == 0 ? n - 1 : r.nextInt(n);
        int count = 1 + r.nextInt(Math.min(n - from, 70));
        assertThat(words.bounds(a, from, count))
            .as("article %d, words %d to %d", a, from, from + count)
            .isEqualTo(java.util.Arrays.copyOfRange(all, 2 * from, 2 * (from + count)));
        tried++;
      }
    }
    assertThat(tried).isGreaterThan(3_000);
  }
}
