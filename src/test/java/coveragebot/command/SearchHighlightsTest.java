package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.bench.Workloads;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.index.PassageIndex;
import coveragebot.reply.Excerpt;
import coveragebot.reply.SearchReply;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every passage /search shows, and every copy listed under it ("also in"), is highlighted where the
 * question's words are in its own text, at its own file's offsets.
 */
class SearchHighlightsTest {

  @Test
  void eachShownPassageAndCopyHasItsOwnWordsHighlighted() {
    Corpus corpus = new CorpusGenerator(12).corpus(600);
    try (PassageIndex index = PassageIndex.build(corpus.passages())) {
      Commands commands = new Commands(List.of(new SearchCommand(corpus, index)));
      Random r = new Random(5);
      int identicalCopies = 0;
      for (int i = 0; i < 150; i++) {
        String q = Workloads.someWords(corpus.passages(), r, 4);
        if (!(commands.run("/search " + q + " limit:10") instanceof SearchReply reply)) {
          continue; // words that are all punctuation: no search
        }
        for (SearchReply.Result result : reply.results()) {
          check(corpus, index, q, result.excerpt());
          for (Excerpt copy : result.alsoIn()) {
            check(corpus, index, q, copy);
            identicalCopies += copy.text().equals(result.excerpt().text()) ? 1 : 0;
          }
        }
      }
      assertThat(identicalCopies).as("word-for-word copies shown").isGreaterThan(100);
    }
  }

  private static void check(Corpus corpus, PassageIndex index, String q, Excerpt shown) {
    Passage p =
        corpus.passages().stream()
            .filter(x -> x.file().equals(shown.file()) && x.start() == shown.start())
            .findFirst()
            .orElseThrow();
    assertThat(shown.highlights())
        .as(q)
        .isEqualTo(Excerpts.of(p, index.matches(q, p.text())).highlights());
  }
}
