package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coveragebot.app.Bot;
import coveragebot.corpus.Passage;
import coveragebot.corpus.Published;
import coveragebot.corpus.SourceRef;
import coveragebot.ingest.CorpusLoader;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.HelpReply;
import coveragebot.reply.SearchReply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer on adversarial replies and on the whole corpus, checked as sent JSON. */
class DiscordRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DiscordRenderer renderer = new DiscordRenderer();

  @TempDir Path dir;

  static JsonNode sent(DiscordMessage m) throws Exception {
    return JSON.readTree(m.toCreateData().toData().toString());
  }

  /** An article file of {@code prefix + text}; the excerpt is {@code text}. */
  private Excerpt excerpt(String file, String prefix, String text, String outlet, String url)
      throws Exception {
    Files.writeString(dir.resolve(file), prefix + text + "\ntrailer");
    SourceRef s =
        new SourceRef(
            file,
            outlet,
            "Title with *stars* " + "t".repeat(300),
            url,
            new Published(LocalDate.of(2024, 11, 5), null),
            null);
    String link = url == null ? null : url + "#:~:text=x";
    return new Excerpt(
        text, file, prefix.length(), prefix.length() + text.length(), s, link, List.of());
  }

  private static String adversarial(int length) {
    String unit =
        "@everyone <@123> **bold** _it_ ~~x~~ `c` ||s|| [l](http://e.x) \\ \n- list\n> q\n# h\n1. n ";
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      b.append(unit);
    }
    return b.substring(0, length);
  }

  @Test
  void tenAdversarialFiveThousandCharacterQuotesFitAndStayVerbatim() throws Exception {
    List<SearchReply.Result> results = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      List<Excerpt> copies = new ArrayList<>();
      for (int c = 0; c < 40; c++) {
        copies.add(
            excerpt(
                "copy" + i + "_" + c + ".txt",
                "",
                "x",
                "Outlet [" + c + "] *" + "o".repeat(40),
                "https://example.org/a(" + c + ")"));
      }
      Excerpt e =
          excerpt(
              "f" + i + ".txt",
              "head " + i + "\n",
              adversarial(5000),
              "O".repeat(300),
              "https://example.org/story-" + i);
      results.add(new SearchReply.Result(e, 1.0, copies));
    }
    DiscordMessage m = renderer.render(new SearchReply("q", 10, results, null));
    JsonNode json = sent(m);
    MessageRules.assertWithinLimits(json);
    assertThat(json.path("embeds").size()).isEqualTo(10);
    assertThat(MessageRules.assertVerbatim(json, dir)).isEqualTo(10);
    assertThat(json.path("embeds").get(0).path("description").asText()).endsWith(Quote.ELLIPSIS);
    assertThat(m.ephemeral()).isFalse();
  }

  @Test
  void aShortQuoteIsShownWholeAndTheLongOneGetsItsUnusedShare() throws Exception {
    Excerpt small = excerpt("a.txt", "", "Short *quote*.", "A", null);
    Excerpt big = excerpt("b.txt", "x", adversarial(5000), "B", "https://b.example/");
    DiscordMessage m =
        renderer.render(
            new SearchReply(
                "q",
                2,
                List.of(
                    new SearchReply.Result(small, 1, List.of()),
                    new SearchReply.Result(big, 1, List.of())),
                null));
    JsonNode json = sent(m);
    MessageRules.assertWithinLimits(json);
    JsonNode first = json.path("embeds").get(0);
    assertThat(first.path("description").asText()).isEqualTo("Short \\*quote\\*.");
    assertThat(first.has("url")).as("no link when the URL is unknown").isFalse();
    assertThat(json.path("embeds").get(1).path("description").asText().length())
        .isGreaterThan(3000);
    assertThat(json.path("embeds").get(1).path("url").asText()).contains("#:~:text=");
    assertThat(json.path("embeds").get(1).path("timestamp").asText())
        .startsWith("2024-11-05T12:00");
    assertThat(MessageRules.assertVerbatim(json, dir)).isEqualTo(2);
  }

  @Test
  void everyPassageOfTheCorpusRendersVerbatimAlsoWhenTenOfTheLongestShareAMessage()
      throws Exception {
    Bot bot =
        Bot.load(
            new Bot.Settings(
                Path.of("seeds"),
                Path.of("config", "sources.json"),
                false,
                CorpusLoader.Limits.DEFAULT));
    Path seeds = Path.of("seeds");
    int checked = 0;
    for (Passage p : bot.corpus().passages()) {
      Excerpt e = new Excerpt(p.text(), p.file(), p.start(), p.end(), p.source(), null, List.of());
      JsonNode json =
          sent(
              renderer.render(
                  new SearchReply("q", 1, List.of(new SearchReply.Result(e, 1, List.of())), null)));
      MessageRules.assertWithinLimits(json);
      checked += MessageRules.assertVerbatim(json, seeds);
    }
    assertThat(checked).isEqualTo(bot.corpus().passages().size());
    List<SearchReply.Result> longest =
        bot.corpus().passages().stream()
            .sorted(Comparator.comparingInt((Passage p) -> p.text().length()).reversed())
            .limit(10)
            .map(
                p ->
                    new SearchReply.Result(
                        new Excerpt(
                            p.text(), p.file(), p.start(), p.end(), p.source(), null, List.of()),
                        1,
                        List.of()))
            .toList();
    JsonNode json = sent(renderer.render(new SearchReply("q", 10, longest, null)));
    MessageRules.assertWithinLimits(json);
    assertThat(MessageRules.assertVerbatim(json, seeds)).isEqualTo(10);
  }

  @Test
  void errorsAndNothingFoundAreEphemeralPlainText() {
    DiscordMessage error =
        renderer.render(new ErrorReply(ErrorReply.Kind.USAGE, "x".repeat(3000), "hint"));
    assertThat(error.ephemeral()).isTrue();
    assertThat(error.content().length()).isLessThanOrEqualTo(2000);
    assertThat(error.content()).endsWith(Quote.ELLIPSIS);
    DiscordMessage none = renderer.render(new SearchReply("q", 3, List.of(), null));
    assertThat(none.ephemeral()).isTrue();
    assertThat(none.embeds()).isEmpty();
  }

  @Test
  void aSearchNoteIsShownWithThePassages() throws Exception {
    Excerpt e = excerpt("a.txt", "x ", "NATO met in Brussels", "Outlet", "https://o.example/a");
    DiscordMessage m =
        renderer.render(
            new SearchReply(
                "q",
                3,
                List.of(new SearchReply.Result(e, 1, List.of())),
                "No passage shown has \"summit\".",
                List.of("summit"),
                1,
                false));
    assertThat(m.embeds()).hasSize(1);
    assertThat(m.content()).endsWith("\nNo passage shown has \"summit\".");
  }

  @Test
  void aCopysDifferencesAreShownInItsAlsoInField() throws Exception {
    Excerpt e = excerpt("a.txt", "x ", "NATO met in Brussels", "Outlet", "https://o.example/a");
    Excerpt same = excerpt("b.txt", "", "NATO met in Brussels", "Same", "https://s.example/b");
    Excerpt other = excerpt("c.txt", "", "NATO met at Brussels", "Other", "https://t.example/c");
    DiscordMessage m =
        renderer.render(
            new SearchReply(
                "q",
                3,
                List.of(
                    new SearchReply.Result(
                        e,
                        1,
                        List.of(same, other),
                        List.of(List.of(), List.of("\"in\" → \"at\"")))),
                null));
    JsonNode json = sent(m);
    MessageRules.assertWithinLimits(json);
    JsonNode field = null;
    for (JsonNode f : json.path("embeds").get(0).path("fields")) {
      field = f.path("name").asText().equals("Also in") ? f : field;
    }
    assertThat(field).isNotNull();
    assertThat(field.path("value").asText())
        .contains("[Same](https://s.example/b")
        .doesNotContain("Same](https://s.example/b#:~:text=x) (differs")
        .contains("[Other](https://t.example/c#:~:text=x) (differs: \"in\" → \"at\")");
  }

  @Test
  void aFullPageWithMoreAfterItSaysWhichPageIsNext() throws Exception {
    Excerpt e = excerpt("a.txt", "x ", "NATO met in Brussels", "Outlet", "https://o.example/a");
    List<SearchReply.Result> one = List.of(new SearchReply.Result(e, 1, List.of()));
    DiscordMessage more =
        renderer.render(new SearchReply("q", 1, one, "A note.", List.of(), 2, true));
    MessageRules.assertWithinLimits(sent(more));
    assertThat(more.content()).endsWith("\nA note.\nMore on page:3.");
    DiscordMessage last = renderer.render(new SearchReply("q", 1, one, null, List.of(), 3, false));
    assertThat(last.content()).doesNotContain("More on page");
  }

  @Test
  void helpShowsUsageAndExamples() throws Exception {
    JsonNode json =
        sent(
            renderer.render(
                new HelpReply(
                    List.of(
                        new HelpReply.Entry(
                            "search",
                            "Find *passages*",
                            "/search <question>",
                            List.of("/search who", "/search `odd`"))))));
    MessageRules.assertWithinLimits(json);
    JsonNode field = json.path("embeds").get(0).path("fields").get(0);
    assertThat(field.path("name").asText()).isEqualTo("/search <question>");
    assertThat(field.path("value").asText())
        .isEqualTo("Find \\*passages\\*\n`/search who`\n/search \\`odd\\`");
  }
}
