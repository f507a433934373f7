package coveragebot.app;

import java.util.function.LongSupplier;

/**
 * Whether the heap has room for a reload: a reload builds the new bot beside the current one before
 * letting go of it, so for a while the heap holds two. Without room the collector works without end
 * instead of failing (100,000 articles under {@code -Xmx3g}: a reload still had not finished after
 * five minutes), so a reload that will not fit is refused at once with a clear answer.
 */
final class HeapRoom {
  /** The new bot is taken to need what the current one holds now, and a quarter more. */
  static final double NEED = 1.25;

  private final long max;
  private final LongSupplier used;
  private final Runnable collect;

  /**
   * @param max the heap's limit in bytes
   * @param used the heap in use now, in bytes
   * @param collect a full collection, after which {@code used} is what is alive
   */
  HeapRoom(long max, LongSupplier used, Runnable collect) {
    this.max = max;
    this.used = used;
    this.collect = collect;
  }

  /** This JVM's heap. */
  static HeapRoom ofThisJvm() {
    Runtime rt = Runtime.getRuntime();
    return new HeapRoom(rt.maxMemory(), () -> rt.totalMemory() - rt.freeMemory(), System::gc);
  }

  /**
   * Null when a second bot as large as what the heap holds now fits beside it; otherwise why not,
   * and what to do. The heap in use counts garbage too, so when it looks too full a full collection
   * tells what is really alive before saying no (a second or two at 100,000 articles).
   */
  String shortfall() {
    if (fits(used.getAsLong())) {
      return null;
    }
    collect.run();
    long live = used.getAsLong();
    if (fits(live)) {
      return null;
    }
    long need = (long) (live * NEED);
    return "Not enough memory to reload: a reload builds the new articles' bot beside the current"
        + " one, which needs about "
        + gb(need)
        + " GB more, and the heap has "
        + gb(Math.max(0, max - live))
        + " GB free of its "
        + gb(max)
        + " GB limit. Restart the bot to load the new articles, or give it more memory"
        + " (COVERAGE_BOT_JAVA_OPTS=-Xmx"
        + (long) Math.ceil((live + need) / (double) (1L << 30) + 0.5)
        + "g).";
  }

  private boolean fits(long inUse) {
    return max - inUse >= inUse * NEED;
  }

  private static String gb(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / (double) (1L << 30));
  }
}
