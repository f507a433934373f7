package coveragebot.index;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.bench.Workloads;
import coveragebot.corpus.Corpus;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

/**
 * An index built by two threads, each over its share of the passages, is the index one thread
 * builds: document i is passage i, and every query finds the same passages with the same scores,
 * though the two-thread index is also searched segment by segment on two threads, and its best
 * candidates rescored segment by segment too, as Lucene's own rescorer would rescore them.
 */
class ParallelBuildTest {

  @Test
  void twoThreadsBuildTheSameIndexAsOne() throws Exception {
    Corpus corpus = new CorpusGenerator(4).corpus(5_500);
    try (PassageIndex one = PassageIndex.build(corpus.passages(), 1);
        PassageIndex two = PassageIndex.build(corpus.passages(), 2);
        PassageIndex everyPassage = PassageIndex.buildWithoutMergingCopies(corpus.passages(), 2)) {
      // enough distinct texts (20,000 a share) for two shares
      assertThat(two.searcher().getIndexReader().leaves()).hasSize(2);
      assertThat(one.searcher().getIndexReader().leaves()).hasSize(1);
      assertThat(two.size()).isEqualTo(one.size());
      Random r = new Random(2);
      for (int i = 0; i < 300; i++) {
        String q = Workloads.someWords(corpus.passages(), r, 4);
        assertThat(two.search(q, 20)).as(q).isEqualTo(one.search(q, 20));
        assertThat(two.search(q, PassageIndex.RESCORED)).as(q).isEqualTo(lucenes(everyPassage, q));
      }
    }
  }

  /**
   * The best passages as Lucene's own {@link QueryRescorer} orders them, segment after segment on
   * one thread, over an index of every passage as its own document (whose document i is passage i):
   * the reference for search's rescoring, which scores each segment on its own core and each
   * distinct text once.
   */
  private static List<Hit> lucenes(PassageIndex index, String q) throws Exception {
    PassageIndex.Analysed a = index.analysed(q);
    if (a == null) {
      return List.of();
    }
    IndexSearcher searcher = index.searcher();
    TopDocs first = searcher.search(a.words(), PassageIndex.RESCORED);
    ScoreDoc[] hits =
        a.rescore() == null
            ? first.scoreDocs
            : QueryRescorer.rescore(searcher, first, a.rescore(), 1f, first.scoreDocs.length)
                .scoreDocs;
    return Arrays.stream(hits).map(h -> new Hit(h.doc, h.score)).toList();
  }
}
