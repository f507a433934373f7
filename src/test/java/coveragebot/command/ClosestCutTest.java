package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.bench.Workloads;
import coveragebot.corpus.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What /check's closest version loses by aligning at most {@link Checker#MOST_ALIGNED} articles:
 * over claims made as {@code bench --claims edited} makes them, how many left articles unaligned,
 * and for how many that gave a lower score, another article of the same score, or another verdict
 * (same statement or not) than aligning every article does. Small here (with few articles to align,
 * so that some claims are cut); the README's figures are from {@code ./mvnw -B test
 * -Dtest=ClosestCutTest -Dcut.articles=100000 -Dcut.claims=2000 -Dcut.most=2048}.
 */
class ClosestCutTest {
  @Test
  void fewClaimsLoseTheirClosestVersionToTheCut() {
    int articles = Integer.getInteger("cut.articles", 3000);
    int claims = Integer.getInteger("cut.claims", 400);
    int most = Integer.getInteger("cut.most", 128);
    Corpus corpus = new CorpusGenerator(42).corpus(articles);
    CoverageWords coverage = new CoverageWords(corpus);
    Checker cut = new Checker(coverage, null, null, Checker.ON_ALL_CORES, most);
    Checker every = new Checker(coverage, null, null, Checker.ON_ALL_CORES, Integer.MAX_VALUE);
    CommandSpec check =
        new CommandSpec(
            "check", "check", List.of(OptionSpec.text("claim", "claim", true, true)), List.of());
    int left = 0;
    int lower = 0;
    int otherArticle = 0;
    int otherVerdict = 0;
    for (Workloads.Query q :
        new Workloads(corpus, List.of(), Workloads.Claims.edited).queries(check, claims, 42)) {
      List<Words.Word> words = Words.of(q.text());
      Checker.Aligned got = cut.closest(words);
      Checker.Aligned best = every.closest(words);
      assertThat(best == null).as(q.text()).isEqualTo(got == null);
      if (best == null) {
        continue;
      }
      assertThat(best.unaligned()).isZero();
      assertThat(got.region().score()).as(q.text()).isLessThanOrEqualTo(best.region().score());
      otherArticle +=
          got.region().score() == best.region().score() && got.article() != best.article() ? 1 : 0;
      if (got.unaligned() == 0) {
        // nothing left that might score more: as close as can be (an article of the same score
        // may be left, though, and the first of them is aligning every article's answer)
        assertThat(got.region().score()).as(q.text()).isEqualTo(best.region().score());
        continue;
      }
      left++;
      lower += got.region().score() < best.region().score() ? 1 : 0;
      otherVerdict +=
          Checker.sameStatement(got.region(), words.size())
                  != Checker.sameStatement(best.region(), words.size())
              ? 1
              : 0;
    }
    System.out.printf(
        "ClosestCutTest: %,d articles, %,d edited claims, at most %,d aligned: %d claims left"
            + " articles that might score more unaligned; of these, %d found a lower score, %d another"
            + " verdict; %d claims found another article of the same score%n",
        articles, claims, most, left, lower, otherVerdict, otherArticle);
    assertThat(left).as("claims cut").isPositive();
    assertThat(lower).as("claims with a lower score").isLessThanOrEqualTo(claims / 20);
    assertThat(otherVerdict).as("claims with another verdict").isLessThanOrEqualTo(claims / 100);
  }
}
