package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HeapRoomTest {
  private static final long GB = 1L << 30;

  /**
   * A heap of {@code max} bytes using {@code used}, of which a full collection leaves {@code live}.
   */
  private static final class Heap {
    final AtomicLong inUse;
    final AtomicInteger collections = new AtomicInteger();
    final HeapRoom room;

    Heap(long max, long used, long live) {
      inUse = new AtomicLong(used);
      room =
          new HeapRoom(
              max,
              inUse::get,
              () -> {
                collections.incrementAndGet();
                inUse.set(live);
              });
    }
  }

  @Test
  void roomForASecondBotNeedsNoCollection() {
    Heap h = new Heap(6 * GB, 2 * GB, 2 * GB);
    assertThat(h.room.shortfall()).isNull();
    assertThat(h.collections).hasValue(0);
  }

  @Test
  void aHeapFullOfGarbageIsCollectedBeforeTheAnswer() {
    Heap h = new Heap(4 * GB, 3 * GB, (long) (1.6 * GB));
    assertThat(h.room.shortfall()).isNull();
    assertThat(h.collections).hasValue(1);
  }

  @Test
  void noRoomIsSaidWithTheFiguresAndWhatToDo() {
    // 100,000 articles under -Xmx3g: 1.6 GB alive, a reload did not finish in five minutes
    Heap h = new Heap(3 * GB, (long) (2.5 * GB), (long) (1.6 * GB));
    assertThat(h.room.shortfall())
        .startsWith("Not enough memory to reload")
        .contains("about 2.0 GB more", "1.4 GB free of its 3.0 GB limit")
        .contains("Restart the bot")
        .endsWith("(COVERAGE_BOT_JAVA_OPTS=-Xmx5g).");
    assertThat(h.collections).hasValue(1);
  }

  @Test
  void theBoundaryIsAQuarterMoreThanWhatIsAlive() {
    assertThat(new Heap(9 * GB, 4 * GB, 4 * GB).room.shortfall()).isNull();
    assertThat(new Heap(9 * GB - 1, 4 * GB, 4 * GB).room.shortfall()).isNotNull();
  }
}
