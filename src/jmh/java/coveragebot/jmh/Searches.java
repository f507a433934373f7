package coveragebot.jmh;

import coveragebot.bench.CorpusGenerator;
import coveragebot.bench.Workloads;
import coveragebot.corpus.Passage;
import coveragebot.index.PassageIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code /search}'s Lucene part (the bench's "bare Lucene" baseline: candidates, rescoring, the
 * best 50) over a generated corpus, with the index's files read through our array input or Lucene's
 * own in-memory input. Time per call for 200 questions made as the bench makes them (one to five
 * consecutive words of a random passage). Run with {@code bin/jmh Searches}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// the bot's collector and a heap for 100k articles: JMH's default JVM (G1, a quarter of the RAM)
// spent the iterations collecting the corpus's garbage (errors larger than the scores)
@Fork(jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms8g", "-Xmx8g"})
public class Searches {

  @Param({"100000"})
  public int articles;

  /** {@code array}: the index as the bot builds it; {@code lucene}: Lucene's own input. */
  @Param({"array", "lucene"})
  public String input;

  private PassageIndex index;
  private final List<String> questions = new ArrayList<>();

  @Setup
  public void build() {
    List<Passage> passages = new CorpusGenerator(42).corpus(articles).passages();
    index =
        input.equals("array")
            ? PassageIndex.build(passages)
            : PassageIndex.buildReadByLucene(passages);
    Random r = new Random(42);
    for (int i = 0; i < 200; i++) {
      questions.add(Workloads.someWords(passages, r, 5));
    }
  }

  @TearDown
  public void close() {
    index.close();
  }

  @Benchmark
  public int search() {
    int found = 0;
    for (String q : questions) {
      found += index.ids(q, 50).length;
    }
    return found;
  }
}
