package coveragebot.command;

import coveragebot.corpus.Corpus;
import coveragebot.corpus.SourceRef;
import coveragebot.extract.time.TemporalEvent;
import coveragebot.extract.time.Timeline;
import coveragebot.reply.CoverageReply;
import java.util.Comparator;
import java.util.List;

/** {@code /timeline view:coverage}: when each outlet published, oldest first, undated last. */
public final class CoverageView {
  private final Corpus corpus;
  private final Timeline timeline;

  public CoverageView(Corpus corpus, Timeline timeline) {
    this.corpus = corpus;
    this.timeline = timeline;
  }

  CoverageReply reply() {
    Comparator<SourceRef> byDate =
        Comparator.comparing((SourceRef s) -> s.published() == null ? "~" : s.published().iso());
    List<CoverageReply.Entry> entries =
        corpus.articles().stream()
            .map(a -> a.source())
            .sorted(byDate.thenComparing(SourceRef::file))
            .map(s -> new CoverageReply.Entry(s, count(s.file(), true), count(s.file(), false)))
            .toList();
    return new CoverageReply(entries);
  }

  private int count(String file, boolean resolved) {
    return (int)
        timeline.events().stream()
            .filter(e -> e.file().equals(file))
            .filter(e -> e.resolved() == resolved)
            .map(TemporalEvent::mention)
            .count();
  }
}
