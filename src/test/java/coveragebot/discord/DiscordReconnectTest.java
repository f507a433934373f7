package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A lost gateway connection: JDA reconnects and resumes its session on its own (the bot does not
 * fight it), and commands are answered again afterwards.
 */
class DiscordReconnectTest {

  @Test
  void afterTheGatewayDropsTheBotResumesAndAnswersAgain() throws Exception {
    try (BotHarness h =
        new BotHarness(DiscordSettings.DEFAULT_DEFER_AFTER, DiscordSettings.DEFAULT_COOLDOWN)) {
      FakeGateway gateway = h.discord.gateway();
      assertThat(gateway.connections()).isEqualTo(1);
      gateway.drop();
      assertThat(gateway.awaitResume()).as("resumed the session").isEqualTo("fake-session");
      assertThat(gateway.connections()).isEqualTo(2);
      String token = h.discord.slash("search", Map.of("question", "who will NATO work with"));
      JsonNode reply = h.discord.await(c -> c.is("POST", ".*/" + token + "/callback")).json();
      assertThat(reply.path("type").asInt()).isEqualTo(4);
      assertThat(h.bot.running()).isTrue();
    }
  }
}
