package coveragebot.bench;

import java.util.Arrays;

/** Percentiles of a set of latencies, in milliseconds. */
public record LatencyStats(double p50Ms, double p99Ms, double maxMs, int queries, int errors) {

  static LatencyStats of(long[] nanos, int errors) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new LatencyStats(
        ms(percentile(sorted, 0.50)),
        ms(percentile(sorted, 0.99)),
        ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
        sorted.length,
        errors);
  }

  /** Nearest-rank percentile. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1_000.0) / 1_000.0;
  }
}
