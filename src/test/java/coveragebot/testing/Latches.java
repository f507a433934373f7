package coveragebot.testing;

import java.util.concurrent.CountDownLatch;

/** Waiting on a latch from inside a lambda that may not throw {@link InterruptedException}. */
public final class Latches {
  private Latches() {}

  /** Waits for {@code latch}; an interrupt is kept and turned into an unchecked failure. */
  public static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
