package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coveragebot.testing.FakeTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {
  private static final String SECRET = FakeTokens.SETTINGS;

  @Test
  void defaultsToDiscordItselfAndGlobalCommands() {
    DiscordSettings s = DiscordSettings.fromEnv(Map.of("DISCORD_TOKEN", SECRET));
    assertThat(s.restUrl()).isNull();
    assertThat(s.gatewayUrl()).isNull();
    assertThat(s.guildIds()).isEmpty();
    assertThat(s.token().reveal()).isEqualTo(SECRET);
  }

  @Test
  void readsUrlsAndGuildIdsFromTheEnvironment() {
    DiscordSettings s =
        DiscordSettings.fromEnv(
            Map.of(
                "DISCORD_TOKEN", SECRET,
                "DISCORD_REST_URL", "http://127.0.0.1:8080/api/v10",
                "DISCORD_GATEWAY_URL", "ws://127.0.0.1:8081/",
                "DISCORD_GUILD_IDS", " 123, 456 ,,"));
    assertThat(s.restUrl()).isEqualTo("http://127.0.0.1:8080/api/v10/");
    assertThat(s.gatewayUrl()).isEqualTo("ws://127.0.0.1:8081/");
    assertThat(s.guildIds()).containsExactly(123L, 456L);
  }

  @Test
  void theTokenIsNeverInToStringOrErrorMessages() {
    DiscordSettings s = DiscordSettings.fromEnv(Map.of("DISCORD_TOKEN", SECRET));
    assertThat(s.toString()).doesNotContain(SECRET).contains("redacted");
    for (Map<String, String> bad :
        java.util.List.of(
            Map.of("DISCORD_TOKEN", SECRET, "DISCORD_REST_URL", "ftp://x"),
            Map.of("DISCORD_TOKEN", SECRET, "DISCORD_GATEWAY_URL", "http://x"),
            Map.of("DISCORD_TOKEN", SECRET, "DISCORD_GUILD_IDS", "12,abc"))) {
      assertThatThrownBy(() -> DiscordSettings.fromEnv(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .message()
          .doesNotContain(SECRET)
          .containsAnyOf("DISCORD_REST_URL", "DISCORD_GATEWAY_URL", "DISCORD_GUILD_IDS");
    }
  }

  @Test
  void aBlankTokenIsNotARequestForDiscord() {
    assertThat(DiscordSettings.requested(Map.of("DISCORD_TOKEN", "  "))).isFalse();
    assertThat(DiscordSettings.requested(Map.of())).isFalse();
    assertThatThrownBy(() -> DiscordSettings.fromEnv(Map.of()))
        .hasMessageContaining("DISCORD_TOKEN is not set");
  }
}
