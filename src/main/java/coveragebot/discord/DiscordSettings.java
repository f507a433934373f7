package coveragebot.discord;

import coveragebot.config.DiscordConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * How the bot reaches Discord. Read from the environment, over {@code config/discord.json}: the
 * token comes from {@code DISCORD_TOKEN} or from the file config names, never from a command-line
 * argument, where {@code ps} and shell history would show it.
 *
 * @param restUrl Discord REST base URL ending in {@code /}, or null for Discord's own
 * @param gatewayUrl gateway WebSocket URL, or null to ask Discord for it
 * @param guildIds guilds to register commands in (instant updates); empty means global commands
 * @param deferAfter how long a command may run before the interaction is deferred; zero defers
 *     every interaction at once
 * @param shutdownTimeout how long a clean shutdown may wait for JDA before it is forced
 * @param cooldown how many commands one user may send in a time window
 */
public record DiscordSettings(
    Token token,
    String restUrl,
    String gatewayUrl,
    List<Long> guildIds,
    Duration deferAfter,
    Duration shutdownTimeout,
    Cooldown.Rule cooldown) {

  public static final String TOKEN = "DISCORD_TOKEN";
  public static final String REST_URL = "DISCORD_REST_URL";
  public static final String GATEWAY_URL = "DISCORD_GATEWAY_URL";
  public static final String GUILD_IDS = "DISCORD_GUILD_IDS";

  /**
   * Interactions must be acknowledged within 3 s. Answering directly (not deferred) is the only way
   * to make an error ephemeral after the fact, so fast commands answer directly and slow ones are
   * deferred well before the deadline.
   */
  public static final Duration DEFAULT_DEFER_AFTER = Duration.ofMillis(1000);

  /** Enough for a quick back-and-forth in a channel; a burst beyond it is spam. */
  static final Cooldown.Rule DEFAULT_COOLDOWN = new Cooldown.Rule(5, Duration.ofSeconds(15));

  public DiscordSettings {
    if (token == null) {
      throw new IllegalArgumentException(TOKEN + " is not set");
    }
    restUrl = restUrl == null ? null : checkUrl(REST_URL, restUrl, "http", "https");
    if (restUrl != null && !restUrl.endsWith("/")) {
      restUrl = restUrl + "/";
    }
    gatewayUrl = gatewayUrl == null ? null : checkUrl(GATEWAY_URL, gatewayUrl, "ws", "wss");
    guildIds = List.copyOf(guildIds);
    if (cooldown == null) {
      throw new IllegalArgumentException("a cooldown rule is needed");
    }
    if (deferAfter.isNegative() || deferAfter.compareTo(Duration.ofMillis(2500)) > 0) {
      throw new IllegalArgumentException("deferAfter must be 0-2500 ms (Discord waits 3 s)");
    }
  }

  /** True when the environment asks for the Discord front end. */
  public static boolean requested(Map<String, String> env) {
    String t = env.get(TOKEN);
    return t != null && !t.isBlank();
  }

  /** Reads the settings; messages name the variable at fault, never the token. */
  public static DiscordSettings fromEnv(Map<String, String> env) {
    if (!requested(env)) {
      throw new IllegalArgumentException(TOKEN + " is not set");
    }
    return new DiscordSettings(
        new Token(env.get(TOKEN)),
        blankToNull(env.get(REST_URL)),
        blankToNull(env.get(GATEWAY_URL)),
        guildIds(env.getOrDefault(GUILD_IDS, "")),
        DEFAULT_DEFER_AFTER,
        Duration.ofSeconds(10),
        DEFAULT_COOLDOWN);
  }

  /** True when the environment or config asks for the Discord front end. */
  public static boolean requested(Map<String, String> env, DiscordConfig config) {
    return requested(env) || config.tokenFile() != null;
  }

  /**
   * The environment over {@code config/discord.json}: each variable, when set, overrides its key.
   * Messages name the variable or the file and key at fault, never the token.
   */
  public static DiscordSettings from(Map<String, String> env, DiscordConfig config) {
    String file = config.origin() == null ? "config/discord.json" : config.origin();
    Token token;
    if (requested(env)) {
      token = new Token(env.get(TOKEN));
    } else if (config.tokenFile() != null) {
      token = readToken(file, config.tokenFile());
    } else {
      throw new IllegalArgumentException(
          TOKEN + " is not set and " + file + " names no token_file");
    }
    String rest = blankToNull(env.get(REST_URL));
    String restLabel = REST_URL;
    if (rest == null && config.restUrl() != null) {
      rest = config.restUrl();
      restLabel = file + ": rest_url";
    }
    String gateway = blankToNull(env.get(GATEWAY_URL));
    String gatewayLabel = GATEWAY_URL;
    if (gateway == null && config.gatewayUrl() != null) {
      gateway = config.gatewayUrl();
      gatewayLabel = file + ": gateway_url";
    }
    if (rest != null) {
      checkUrl(restLabel, rest, "http", "https");
    }
    if (gateway != null) {
      checkUrl(gatewayLabel, gateway, "ws", "wss");
    }
    List<Long> guilds =
        blankToNull(env.get(GUILD_IDS)) != null || config.guildIds().isEmpty()
            ? guildIds(env.getOrDefault(GUILD_IDS, ""))
            : guildIds(String.join(",", config.guildIds()), file + ": guild_ids");
    return new DiscordSettings(
        token,
        rest,
        gateway,
        guilds,
        DEFAULT_DEFER_AFTER,
        Duration.ofSeconds(10),
        DEFAULT_COOLDOWN);
  }

  /**
   * The token from the file {@code token_file} names: alone on one line (a trailing newline is
   * fine). The file's text is never part of a message.
   */
  static Token readToken(String configFile, Path tokenFile) {
    String where = configFile + ": token_file " + tokenFile;
    String text;
    try {
      text = Files.readString(tokenFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(where + ": no such file");
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException(where + ": not UTF-8 text");
    } catch (IOException e) {
      throw new IllegalArgumentException(
          where + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    String t = text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(where + " is empty");
    }
    if (t.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(where + " must hold the token alone on one line");
    }
    warnIfShared(tokenFile);
    return new Token(t);
  }

  private static void warnIfShared(Path tokenFile) {
    try {
      var perms = Files.getPosixFilePermissions(tokenFile);
      if (perms.contains(PosixFilePermission.GROUP_READ)
          || perms.contains(PosixFilePermission.OTHERS_READ)) {
        LoggerFactory.getLogger(DiscordSettings.class)
            .warn("{} can be read by other users; chmod 600 it", tokenFile);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system: nothing to check
    }
  }

  static List<Long> guildIds(String csv) {
    return guildIds(csv, GUILD_IDS);
  }

  static List<Long> guildIds(String csv, String label) {
    List<Long> out = new ArrayList<>();
    for (String part : csv.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (!p.matches("[0-9]{1,20}")) {
        throw new IllegalArgumentException(
            label + " holds \"" + clip(p) + "\", which is not a guild id (digits only).");
      }
      try {
        out.add(Long.parseUnsignedLong(p));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(label + ": " + clip(p) + " is too large.", e);
      }
    }
    return out;
  }

  private static String checkUrl(String name, String url, String... schemes) {
    String u = url.strip();
    URI uri;
    try {
      uri = URI.create(u);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " is not a URL: " + clip(u), e);
    }
    if (uri.getScheme() == null
        || !List.of(schemes).contains(uri.getScheme())
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          name
              + " must be a URL starting with "
              + String.join(":// or ", schemes)
              + "://, not "
              + clip(u));
    }
    return u;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** At most 60 characters and "…", never half of an emoji. */
  private static String clip(String s) {
    return Quote.plain(s, 61);
  }
}
