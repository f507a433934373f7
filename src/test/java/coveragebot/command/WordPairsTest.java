package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link WordPairs} against the pairs read from the articles one by one: it never leaves out an
 * article that has a pair, and lets few through that do not. The articles are random word numbers
 * over a small vocabulary, so that some pairs are in most articles (kept as bits) and others in a
 * few (kept as lists), and buckets are shared.
 */
class WordPairsTest {

  /** Gaps between listed articles of one and two bytes. */
  @Test
  void answersAsReadingEveryArticleWould() {
    answersAsReadingEveryArticle(3_000, 120, 400, 20261127);
  }

  /** Past 65,536 articles, gaps up to three bytes: short articles, fewer claims. */
  @Test
  void answersAsReadingEveryArticleWouldInThreeBytes() {
    answersAsReadingEveryArticle(70_000, 12, 100, 20261128);
  }

  private static void answersAsReadingEveryArticle(
      int articles, int maxWords, int claims, long seed) {
    int n = articles;
    Random r = new Random(seed);
    int[][] texts = new int[n][];
    long total = 0;
    for (int a = 0; a < n; a++) {
      texts[a] = new int[r.nextInt(maxWords)]; // some empty, some with one word
      for (int i = 0; i < texts[a].length; i++) {
        // skewed: low numbers common, the vocabulary long-tailed
        texts[a][i] = (int) Math.floor(Math.pow(r.nextDouble(), 5) * 2_000);
      }
      total += texts[a].length;
    }
    List<Set<Long>> has = new ArrayList<>();
    for (int[] text : texts) {
      Set<Long> pairs = new HashSet<>();
      for (int i = 0; i + 1 < text.length; i++) {
        pairs.add(CoverageWords.pairHash(text[i], text[i + 1]));
        if (i + 2 < text.length) {
          pairs.add(CoverageWords.skipPairHash(text[i], text[i + 2]));
        }
      }
      has.add(pairs);
    }
    WordPairs.Builder counts = new WordPairs.Builder(n, 6 * total);
    for (int a = 0; a < n; a++) {
      counts.count(a, texts[a]);
    }
    WordPairs pairs = counts.build(a -> texts[a]);

    int denseTried = 0;
    int markedWithout = 0;
    int markedTried = 0;
    int letThrough = 0;
    int without = 0;
    for (int t = 0; t < claims; t++) {
      int[] text = texts[r.nextInt(n)];
      if (text.length < 2) {
        continue;
      }
      int from = r.nextInt(text.length - 1);
      int[] claim =
          java.util.Arrays.copyOfRange(
              text, from, Math.min(text.length, from + 2 + r.nextInt(t % 3 == 0 ? 1 : 5)));
      long[] hashes = CoverageWords.pairHashes(claim);
      List<Integer> found = new ArrayList<>();
      pairs.articlesWithAll(hashes).forEachRemaining((int a) -> found.add(a));
      assertThat(found).isSorted().doesNotHaveDuplicates();
      Set<Integer> foundSet = new HashSet<>(found);
      int[] pairHolders = new int[hashes.length];
      for (int a = 0; a < n; a++) {
        boolean all = true;
        for (int k = 0; k < hashes.length; k++) {
          long h = hashes[k];
          boolean truly = has.get(a).contains(h);
          pairHolders[k] += truly ? 1 : 0;
          assertThat(!truly || pairs.mayHave(a, h)).as("article %d, claim %d", a, t).isTrue();
          all &= truly;
        }
        if (all) {
          assertThat(foundSet).as("article %d, claim %d", a, t).contains(a);
        } else {
          without++;
          letThrough += foundSet.contains(a) ? 1 : 0;
        }
      }
      for (int holders : pairHolders) {
        denseTried += holders > n / 32 ? 1 : 0;
      }
      if (claim.length >= 3) {
        // marked: every article that may have the pair, neighbours or one word apart
        long[] hashesToMark = {hashes[0], CoverageWords.skipPairHash(claim[0], claim[2])};
        for (long h : hashesToMark) {
          long[] masks = new long[2 * n];
          pairs.mark(h, masks, 2, 1, 1L << 7);
          for (int a = 0; a < n; a++) {
            boolean marked = masks[2 * a + 1] == 1L << 7;
            assertThat(masks[2 * a]).isZero();
            assertThat(marked).as("article %d, claim %d", a, t).isEqualTo(pairs.mayHave(a, h));
            assertThat(!has.get(a).contains(h) || marked).as("article %d", a).isTrue();
            markedWithout += marked && !has.get(a).contains(h) ? 1 : 0;
            markedTried++;
          }
        }
      }
    }
    assertThat(markedWithout).as("marked without the pair").isLessThan(markedTried / 100);
    assertThat(denseTried).as("pairs in many articles (kept as bits)").isGreaterThan(claims / 20);
    assertThat(letThrough).as("let through of %d", without).isLessThan(without / 100);
  }

  @Test
  void noPairsMeansEveryArticle() {
    int[][] texts = {{1, 2}, {}, {3}};
    WordPairs.Builder counts = new WordPairs.Builder(3, 20);
    for (int a = 0; a < 3; a++) {
      counts.count(a, texts[a]);
    }
    WordPairs pairs = counts.build(a -> texts[a]);
    List<Integer> found = new ArrayList<>();
    pairs.articlesWithAll(new long[0]).forEachRemaining((int a) -> found.add(a));
    assertThat(found).containsExactly(0, 1, 2);
    List<Integer> withPair = new ArrayList<>();
    pairs
        .articlesWithAll(new long[] {CoverageWords.pairHash(1, 2)})
        .forEachRemaining((int a) -> withPair.add(a));
    assertThat(withPair).containsExactly(0);
  }
}
