package coveragebot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coveragebot.bench.CorpusGenerator;
import coveragebot.bench.Workloads;
import coveragebot.corpus.Corpus;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/**
 * Search picks its candidates by stems and adds the exact words and the phrase to the best of them
 * only. Checked against the one query of all three over every passage: each passage shown has the
 * score that query gives it, and the passages shown are that query's best in almost every case.
 */
class RescoringTest {

  @Test
  void scoresAreThoseOfOneQueryOfStemsExactWordsAndPhrase() throws Exception {
    Corpus corpus = new CorpusGenerator(11).corpus(400);
    Random r = new Random(5);
    int same = 0;
    int asked = 0;
    // every passage its own document, so that the reference query scores passage ids (CopiesTest:
    // the index of distinct texts answers the same)
    try (PassageIndex index = PassageIndex.buildWithoutMergingCopies(corpus.passages(), 1)) {
      IndexSearcher searcher = index.searcher();
      for (int i = 0; i < 300; i++) {
        String q = Workloads.someWords(corpus.passages(), r, 5);
        PassageIndex.Analysed a = index.analysed(q);
        if (a == null) {
          continue;
        }
        Query all =
            a.rescore() == null
                ? a.words()
                : new BooleanQuery.Builder()
                    .add(a.words(), Occur.SHOULD)
                    .add(a.rescore(), Occur.SHOULD)
                    .build();
        List<Hit> hits = index.search(q, 10);
        for (Hit h : hits) {
          float reference = searcher.explain(all, h.passageId()).getValue().floatValue();
          assertThat(h.score()).as(q).isCloseTo(reference, within(1e-4f * reference));
        }
        List<Integer> best =
            Arrays.stream(searcher.search(all, 10).scoreDocs).map(d -> d.doc).toList();
        asked++;
        if (best.equals(hits.stream().map(Hit::passageId).toList())) {
          same++;
        }
      }
    }
    assertThat(asked).isGreaterThan(250);
    assertThat(same)
        .as("queries with the same ten passages")
        .isGreaterThanOrEqualTo(asked * 95 / 100);
  }
}
