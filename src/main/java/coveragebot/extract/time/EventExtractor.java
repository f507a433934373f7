package coveragebot.extract.time;

import coveragebot.corpus.Article;
import coveragebot.corpus.Passage;
import coveragebot.corpus.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article's story passages into sentences with temporal expressions. Only passages are
 * read: boilerplate (site clocks, captions, teasers, datelines) never yields an event.
 */
public final class EventExtractor {
  private final TemporalRecognizer recognizer;
  private final Sentences sentences;

  public EventExtractor(TemporalRecognizer recognizer, Sentences sentences) {
    this.recognizer = recognizer;
    this.sentences = sentences;
  }

  /** Every sentence-with-expression of the article, resolved or not, in text order. */
  public List<TemporalEvent> events(Article article) {
    String text = article.text();
    LocalDate published =
        article.source().published() == null ? null : article.source().published().date();
    List<Span> all = new ArrayList<>();
    for (Passage p : article.passages()) {
      List<Span> split = sentences.split(text, p.start(), p.end());
      all.addAll(split.isEmpty() ? List.of(new Span(p.start(), p.end())) : split);
    }
    List<TemporalEvent> out = new ArrayList<>();
    for (Passage p : article.passages()) {
      for (TemporalMention m : recognizer.find(text, p.start(), p.end(), published)) {
        int i = sentenceOf(all, m.span());
        Span s = i >= 0 ? all.get(i) : new Span(p.start(), p.end());
        // the sentence with the one before and after: outlets split the same report differently
        CharSequence context =
            i >= 0
                ? new Neighbourhood(text, all, Math.max(0, i - 1), Math.min(all.size() - 1, i + 1))
                : s.of(text);
        out.add(new TemporalEvent(article.source(), s, s.of(text), m, context));
      }
    }
    return out;
  }

  /**
   * The sentence that holds the mention, or -1. The sentences are in text order and do not overlap
   * (each passage's, passage after passage), so the one that can hold it is the last to start at or
   * before it: found by halving, where a scan from the first made an article of tens of thousands
   * of sentences quadratic (EventExtractorTest compares the two).
   */
  static int sentenceOf(List<Span> sentences, Span mention) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= mention.start()) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return last >= 0 && mention.end() <= sentences.get(last).end() ? last : -1;
  }
}
