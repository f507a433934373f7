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

  /** A long bad value is shortened in the message, never between the halves of an emoji. */
  @Test
  void aBadValueIsShortenedWithoutSplittingACharacter() {
    String url = "ftp://" + "a".repeat(53) + "\uD83D\uDE00" + "b".repeat(20);
    assertThatThrownBy(
            () -> DiscordSettings.fromEnv(Map.of("DISCORD_TOKEN", SECRET, "DISCORD_REST_URL", url)))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .endsWith("not ftp://" + "a".repeat(53) + "…")
        .doesNotContain("\uD83D");
  }

  @Test
  void aBlankTokenIsNotARequestForDiscord() {
    assertThat(DiscordSettings.requested(Map.of("DISCORD_TOKEN", "  "))).isFalse();
    assertThat(DiscordSettings.requested(Map.of())).isFalse();
    assertThatThrownBy(() -> DiscordSettings.fromEnv(Map.of()))
        .hasMessageContaining("DISCORD_TOKEN is not set");
  }

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  private coveragebot.config.DiscordConfig config(String json) throws Exception {
    java.nio.file.Path file = dir.resolve("discord.json");
    java.nio.file.Files.writeString(file, json);
    return new coveragebot.config.ConfigLoader().loadDiscord(file);
  }

  @Test
  void readsTheTokenFromTheFileConfigNamesAndEveryOtherKey() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("token"), SECRET + "\n");
    coveragebot.config.DiscordConfig c =
        config(
            """
            {"token_file": "token", "guild_ids": ["123", "456"],
             "rest_url": "http://127.0.0.1:9/api/v10", "gateway_url": "ws://127.0.0.1:9/"}
            """);
    assertThat(DiscordSettings.requested(Map.of(), c)).isTrue();
    DiscordSettings s = DiscordSettings.from(Map.of(), c);
    assertThat(s.token().reveal()).isEqualTo(SECRET);
    assertThat(s.guildIds()).containsExactly(123L, 456L);
    assertThat(s.restUrl()).isEqualTo("http://127.0.0.1:9/api/v10/");
    assertThat(s.gatewayUrl()).isEqualTo("ws://127.0.0.1:9/");
  }

  @Test
  void theEnvironmentOverridesEachKey() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("token"), "from-the-file");
    coveragebot.config.DiscordConfig c =
        config(
            """
            {"token_file": "token", "guild_ids": ["123"], "rest_url": "http://a.example/"}
            """);
    DiscordSettings s =
        DiscordSettings.from(
            Map.of(
                "DISCORD_TOKEN", SECRET,
                "DISCORD_GUILD_IDS", "789",
                "DISCORD_REST_URL", "http://b.example/"),
            c);
    assertThat(s.token().reveal()).isEqualTo(SECRET);
    assertThat(s.guildIds()).containsExactly(789L);
    assertThat(s.restUrl()).isEqualTo("http://b.example/");
  }

  @Test
  void brokenDiscordConfigNamesFileLineAndColumnOrTheKey() throws Exception {
    assertThatThrownBy(() -> config("{\n  \"token_file\": \"t\",\n  \"tokn\": 1\n}"))
        .hasMessageContaining("discord.json:3:")
        .hasMessageContaining("unknown key \"tokn\"");
    assertThatThrownBy(() -> config("{\"guild_ids\": 5}")).hasMessageContaining("discord.json:1:");
    assertThatThrownBy(() -> config("{\"rest_url\": \"a\", \"rest_url\": \"b\"}"))
        .hasMessageContaining("discord.json:1:")
        .hasMessageContaining("Duplicate field 'rest_url'");
    coveragebot.config.DiscordConfig missing = config("{\"token_file\": \"nowhere\"}");
    assertThatThrownBy(() -> DiscordSettings.from(Map.of(), missing))
        .hasMessageContaining("discord.json: token_file ")
        .hasMessageEndingWith("nowhere: no such file");
    java.nio.file.Files.writeString(dir.resolve("two"), SECRET + " " + SECRET);
    coveragebot.config.DiscordConfig two = config("{\"token_file\": \"two\"}");
    assertThatThrownBy(() -> DiscordSettings.from(Map.of(), two))
        .hasMessageEndingWith("must hold the token alone on one line")
        .message()
        .doesNotContain(SECRET);
    java.nio.file.Files.writeString(dir.resolve("t"), SECRET);
    coveragebot.config.DiscordConfig badUrl =
        config("{\"token_file\": \"t\", \"gateway_url\": \"http://x\"}");
    assertThatThrownBy(() -> DiscordSettings.from(Map.of(), badUrl))
        .hasMessageContaining("discord.json: gateway_url must be a URL starting with ws://")
        .message()
        .doesNotContain(SECRET);
    assertThat(DiscordSettings.requested(Map.of(), config("{}"))).isFalse();
  }
}
