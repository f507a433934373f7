package coveragebot.jmh;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.extract.QuoteExtractor;
import coveragebot.extract.time.EventExtractor;
import coveragebot.extract.time.TemporalRecognizer;
import coveragebot.extract.time.TimelineBuilder;
import coveragebot.index.PassageIndex;
import coveragebot.ingest.SentenceSplitter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The start-up's hot paths over a fixed generated corpus (seed 42), one at a time: parsing,
 * analysing and indexing passages, extracting quotations, recognising dates. Time per call for the
 * whole corpus; divide by {@code articles} for a per-article cost. Run with {@code bin/jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HotPaths {

  @Param({"500"})
  public int articles;

  private Corpus corpus;
  private List<Passage> passages;

  @Setup
  public void generate() {
    corpus = new CorpusGenerator(42).corpus(articles);
    passages = corpus.passages();
  }

  /** Generating the articles and parsing them with the real ingest (the two are not separable). */
  @Benchmark
  public Corpus generateAndParse() {
    return new CorpusGenerator(42).corpus(articles);
  }

  /** Analysis and indexing: the in-memory Lucene index of every passage. */
  @Benchmark
  public int index() {
    try (PassageIndex index = PassageIndex.build(passages)) {
      return index.size();
    }
  }

  /** Quotation extraction: quote marks, people, mentions, attribution. */
  @Benchmark
  public int quotations() {
    return new QuoteExtractor().extract(corpus.articles()).all().size();
  }

  /** Date recognition and the timeline built from it. */
  @Benchmark
  public Object timeline() {
    return new TimelineBuilder(
            new EventExtractor(new TemporalRecognizer(), new SentenceSplitter()::split))
        .build(corpus.articles());
  }
}
