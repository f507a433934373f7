package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coveragebot.corpus.Passage;
import coveragebot.testing.Seeds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every command of the command layer, sent through the real JDA client to the fake Discord: each
 * answer keeps Discord's limits, and every passage it shows is the exact text of its file at the
 * offsets its footer gives (cut only with " …" after the verbatim part).
 */
class DiscordEveryCommandEndToEndTest {
  private static BotHarness harness;

  /** Where an embed's text comes from: {@code file · chars 120–480 ...}. */
  private static final Pattern FOOTER = Pattern.compile("^(\\S+) · chars (\\d+)–(\\d+)");

  @BeforeAll
  static void start() throws Exception {
    harness =
        new BotHarness(
            DiscordSettings.DEFAULT_DEFER_AFTER,
            new Cooldown.Rule(1000, java.time.Duration.ofSeconds(1)));
  }

  @AfterAll
  static void stop() throws Exception {
    if (harness != null) {
      try {
        harness.assertEveryPayloadValid();
      } finally {
        harness.close();
      }
    }
  }

  /** Options per command as Discord sends them; a new command must be added here. */
  private static Map<String, List<Map<String, Object>>> cases() {
    Passage p = Seeds.bot().corpus().passages().get(7);
    Map<String, List<Map<String, Object>>> c = new LinkedHashMap<>();
    c.put(
        "search",
        List.of(
            Map.of("question", "who will NATO work with"),
            Map.of("question", "Trump", "limit", 10, "outlet", "Jordan Times")));
    c.put("sources", List.of(Map.of()));
    c.put(
        "timeline",
        List.of(
            Map.of(),
            Map.of("view", "coverage"),
            Map.of("undated", "yes"),
            Map.of("about", "Ukraine", "from", "2024-11")));
    c.put(
        "quote",
        List.of(
            Map.of("speaker", "Rutte", "limit", 25),
            Map.of("text", "safe hands"),
            Map.of("speaker", "Stoltenberg", "about", "Rutte")));
    c.put("speakers", List.of(Map.of()));
    c.put(
        "check",
        List.of(
            Map.of("claim", "Rutte said NATO will stay united"),
            Map.of("claim", "Rutte said NATO has 40 members")));
    c.put("compare", List.of(Map.of("statement", "stay united")));
    c.put("passage", List.of(Map.of("file", p.file(), "at", p.start())));
    c.put("reload", List.of(Map.of()));
    c.put("help", List.of(Map.of()));
    return c;
  }

  private static final Pattern URL = Pattern.compile("https?://[^\\s)>\\]\"]+");

  /** Every link a message holds, anywhere, leads to a source URL from config/sources.json. */
  private static void assertOnlyConfiguredLinks(String what, JsonNode message) throws Exception {
    List<String> configured = new java.util.ArrayList<>();
    new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(java.nio.file.Path.of("config", "sources.json").toFile())
        .path("sources")
        .forEach(
            src -> {
              if (src.has("url")) {
                configured.add(src.path("url").asText());
              }
            });
    List<String> strings = new java.util.ArrayList<>();
    collect(message, strings);
    for (String value : strings) {
      Matcher m = URL.matcher(value);
      while (m.find()) {
        String link = m.group();
        assertThat(configured)
            .as(what + ": " + link)
            .anyMatch(u -> link.equals(u) || link.startsWith(u + "#:~:text="));
      }
    }
  }

  private static void collect(JsonNode node, List<String> into) {
    if (node.isTextual()) {
      into.add(node.asText());
    }
    node.forEach(child -> collect(child, into));
  }

  @Test
  void everyCommandIsCoveredHere() {
    assertThat(cases().keySet())
        .containsExactlyInAnyOrderElementsOf(
            Seeds.bot().commands().specs().stream().map(s -> s.name()).toList());
  }

  @Test
  void everyCommandAnswersWithinDiscordsLimitsAndQuotesItsFilesVerbatim() throws Exception {
    FakeDiscord discord = harness.discord;
    int passagesShown = 0;
    for (var e : cases().entrySet()) {
      for (Map<String, Object> options : e.getValue()) {
        String what = "/" + e.getKey() + " " + options;
        String token = discord.slash(e.getKey(), options);
        JsonNode callback = discord.await(c -> c.is("POST", ".*/" + token + "/callback")).json();
        JsonNode message =
            callback.path("type").asInt() == 4
                ? callback.path("data")
                : discord
                    .await(
                        c ->
                            c.is("PATCH", ".*/" + token + "/messages/@original")
                                || c.is("POST", "/api/v10/webhooks/\\d+/" + token))
                    .json();
        assertThat(message.path("content").asText() + message.path("embeds").size())
            .as(what)
            .isNotEqualTo("0");
        MessageRules.assertWithinLimits(message);
        assertOnlyConfiguredLinks(what, message);
        for (JsonNode embed : message.path("embeds")) {
          Matcher m = FOOTER.matcher(embed.path("footer").path("text").asText());
          if (!m.find()) {
            continue;
          }
          String text = Seeds.text(m.group(1));
          int from = Integer.parseInt(m.group(2));
          int to = Integer.parseInt(m.group(3));
          String shown = Markdown.unescape(embed.path("description").asText());
          if (shown.endsWith(" …")) {
            shown = shown.substring(0, shown.length() - 2);
          }
          assertThat(shown).as(what + " " + m.group()).isEqualTo(text.substring(from, to));
          passagesShown++;
        }
      }
    }
    assertThat(passagesShown).as("passages shown over all commands").isGreaterThan(40);
  }

  @Test
  void punctuationOnlyAndAnUnknownSpeakerGetShortPrivateAnswersThatSayWhatToDo() throws Exception {
    FakeDiscord discord = harness.discord;
    String punct = discord.slash("search", Map.of("question", "?!… --- ***"));
    JsonNode a = discord.await(c -> c.is("POST", ".*/" + punct + "/callback")).json();
    assertThat(a.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(Markdown.unescape(a.path("data").path("content").asText()))
        .startsWith("There are no words to search for in");
    String nobody = discord.slash("quote", Map.of("speaker", "Rutt"));
    JsonNode b = discord.await(c -> c.is("POST", ".*/" + nobody + "/callback")).json();
    assertThat(b.path("data").path("flags").asInt() & 64).isZero();
    String unknown = discord.slash("quote", Map.of("speaker", "Zzyzx Qwerty"));
    JsonNode u = discord.await(c -> c.is("POST", ".*/" + unknown + "/callback")).json();
    assertThat(u.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(u.path("data").path("content").asText()).contains("/speakers");
  }
}
