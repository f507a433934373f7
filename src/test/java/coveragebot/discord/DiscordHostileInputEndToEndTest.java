package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coveragebot.app.Bot;
import coveragebot.app.LiveBot;
import coveragebot.ingest.CorpusLoader;
import coveragebot.testing.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and unusual input through the real JDA client: forged button ids, user text full of
 * Discord markdown echoed back, and articles whose metadata is made of astral characters.
 */
class DiscordHostileInputEndToEndTest {
  @TempDir Path dir;

  private static final String EMOJI = "\uD83D\uDE00";

  private static Bot.Settings settings(Path seeds, Path config) {
    return new Bot.Settings(seeds, config, true, CorpusLoader.Limits.DEFAULT);
  }

  private static BotHarness harness(coveragebot.command.CommandSource commands) throws Exception {
    return new BotHarness(
        commands,
        DiscordSettings.DEFAULT_DEFER_AFTER,
        DiscordSettings.DEFAULT_COOLDOWN,
        Suggestions.none(),
        List.of());
  }

  /**
   * /reload is registered for server managers only, but a button's custom id is whatever the client
   * sends: a forged page id naming /reload must not run it for anyone who presses.
   */
  @Test
  void aForgedPageButtonCannotRunTheAdminOnlyReload() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    LiveBot live =
        LiveBot.load(
            settings(Seeds.DIR, Seeds.CONFIG),
            (s, reload) -> {
              loads.incrementAndGet();
              return Bot.load(s, reload);
            });
    try (BotHarness h = harness(live)) {
      String version = live.current().version();
      String token = h.discord.press("pg|" + version + "|reload|0|");
      JsonNode answer = h.discord.await(c -> c.is("POST", ".*/" + token + "/callback")).json();
      assertThat(answer.path("type").asInt()).as("a private reply, not an edit").isEqualTo(4);
      assertThat(answer.path("data").path("flags").asInt() & 64).isEqualTo(64);
      assertThat(answer.path("data").path("content").asText())
          .isEqualTo("This button is no longer in use; run the command again.");
      assertThat(loads.get()).as("bots loaded: the first one only").isEqualTo(1);
      h.assertEveryPayloadValid();
    }
  }

  /**
   * "Nothing found" answers repeat what the user typed; its markdown must show as typed, not turn
   * into bold text, spoilers, a masked link or a mention.
   */
  @Test
  void nothingFoundAnswersShowTheUsersMarkdownAsTyped() throws Exception {
    String typed = "**qq** ||ww|| [x](http://y.io) <@1>";
    try (BotHarness h = harness(Seeds.bot().commands())) {
      for (var c :
          List.of(
              Map.<String, Object>of("command", "quote", "text", typed),
              Map.<String, Object>of("command", "timeline", "about", typed))) {
        Map<String, Object> options = new java.util.LinkedHashMap<>(c);
        String command = (String) options.remove("command");
        String token = h.discord.slash(command, options);
        JsonNode data =
            h.discord.await(x -> x.is("POST", ".*/" + token + "/callback")).json().path("data");
        String content = data.path("content").asText();
        assertThat(data.path("flags").asInt() & 64).as(command).isEqualTo(64);
        assertThat(Markdown.unescape(content)).as(command).contains(typed);
        assertThat(content)
            .as(command + ": " + content)
            .contains("\\*\\*qq\\*\\* \\|\\|ww\\|\\| \\[x\\](http://y.io) \\<@1\\>");
      }
      h.assertEveryPayloadValid();
    }
  }

  /**
   * Ten long passages whose titles are astral characters (two chars each in Java and in {@link
   * MessageRules}): the message still keeps 6000 characters over all its embeds.
   */
  @Test
  void tenPassagesUnderAstralTitlesStayWithinSixThousandCharacters() throws Exception {
    Path seeds = dir.resolve("seeds");
    Files.createDirectories(seeds);
    StringBuilder config = new StringBuilder("{\"sources\": {");
    Random r = new Random(7);
    String[] words = {"alliance", "ministers", "budget", "summit", "troops", "treaty", "border"};
    for (int i = 0; i < 10; i++) {
      String file = String.format("%03d_astral.txt", i);
      StringBuilder body = new StringBuilder("Outlet " + i + "\n\nHeadline " + i + "\n\n");
      while (body.length() < 880) {
        body.append("NATO ").append(words[r.nextInt(words.length)]).append(' ');
        body.append(Integer.toString(r.nextInt(100000), 36)).append(' ');
      }
      Files.writeString(seeds.resolve(file), body.append("\n").toString());
      config
          .append(i == 0 ? "" : ",")
          .append("\"")
          .append(file)
          .append("\": {\"outlet\": \"Outlet ")
          .append(i)
          .append("\", \"title\": \"")
          .append(EMOJI.repeat(200))
          .append("\"}");
    }
    Files.writeString(dir.resolve("sources.json"), config.append("}}").toString());
    Bot bot = Bot.load(settings(seeds, dir.resolve("sources.json")));
    try (BotHarness h = harness(bot.commands())) {
      String token = h.discord.slash("search", Map.of("question", "NATO alliance", "limit", 10));
      JsonNode data =
          h.discord.await(c -> c.is("POST", ".*/" + token + "/callback")).json().path("data");
      assertThat(data.path("embeds").size()).isEqualTo(10);
      MessageRules.assertWithinLimits(data);
      assertThat(MessageRules.assertVerbatim(data, seeds)).isEqualTo(10);
      h.assertEveryPayloadValid();
    }
  }

  /**
   * Turning a page runs the command again, which may take longer than the 3 s Discord waits for an
   * acknowledgement (a /check over many articles): like a slash command, the press is deferred once
   * the defer budget has passed, and the page arrives as an edit of the message.
   */
  @Test
  void aSlowPageTurnIsDeferredThenEditedIn() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean slow =
        new java.util.concurrent.atomic.AtomicBoolean();
    coveragebot.command.CommandSource commands =
        () -> {
          if (slow.get()) {
            coveragebot.testing.Latches.await(release);
          }
          return Seeds.bot().commands();
        };
    try (BotHarness h = harness(commands)) {
      String version = Seeds.bot().commands().version();
      slow.set(true);
      String token = h.discord.press("pg|" + version + "|sources|0|");
      try {
        JsonNode deferred =
            h.discord
                .await(
                    c -> c.is("POST", ".*/" + token + "/callback"),
                    1,
                    java.time.Duration.ofMillis(2500))
                .get(0)
                .json();
        assertThat(deferred.path("type").asInt()).as("deferred update").isEqualTo(6);
      } finally {
        release.countDown();
      }
      JsonNode page =
          h.discord.await(c -> c.is("PATCH", ".*/" + token + "/messages/@original")).json();
      assertThat(page.path("embeds").get(0).path("title").asText()).isEqualTo("5 articles");
      h.assertEveryPayloadValid();
    }
  }

  /**
   * Discord renders markdown in embed field names: an outlet written with markdown shows as written
   * in {@code /sources}, not as bold text, a spoiler or a link of its own.
   */
  @Test
  void sourcesShowAnOutletsMarkdownAsWrittenInTheFieldName() throws Exception {
    Path seeds = dir.resolve("seeds");
    Files.createDirectories(seeds);
    Files.writeString(seeds.resolve("000_md.txt"), "Outlet\n\nHeadline\n\nNATO met today.\n");
    String outlet = "**Daily** ||Star|| [home](https://evil.example) _it_ ~~s~~ `c`";
    Files.writeString(
        dir.resolve("sources.json"),
        "{\"sources\": {\"000_md.txt\": {\"outlet\": \""
            + outlet
            + "\", \"title\": \"A *title*\", \"url\": \"https://example.com/a\","
            + " \"published\": \"2024-11-05\"}}}");
    Bot bot = Bot.load(settings(seeds, dir.resolve("sources.json")));
    try (BotHarness h = harness(bot.commands())) {
      String token = h.discord.slash("sources", Map.of());
      JsonNode data =
          h.discord.await(c -> c.is("POST", ".*/" + token + "/callback")).json().path("data");
      JsonNode field = data.path("embeds").get(0).path("fields").get(0);
      assertThat(field.path("name").asText()).isEqualTo(Markdown.escape(outlet) + " · 2024-11-05");
      assertThat(field.path("value").asText()).startsWith("[A \\*title\\*](https://example.com/a)");
      MessageRules.assertWithinLimits(data);
      h.assertEveryPayloadValid();
    }
  }
}
