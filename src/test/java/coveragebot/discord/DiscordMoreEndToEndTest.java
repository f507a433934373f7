package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coveragebot.app.Bot;
import coveragebot.ingest.CorpusLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A passage cut to fit a message gets a "More" button; pressing it shows the whole passage,
 * verbatim, to the one who pressed.
 */
class DiscordMoreEndToEndTest {
  @TempDir Path dir;

  /** Six articles whose long paragraphs all answer "harbour": ten of them cannot fit whole. */
  private Path longArticles() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    for (int a = 0; a < 6; a++) {
      StringBuilder b = new StringBuilder("Outlet " + a + "\n\nThe harbour story\n\n");
      for (int para = 0; para < 2; para++) {
        for (int s = 0; s < 14; s++) {
          b.append("The harbour master said boats number ")
              .append(a * 100 + para * 10 + s)
              .append(" would wait *outside* the breakwater until the storm passed. ");
        }
        b.append("\n\n");
      }
      Files.writeString(seeds.resolve(a + "_long.txt"), b.toString(), StandardCharsets.UTF_8);
    }
    return seeds;
  }

  @Test
  void moreShowsTheWholeCutPassageVerbatimAndPrivately() throws Exception {
    Path seeds = longArticles();
    Bot bot =
        Bot.load(
            new Bot.Settings(
                seeds, dir.resolve("config/sources.json"), false, CorpusLoader.Limits.DEFAULT));
    try (BotHarness h =
        new BotHarness(
            bot.commands(),
            DiscordSettings.DEFAULT_DEFER_AFTER,
            DiscordSettings.DEFAULT_COOLDOWN,
            Suggestions.none(),
            java.util.List.of())) {
      String token = h.discord.slash("search", Map.of("question", "harbour boats", "limit", 10));
      JsonNode data =
          h.discord.await(c -> c.is("POST", ".*/" + token + "/callback")).json().path("data");
      JsonNode more = null;
      for (JsonNode row : data.path("components")) {
        for (JsonNode b : row.path("components")) {
          if (b.path("custom_id").asText().startsWith("mo|")) {
            more = b;
            break;
          }
        }
        if (more != null) {
          break;
        }
      }
      assertThat(more).as("a More button for a cut passage").isNotNull();
      int n =
          more.path("label").asText().equals("More")
              ? 1
              : Integer.parseInt(more.path("label").asText().substring("More ".length()));
      JsonNode cutEmbed = data.path("embeds").get(n - 1);
      assertThat(cutEmbed.path("footer").path("text").asText()).contains("(cut; passage ");
      assertThat(cutEmbed.path("description").asText()).endsWith(" …");

      String press = h.discord.press(more.path("custom_id").asText());
      JsonNode whole = h.discord.await(c -> c.is("POST", ".*/" + press + "/callback")).json();
      assertThat(whole.path("type").asInt()).isEqualTo(4);
      assertThat(whole.path("data").path("flags").asInt() & 64).isEqualTo(64);
      JsonNode embed = whole.path("data").path("embeds").get(0);
      String footer = embed.path("footer").path("text").asText();
      assertThat(footer).doesNotContain("cut");
      MoreIds.Request r = MoreIds.decode(more.path("custom_id").asText()).orElseThrow();
      String text = Files.readString(seeds.resolve(r.file()), StandardCharsets.UTF_8);
      String shown = Markdown.unescape(embed.path("description").asText());
      assertThat(text.substring(r.start())).startsWith(shown);
      assertThat(shown.length())
          .isGreaterThan(Markdown.unescape(cutEmbed.path("description").asText()).length() - 2);
      MessageRules.assertWithinLimits(whole.path("data"));

      String stale = h.discord.press("mo|old0|" + r.start() + "|" + r.file());
      JsonNode s = h.discord.await(c -> c.is("POST", ".*/" + stale + "/callback")).json();
      assertThat(s.path("data").path("content").asText())
          .isEqualTo("The articles were reloaded since this answer; run the command again.");
      h.assertEveryPayloadValid();
    }
  }
}
