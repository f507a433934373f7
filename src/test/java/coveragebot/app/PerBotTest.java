package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Corpus;
import coveragebot.testing.Seeds;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60) // a list that made a keystroke wait would otherwise hang the build
class PerBotTest {
  private static final Bot FIRST = Seeds.bot();

  /** Another bot, as a reload brings: the first seed article alone. */
  private static final Bot SECOND =
      Bot.of(
          new Corpus(
              Seeds.bot().corpus().articles().subList(0, 1),
              Seeds.bot().corpus().articles().get(0).passages(),
              List.of(),
              List.of()),
          0);

  /** A value that takes as long as the test says: it waits for {@code go}. */
  private static final class Slow {
    final CountDownLatch go = new CountDownLatch(1);
    final AtomicInteger runs = new AtomicInteger();
    final PerBot<String> value =
        new PerBot<>(
            bot -> {
              runs.incrementAndGet();
              try {
                go.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return bot == FIRST ? "first" : "second";
            });
  }

  private static String eventually(Supplier<String> read, String wanted)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String got = read.get();
    while (!got.equals(wanted) && System.nanoTime() < end) {
      Thread.sleep(5);
      got = read.get();
    }
    return got;
  }

  @Test
  void aKeystrokeNeverWaitsForTheListAndTheListIsWorkedOutOnce() throws Exception {
    Slow slow = new Slow();
    long start = System.nanoTime();
    for (int i = 0; i < 1_000; i++) {
      assertThat(slow.value.latest(FIRST, "none")).isEqualTo("none");
    }
    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
    slow.go.countDown();
    assertThat(eventually(() -> slow.value.latest(FIRST, "none"), "first")).isEqualTo("first");
    assertThat(slow.runs).hasValue(1);
  }

  @Test
  void afterAReloadKeystrokesGetTheListsBeforeItUntilTheNewOnesAreReady() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    AtomicInteger secondRuns = new AtomicInteger();
    PerBot<String> lists =
        new PerBot<>(
            bot -> {
              if (bot == SECOND) {
                secondRuns.incrementAndGet();
                try {
                  hold.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return "second";
              }
              return "first";
            });
    assertThat(lists.of(FIRST)).isEqualTo("first");
    for (int i = 0; i < 100; i++) {
      assertThat(lists.latest(SECOND, "none")).isEqualTo("first");
    }
    hold.countDown();
    assertThat(eventually(() -> lists.latest(SECOND, "none"), "second")).isEqualTo("second");
    assertThat(secondRuns).hasValue(1);
  }

  @Test
  void aFailedListIsTriedAgainAtTheNextKeystroke() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    PerBot<String> lists =
        new PerBot<>(
            bot -> {
              if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("first try fails");
              }
              return "listed";
            });
    assertThat(lists.latest(FIRST, "none")).isEqualTo("none");
    // the failed run clears the way after it ends: keep asking until a second run answers
    assertThat(eventually(() -> lists.latest(FIRST, "none"), "listed")).isEqualTo("listed");
    assertThat(runs).hasValueGreaterThanOrEqualTo(2);
  }

  @Test
  void theDiscordListsFillInTheBackground() throws Exception {
    var lists = Main.liveSuggestionLists(() -> FIRST);
    Supplier<List<String>> outlets = lists.get("search.outlet");
    outlets.get(); // starts the work
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (outlets.get().isEmpty() && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(outlets.get()).hasSize(5).contains("Jordan Times");
  }
}
