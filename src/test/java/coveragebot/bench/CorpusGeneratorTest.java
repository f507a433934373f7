package coveragebot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.config.SourcesConfig;
import coveragebot.corpus.Article;
import coveragebot.corpus.Boilerplate;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.ingest.CorpusLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated corpus: the same text for the same seed, and parsed as the seeds are. */
class CorpusGeneratorTest {
  private static final Corpus CORPUS = new CorpusGenerator(7).corpus(300);

  private static List<String> texts(long seed, int n) {
    List<String> out = new ArrayList<>();
    new CorpusGenerator(seed).generate(n, g -> out.add(g.file() + "\n" + g.text()));
    return out;
  }

  @Test
  void theSameSeedGivesTheSameTextAndAnotherSeedOtherText() {
    assertThat(texts(7, 50)).isEqualTo(texts(7, 50));
    assertThat(texts(7, 50)).doesNotContainAnyElementsOf(texts(8, 50));
  }

  @Test
  void aLargerCorpusStartsWithTheSmallerOne() {
    assertThat(texts(7, 80).subList(0, 40)).isEqualTo(texts(7, 40));
  }

  @Test
  void everyPassageIsTheExactTextBetweenItsOffsets() {
    assertThat(CORPUS.articles()).hasSize(300);
    for (Article a : CORPUS.articles()) {
      for (Passage p : a.passages()) {
        assertThat(a.text().substring(p.start(), p.end())).isEqualTo(p.text());
      }
      for (Boilerplate b : a.boilerplate()) {
        assertThat(a.text().substring(b.start(), b.end())).isEqualTo(b.text());
      }
    }
  }

  @Test
  void aboutTwelvePassagesPerArticleAsTheIssueSizesAssume() {
    double perArticle = CORPUS.passages().size() / (double) CORPUS.articles().size();
    assertThat(perArticle).isBetween(10.0, 14.0);
    assertThat(CORPUS.passages()).allMatch(p -> p.text().length() <= 900);
  }

  @Test
  void pageChromeCaptionsTeasersAndRepeatsAreSetAsideNeverPassages() {
    Set<Boilerplate.Kind> kinds = EnumSet.noneOf(Boilerplate.Kind.class);
    CORPUS.articles().forEach(a -> a.boilerplate().forEach(b -> kinds.add(b.kind())));
    assertThat(kinds).containsAll(EnumSet.allOf(Boilerplate.Kind.class));
    assertThat(CORPUS.passages())
        .noneMatch(
            p ->
                p.text().contains(" | ")
                    || p.text().endsWith("— Reuters")
                    || p.text().endsWith("— AFP")
                    || p.text().equals("Related Articles")
                    || p.text().equals("Top Stories")
                    || p.text().startsWith("Published:")
                    || p.text().startsWith("By "));
  }

  @Test
  void headersGiveTitleDateAndBylineInEveryHouseStyle() {
    for (Article a : CORPUS.articles()) {
      assertThat(a.source().title()).as(a.file()).isNotNull();
      assertThat(a.source().published()).as(a.file()).isNotNull();
      assertThat(a.source().byline()).as(a.file()).isNotNull();
      assertThat(a.unknown()).as(a.file()).isEmpty();
    }
    Set<String> outlets =
        CORPUS.articles().stream().map(a -> a.source().outlet()).collect(Collectors.toSet());
    assertThat(outlets).hasSize(HouseStyle.ALL.size());
  }

  @Test
  void quotesComeInStraightCurlyAndSingleMarksAndStoriesInSeveralCopies() {
    String all = CORPUS.passages().stream().map(Passage::text).collect(Collectors.joining("\n"));
    assertThat(all).contains("\"We ", "\u201cWe ", "\u2018We ", "'We ");
    assertThat(all).contains("told reporters");
    Set<String> distinct =
        CORPUS.passages().stream().map(Passage::text).collect(Collectors.toSet());
    // AFP-style copies: many passages are printed word for word by more than one outlet.
    assertThat(distinct.size()).isLessThan(CORPUS.passages().size() * 3 / 4);
  }

  @Test
  void theWrittenFolderLoadsLikeTheInMemoryCorpus(@TempDir Path dir) throws IOException {
    assertThat(new CorpusGenerator(7).write(30, dir)).isEqualTo(30);
    assertThat(Files.list(dir).count()).isEqualTo(30);
    Corpus loaded = new CorpusLoader().load(dir, SourcesConfig.empty());
    Corpus inMemory = new CorpusGenerator(7).corpus(30);
    assertThat(loaded.skipped()).isEmpty();
    assertThat(loaded.passages()).hasSameSizeAs(inMemory.passages());
    for (int i = 0; i < loaded.passages().size(); i++) {
      assertThat(loaded.passages().get(i).text()).isEqualTo(inMemory.passages().get(i).text());
    }
  }
}
