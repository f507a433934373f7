package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.console.JsonRenderer;
import coveragebot.ingest.CorpusLoader;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.ReloadReply;
import coveragebot.reply.Reply;
import coveragebot.reply.SourcesReply;
import coveragebot.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /reload}: a whole new bot swapped in at once, or the old one kept with the reason. */
class LiveBotTest {
  @TempDir Path dir;

  private static final String EXTRA =
      """
      Extra Outlet

      NATO allies meet in Brussels

      Brussels, 6 November 2024 - Defence ministers met in Brussels on Wednesday.

      "We will stay united," said Mark Rutte, the NATO Secretary General.
      """;

  private Path seeds() throws IOException {
    Path seeds = dir.resolve("seeds");
    Files.createDirectories(seeds);
    try (var files = Files.list(Seeds.DIR)) {
      for (Path f : files.toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    Files.createDirectories(dir.resolve("config"));
    Files.copy(Seeds.CONFIG, config());
    return seeds;
  }

  private Path config() {
    return dir.resolve("config").resolve("sources.json");
  }

  private LiveBot live() throws Exception {
    return LiveBot.load(new Bot.Settings(seeds(), config(), true, CorpusLoader.Limits.DEFAULT));
  }

  private static int articles(LiveBot live) {
    return ((SourcesReply) live.current().run("/sources")).articles().size();
  }

  @Test
  void reloadPicksUpANewArticleAndChangesTheVersionOnlyWhenTheArticlesChange() throws Exception {
    LiveBot live = live();
    String before = live.current().version();
    assertThat(articles(live)).isEqualTo(5);

    ReloadReply same = (ReloadReply) live.current().run("/reload");
    assertThat(same.status()).isEqualTo(ReloadReply.Status.RELOADED);
    assertThat(live.current().version()).as("same files, same version").isEqualTo(before);

    Files.writeString(dir.resolve("seeds/900_extra.txt"), EXTRA, StandardCharsets.UTF_8);
    Files.write(dir.resolve("seeds/901_bad.txt"), new byte[] {'a', (byte) 0xC3, '\n'});
    ReloadReply r = (ReloadReply) live.current().run("/reload");
    assertThat(r.status()).isEqualTo(ReloadReply.Status.RELOADED);
    assertThat(r.articles()).isEqualTo(6);
    assertThat(r.message()).startsWith("Reloaded. Loaded 6 articles");
    assertThat(r.skipped()).singleElement().asString().startsWith("901_bad.txt: ");
    assertThat(articles(live)).isEqualTo(6);
    assertThat(live.current().version()).isNotEqualTo(before);
    assertThat(new JsonRenderer(false).render(r))
        .contains("\"type\":\"reload\",\"status\":\"reloaded\"")
        .contains("\"articles\":6");
  }

  @Test
  void aBrokenConfigKeepsTheOldArticlesAndSaysWhereTheErrorIs() throws Exception {
    LiveBot live = live();
    String answer = new JsonRenderer(false).render(live.current().run("/quote Rutte"));
    Files.writeString(config(), "{\n  \"sources\": {\n    \"a.txt\": {\"outlet\": }\n  }\n}\n");
    Files.writeString(dir.resolve("seeds/900_extra.txt"), EXTRA, StandardCharsets.UTF_8);

    ReloadReply r = (ReloadReply) live.current().run("/reload");

    assertThat(r.status()).isEqualTo(ReloadReply.Status.KEPT_OLD);
    assertThat(r.message())
        .startsWith("Configuration error: " + config() + ":3:")
        .endsWith("The bot still answers from the previous 5 articles.");
    assertThat(articles(live)).isEqualTo(5);
    assertThat(new JsonRenderer(false).render(live.current().run("/quote Rutte")))
        .isEqualTo(answer);
  }

  /** The levels LiveBot logs at while {@code action} runs. */
  private static List<ch.qos.logback.classic.Level> liveBotLogLevels(ThrowingRunnable action)
      throws Exception {
    var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(LiveBot.class);
    var events =
        new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
    events.start();
    logger.addAppender(events);
    try {
      action.run();
    } finally {
      logger.detachAppender(events);
    }
    return events.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getLevel).toList();
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void aFailedReloadInTheTerminalIsToldOnlyInTheReplyAsWholeSentences() throws Exception {
    LiveBot discord = live();
    LiveBot terminal =
        LiveBot.load(
                new Bot.Settings(dir.resolve("seeds"), config(), true, CorpusLoader.Limits.DEFAULT))
            .failuresOnlyInTheReply();
    Files.writeString(config(), "{\n  \"sources\": {\n    \"a.txt\": {\"outlet\": }\n  }\n}\n");
    ReloadReply[] r = new ReloadReply[2];
    assertThat(liveBotLogLevels(() -> r[0] = discord.reload()))
        .as("Discord: the operator sees it on stderr")
        .contains(ch.qos.logback.classic.Level.WARN);
    assertThat(liveBotLogLevels(() -> r[1] = terminal.reload()))
        .as("terminal: INFO goes to the log file only, stderr shows WARN and above")
        .containsOnly(ch.qos.logback.classic.Level.INFO)
        .isNotEmpty();
    for (ReloadReply reply : r) {
      assertThat(reply.status()).isEqualTo(ReloadReply.Status.KEPT_OLD);
      assertThat(reply.message())
          .matches(
              "(?s)Configuration error: .*[.!?] The bot still answers from the previous 5"
                  + " articles\\.");
    }
  }

  @Test
  void theReloadReplyCountsOneArticleInTheSingular() throws Exception {
    LiveBot live = live();
    try (var files = Files.list(dir.resolve("seeds"))) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.writeString(dir.resolve("seeds/900_extra.txt"), EXTRA, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("seeds/notes.md"), "not an article");
    ReloadReply r = (ReloadReply) live.current().run("/reload");
    assertThat(r.message())
        .matches("Reloaded\\. Loaded 1 article \\(\\d+ passages\\), skipped 1 file in \\d+ ms\\.");
  }

  @Test
  void aReloadOntoAnEmptiedFolderSaysSoInTheReply() throws Exception {
    LiveBot live = live();
    try (var files = Files.list(dir.resolve("seeds"))) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    ReloadReply r = (ReloadReply) live.current().run("/reload");
    assertThat(r.status()).isEqualTo(ReloadReply.Status.RELOADED);
    assertThat(r.articles()).isZero();
    assertThat(r.message())
        .startsWith("Reloaded. Loaded 0 articles")
        .endsWith(
            " Warning: "
                + dir.resolve("seeds")
                + " has no articles: it holds no .txt file, so every answer will be empty. The 5"
                + " articles before are gone.");
    assertThat(((SourcesReply) live.current().run("/sources")).warnings())
        .contains(
            dir.resolve("seeds")
                + " has no articles: it holds no .txt file, so every answer will be empty.");
  }

  @Test
  void aReloadWithoutRoomInTheHeapIsRefusedAtOnceAndTheOldArticlesStay() throws Exception {
    java.util.concurrent.atomic.AtomicInteger builds =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicReference<String> room =
        new java.util.concurrent.atomic.AtomicReference<>("Not enough memory to reload: test.");
    LiveBot live =
        LiveBot.load(
            new Bot.Settings(seeds(), config(), true, CorpusLoader.Limits.DEFAULT),
            (settings, reload) -> {
              builds.incrementAndGet();
              return Bot.load(settings, reload);
            },
            room::get);
    Files.writeString(dir.resolve("seeds/900_extra.txt"), EXTRA, StandardCharsets.UTF_8);

    ReloadReply refused = (ReloadReply) live.current().run("/reload");
    assertThat(refused.status()).isEqualTo(ReloadReply.Status.KEPT_OLD);
    assertThat(refused.message())
        .isEqualTo(
            "Not enough memory to reload: test. The bot still answers from the previous 5"
                + " articles.");
    assertThat(builds).as("no second bot was started").hasValue(1);
    assertThat(articles(live)).isEqualTo(5);

    room.set(null);
    assertThat(((ReloadReply) live.current().run("/reload")).status())
        .isEqualTo(ReloadReply.Status.RELOADED);
    assertThat(articles(live)).isEqualTo(6);
  }

  @Test
  void aReloadThatRunsOutOfMemoryKeepsTheOldArticles() throws Exception {
    java.util.concurrent.atomic.AtomicInteger builds =
        new java.util.concurrent.atomic.AtomicInteger();
    LiveBot live =
        LiveBot.load(
            new Bot.Settings(seeds(), config(), true, CorpusLoader.Limits.DEFAULT),
            (settings, reload) -> {
              if (builds.incrementAndGet() > 1) {
                throw new OutOfMemoryError("Java heap space");
              }
              return Bot.load(settings, reload);
            },
            () -> null);
    ReloadReply r = (ReloadReply) live.current().run("/reload");
    assertThat(r.status()).isEqualTo(ReloadReply.Status.KEPT_OLD);
    assertThat(r.message())
        .startsWith("The heap ran out while the new articles were loaded")
        .endsWith("The bot still answers from the previous 5 articles.");
    assertThat(articles(live)).isEqualTo(5);
  }

  @Test
  void aMissingFolderKeepsTheOldArticles() throws Exception {
    LiveBot live = live();
    try (var files = Files.list(dir.resolve("seeds"))) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir.resolve("seeds"));
    ReloadReply r = (ReloadReply) live.current().run("/reload");
    assertThat(r.status()).isEqualTo(ReloadReply.Status.KEPT_OLD);
    assertThat(r.message()).contains("no such folder");
    assertThat(articles(live)).isEqualTo(5);
  }

  @Test
  void aBotBuiltOnceSaysReloadIsNotAvailable() {
    Reply r = Seeds.bot().commands().run("/reload");
    assertThat(r).isInstanceOf(ReloadReply.class);
    assertThat(((ReloadReply) r).status()).isEqualTo(ReloadReply.Status.UNAVAILABLE);
  }

  private static List<String> lines(int count) {
    Random random = new Random(7);
    List<String> fixed =
        List.of(
            "/sources",
            "/speakers",
            "/quote Rutte",
            "/quote text:united",
            "/timeline",
            "/timeline view:coverage",
            "/search NATO allies united",
            "/search who will NATO work with",
            "/check Rutte said NATO will stay united",
            "/compare stay united",
            "/help");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(fixed.get(random.nextInt(fixed.size())));
    }
    return out;
  }

  /**
   * Issue 8: 1,000 commands from 50 callers with a reload (of the same files) in the middle: every
   * command answered, no error, each answer identical to the single-threaded one.
   */
  @Test
  void fiftyCallersWithAReloadInTheMiddleGetTheSingleThreadedAnswers() throws Exception {
    LiveBot live = live();
    JsonRenderer json = new JsonRenderer(false);
    List<String> lines = lines(1000);
    List<String> expected = lines.stream().map(l -> json.render(live.current().run(l))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        answers.add(pool.submit(() -> json.render(live.current().run(line))));
        if (i == lines.size() / 2) {
          answers.add(pool.submit(() -> json.render(live.reload())));
        }
      }
      List<String> got = new ArrayList<>();
      for (Future<String> f : answers) {
        got.add(f.get(60, TimeUnit.SECONDS));
      }
      String reload = got.remove(lines.size() / 2 + 1);
      assertThat(reload).contains("\"status\":\"reloaded\"");
      assertThat(got).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).noneMatch(a -> a.contains("\"type\":\"error\""));
  }

  /**
   * Issue 7: two threads query without pause while the folder flips between two versions and is
   * reloaded again and again. Every answer is the whole answer of one version or the other, never
   * an error and never a mix.
   */
  @Test
  void queriesDuringReloadsAreAnsweredFromOneWholeVersion() throws Exception {
    LiveBot live = live();
    JsonRenderer json = new JsonRenderer(false);
    List<String> lines = lines(40).stream().distinct().toList();
    List<String> withoutExtra =
        lines.stream().map(l -> json.render(live.current().run(l))).toList();
    Path extra = dir.resolve("seeds/900_extra.txt");
    Files.writeString(extra, EXTRA, StandardCharsets.UTF_8);
    live.reload();
    List<String> withExtra = lines.stream().map(l -> json.render(live.current().run(l))).toList();
    assertThat(withExtra).isNotEqualTo(withoutExtra);

    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch started = new CountDownLatch(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<int[]>> workers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int offset = t;
      workers.add(
          pool.submit(
              () -> {
                started.countDown();
                int[] seen = new int[3]; // old, new, neither
                for (int i = 0; !stop.get() || i < 200; i++) {
                  int k = (i + offset) % lines.size();
                  String a = json.render(live.current().run(lines.get(k)));
                  seen[a.equals(withoutExtra.get(k)) ? 0 : a.equals(withExtra.get(k)) ? 1 : 2]++;
                  if (seen[2] > 0) {
                    throw new AssertionError(
                        "a mixed or failed answer to " + lines.get(k) + ": " + a);
                  }
                }
                return seen;
              }));
    }
    started.await();
    int reloads = 0;
    for (int round = 0; round < 6; round++) {
      if (round % 2 == 0) {
        Files.delete(extra);
      } else {
        Files.writeString(extra, EXTRA, StandardCharsets.UTF_8);
      }
      assertThat(live.reload().status()).isEqualTo(ReloadReply.Status.RELOADED);
      reloads++;
    }
    stop.set(true);
    int queries = 0;
    for (Future<int[]> w : workers) {
      int[] seen = w.get(120, TimeUnit.SECONDS);
      assertThat(seen[2]).isZero();
      queries += seen[0] + seen[1];
    }
    pool.shutdownNow();
    assertThat(reloads).isEqualTo(6);
    assertThat(queries).isGreaterThanOrEqualTo(400);
    assertThat(articles(live)).isEqualTo(6);
    assertThat(live.current().run("/bogus")).isInstanceOf(ErrorReply.class);
  }

  @Test
  void duringAReloadQueriesGetTheOldArticlesAndASecondReloadIsAnsweredBusy() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    LiveBot live =
        LiveBot.load(
            new Bot.Settings(seeds(), config(), true, CorpusLoader.Limits.DEFAULT),
            (settings, reload) -> {
              if (!first.getAndSet(false)) {
                inside.countDown();
                coveragebot.testing.Latches.await(release);
              }
              return Bot.load(settings, reload);
            });
    Files.writeString(dir.resolve("seeds/900_extra.txt"), EXTRA, StandardCharsets.UTF_8);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<ReloadReply> slow = pool.submit(live::reload);
      inside.await();
      assertThat(articles(live)).as("the old articles while the new ones load").isEqualTo(5);
      ReloadReply busy = (ReloadReply) live.current().run("/reload");
      assertThat(busy.status()).isEqualTo(ReloadReply.Status.BUSY);
      assertThat(busy.message()).startsWith("A reload is already running");
      release.countDown();
      assertThat(slow.get(60, TimeUnit.SECONDS).status()).isEqualTo(ReloadReply.Status.RELOADED);
      assertThat(articles(live)).isEqualTo(6);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }
}
