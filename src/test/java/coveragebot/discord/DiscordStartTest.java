package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coveragebot.command.Commands;
import coveragebot.testing.FakeTokens;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordStartTest {

  @Test
  void aRefusedTokenIsReportedByVariableNameNeverByValue() throws Exception {
    String wrong = FakeTokens.REFUSED;
    try (FakeDiscord discord = new FakeDiscord()) {
      discord.reject(wrong);
      DiscordSettings settings =
          new DiscordSettings(
              new Token(wrong),
              discord.restUrl(),
              discord.gatewayUrl(),
              List.of(),
              DiscordSettings.DEFAULT_DEFER_AFTER,
              Duration.ofSeconds(2),
              DiscordSettings.DEFAULT_COOLDOWN);
      assertThatThrownBy(() -> DiscordBot.start(settings, new Commands(List.of())))
          .isInstanceOf(DiscordBot.StartException.class)
          .hasMessageContaining("DISCORD_TOKEN")
          .message()
          .doesNotContain(wrong);
      // the fake records a request after answering it, so wait for the record (bounded)
      assertThat(discord.await(c -> c.is("GET", "/api/v10/users/@me"))).isNotNull();
    }
  }
}
