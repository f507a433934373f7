package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.app.Bot;
import coveragebot.command.CommandSource;
import coveragebot.ingest.CorpusLoader;
import coveragebot.testing.FakeTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The real bot (seeds/ corpus, real JDA) connected to a fake Discord, with bounded waits. */
final class BotHarness implements AutoCloseable {
  static final Path SEEDS = Path.of("seeds");
  static final String TOKEN = FakeTokens.BOT;

  final FakeDiscord discord;
  final DiscordBot bot;

  BotHarness(Duration deferAfter, Cooldown.Rule cooldown) throws Exception {
    this(deferAfter, cooldown, Suggestions.none());
  }

  BotHarness(Duration deferAfter, Cooldown.Rule cooldown, Suggestions suggestions)
      throws Exception {
    this(deferAfter, cooldown, suggestions, List.of());
  }

  BotHarness(
      Duration deferAfter, Cooldown.Rule cooldown, Suggestions suggestions, List<Long> guildIds)
      throws Exception {
    this(
        Bot.load(
                new Bot.Settings(
                    SEEDS,
                    Path.of("config", "sources.json"),
                    false,
                    new CorpusLoader.Limits(5L << 20, 1L << 31)))
            .commands(),
        deferAfter,
        cooldown,
        suggestions,
        guildIds);
  }

  BotHarness(
      CommandSource loaded,
      Duration deferAfter,
      Cooldown.Rule cooldown,
      Suggestions suggestions,
      List<Long> guildIds)
      throws Exception {
    discord = new FakeDiscord();
    DiscordSettings settings =
        new DiscordSettings(
            new Token(TOKEN),
            discord.restUrl(),
            discord.gatewayUrl(),
            guildIds,
            deferAfter,
            Duration.ofSeconds(5),
            cooldown);
    bot = DiscordBot.start(settings, loaded, suggestions);
    assertThat(discord.awaitIdentify()).as("JDA identified within 10 s").isTrue();
    assertThat(bot.awaitReady(Duration.ofSeconds(10))).as("JDA ready within 10 s").isTrue();
  }

  /**
   * Every request the bot sent that Discord's OpenAPI description covers matches its schema, and
   * every message in them keeps the hand-checked rules (6000 characters, mentions, ...).
   */
  void assertEveryPayloadValid() throws Exception {
    DiscordSchemas schemas = new DiscordSchemas();
    int checked = 0;
    for (Captured c : discord.requests()) {
      if (!schemas.covers(c)) {
        continue;
      }
      schemas.assertValid(c);
      checked++;
      if (c.path().endsWith("/callback")) {
        int type = c.json().path("type").asInt();
        if (type == 4 || type == 7) {
          MessageRules.assertWithinLimits(c.json().path("data"));
        }
      } else if (c.path().contains("/webhooks/") || c.path().matches(".*/channels/\\d+/messages")) {
        MessageRules.assertWithinLimits(c.json());
      }
    }
    assertThat(checked).as("requests checked against Discord's schemas").isPositive();
  }

  @Override
  public void close() throws Exception {
    bot.close();
    discord.close();
  }
}
