package coveragebot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;

/**
 * The contents of {@code config/discord.json}, every key optional:
 *
 * <pre>{@code
 * {"token_file": "discord-token", "guild_ids": ["123"], "rest_url": "...", "gateway_url": "..."}
 * }</pre>
 *
 * <p>The token itself is never in config: {@code token_file} names a file that holds it (relative
 * to the config folder), so the config can be shared and the token kept private. The environment
 * ({@code DISCORD_TOKEN}, {@code DISCORD_GUILD_IDS}, {@code DISCORD_REST_URL}, {@code
 * DISCORD_GATEWAY_URL}) overrides each key.
 *
 * @param origin the file this was read from, for messages; null when there was none
 */
public record DiscordConfig(
    String origin, Path tokenFile, List<String> guildIds, String restUrl, String gatewayUrl) {

  public DiscordConfig {
    guildIds = guildIds == null ? List.of() : List.copyOf(guildIds);
  }

  public static DiscordConfig empty() {
    return new DiscordConfig(null, null, List.of(), null, null);
  }

  /** The file's shape, as Jackson reads it. */
  record Document(
      @JsonProperty("token_file") String tokenFile,
      @JsonProperty("guild_ids") List<String> guildIds,
      @JsonProperty("rest_url") String restUrl,
      @JsonProperty("gateway_url") String gatewayUrl) {}
}
