package coveragebot.index;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An index built by two threads, each over its share of the passages, is the index one thread
 * builds: document i is passage i, and every query finds the same passages with the same scores,
 * though the two-thread index is also searched segment by segment on two threads.
 */
class ParallelBuildTest {

  @Test
  void twoThreadsBuildTheSameIndexAsOne() throws Exception {
    Corpus corpus = new CorpusGenerator(4).corpus(3_500);
    assertThat(corpus.passages()).hasSizeGreaterThan(2 * 20_000); // so that two shares are built
    try (PassageIndex one = PassageIndex.build(corpus.passages(), 1);
        PassageIndex two = PassageIndex.build(corpus.passages(), 2)) {
      assertThat(two.size()).isEqualTo(one.size());
      Random r = new Random(2);
      for (int i = 0; i < 300; i++) {
        Passage p = corpus.passages().get(r.nextInt(corpus.passages().size()));
        String[] words = p.text().split("\\s+");
        int from = r.nextInt(words.length);
        String q =
            String.join(
                " ",
                java.util.Arrays.asList(words)
                    .subList(from, Math.min(words.length, from + 1 + r.nextInt(4))));
        assertThat(two.search(q, 20)).as(q).isEqualTo(one.search(q, 20));
      }
    }
  }
}
