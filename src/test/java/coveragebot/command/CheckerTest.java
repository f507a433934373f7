package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * How /check finds where a claim lines up best without aligning every article: the bound it reads
 * from an article's word pairs is never below the alignment's score, and the article it finds is
 * the one aligning every article finds.
 */
class CheckerTest {
  private static final Corpus CORPUS = new coveragebot.bench.CorpusGenerator(5).corpus(300);
  private static final CoverageWords COVERAGE = new CoverageWords(CORPUS);

  /** Only {@code closest} is tried here: it reads the coverage's words and nothing else. */
  private static final Checker CHECKER = new Checker(COVERAGE, null, null);

  /** The same, every bucket of articles read by all cores at once, sharing the best so far. */
  private static final Checker ON_ALL_CORES = new Checker(COVERAGE, null, null, 1);

  /**
   * Claims made of an article's words in a row, often edited as a reader would misquote them: a
   * word dropped, two swapped, one replaced by a word of another article; or words drawn at random
   * from all articles (a claim not in the coverage), sometimes with a word no article has.
   */
  private static List<String> claims() {
    Random r = new Random(6);
    List<String> out = new ArrayList<>();
    while (out.size() < 300) {
      String text = CORPUS.articles().get(r.nextInt(CORPUS.articles().size())).text();
      List<Words.Word> words = Words.of(text);
      if (words.size() < 40) {
        continue;
      }
      int from = r.nextInt(words.size() - 31);
      List<String> claim = new ArrayList<>();
      // now and then past 16 words, whose links take more than one long
      int length = 2 + r.nextInt(r.nextInt(6) == 0 ? 29 : 12);
      for (Words.Word w : words.subList(from, from + length)) {
        claim.add(text.substring(w.start(), w.end()));
      }
      switch (r.nextInt(6)) {
        case 0 -> claim.remove(r.nextInt(claim.size()));
        case 1 -> java.util.Collections.swap(claim, 0, claim.size() - 1);
        case 2 -> {
          String other = CORPUS.articles().get(r.nextInt(CORPUS.articles().size())).text();
          List<Words.Word> ws = Words.of(other);
          Words.Word w = ws.get(r.nextInt(ws.size()));
          claim.set(r.nextInt(claim.size()), other.substring(w.start(), w.end()));
        }
        case 3 -> { // words drawn at random, as a claim not in the coverage, or one word
          int size = claim.size();
          claim.clear();
          for (int k = 0; k < size; k++) {
            String other = CORPUS.articles().get(r.nextInt(CORPUS.articles().size())).text();
            List<Words.Word> ws = Words.of(other);
            Words.Word w = ws.get(r.nextInt(ws.size()));
            claim.add(other.substring(w.start(), w.end()));
          }
          if (r.nextInt(4) == 0) {
            claim.add(r.nextInt(claim.size() + 1), "zzyzx"); // a word no article has
          }
        }
        default -> {}
      }
      out.add(String.join(" ", claim));
    }
    return out;
  }

  @Test
  void theBoundFromWordPairsIsNeverBelowTheAlignmentsScore() {
    int below = 0; // articles the bound rules out against a score of 6
    int compared = 0;
    for (String claim : claims()) {
      int[] ids = COVERAGE.ids(Words.norms(Words.of(claim)));
      int[] bounds = bounds(ids);
      for (int a = 0; a < CORPUS.articles().size(); a++) {
        int score = Alignment.best(ids, COVERAGE.words(a)).score();
        assertThat(bounds[a]).as("article %d, claim %s", a, claim).isGreaterThanOrEqualTo(score);
        below += bounds[a] < 6 && ids.length >= 4 ? 1 : 0;
        compared++;
      }
    }
    assertThat(compared).isEqualTo(300 * CORPUS.articles().size());
    assertThat(below).as("articles the bound rules out").isGreaterThan(compared / 10);
  }

  /**
   * Per article, the bound {@link CoverageWords#articlesByBound} gives it: its group, or one match
   * for any other article with a word of the claim, else zero.
   */
  private static int[] bounds(int[] ids) {
    int[] out = new int[CORPUS.articles().size()];
    java.util.Set<Integer> claimWords = new java.util.HashSet<>();
    for (int id : ids) {
      claimWords.add(id);
    }
    for (int a = 0; a < out.length; a++) {
      for (int w : COVERAGE.words(a)) {
        if (claimWords.contains(w)) {
          out[a] = Alignment.MATCH;
        }
      }
    }
    int[][] byBound = COVERAGE.articlesByBound(ids);
    for (int s = 0; s < byBound.length; s++) {
      for (int a : byBound[s]) {
        assertThat(s).as("a bound above one match").isGreaterThan(Alignment.MATCH);
        out[a] = s;
      }
    }
    return out;
  }

  @Test
  void theClosestArticleIsTheOneAligningEveryArticleFinds() {
    assertThat(closestAsAligningEveryArticle(CHECKER)).isGreaterThan(250);
  }

  @Test
  void readOnAllCoresTheClosestArticleIsTheSame() {
    // twice: which core reaches which article first differs from run to run
    for (int round = 0; round < 2; round++) {
      assertThat(closestAsAligningEveryArticle(ON_ALL_CORES)).isGreaterThan(250);
    }
  }

  /** Claims whose closest article {@code checker} finds as aligning every article does. */
  private static int closestAsAligningEveryArticle(Checker checker) {
    int found = 0;
    for (String claim : claims()) {
      List<Words.Word> words = Words.of(claim);
      int[] ids = COVERAGE.ids(Words.norms(words));
      int bestArticle = -1;
      Alignment.Region best = null;
      for (int a = 0; a < CORPUS.articles().size(); a++) {
        Alignment.Region r = Alignment.best(ids, COVERAGE.words(a));
        if (r.matches() > 0 && (best == null || r.score() > best.score())) {
          best = r;
          bestArticle = a;
        }
      }
      Checker.Aligned closest = checker.closest(words);
      if (best == null) {
        assertThat(closest).as(claim).isNull();
        continue;
      }
      assertThat(closest).as(claim).isNotNull();
      assertThat(closest.article()).as(claim).isEqualTo(bestArticle);
      assertThat(closest.region()).as(claim).isEqualTo(best);
      found++;
    }
    return found;
  }
}
