package coveragebot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Article;
import coveragebot.corpus.Boilerplate;
import coveragebot.corpus.Passage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Articles parsed together share one string per equal passage or boilerplate text (wire copies
 * repeat paragraphs, page chrome repeats everywhere), and every text is still its own file's text
 * between its offsets.
 */
class SharedTextsTest {

  private static final String CHROME = "Advertisement";
  private static final String WIRE =
      "The alliance will stay united whoever wins the election, the secretary general said.";

  private static String article(String headline, String own) {
    return headline + "\n\n" + CHROME + "\n\n" + WIRE + "\n\n" + own + "\n\n" + CHROME + "\n";
  }

  /**
   * Checks that {@code text} is {@code a}'s text at its offsets and the very string an earlier
   * equal text was; 1 if there was one.
   */
  private static int checked(
      Map<String, String> first, Article a, int start, int end, String text) {
    assertThat(a.text().substring(start, end)).isEqualTo(text);
    String earlier = first.putIfAbsent(text, text);
    if (earlier == null) {
      return 0;
    }
    assertThat(text).isSameAs(earlier);
    return 1;
  }

  @Test
  void equalTextsOfArticlesParsedTogetherAreOneString() {
    List<ArticleParser.Input> inputs =
        List.of(
            new ArticleParser.Input(
                "a.txt", article("Nato stays united", "Officials met on Tuesday."), null),
            new ArticleParser.Input(
                "b.txt", article("Rutte: Nato united", "Ministers met on Wednesday."), null),
            new ArticleParser.Input(
                "c.txt", article("United, says Rutte", "Diplomats met on Thursday."), null));
    List<Article> parsed = new ArticleParser().parseAll(inputs, 0);
    Map<String, String> first = new HashMap<>();
    int shared = 0;
    for (Article a : parsed) {
      for (Passage p : a.passages()) {
        shared += checked(first, a, p.start(), p.end(), p.text());
      }
      for (Boilerplate b : a.boilerplate()) {
        shared += checked(first, a, b.start(), b.end(), b.text());
      }
    }
    assertThat(parsed.stream().mapToLong(a -> a.passages().size()).sum()).isGreaterThan(3);
    assertThat(shared).as("texts an earlier passage or boilerplate has").isGreaterThanOrEqualTo(2);
  }
}
