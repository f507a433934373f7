package coveragebot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap in use after full collections: the difference between two probes, taken with and without an
 * object alive, is what that object keeps on the heap. Coarse (a few hundred KB of noise), so it is
 * honest only for large objects such as an index over many passages.
 */
public final class HeapProbe {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  /** Bytes of heap in use once garbage is collected (several rounds, until it stops falling). */
  public long usedAfterGc() {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used >= best && i >= 2) {
        return best;
      }
      best = Math.min(best, used);
    }
    return best;
  }
}
