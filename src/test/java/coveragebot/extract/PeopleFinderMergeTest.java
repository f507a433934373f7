package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finders of single articles merged in article order (how extraction uses both cores) find what one
 * finder reading every article in order finds, gender evidence included.
 */
class PeopleFinderMergeTest {

  @Test
  void mergedFindersFindWhatOneFinderFinds() {
    List<Article> articles = new CorpusGenerator(9).corpus(400).articles();
    PeopleFinder one = new PeopleFinder();
    PeopleFinder merged = new PeopleFinder();
    for (Article a : articles) {
      one.read(a.text(), 0, a.text().length());
      PeopleFinder single = new PeopleFinder();
      single.read(a.text(), 0, a.text().length());
      merged.merge(single);
    }
    assertThat(merged.sameFindings(one)).isTrue();
    PeopleFinder partial = new PeopleFinder();
    partial.read(articles.get(0).text(), 0, articles.get(0).text().length());
    assertThat(partial.sameFindings(one)).as("a finder that read less finds less").isFalse();
  }
}
