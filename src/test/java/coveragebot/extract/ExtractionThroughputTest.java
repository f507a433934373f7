package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Article;
import coveragebot.ingest.ArticleParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Extraction speed over a generated 10,000-article corpus (the seeds, each copy given one more
 * quoted paragraph of its own), printed in articles per second for the README.
 */
class ExtractionThroughputTest {

  private static final int ARTICLES = 10_000;

  @Test
  void tenThousandArticlesAreExtractedAndEveryGeneratedQuoteIsFound() throws Exception {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path p : files.sorted().toList()) {
        seeds.add(Files.readString(p));
      }
    }
    ArticleParser parser = new ArticleParser();
    List<Article> articles = new ArrayList<>();
    int single = new QuoteExtractor().extract(parseAll(parser, seeds)).all().size();
    for (int i = 0; i < ARTICLES; i++) {
      String text =
          seeds.get(i % seeds.size())
              + "\n\n\"Generated remark number "
              + i
              + ",\" Reporter Nummer"
              + i
              + " said.\n";
      articles.add(parser.parse(String.format("gen_%05d.txt", i), text, null, 0));
    }
    // CPU time as well as wall time: on a shared machine the wall clock mostly measures the others.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Quotations q = new QuoteExtractor().extract(articles);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
    System.out.printf(
        "extraction: %d articles, %d quotations; wall %.2f s = %.0f articles/s;"
            + " cpu %.2f s = %.0f articles/s%n",
        ARTICLES, q.all().size(), seconds, ARTICLES / seconds, cpuSeconds, ARTICLES / cpuSeconds);
    // Where a seed ends in boilerplate ("Related Articles"), the added paragraph is boilerplate
    // too.
    long inStory =
        articles.stream()
            .filter(a -> a.passages().stream().anyMatch(p -> p.text().contains("Generated remark")))
            .count();
    long generated = q.all().stream().filter(x -> x.text().startsWith("Generated remark")).count();
    assertThat(inStory).isGreaterThan(ARTICLES / 2);
    assertThat(generated).isEqualTo(inStory);
    assertThat(
            q.all().stream()
                .filter(x -> x.text().startsWith("Generated remark"))
                .allMatch(x -> x.speaker() != null && x.speaker().startsWith("Reporter Nummer")))
        .isTrue();
    assertThat(q.all().size()).isGreaterThanOrEqualTo(ARTICLES / seeds.size() * single);
  }

  private static List<Article> parseAll(ArticleParser parser, List<String> texts) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(parser.parse("seed" + i + ".txt", texts.get(i), null, 0));
    }
    return out;
  }
}
