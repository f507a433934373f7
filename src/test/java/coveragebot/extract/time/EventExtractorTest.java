package coveragebot.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Article;
import coveragebot.corpus.Passage;
import coveragebot.corpus.Span;
import coveragebot.ingest.SentenceSplitter;
import coveragebot.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventExtractorTest {
  /** The scan from the first sentence that {@link EventExtractor#sentenceOf} replaced. */
  private static int scanned(List<Span> sentences, Span mention) {
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      if (s.start() <= mention.start() && mention.end() <= s.end()) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void theHalvingSearchFindsTheSentenceTheScanFound() {
    List<Article> articles = new ArrayList<>(Seeds.bot().corpus().articles());
    articles.addAll(new CorpusGenerator(7).corpus(300).articles());
    SentenceSplitter splitter = new SentenceSplitter();
    TemporalRecognizer recognizer = new TemporalRecognizer();
    int mentions = 0;
    int outside = 0;
    for (Article a : articles) {
      List<Span> all = new ArrayList<>();
      for (Passage p : a.passages()) {
        List<Span> split = splitter.split(a.text(), p.start(), p.end());
        all.addAll(split.isEmpty() ? List.of(new Span(p.start(), p.end())) : split);
      }
      for (Passage p : a.passages()) {
        for (TemporalMention m : recognizer.find(a.text(), p.start(), p.end(), null)) {
          int found = EventExtractor.sentenceOf(all, m.span());
          assertThat(found).as(a.file() + " " + m.span()).isEqualTo(scanned(all, m.span()));
          mentions++;
          outside += found < 0 ? 1 : 0;
        }
        // spans that are not mentions: every word start and end, crossing sentences too
        for (int i = p.start(); i + 3 <= p.end(); i += 7) {
          Span probe = new Span(i, Math.min(p.end(), i + 40));
          assertThat(EventExtractor.sentenceOf(all, probe)).isEqualTo(scanned(all, probe));
        }
      }
    }
    assertThat(mentions).isGreaterThan(1_000);
    assertThat(outside).isLessThan(mentions);
  }
}
