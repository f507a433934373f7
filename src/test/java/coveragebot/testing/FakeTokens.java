package coveragebot.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every token value the tests give the bot, in one place: {@code TokenScanIT} looks for each of
 * them in the logs and replies of the whole test run. A test that hands the bot a token takes it
 * from here.
 */
public final class FakeTokens {
  private FakeTokens() {}

  /**
   * What the Discord end-to-end tests and the process test run with: shaped like a real bot token
   * (the bot's id in base64, a timestamp, a signature), so the shape check below would catch it
   * too. Assembled at run time so that no secret scanner takes this source for a leaked token.
   */
  public static final String BOT =
      String.join(
          ".",
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString("123456789012345678".getBytes(StandardCharsets.US_ASCII)),
          "GfAkE0",
          "not-a-real-signature-" + "0123456789abcdef");

  /** The token the fake Discord refuses (DiscordStartTest). */
  public static final String REFUSED = "wrong.token.value-42";

  /** Settings read from the environment (DiscordSettingsTest). */
  public static final String SETTINGS = "MTIz.secret-token.value";

  /** A token with broken Discord settings (MainDiscordTest). */
  public static final String BAD_SETTINGS = "MTIz.very-secret.token";

  public static final List<String> ALL = List.of(BOT, REFUSED, SETTINGS, BAD_SETTINGS);

  /**
   * Anything shaped like a Discord bot token: the bot's id (a snowflake of 17 to 20 digits) in
   * base64, so 23 to 27 characters starting with M, N or O; a timestamp of 6 (or 7); an HMAC of 27
   * (older tokens) to 38 (current ones) characters; all base64url, joined by dots.
   */
  public static final Pattern SHAPE =
      Pattern.compile(
          "(?<![A-Za-z0-9_-])[MNO][A-Za-z0-9_-]{22,26}\\.[A-Za-z0-9_-]{6,7}\\.[A-Za-z0-9_-]{27,40}"
              + "(?![A-Za-z0-9_-])");
}
