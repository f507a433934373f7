package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.testing.FakeTokens;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Start-up errors of the Discord front end: one line naming the variable, never the token. */
class MainDiscordTest {
  private static final String SECRET = FakeTokens.BAD_SETTINGS;

  @Test
  void badDiscordSettingsAreReportedWithoutTheTokenAndExitWithBadInput() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main main =
        new Main(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    int code =
        main.discord(
            Map.of("DISCORD_TOKEN", SECRET, "DISCORD_GATEWAY_URL", "http://nope"),
            coveragebot.config.DiscordConfig.empty());
    String printed = err.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(printed).contains("DISCORD_GATEWAY_URL").doesNotContain(SECRET);
  }
}
