package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.corpus.SourceRef;
import coveragebot.reply.QuoteReply;
import coveragebot.reply.SourcesReply;
import coveragebot.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One article the start cannot read (a bug in a reader; here a passage that points past its text)
 * does not stop the start: its quotations and dates are left out and said to be, on the terminal,
 * in the log and in /sources, and every other article is read as before.
 */
class UnreadArticleTest {
  @Test
  void aStartGoesOnWithoutTheArticleItCannotReadAndSaysSo() {
    Corpus seeds = Seeds.bot().corpus();
    List<Article> articles = new ArrayList<>(seeds.articles());
    List<Passage> passages = new ArrayList<>(seeds.passages());
    SourceRef source = new SourceRef("broken.txt", "Broken Wire", null, null, null, null);
    String text = "Rutte said: “We will stay united,” on Tuesday.";
    String ghost = "“We will stay united,” he said on 5 November 2024.";
    Passage p = new Passage(passages.size(), source, 1_000, 1_000 + ghost.length(), ghost, 0);
    passages.add(p);
    articles.add(new Article(source, text, List.of(p), List.of(), List.of()));

    Bot bot = Bot.of(new Corpus(articles, passages, List.of(), List.of()), 0);

    assertThat(bot.corpus().warnings())
        .satisfiesExactly(
            w ->
                assertThat(w)
                    .startsWith("broken.txt: its quotations not read (reading them failed: "),
            w -> assertThat(w).startsWith("broken.txt: its dates not read (reading them failed: "));
    SourcesReply sources = (SourcesReply) bot.commands().run("/sources");
    assertThat(sources.warnings()).isEqualTo(bot.corpus().warnings());
    assertThat(bot.exports().articles().warnings()).isEqualTo(bot.corpus().warnings());
    // every other article's quotations, as a bot over the seeds alone has them
    QuoteReply rutte = (QuoteReply) bot.commands().run("/quote Mark Rutte");
    QuoteReply before = (QuoteReply) Seeds.bot().commands().run("/quote Mark Rutte");
    assertThat(rutte).isEqualTo(before);
    assertThat(bot.events().events()).isEqualTo(Seeds.bot().events().events());
  }

  @Test
  void anArticleWithMoreQuotationsAndDatesThanAreReadIsReadForTheFirstOnesAndSaysSo() {
    StringBuilder text = new StringBuilder("A dump of quotations\n\n");
    for (int i = 0; i < 5_500; i++) {
      // numbers that no date rule reads as a year (20000 is not 2000)
      text.append("“We will stay united ")
          .append(i * 10_000)
          .append(",” Rutte said on 5 November 2024. ");
    }
    text.append('\n');
    List<Article> articles =
        new coveragebot.ingest.ArticleParser()
            .parseAll(
                List.of(
                    new coveragebot.ingest.ArticleParser.Input("dump.txt", text.toString(), null)),
                0);
    List<Passage> passages = new ArrayList<>();
    articles.forEach(a -> passages.addAll(a.passages()));

    Bot bot = Bot.of(new Corpus(articles, passages, List.of(), List.of()), 0);

    assertThat(bot.corpus().warnings())
        .containsExactly(
            "dump.txt: 500 of its 5,500 quotations not read (an article is read for its first"
                + " 5,000 quotations)",
            "dump.txt: 500 of its 5,500 sentences with a date not read (an article is read for its"
                + " first 5,000 sentences with a date)");
    assertThat(bot.exports().quotes().quotes()).hasSize(5_000);
    assertThat(bot.exports().quotes().quotes().get(4_999).excerpt().text())
        .contains("united 49990000");
    assertThat(bot.events().events().events()).hasSize(5_000);
  }
}
