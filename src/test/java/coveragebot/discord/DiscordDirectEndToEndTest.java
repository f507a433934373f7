package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The real JDA client against a fake Discord with the production defer budget: fast commands are
 * answered directly, so errors and "nothing found" are ephemeral (flags 64). Every log line of the
 * run, at DEBUG, is captured to prove the token never appears.
 */
class DiscordDirectEndToEndTest {
  private static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
  private static BotHarness harness;

  /** Autocomplete data for the test: many values, one too long for Discord. */
  private static final Suggestions SUGGESTIONS =
      Suggestions.of(
          Map.of(
              "search.question",
              () -> {
                List<String> values = new ArrayList<>();
                values.add("Reuters " + "x".repeat(100));
                values.add("Reuters");
                for (int i = 0; i < 40; i++) {
                  values.add("NATO topic " + i);
                }
                return values;
              }));

  private static Level rootLevel;

  @BeforeAll
  static void start() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    rootLevel = root.getLevel();
    root.setLevel(Level.DEBUG);
    LOGS.setContext(context);
    LOGS.start();
    root.addAppender(LOGS);
    harness =
        new BotHarness(
            DiscordSettings.DEFAULT_DEFER_AFTER, DiscordSettings.DEFAULT_COOLDOWN, SUGGESTIONS);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      // Checked once all tests ran, so every payload of the class is covered.
      if (harness != null) {
        harness.assertEveryPayloadValid();
      }
    } finally {
      try {
        if (harness != null) {
          harness.close();
        }
      } finally {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAppender(LOGS);
        root.setLevel(rootLevel);
      }
    }
  }

  private static FakeDiscord discord() {
    return harness.discord;
  }

  @Test
  void aFastSearchIsAnsweredDirectlyAndPublicly() throws Exception {
    String token = discord().slash("search", Map.of("question", "North Korean troops"));
    Captured reply = discord().await(c -> c.is("POST", ".*/" + token + "/callback"));
    JsonNode body = reply.json();
    assertThat(body.path("type").asInt()).isEqualTo(4);
    assertThat(body.path("data").path("flags").asInt(0) & 64).isZero();
    MessageRules.assertWithinLimits(body.path("data"));
    assertThat(MessageRules.assertVerbatim(body.path("data"), BotHarness.SEEDS)).isPositive();
  }

  @Test
  void anEmptyQuestionIsAnsweredEphemerallyWithAnExample() throws Exception {
    String token = discord().slash("search", Map.of("question", "   "));
    JsonNode body = discord().await(c -> c.is("POST", ".*/" + token + "/callback")).json();
    assertThat(body.path("type").asInt()).isEqualTo(4);
    assertThat(body.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(body.path("data").path("content").asText()).contains("/search who will NATO");
    assertThat(body.path("data").path("embeds").size()).isZero();
    MessageRules.assertWithinLimits(body.path("data"));
  }

  @Test
  void aQuestionOf1001CharactersIsAnsweredEphemerally() throws Exception {
    String token = discord().slash("search", Map.of("question", "a".repeat(1001)));
    JsonNode body = discord().await(c -> c.is("POST", ".*/" + token + "/callback")).json();
    assertThat(body.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(body.path("data").path("content").asText()).contains("the limit is 1000");
    MessageRules.assertWithinLimits(body.path("data"));
  }

  @Test
  void nothingFoundIsEphemeralAndMentionsInTheQuestionDoNotPing() throws Exception {
    String token = discord().slash("search", Map.of("question", "@everyone <@123> zzyzx qwvx"));
    JsonNode body = discord().await(c -> c.is("POST", ".*/" + token + "/callback")).json();
    assertThat(body.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(body.path("data").path("content").asText()).contains("\\<@123\\>");
    MessageRules.assertWithinLimits(body.path("data"));
  }

  @Test
  void anUnknownCommandGetsAPoliteEphemeralAnswer() throws Exception {
    String token = discord().slash("serch", Map.of());
    JsonNode body = discord().await(c -> c.is("POST", ".*/" + token + "/callback")).json();
    assertThat(body.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(body.path("data").path("content").asText()).contains("Did you mean /search");
  }

  @Test
  void aUserSendingTooFastIsToldWhenToRetryWhileOthersAreServed() throws Exception {
    String user = FakeData.snowflake();
    int allowed = DiscordSettings.DEFAULT_COOLDOWN.commands();
    for (int i = 0; i < allowed; i++) {
      String token = discord().slashAs(user, "help", Map.of());
      discord().await(c -> c.is("POST", ".*/" + token + "/callback"));
    }
    String token = discord().slashAs(user, "help", Map.of());
    JsonNode body = discord().await(c -> c.is("POST", ".*/" + token + "/callback")).json();
    assertThat(body.path("type").asInt()).isEqualTo(4);
    assertThat(body.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(body.path("data").path("content").asText())
        .containsPattern("Try again <t:\\d+:R> \\(in \\d+ s\\)");
    MessageRules.assertWithinLimits(body.path("data"));
    String other = discord().slash("help", Map.of());
    JsonNode served = discord().await(c -> c.is("POST", ".*/" + other + "/callback")).json();
    assertThat(served.path("data").path("embeds").size()).isEqualTo(1);
  }

  @Test
  void autocompleteAnswersAtMost25ChoicesOfAtMost100Characters() throws Exception {
    Captured put = discord().await(c -> c.is("PUT", "/api/v10/applications/\\d+/commands"));
    assertThat(put.json().get(0).path("options").get(0).path("autocomplete").asBoolean()).isTrue();
    String token = discord().autocomplete("search", "question", "nato");
    JsonNode body = discord().await(c -> c.is("POST", ".*/" + token + "/callback")).json();
    assertThat(body.path("type").asInt()).isEqualTo(8);
    JsonNode choices = body.path("data").path("choices");
    assertThat(choices.size()).isEqualTo(25);
    assertThat(choices.get(0).path("name").asText()).isEqualTo("NATO topic 0");
    String reuters = discord().autocomplete("search", "question", "reu");
    JsonNode only = discord().await(c -> c.is("POST", ".*/" + reuters + "/callback")).json();
    assertThat(only.path("data").path("choices").findValuesAsText("value"))
        .containsExactly("Reuters");
  }

  @Test
  void aPageButtonRunsTheCommandAgainAndUpdatesTheMessageInPlace() throws Exception {
    String token = discord().press("pg|" + version() + "|sources|0|");
    JsonNode body = discord().await(c -> c.is("POST", ".*/" + token + "/callback")).json();
    assertThat(body.path("type").asInt()).isEqualTo(7);
    assertThat(body.path("data").path("embeds").get(0).path("title").asText())
        .isEqualTo("5 articles");
    MessageRules.assertWithinLimits(body.path("data"));
  }

  @Test
  void staleOrForeignButtonsGetAPoliteEphemeralAnswer() throws Exception {
    String gone = discord().press("pg|" + version() + "|sources|7|");
    JsonNode a = discord().await(c -> c.is("POST", ".*/" + gone + "/callback")).json();
    assertThat(a.path("type").asInt()).isEqualTo(4);
    assertThat(a.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(a.path("data").path("content").asText()).contains("no longer exists");
    String foreign = discord().press("v0:something-old");
    JsonNode b = discord().await(c -> c.is("POST", ".*/" + foreign + "/callback")).json();
    assertThat(b.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(b.path("data").path("content").asText()).contains("no longer in use");
    String older = discord().press("pg|old0|sources|1|");
    JsonNode c = discord().await(r -> r.is("POST", ".*/" + older + "/callback")).json();
    assertThat(c.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(c.path("data").path("content").asText())
        .isEqualTo("The articles were reloaded since this answer; run /sources again.");
  }

  /** The version of the seeds corpus, the same in every load of the same files. */
  private static String version() {
    return coveragebot.testing.Seeds.bot().commands().version();
  }

  @Test
  void theTokenNeverAppearsInTheLogs() throws Exception {
    String token = discord().slash("help", Map.of());
    discord().await(c -> c.is("POST", ".*/" + token + "/callback"));
    assertThat(LOGS.list).hasSizeGreaterThan(10);
    for (ILoggingEvent e : LOGS.list) {
      assertThat(e.getFormattedMessage()).doesNotContain(BotHarness.TOKEN);
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(BotHarness.TOKEN);
      }
    }
  }
}
