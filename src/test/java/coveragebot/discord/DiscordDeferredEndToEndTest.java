package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real JDA client against a fake Discord, with every interaction deferred at once (as a slow
 * command would be): start-up, registration, defer-then-edit, and errors answered privately.
 */
class DiscordDeferredEndToEndTest {
  private static BotHarness harness;

  @BeforeAll
  static void start() throws Exception {
    harness = new BotHarness(Duration.ZERO, DiscordSettings.DEFAULT_COOLDOWN);
  }

  @AfterAll
  static void stop() throws Exception {
    if (harness == null) {
      return;
    }
    try {
      // Checked once all tests ran, so every payload of the class is covered.
      harness.assertEveryPayloadValid();
    } finally {
      harness.close();
    }
  }

  private static FakeDiscord discord() {
    return harness.discord;
  }

  @Test
  void identifiesWithNoIntentButTheGuildsOneJdaAlwaysAdds() {
    // GUILDS (bit 0) is not privileged; members, presences and message content are never asked.
    assertThat(discord().intents()).isEqualTo(1L);
  }

  @Test
  void registersEveryCommandOfTheCommandLayerGloballyWithTypedOptions() throws Exception {
    Captured put = discord().await(c -> c.is("PUT", "/api/v10/applications/\\d+/commands"));
    JsonNode commands = put.json();
    List<String> names = new ArrayList<>();
    commands.forEach(c -> names.add(c.path("name").asText()));
    assertThat(names).containsExactlyElementsOf(specNames()).contains("search", "sources", "help");
    JsonNode search = commands.get(0);
    assertThat(search.path("description").asText()).isNotBlank();
    JsonNode question = search.path("options").get(0);
    assertThat(question.path("name").asText()).isEqualTo("question");
    assertThat(question.path("type").asInt()).isEqualTo(3);
    assertThat(question.path("required").asBoolean()).isTrue();
    assertThat(question.path("min_length").asInt()).isEqualTo(1);
    assertThat(question.path("max_length").asInt()).isEqualTo(1000);
    JsonNode limit = search.path("options").get(1);
    assertThat(limit.path("name").asText()).isEqualTo("limit");
    assertThat(limit.path("type").asInt()).isEqualTo(4);
    assertThat(limit.path("required").asBoolean(false)).isFalse();
    assertThat(limit.path("min_value").asInt()).isEqualTo(1);
    assertThat(limit.path("max_value").asInt()).isEqualTo(10);
  }

  @Test
  void searchIsDeferredThenTheOriginalIsEditedWithVerbatimEmbeds() throws Exception {
    String token = discord().slash("search", Map.of("question", "who will NATO work with"));
    Captured defer = discord().await(c -> c.is("POST", ".*/" + token + "/callback"));
    assertThat(defer.json().path("type").asInt()).isEqualTo(5);
    assertThat(defer.json().path("data").path("flags").asInt(0) & 64).isZero();
    Captured edit = discord().await(c -> c.is("PATCH", ".*/" + token + "/messages/@original"));
    JsonNode message = edit.json();
    assertThat(message.path("embeds").size()).isBetween(1, 3);
    MessageRules.assertWithinLimits(message);
    assertThat(MessageRules.assertVerbatim(message, BotHarness.SEEDS))
        .isEqualTo(message.path("embeds").size());
    JsonNode first = message.path("embeds").get(0);
    assertThat(first.path("author").path("name").asText()).isNotBlank();
    assertThat(first.path("title").asText()).isNotBlank();
  }

  @Test
  void tenResultsStayWithinTheLimitsAndStayVerbatim() throws Exception {
    String token = discord().slash("search", Map.of("question", "NATO", "limit", 10));
    Captured edit = discord().await(c -> c.is("PATCH", ".*/" + token + "/messages/@original"));
    MessageRules.assertWithinLimits(edit.json());
    assertThat(MessageRules.assertVerbatim(edit.json(), BotHarness.SEEDS)).isGreaterThan(3);
  }

  @Test
  void theAnswerSurvivesARateLimitAndAServerErrorFromDiscord() throws Exception {
    discord().fail("PATCH", ".*/messages/@original", 429, 1);
    discord().fail("PATCH", ".*/messages/@original", 502, 1);
    String token = discord().slash("search", Map.of("question", "Stoltenberg"));
    List<Captured> edits =
        discord().await(c -> c.is("PATCH", ".*/" + token + "/messages/@original"), 3);
    assertThat(edits.get(2).json().path("embeds").size()).isPositive();
  }

  @Test
  void sourcesListsTheArticles() throws Exception {
    String token = discord().slash("sources", Map.of());
    Captured edit = discord().await(c -> c.is("PATCH", ".*/" + token + "/messages/@original"));
    JsonNode embed = edit.json().path("embeds").get(0);
    assertThat(embed.path("title").asText()).isEqualTo("5 articles");
    assertThat(embed.path("fields").size()).isEqualTo(5);
    MessageRules.assertWithinLimits(edit.json());
  }

  @Test
  void helpListsEveryCommandWithExamples() throws Exception {
    String token = discord().slash("help", Map.of());
    Captured edit = discord().await(c -> c.is("PATCH", ".*/" + token + "/messages/@original"));
    JsonNode fields = edit.json().path("embeds").get(0).path("fields");
    assertThat(fields.size()).isEqualTo(coveragebot.testing.Seeds.bot().commands().specs().size());
    assertThat(edit.json().path("embeds").get(0).path("description").asText())
        .contains("Apps → Fact-check quote");
    assertThat(fields.get(0).path("name").asText()).startsWith("/search");
    assertThat(fields.get(0).path("value").asText()).contains("`/search who will NATO work with`");
    MessageRules.assertWithinLimits(edit.json());
  }

  @Test
  void aTooLongQuestionIsAnsweredPrivatelyAfterTheDeferralIsRemoved() throws Exception {
    String token = discord().slash("search", Map.of("question", "x".repeat(1001)));
    Captured followUp = discord().await(c -> c.is("POST", "/api/v10/webhooks/\\d+/" + token));
    assertThat(discord().requests())
        .anyMatch(c -> c.is("DELETE", ".*/" + token + "/messages/@original"));
    JsonNode message = followUp.json();
    assertThat(message.path("flags").asInt() & 64).isEqualTo(64);
    assertThat(message.path("content").asText()).contains("1001 characters");
    MessageRules.assertWithinLimits(message);
  }

  /**
   * The commands of the command layer, in order, then the "Fact-check quote" message menu: Discord
   * must offer exactly these.
   */
  private static List<String> specNames() {
    List<String> names = new ArrayList<>();
    coveragebot.testing.Seeds.bot().commands().specs().forEach(s -> names.add(s.name()));
    names.add(FactCheckThreads.MENU);
    return names;
  }
}
