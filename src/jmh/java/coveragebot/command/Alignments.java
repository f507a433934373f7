package coveragebot.command;

import coveragebot.bench.CorpusGenerator;
import coveragebot.bench.Workloads;
import coveragebot.corpus.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code /check}'s search for where a claim not found whole lines up best ({@link Checker#closest}:
 * the bounds from near pairs, then the alignments), and the bounds alone ({@link
 * CoverageWords#articlesByBound}), for 200 claims made as {@code bench --claims edited} makes them,
 * over a generated corpus. In this package because both are package-private. Run with {@code
 * bin/jmh Alignments}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms8g", "-Xmx8g"})
public class Alignments {

  @Param({"10000"})
  public int articles;

  private CoverageWords coverage;
  private Checker checker;
  private final List<List<Words.Word>> claims = new ArrayList<>();
  private final List<int[]> ids = new ArrayList<>();

  @Setup
  public void build() {
    Corpus corpus = new CorpusGenerator(42).corpus(articles);
    coverage = new CoverageWords(corpus);
    checker = new Checker(coverage, null, null);
    CommandSpec check =
        new CommandSpec(
            "check", "check", List.of(OptionSpec.text("claim", "claim", true, true)), List.of());
    for (Workloads.Query q :
        new Workloads(corpus, List.of(), Workloads.Claims.edited).queries(check, 200, 42)) {
      List<Words.Word> words = Words.of(q.text());
      claims.add(words);
      ids.add(coverage.ids(Words.norms(words)));
    }
  }

  @Benchmark
  public int closest() {
    int scores = 0;
    for (List<Words.Word> claim : claims) {
      Checker.Aligned best = checker.closest(claim);
      scores += best == null ? 0 : best.region().score();
    }
    return scores;
  }

  @Benchmark
  public int bounds() {
    int groups = 0;
    for (int[] claim : ids) {
      groups += coverage.articlesByBound(claim).length;
    }
    return groups;
  }
}
