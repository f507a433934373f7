package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.bench.Workloads;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.index.Hit;
import coveragebot.index.PassageIndex;
import coveragebot.reply.Excerpt;
import coveragebot.reply.SearchReply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * /search groups a passage's copies under it as comparing every hit's word pairs with each shown
 * passage's would (the command skips that for word-for-word copies).
 */
class SearchGroupsTest {

  @Test
  void copiesAreGroupedAsComparingEveryHitsWordPairsGroupsThem() {
    Corpus corpus = new CorpusGenerator(12).corpus(600);
    try (PassageIndex index = PassageIndex.build(corpus.passages())) {
      Commands commands = new Commands(List.of(new SearchCommand(corpus, index)));
      Random r = new Random(9);
      int identical = 0;
      int edited = 0;
      for (int i = 0; i < 300; i++) {
        String q = Workloads.someWords(corpus.passages(), r, 4);
        int limit = 1 + r.nextInt(SearchCommand.MAX_LIMIT);
        if (!(commands.run("/search " + q + " limit:" + limit) instanceof SearchReply reply)) {
          continue; // all punctuation: nothing to search
        }
        List<List<String>> shown = new ArrayList<>();
        for (SearchReply.Result result : reply.results()) {
          List<String> group = new ArrayList<>(List.of(key(result.excerpt())));
          for (Excerpt copy : result.alsoIn()) {
            group.add(key(copy));
            if (copy.text().equals(result.excerpt().text())) {
              identical++;
            } else {
              edited++;
            }
          }
          shown.add(group);
        }
        assertThat(shown).as(q).isEqualTo(reference(corpus, index, q, limit));
      }
      assertThat(identical).as("word-for-word copies grouped").isGreaterThan(100);
      assertThat(edited).as("edited copies grouped").isGreaterThan(10);
    }
  }

  /** The groups by the rule itself: each hit's word pairs against each group's first passage. */
  private static List<List<String>> reference(
      Corpus corpus, PassageIndex index, String q, int limit) {
    List<List<String>> groups = new ArrayList<>();
    List<long[]> shingles = new ArrayList<>();
    List<Set<String>> files = new ArrayList<>();
    for (Hit h : index.search(SearchCommand.topicWords(q), Math.max(50, limit * 5))) {
      Passage p = corpus.passages().get(h.passageId());
      long[] s = Text.shingles(p.text());
      int home = -1;
      for (int g = 0; g < groups.size() && home < 0; g++) {
        if (!files.get(g).contains(p.file())
            && Text.jaccard(shingles.get(g), s) >= SearchCommand.SAME_PASSAGE) {
          home = g;
        }
      }
      if (home >= 0) {
        groups.get(home).add(key(p));
        files.get(home).add(p.file());
      } else if (groups.size() < limit) {
        groups.add(new ArrayList<>(List.of(key(p))));
        shingles.add(s);
        files.add(new HashSet<>(Set.of(p.file())));
      }
    }
    return groups;
  }

  private static String key(Passage p) {
    return p.file() + "@" + p.start();
  }

  private static String key(Excerpt e) {
    return e.file() + "@" + e.start();
  }
}
