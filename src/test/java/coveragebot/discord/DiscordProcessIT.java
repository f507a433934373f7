package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coveragebot.testing.TestLogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The whole bot process, started as a user would ({@code java -jar} over a project folder whose
 * config/discord.json names a token file and the Discord URLs), against a fake Discord: it
 * registers its commands, answers a /search, stops cleanly on SIGTERM, and never prints its token.
 */
class DiscordProcessIT {

  @Test
  void theJarRunsAgainstAFakeDiscordAndStopsCleanlyOnSigterm() throws Exception {
    Path jar = Path.of(System.getProperty("coveragebot.jar", "target/coverage-bot.jar"));
    Path java =
        Path.of(
            System.getProperty("coveragebot.javaHome", System.getProperty("java.home")),
            "bin",
            "java");
    // The bot's output and log stay where TokenScanIT reads them.
    Path logs = TestLogs.dir("discord-process").toAbsolutePath();
    Path out = logs.resolve("output.log");
    Files.deleteIfExists(out);
    Files.deleteIfExists(logs.resolve("coverage-bot.log"));
    Path project = Files.createTempDirectory("coverage-bot-it-project");
    try (FakeDiscord discord = new FakeDiscord()) {
      // A project folder as a user sets it up: seeds/, config/sources.json, and
      // config/discord.json naming a token file and the (fake) Discord; no DISCORD_* variable.
      Path seeds = Files.createDirectories(project.resolve("seeds"));
      try (var files = Files.list(Path.of("seeds"))) {
        for (Path f : files.toList()) {
          Files.copy(f, seeds.resolve(f.getFileName()));
        }
      }
      Path config = Files.createDirectories(project.resolve("config"));
      Files.copy(Path.of("config", "sources.json"), config.resolve("sources.json"));
      Files.writeString(config.resolve("discord-token"), BotHarness.TOKEN + "\n");
      Files.writeString(
          config.resolve("discord.json"),
          """
          {"token_file": "discord-token", "rest_url": "%s", "gateway_url": "%s"}
          """
              .formatted(discord.restUrl(), discord.gatewayUrl()));
      ProcessBuilder pb =
          new ProcessBuilder(
              java.toString(),
              "-Dcoveragebot.logDir=" + logs,
              "-jar",
              jar.toString(),
              "--seeds",
              seeds.toString());
      pb.environment().keySet().removeIf(k -> k.startsWith("DISCORD_"));
      pb.redirectErrorStream(true).redirectOutput(out.toFile());
      Process bot = pb.start();
      try {
        discord.await(
            c -> c.is("PUT", "/api/v10/applications/\\d+/commands"), 1, Duration.ofSeconds(60));
        String token = discord.slash("search", Map.of("question", "who will NATO work with"));
        JsonNode reply = discord.await(c -> c.is("POST", ".*/" + token + "/callback")).json();
        assertThat(reply.path("type").asInt()).isIn(4, 5);
        bot.destroy(); // SIGTERM
        assertThat(bot.waitFor(15, TimeUnit.SECONDS)).as("stopped within 15 s").isTrue();
      } finally {
        bot.destroyForcibly();
      }
      String printed = Files.readString(out, StandardCharsets.UTF_8);
      assertThat(printed)
          .doesNotContain(BotHarness.TOKEN)
          .contains("Invite it with https://discord.com/oauth2/authorize?client_id=" + FakeData.APP)
          .doesNotContain("Exception");
      assertThat(Files.readString(logs.resolve("coverage-bot.log")))
          .contains(
              "Registered "
                  + (coveragebot.testing.Seeds.bot().commands().specs().size() + 1)
                  + " global commands") // and the "Fact-check quote" message menu
          .contains("Disconnected from Discord cleanly")
          .doesNotContain(BotHarness.TOKEN);
      List<Captured> all = discord.requests();
      assertThat(all).noneMatch(c -> c.body().contains(BotHarness.TOKEN));
    }
  }
}
