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
  private static final Checker ON_ALL_CORES =
      new Checker(COVERAGE, null, null, 1, Checker.MOST_ALIGNED);

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
      switch (r.nextInt(8)) {
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
        case 6 -> { // two to four words in a row replaced, as a claim that changes a phrase
          int run = Math.min(claim.size(), 2 + r.nextInt(3));
          int at = r.nextInt(claim.size() - run + 1);
          for (int k = at; k < at + run; k++) {
            claim.set(k, wordOfAnyArticle(r));
          }
        }
        case 7 -> { // one to three words put in, as a claim that adds to what was said
          for (int k = 1 + r.nextInt(3); k > 0; k--) {
            claim.add(r.nextInt(claim.size() + 1), wordOfAnyArticle(r));
          }
        }
        default -> {}
      }
      out.add(String.join(" ", claim));
    }
    return out;
  }

  private static String wordOfAnyArticle(Random r) {
    String other = CORPUS.articles().get(r.nextInt(CORPUS.articles().size())).text();
    List<Words.Word> ws = Words.of(other);
    Words.Word w = ws.get(r.nextInt(ws.size()));
    return other.substring(w.start(), w.end());
  }

  @Test
  void aClaimsFirstWordIsReachedBackUpToEightWordsButNotPastANegation() {
    List<Words.Word> text =
        Words.of("Stoltenberg, a former Prime Minister of Norway, stepped down after a decade");
    Words.Word first = Words.of("Stoltenberg stepped down").getFirst();
    int[] all = {0, text.size()};
    // the region starts at "stepped" (word 7): "Stoltenberg" is 7 words back
    assertThat(Checker.near(text, first, 6, -1, all)).isZero();
    assertThat(Checker.near(text, first, 6, -1, new int[] {1, text.size()})).isEqualTo(7);
    List<Words.Word> negated =
        Words.of("Stoltenberg, who is not a former Prime Minister, stepped down after a decade");
    assertThat(Checker.near(negated, first, 6, -1, all)).isEqualTo(7); // no widening
    List<Words.Word> far =
        Words.of("Stoltenberg, a former Prime Minister of Norway and its leader, stepped down");
    assertThat(Checker.near(far, first, 9, -1, all)).isEqualTo(10); // 10 words back: too far
    // and on to the last word, after the region
    Words.Word last = Words.of("stepped down after a decade").getLast();
    List<Words.Word> after = Words.of("stepped down after a long and tumultuous decade");
    assertThat(Checker.near(after, last, 4, 1, new int[] {0, after.size()})).isEqualTo(7);
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

  @Test
  void withinOneOutletsArticlesTheClosestIsTheOneAligningEachOfThemFinds() {
    String outlet = CORPUS.articles().getFirst().source().outlet();
    java.util.BitSet theirs = new java.util.BitSet();
    for (int a = 0; a < CORPUS.articles().size(); a++) {
      theirs.set(a, CORPUS.articles().get(a).source().outlet().equals(outlet));
    }
    assertThat(theirs.cardinality()).isBetween(10, CORPUS.articles().size() / 2);
    Checker.Scope only = new Checker.Scope(theirs, new long[0]);
    assertThat(closestAsAligningEveryArticle(CHECKER, only)).isGreaterThan(250);
    assertThat(closestAsAligningEveryArticle(ON_ALL_CORES, only)).isGreaterThan(250);
  }

  private static int closestAsAligningEveryArticle(Checker checker) {
    return closestAsAligningEveryArticle(checker, null);
  }

  /**
   * Claims whose closest article {@code checker} finds among {@code only}'s articles (null: all) as
   * aligning each of them does.
   */
  private static int closestAsAligningEveryArticle(Checker checker, Checker.Scope only) {
    int found = 0;
    for (String claim : claims()) {
      List<Words.Word> words = Words.of(claim);
      int[] ids = COVERAGE.ids(Words.norms(words));
      int bestArticle = -1;
      Alignment.Region best = null;
      for (int a = 0; a < CORPUS.articles().size(); a++) {
        if (only != null && !only.articles().get(a)) {
          continue;
        }
        Alignment.Region r = checker.bodyRegion(a, ids, null); // within one body paragraph
        if (r.matches() > 0 && (best == null || r.score() > best.score())) {
          best = r;
          bestArticle = a;
        }
      }
      Checker.Aligned closest = checker.closest(words, only);
      if (best == null) {
        assertThat(closest).as(claim).isNull();
        continue;
      }
      assertThat(closest).as(claim).isNotNull();
      assertThat(closest.article()).as(claim).isEqualTo(bestArticle);
      assertThat(closest.region()).as(claim).isEqualTo(best);
      assertThat(closest.unaligned()).as(claim).isZero();
      found++;
    }
    return found;
  }

  @Test
  void withFewArticlesToAlignTheClosestIsTheBestOfTheMostLikely() {
    for (int most : new int[] {1, 5, 40}) {
      for (int onAllCores : new int[] {Checker.ON_ALL_CORES, 1}) {
        Checker checker = new Checker(COVERAGE, null, null, onAllCores, most);
        int cut = 0;
        for (String claim : claims()) {
          cut += closestOfTheMostLikely(checker, claim, most) ? 1 : 0;
        }
        assertThat(cut).as("claims with articles left, %d aligned at most", most).isPositive();
      }
    }
  }

  /**
   * Checks that {@code checker}'s answer is the best of the first {@code most} articles in the
   * order of their bounds (the highest first, then article order) and that it counts the others
   * whose bound is above that score; whether any were.
   */
  private static boolean closestOfTheMostLikely(Checker checker, String claim, int most) {
    List<Words.Word> words = Words.of(claim);
    int[] ids = COVERAGE.ids(Words.norms(words));
    int[][] byBound = COVERAGE.articlesByBound(ids);
    List<int[]> order = new ArrayList<>(); // {article, bound}
    for (int s = byBound.length - 1; s >= 0; s--) {
      for (int a : byBound[s]) {
        order.add(new int[] {a, s});
      }
    }
    int bestArticle = -1;
    Alignment.Region best = null;
    for (int[] a : order.subList(0, Math.min(most, order.size()))) {
      Alignment.Region r = checker.bodyRegion(a[0], ids, null);
      if (best == null
          || r.score() > best.score()
          || (r.score() == best.score() && a[0] < bestArticle)) {
        best = r;
        bestArticle = a[0];
      }
    }
    Checker.Aligned closest = checker.closest(words);
    if (best != null && best.score() > Alignment.MATCH) {
      assertThat(closest.article()).as(claim).isEqualTo(bestArticle);
      assertThat(closest.region()).as(claim).isEqualTo(best);
    } // else no article scores more than one match: the first with a word (above)
    if (closest == null) {
      assertThat(order).as(claim).isEmpty();
      return false;
    }
    long unaligned = order.stream().skip(most).filter(a -> a[1] > closest.region().score()).count();
    assertThat(closest.unaligned()).as(claim).isEqualTo((int) unaligned);
    return unaligned > 0;
  }

  @Test
  void aReplyWithArticlesLeftUnalignedSaysSo() throws Exception {
    coveragebot.extract.Quotations quotations =
        new coveragebot.extract.QuoteExtractor().extract(CORPUS.articles());
    CheckEvidence evidence = new CheckEvidence(CORPUS, quotations);
    try (coveragebot.index.PassageIndex index =
        coveragebot.index.PassageIndex.build(CORPUS.passages())) {
      Paraphrases paraphrases = new Paraphrases(CORPUS, index, evidence, COVERAGE);
      Checker few = new Checker(COVERAGE, evidence, paraphrases, Checker.ON_ALL_CORES, 5);
      Checker all = new Checker(COVERAGE, evidence, paraphrases);
      int noted = 0;
      for (String text : claims().subList(0, 60)) {
        Claim claim = Claim.parse(text);
        Checker.Aligned closest = few.closest(Words.of(claim.body()));
        coveragebot.reply.CheckReply reply = few.check(claim);
        String note = String.valueOf(reply.note());
        boolean left = closest != null && closest.unaligned() > 0;
        // a claim found whole in one body paragraph (perhaps with other punctuation inside) is
        // not aligned at all; otherwise the note says what was left
        List<String> norms = Words.norms(Words.of(claim.body()));
        boolean whole =
            CORPUS.articles().stream()
                .anyMatch(
                    a ->
                        java.util.Arrays.stream(BodyText.paragraphs(a))
                            .anyMatch(
                                p ->
                                    java.util.Collections.indexOfSubList(
                                            Words.norms(Words.of(a.text().substring(p[0], p[1]))),
                                            norms)
                                        >= 0));
        assertThat(note.contains("might hold a closer one")).as(text).isEqualTo(left && !whole);
        if (left && !whole) {
          assertThat(note).contains("in the 5 articles most likely", closest.unaligned() + " more");
          noted++;
        }
        assertThat(String.valueOf(all.check(claim).note())).doesNotContain("closer one");
      }
      assertThat(noted).isPositive();
    }
  }
}
