package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Corpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Measures extraction and attribution against hand-written gold files, prints the figures (they go
 * in the README) and holds them to the bar: recall >= 0.97 and precision >= 0.95 over full
 * and partial quotes, speaker accuracy >= 0.95.
 */
class QuoteQualityTest {

  @Test
  void seedQuotesMeetTheQualityBar() throws Exception {
    Corpus seeds = SeedCorpus.seeds();
    GoldSet.Scores s =
        GoldSet.score(
            GoldSet.read(Path.of("src/test/resources/quotes/gold.json")),
            SeedCorpus.extract(seeds.articles()).all());
    System.out.println(s.summary("seeds"));
    s.misses().forEach(m -> System.out.println("  " + m));
    assertThat(s.recall()).as(s.misses().toString()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.precision()).as(s.misses().toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.speakerAccuracy()).as(s.misses().toString()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void houseStyleArticlesMeetTheQualityBar() throws Exception {
    String folder = "src/test/resources/quotes/articles";
    Corpus own = SeedCorpus.folder(folder);
    assertThat(own.articles()).hasSize(3);
    GoldSet.Scores s =
        GoldSet.score(
            GoldSet.read(Path.of(folder, "gold.json")), SeedCorpus.extract(own.articles()).all());
    System.out.println(s.summary("house styles"));
    s.misses().forEach(m -> System.out.println("  " + m));
    assertThat(s.recall()).as(s.misses().toString()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.precision()).as(s.misses().toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.speakerAccuracy()).as(s.misses().toString()).isGreaterThanOrEqualTo(0.95);
  }
}
