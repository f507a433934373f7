package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.app.Bot;
import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.index.Hit;
import coveragebot.index.PassageIndex;
import coveragebot.ingest.ArticleParser;
import coveragebot.reply.CheckReply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim that differs from a source in wording only is supported by the passage where it lines up,
 * even when search ranks other passages (short ones, with the claim's rarest word) first.
 */
class SupportWhereItLinesUpTest {
  private static final String SOURCE =
      "Allies agreed on Tuesday to send more air defence systems to the eastern border, the"
          + " ministers said after a long meeting in the capital.";
  private static final String CLAIM =
      "allies agreed on Tuesday to send extra air defence systems to the eastern border";

  @Test
  void theAlignedPassageSupportsAClaimSearchRanksBelowFiveOthers() throws Exception {
    List<ArticleParser.Input> inputs = new ArrayList<>();
    inputs.add(new ArticleParser.Input("source.txt", "Ministers meet\n\n" + SOURCE + "\n", null));
    for (int i = 0; i < 12; i++) {
      // the claim's one word the source lacks, and a few more, out of order: not the same
      // statement, and too few of the claim's words to support it
      inputs.add(
          new ArticleParser.Input(
              "decoy" + i + ".txt", "Note " + i + "\n\nExtra border, extra eastern air.\n", null));
    }
    for (int i = 0; i < 200; i++) {
      // the source's other words made common, out of order and too few to support the claim
      inputs.add(
          new ArticleParser.Input(
              "common" + i + ".txt",
              "Brief " + i + "\n\nDefence systems: allies send, Tuesday agreed.\n",
              null));
    }
    List<Article> articles = new ArticleParser().parseAll(inputs, 0);
    List<Passage> passages = articles.stream().flatMap(a -> a.passages().stream()).toList();
    Corpus corpus = new Corpus(articles, passages, List.of(), List.of());
    try (PassageIndex index = PassageIndex.build(passages)) {
      List<Hit> top = index.search(CLAIM, 5);
      // the premise: search alone would not propose the source
      assertThat(top)
          .hasSize(5)
          .noneMatch(h -> passages.get(h.passageId()).file().equals("source.txt"));
    }

    CheckReply reply = (CheckReply) Bot.of(corpus, 0).commands().run("/check " + CLAIM);

    assertThat(reply.verdict()).isEqualTo("supported");
    assertThat(reply.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.supports()).isTrue();
              assertThat(e.excerpt().file()).isEqualTo("source.txt");
              assertThat(e.excerpt().text()).contains("send more air defence systems");
              Article source = articles.getFirst();
              assertThat(source.text().substring(e.excerpt().start(), e.excerpt().end()))
                  .isEqualTo(e.excerpt().text());
            });
    // quoted, the same words are held to the source's exact words
    CheckReply quoted = (CheckReply) Bot.of(corpus, 0).commands().run("/check \"" + CLAIM + "\"");
    assertThat(quoted.verdict()).isEqualTo("variant");
  }
}
