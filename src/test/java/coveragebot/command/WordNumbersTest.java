package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.config.ConfigLoader;
import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.ingest.CorpusLoader;
import coveragebot.testing.RandomTexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Words numbered with the text's own characters ({@link WordNumbers}) get the numbers that
 * numbering {@link Words#of}'s norms in a map, in order of first appearance, gives them; and so the
 * coverage's word look-up ({@link CoverageWords}) holds what it held when it numbered them so.
 */
class WordNumbersTest {

  @Test
  void numbersAreThoseOfTheNormsInOrderOfFirstAppearance() {
    WordNumbers numbers = new WordNumbers();
    Map<String, Integer> reference = new HashMap<>();
    Random r = new Random(8);
    int words = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, WordsTest.PIECES, 12);
      List<Integer> got = new ArrayList<>();
      Words.scan(text, (start, end, curly) -> got.add(numbers.number(text, start, end, curly)));
      List<Integer> expected = new ArrayList<>();
      for (Words.Word w : Words.of(text)) {
        expected.add(reference.computeIfAbsent(w.norm(), k -> reference.size()));
      }
      assertThat(got).as(text).isEqualTo(expected);
      words += got.size();
    }
    assertThat(words).isGreaterThan(30_000);
    assertThat(reference.size()).as("most words were met before").isLessThan(words / 3);
    assertThat(numbers.norms()).hasSize(reference.size());
    reference.forEach((norm, n) -> assertThat(numbers.norms().get(n)).isEqualTo(norm));
  }

  @Test
  void theCoverageLookUpHoldsTheWordsOfWordsOf() throws Exception {
    check(new CorpusGenerator(9).corpus(300));
    check(
        new CorpusLoader()
            .load(Path.of("seeds"), new ConfigLoader().load(Path.of("config/sources.json"), true)));
  }

  private static void check(Corpus corpus) {
    CoverageWords words = new CoverageWords(corpus);
    Map<String, Integer> ids = new HashMap<>();
    Map<String, List<Integer>> articlesWith = new HashMap<>();
    Map<String, Boolean> lower = new HashMap<>();
    for (int a = 0; a < corpus.articles().size(); a++) {
      Article article = corpus.articles().get(a);
      List<Words.Word> list = Words.of(article.text());
      int[] seq = new int[list.size()];
      for (int i = 0; i < seq.length; i++) {
        Words.Word w = list.get(i);
        seq[i] = ids.computeIfAbsent(w.norm(), k -> ids.size());
        List<Integer> with = articlesWith.computeIfAbsent(w.norm(), k -> new ArrayList<>());
        if (with.isEmpty() || with.get(with.size() - 1) != a) {
          with.add(a);
        }
        lower.merge(
            w.norm(), Character.isLowerCase(article.text().charAt(w.start())), Boolean::logicalOr);
      }
      assertThat(words.words(a)).isEqualTo(seq);
    }
    assertThat(ids).isNotEmpty();
    ids.forEach(
        (norm, id) -> {
          assertThat(words.id(norm)).as(norm).isEqualTo(id);
          assertThat(words.writtenLowerCase(norm)).as(norm).isEqualTo(lower.get(norm));
          List<Integer> found = new ArrayList<>();
          words.mayHaveInARow(new int[] {id}).forEachRemaining((int x) -> found.add(x));
          assertThat(found).as(norm).isEqualTo(articlesWith.get(norm));
        });
    assertThat(words.id("no-such-word-anywhere")).isEqualTo(-1);
  }
}
