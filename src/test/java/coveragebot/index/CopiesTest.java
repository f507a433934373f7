package coveragebot.index;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.bench.Workloads;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.corpus.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The index holds each distinct text once and hands a hit on to all its passages: every search
 * gives the passages, scores (to the last bit) and order that the index of every passage as its own
 * document gives, with or without a filter, however many copies tie at the edge of the best.
 */
class CopiesTest {
  private static final SourceRef SOURCE = new SourceRef("t.txt", "Test", null, null, null, null);

  @Test
  void generatedCoverageAnswersAsTheIndexOfEveryPassage() {
    Corpus corpus = new CorpusGenerator(4).corpus(5_500);
    List<Passage> passages = corpus.passages();
    try (PassageIndex merged = PassageIndex.build(passages, 2);
        PassageIndex plain = PassageIndex.buildWithoutMergingCopies(passages, 2)) {
      // two shares of distinct texts, searched side by side, as at 100k
      assertThat(merged.searcher().getIndexReader().leaves()).hasSize(2);
      assertThat(merged.documents())
          .as("wire copies make fewer documents than passages")
          .isLessThan(passages.size() * 9 / 10);
      assertThat(plain.documents()).isEqualTo(passages.size());
      Random r = new Random(8);
      for (int i = 0; i < 300; i++) {
        String q = Workloads.someWords(passages, r, 5);
        assertThat(merged.search(q, 20)).as(q).isEqualTo(plain.search(q, 20));
        assertThat(merged.search(q, 250)).as(q).isEqualTo(plain.search(q, 250));
        long[] only = someIds(r, passages.size());
        assertThat(merged.search(q, 20, only)).as(q).isEqualTo(plain.search(q, 20, only));
      }
    }
  }

  /**
   * A few short texts, each copied many times in a random order, so that whole groups of copies tie
   * at the edge of the best candidates for almost every question and count.
   */
  @Test
  void tiesAmongCopiesBreakOnThePassageIdAsWithoutMerging() {
    String[] texts = {
      "Rutte said NATO would stand firm.",
      "NATO allies met in The Hague.",
      "Rutte met the allies.",
      "The allies said they would stand firm, Rutte said.",
      "Firm words from NATO.",
      "",
      "the the the",
      "Allies, allies, allies: NATO in The Hague",
    };
    Random r = new Random(3);
    for (int round = 0; round < 4; round++) {
      List<Passage> passages = new ArrayList<>();
      int at = 0;
      int n = 300 + r.nextInt(1_500);
      for (int i = 0; i < n; i++) {
        String t = texts[r.nextInt(round == 0 ? 2 : texts.length)];
        passages.add(new Passage(i, SOURCE, at, at + t.length(), t, 0));
        at += t.length() + 1;
      }
      String[] questions = {
        "Rutte", "NATO allies", "stand firm", "the", "allies Hague", "said Rutte NATO firm", "zebra"
      };
      try (PassageIndex merged = PassageIndex.build(passages, 1);
          PassageIndex plain = PassageIndex.buildWithoutMergingCopies(passages, 1)) {
        for (String q : questions) {
          for (int k : new int[] {1, 2, 5, 50, 199, 200, 201, 260, n + 5}) {
            assertThat(merged.search(q, k)).as(q + " " + k).isEqualTo(plain.search(q, k));
            long[] only = someIds(r, n);
            assertThat(merged.search(q, k, only))
                .as(q + " " + k + " filtered")
                .isEqualTo(plain.search(q, k, only));
          }
        }
      }
    }
  }

  /**
   * Hundreds of texts that score alike (the same words but one, the same length), each copied a few
   * times over the corpus: the first documents Lucene gives have copies far down the corpus, and
   * the documents after them have passages before those, so they must be asked for too.
   */
  @Test
  void tiedDocumentsBeyondTheFirstOnesStillCount() {
    Random r = new Random(12);
    for (int round = 0; round < 3; round++) {
      List<String> texts = new ArrayList<>();
      for (int t = 0; t < 600; t++) {
        String name = "" + (char) ('a' + t / 26 % 26) + (char) ('a' + t % 26) + "x" + round;
        for (int c = 1 + r.nextInt(4); c > 0; c--) {
          texts.add("Rutte met the envoy " + name + " in Kyiv.");
        }
      }
      java.util.Collections.shuffle(texts, r);
      List<Passage> passages = new ArrayList<>();
      int at = 0;
      for (String t : texts) {
        passages.add(new Passage(passages.size(), SOURCE, at, at + t.length(), t, 0));
        at += t.length() + 1;
      }
      try (PassageIndex merged = PassageIndex.build(passages, 1);
          PassageIndex plain = PassageIndex.buildWithoutMergingCopies(passages, 1)) {
        assertThat(merged.documents()).isEqualTo(600);
        for (String q : new String[] {"Rutte", "the envoy in Kyiv", "Rutte envoy"}) {
          for (int k : new int[] {1, 50, 200, 201, 450}) {
            assertThat(merged.search(q, k)).as(q + " " + k).isEqualTo(plain.search(q, k));
            long[] only = someIds(r, passages.size());
            assertThat(merged.search(q, k, only))
                .as(q + " " + k + " filtered")
                .isEqualTo(plain.search(q, k, only));
          }
        }
      }
    }
  }

  /** Ids to filter on: a random share of the passages, sometimes none, with some out of range. */
  private static long[] someIds(Random r, int size) {
    double share = new double[] {0, 0.01, 0.2, 0.7, 1}[r.nextInt(5)];
    LongStream ids = LongStream.range(0, size).filter(i -> r.nextDouble() < share);
    return LongStream.concat(ids, LongStream.of(-1, size, size + 7)).toArray();
  }
}
