package coveragebot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.testing.Seeds;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench must keep running and reporting every figure; its timings are never asserted. */
class SeedBenchTest {
  private final SeedBench bench = new SeedBench(Seeds.bot().corpus(), Seeds.bot().commands());

  @Test
  void reportsEveryCommandWithNoErrors() {
    Map<String, LatencyStats> stats = bench.run(10, 50, 7);
    assertThat(stats).containsOnlyKeys("search", "sources", "help");
    stats
        .values()
        .forEach(
            s -> {
              assertThat(s.queries()).isEqualTo(50);
              assertThat(s.errors()).isZero();
              assertThat(s.p50Ms()).isLessThanOrEqualTo(s.p99Ms());
              assertThat(s.p99Ms()).isLessThanOrEqualTo(s.maxMs());
            });
  }

  @Test
  void theSameSeedAsksTheSameQuestions() {
    assertThat(bench.lines("search", 20, 3)).isEqualTo(bench.lines("search", 20, 3));
    assertThat(bench.lines("search", 20, 3)).isNotEqualTo(bench.lines("search", 20, 4));
  }

  @Test
  void percentilesUseTheNearestRank() {
    long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(LatencyStats.percentile(sorted, 0.5)).isEqualTo(5);
    assertThat(LatencyStats.percentile(sorted, 0.99)).isEqualTo(10);
    assertThat(LatencyStats.percentile(new long[0], 0.5)).isZero();
  }
}
