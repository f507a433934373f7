package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.app.Bot;
import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.ingest.ArticleParser;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any folder of hostile articles (odd quote marks, impossible dates, names, page chrome), the
 * bot is built without throwing, no command fails on it with an internal error, and every excerpt a
 * reply shows is the exact text of its article at its offsets. A throw while building stops the bot
 * from starting at all; the parts have properties of their own (IngestProperties, QuoteProperties,
 * TemporalProperties), this one runs them together as a start does, the commands included.
 */
class BotProperties {
  /**
   * The quotation and date properties' pieces, and the bot's own: names, dates, chrome, odd text.
   */
  static final List<String> PIECES =
      java.util.stream.Stream.of(
              coveragebot.extract.QuoteProperties.PIECES,
              coveragebot.extract.time.TemporalProperties.PIECES,
              List.of(
                  "Mark Rutte",
                  "Mr. Rutte",
                  "she",
                  "NATO chief",
                  "on Tuesday",
                  "last week",
                  "in February",
                  "February 00",
                  "0 October",
                  "2024-13-45",
                  "2024-11-05",
                  "31/02/2024",
                  "05.11.2024",
                  "Published: Tue 5 Nov 2024, 9:07 AM",
                  "Advertisement",
                  "|",
                  "Getty Images",
                  "Monday, 5 November 2024",
                  "Sunday 4 November",
                  "Q3 2024",
                  "the first half of 2024",
                  "2021-2017",
                  "from 2024 to 2023",
                  "999 days ago",
                  "two years ago",
                  "earlier this year",
                  "Sept. 31",
                  "29 February 2023",
                  "29 February",
                  "13/13/2024",
                  "0/0/2024",
                  "according to",
                  "said:",
                  "told AFP",
                  "(AFP) - ",
                  "\uD83D\uDE00",
                  "\u202E",
                  "e\u0301",
                  "\r\n",
                  "\r",
                  "\uFEFF",
                  "\u0000",
                  "\uD800",
                  "Mr. J. Smith",
                  "U.S.",
                  "Ms. Ursula von der Leyen",
                  "— Rutte",
                  "« Nous »",
                  "„So”",
                  "NATO’s",
                  "he said.",
                  "Stoltenberg",
                  ":\n\n“",
                  "(Reuters)",
                  "\u00A0",
                  "\u200B",
                  "\t"))
          .flatMap(List::stream)
          .toList();

  @Provide
  Arbitrary<List<String>> articles() {
    Arbitrary<String> article =
        Arbitraries.of(PIECES).list().ofMaxSize(50).map(p -> String.join("", p));
    return article.list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 200)
  void buildsAndAnswersWithoutInternalErrors(@ForAll("articles") List<String> texts) {
    List<ArticleParser.Input> inputs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      inputs.add(new ArticleParser.Input("a" + i + ".txt", texts.get(i), null));
    }
    List<Article> articles = new ArticleParser().parseAll(inputs, 0);
    List<Passage> passages = new ArrayList<>();
    articles.forEach(a -> passages.addAll(a.passages()));
    Bot bot = Bot.of(new Corpus(articles, passages, List.of(), List.of()), 0);
    String words = texts.get(0).isBlank() ? "Rutte" : texts.get(0).strip();
    if (words.length() > 200) {
      words = words.substring(0, 200);
    }
    for (String line :
        List.of(
            "/search " + words,
            "/quote Rutte",
            "/quote text:" + words,
            "/timeline",
            "/timeline about:Rutte",
            "/check " + words,
            "/compare " + words,
            "/speakers",
            "/sources")) {
      Reply reply = bot.commands().run(line);
      assertThat(reply).as(line).isNotNull();
      renders(reply);
      for (Excerpt x : VerbatimInvariantTest.excerpts(reply)) {
        String file = texts.get(Integer.parseInt(x.file().replaceAll("\\D", "")));
        assertThat(file.substring(x.start(), x.end())).as(line).isEqualTo(x.text());
      }
      if (reply instanceof ErrorReply e) {
        assertThat(e.kind()).as(line + " -> " + e.message()).isNotEqualTo(ErrorReply.Kind.INTERNAL);
      }
    }
    for (Reply export :
        List.of(
            bot.exports().passages(),
            bot.exports().articles(),
            bot.exports().quotes(),
            bot.events().events())) {
      assertThat(new coveragebot.console.JsonRenderer(true).render(export)).isNotBlank();
      assertThat(new coveragebot.console.TextRenderer(false).render(export)).isNotNull();
    }
  }

  /** The reply as the terminal, the JSON contract and Discord (every page) show it. */
  private static void renders(Reply reply) {
    assertThat(new coveragebot.console.JsonRenderer(false).render(reply)).isNotBlank();
    assertThat(new coveragebot.console.TextRenderer(false).render(reply)).isNotNull();
    var discord = new coveragebot.discord.DiscordRenderer();
    var first = discord.render(reply, 0);
    assertThat(first).isPresent();
    for (int page = 1; page < first.get().pages(); page++) {
      assertThat(discord.render(reply, page)).isPresent();
    }
  }
}
