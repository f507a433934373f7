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
 * words searched for (the question without how it is asked: {@link SearchCommand#topicWords}) are
 * in its own text, at its own file's offsets.
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
        .isEqualTo(
            Excerpts.of(p, index.matches(SearchCommand.topicWords(q), p.text())).highlights());
  }

  /**
   * The words of asking are neither searched for nor marked: for "what did Rutte say about China",
   * Radio Romania's paragraph on Rutte and China comes before Daily Mail Nigeria's "Concerns loom
   * ... about the future" (before, its "about" put it third and the China paragraph fifth), and no
   * "say", "saying" or "about" is highlighted.
   */
  @Test
  void theWordsOfAskingAreNeitherSearchedForNorMarked() {
    SearchReply r =
        (SearchReply)
            coveragebot.testing.Seeds.bot()
                .commands()
                .run("/search what did Rutte say about China limit:6");
    List<Excerpt> shown = r.results().stream().map(SearchReply.Result::excerpt).toList();
    int china =
        java.util.stream.IntStream.range(0, shown.size())
            .filter(i -> shown.get(i).text().contains("China"))
            .findFirst()
            .orElseThrow();
    int loom =
        java.util.stream.IntStream.range(0, shown.size())
            .filter(i -> shown.get(i).text().startsWith("Concerns loom"))
            .findFirst()
            .orElse(shown.size());
    assertThat(china).isLessThan(loom).isLessThanOrEqualTo(1);
    for (Excerpt e : shown) {
      for (var h : e.highlights()) {
        String word = e.text().substring(h.start() - e.start(), h.end() - e.start()).toLowerCase();
        assertThat(word).as(e.file()).isNotIn("say", "saying", "says", "said", "about");
      }
    }
  }
}
