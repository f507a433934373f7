package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The schema check itself can fail: a payload over Discord's limits is refused. */
class DiscordSchemasTest {

  @Test
  void refusesAnEmbedTitleOverDiscordsLimitAndAcceptsAValidMessage() throws Exception {
    DiscordSchemas schemas = new DiscordSchemas();
    String path = "/api/v10/webhooks/1/tok/messages/@original";
    schemas.assertValid(
        new Captured(
            "PATCH",
            path,
            null,
            "application/json",
            "{\"content\":\"ok\",\"embeds\":[{\"title\":\"t\"}],\"allowed_mentions\":{\"parse\":[]}}"));
    String tooLong = "x".repeat(257);
    assertThatThrownBy(
            () ->
                schemas.assertValid(
                    new Captured(
                        "PATCH",
                        path,
                        null,
                        "application/json",
                        "{\"embeds\":[{\"title\":\"" + tooLong + "\"}]}")))
        .isInstanceOf(AssertionError.class);
  }
}
