package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coveragebot.reply.CheckReply;
import coveragebot.testing.Seeds;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Team fact-checking on Discord: {@code /check} and the "Fact-check quote" message menu answer in
 * the channel and open a thread on the answer with one message per source, each quoting its passage
 * verbatim.
 */
class DiscordFactCheckEndToEndTest {
  private static BotHarness direct;
  private static BotHarness deferred;

  private static final String CLAIM = "Rutte said NATO will stay united";

  @BeforeAll
  static void start() throws Exception {
    direct = new BotHarness(DiscordSettings.DEFAULT_DEFER_AFTER, DiscordSettings.DEFAULT_COOLDOWN);
    deferred = new BotHarness(Duration.ZERO, DiscordSettings.DEFAULT_COOLDOWN);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (direct != null) {
        direct.assertEveryPayloadValid();
      }
      if (deferred != null) {
        deferred.assertEveryPayloadValid();
      }
    } finally {
      if (direct != null) {
        direct.close();
      }
      if (deferred != null) {
        deferred.close();
      }
    }
  }

  /** What the command layer answers, for the number and order of sources. */
  private static CheckReply expected(String claim) {
    return (CheckReply) Seeds.bot().commands().run("check", Map.of("claim", claim));
  }

  /**
   * Waits for the thread on the interaction's answer and its messages; checks each against the
   * evidence: header, outlet, and the passage as an exact substring of its file.
   */
  private static void assertThreadWithEvidence(FakeDiscord discord, String token, String claim)
      throws Exception {
    CheckReply reply = expected(claim);
    assertThat(reply.evidence()).isNotEmpty();
    Captured created =
        discord.await(
            c ->
                c.is("POST", "/api/v10/channels/" + FakeData.CHANNEL + "/messages/\\d+/threads")
                    && discord.original(token) != null
                    && c.path().contains("/" + discord.original(token).path("id").asText() + "/"));
    assertThat(created.json().path("name").asText())
        .isEqualTo(FactCheckThreads.name(claim))
        .startsWith("Fact-check: ");
    String thread = discord.threadOn(discord.original(token).path("id").asText());
    List<Captured> posts =
        discord.await(
            c -> c.is("POST", "/api/v10/channels/" + thread + "/messages"),
            reply.evidence().size());
    assertThat(posts).hasSize(reply.evidence().size());
    for (int i = 0; i < posts.size(); i++) {
      CheckReply.Evidence e = reply.evidence().get(i);
      JsonNode m = posts.get(i).json();
      assertThat(m.path("content").asText())
          .startsWith("Source " + (i + 1) + " of " + posts.size() + " · ")
          .contains(e.supports() ? "supports the claim" : "does NOT support the claim");
      assertThat(m.path("allowed_mentions").path("parse")).isEmpty();
      JsonNode embed = m.path("embeds").get(0);
      assertThat(embed.path("author").path("name").asText())
          .isEqualTo(e.excerpt().source().outlet());
      String shown = Markdown.unescape(embed.path("description").asText());
      String quoted = shown.endsWith(" …") ? shown.substring(0, shown.length() - 2) : shown;
      assertThat(Seeds.text(e.excerpt().file())).contains(quoted);
      assertThat(e.excerpt().text()).startsWith(quoted);
    }
  }

  @Test
  void registersTheFactCheckMessageMenuBesideTheSlashCommands() throws Exception {
    Captured put = direct.discord.await(c -> c.is("PUT", "/api/v10/applications/\\d+/commands"));
    JsonNode menu = null;
    for (JsonNode c : put.json()) {
      if (c.path("type").asInt() == 3) {
        menu = c;
      }
    }
    assertThat(menu).isNotNull();
    assertThat(menu.path("name").asText()).isEqualTo("Fact-check quote");
  }

  @Test
  void checkAnsweredDirectlyOpensAThreadWithOneMessagePerSource() throws Exception {
    String token = direct.discord.slash("check", Map.of("claim", CLAIM));
    JsonNode answer = direct.discord.await(c -> c.is("POST", ".*/" + token + "/callback")).json();
    assertThat(answer.path("type").asInt()).isEqualTo(4);
    assertThat(answer.path("data").path("flags").asInt() & 64).isZero();
    assertThreadWithEvidence(direct.discord, token, CLAIM);
  }

  @Test
  void checkDeferredThenEditedOpensTheThreadOnTheEditedAnswer() throws Exception {
    String token = deferred.discord.slash("check", Map.of("claim", CLAIM));
    deferred.discord.await(c -> c.is("PATCH", ".*/" + token + "/messages/@original"));
    assertThreadWithEvidence(deferred.discord, token, CLAIM);
  }

  @Test
  void theMessageMenuChecksTheMessagesTextAndOpensAThread() throws Exception {
    String said = "\u201cNATO will stay united,\u201d Rutte said, whoever wins";
    String token = direct.discord.menu("Fact-check quote", said);
    JsonNode answer = direct.discord.await(c -> c.is("POST", ".*/" + token + "/callback")).json();
    assertThat(answer.path("type").asInt()).isEqualTo(4);
    assertThat(answer.path("data").path("content").asText())
        .startsWith("Verdict: " + expected(said).verdict());
    assertThreadWithEvidence(direct.discord, token, said);
  }

  @Test
  void aMessageWithoutTextOrAClaimThatIsRefusedGetsAPrivateAnswerAndNoThread() throws Exception {
    String empty = direct.discord.menu("Fact-check quote", "");
    JsonNode a = direct.discord.await(c -> c.is("POST", ".*/" + empty + "/callback")).json();
    assertThat(a.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(a.path("data").path("content").asText())
        .isEqualTo("That message has no text to check; /check takes a claim you type.");
    String word = direct.discord.slash("check", Map.of("claim", "Rutte"));
    JsonNode b = direct.discord.await(c -> c.is("POST", ".*/" + word + "/callback")).json();
    assertThat(b.path("data").path("flags").asInt() & 64).isEqualTo(64);
    Thread.sleep(300);
    assertThat(direct.discord.requests())
        .noneMatch(c -> c.is("GET", ".*/(" + empty + "|" + word + ")/messages/@original"));
  }
}
