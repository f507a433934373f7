package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With guild ids configured, commands register in those guilds (instant) and not globally. */
class DiscordGuildRegistrationTest {

  @Test
  void registersInTheConfiguredGuildOnlyAndSkipsAGuildWithoutTheBot() throws Exception {
    long known = Long.parseLong(FakeData.GUILD);
    long unknown = 999L;
    try (BotHarness h =
        new BotHarness(
            DiscordSettings.DEFAULT_DEFER_AFTER,
            DiscordSettings.DEFAULT_COOLDOWN,
            Suggestions.none(),
            List.of(known, unknown))) {
      Captured put =
          h.discord.await(
              c ->
                  c.is("PUT", "/api/v10/applications/\\d+/guilds/" + FakeData.GUILD + "/commands"));
      List<String> names = new ArrayList<>();
      put.json().forEach(c -> names.add(c.path("name").asText()));
      List<String> expected = new ArrayList<>();
      coveragebot.testing.Seeds.bot().commands().specs().forEach(s -> expected.add(s.name()));
      expected.add(FactCheckThreads.MENU);
      assertThat(names).containsExactlyElementsOf(expected);
      Thread.sleep(300);
      assertThat(h.discord.requests())
          .noneMatch(c -> c.is("PUT", "/api/v10/applications/\\d+/commands"))
          .noneMatch(c -> c.path().contains("/guilds/999/"));
      h.assertEveryPayloadValid();
    }
  }
}
