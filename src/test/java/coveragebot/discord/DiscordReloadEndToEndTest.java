package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coveragebot.app.Bot;
import coveragebot.app.LiveBot;
import coveragebot.ingest.CorpusLoader;
import coveragebot.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /reload} on Discord: registered for server managers only; while it runs, commands are
 * answered from the old articles and a second reload is told to wait; afterwards page buttons made
 * by the old articles get a polite private answer and new ones work.
 */
class DiscordReloadEndToEndTest {
  @TempDir Path dir;

  @Test
  void reloadSwapsTheArticlesWhileCommandsKeepBeingAnswered() throws Exception {
    Path seeds = dir.resolve("seeds");
    Files.createDirectories(seeds);
    try (var files = Files.list(Seeds.DIR)) {
      for (Path f : files.toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean firstLoad = new AtomicBoolean(true);
    LiveBot live =
        LiveBot.load(
            new Bot.Settings(seeds, Seeds.CONFIG, true, CorpusLoader.Limits.DEFAULT),
            (settings, reload) -> {
              if (!firstLoad.getAndSet(false)) {
                loading.countDown();
                coveragebot.testing.Latches.await(release);
              }
              return Bot.load(settings, reload);
            });
    String before = live.current().version();
    try (BotHarness h =
        new BotHarness(
            live,
            DiscordSettings.DEFAULT_DEFER_AFTER,
            DiscordSettings.DEFAULT_COOLDOWN,
            Suggestions.none(),
            List.of())) {
      FakeDiscord discord = h.discord;
      Captured put = discord.await(c -> c.is("PUT", "/api/v10/applications/\\d+/commands"));
      JsonNode reloadCommand = null;
      for (JsonNode c : put.json()) {
        if (c.path("name").asText().equals("reload")) {
          reloadCommand = c;
        } else {
          assertThat(c.path("default_member_permissions").isNull()).as(c.path("name").asText());
        }
      }
      assertThat(reloadCommand).isNotNull();
      assertThat(reloadCommand.path("default_member_permissions").asText()).isEqualTo("32");

      Files.writeString(
          seeds.resolve("900_extra.txt"),
          "Extra Outlet\n\nAllies meet\n\n\"We will stay united,\" said Mark Rutte.\n",
          StandardCharsets.UTF_8);
      String reload = discord.slash("reload", Map.of());
      loading.await();

      // during the reload: the old articles, and a second reload is told one is running
      String sources = discord.slash("sources", Map.of());
      JsonNode old = discord.await(c -> c.is("POST", ".*/" + sources + "/callback")).json();
      assertThat(old.path("data").path("embeds").get(0).path("title").asText())
          .isEqualTo("5 articles");
      String second = discord.slash("reload", Map.of());
      JsonNode busy = discord.await(c -> c.is("POST", ".*/" + second + "/callback")).json();
      assertThat(busy.path("data").path("flags").asInt() & 64).isEqualTo(64);
      assertThat(busy.path("data").path("content").asText())
          .startsWith("A reload is already running");

      // the reload outlasts the defer budget, so it is deferred, then answered to the admin only
      JsonNode deferred = discord.await(c -> c.is("POST", ".*/" + reload + "/callback")).json();
      assertThat(deferred.path("type").asInt()).isEqualTo(5);
      release.countDown();
      JsonNode done = discord.await(c -> c.is("POST", "/api/v10/webhooks/\\d+/" + reload)).json();
      assertThat(done.path("flags").asInt() & 64).isEqualTo(64);
      assertThat(done.path("content").asText()).startsWith("Reloaded. Loaded 6 articles");
      String after = live.current().version();
      assertThat(after).isNotEqualTo(before);

      String stale = discord.press("pg|" + before + "|sources|0|");
      JsonNode s = discord.await(c -> c.is("POST", ".*/" + stale + "/callback")).json();
      assertThat(s.path("data").path("flags").asInt() & 64).isEqualTo(64);
      assertThat(s.path("data").path("content").asText())
          .isEqualTo("The articles were reloaded since this answer; run /sources again.");
      String fresh = discord.press("pg|" + after + "|sources|0|");
      JsonNode f = discord.await(c -> c.is("POST", ".*/" + fresh + "/callback")).json();
      assertThat(f.path("type").asInt()).isEqualTo(7);
      assertThat(f.path("data").path("embeds").get(0).path("title").asText())
          .isEqualTo("6 articles");
      h.assertEveryPayloadValid();
    } finally {
      release.countDown();
    }
  }
}
