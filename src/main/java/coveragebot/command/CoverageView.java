package coveragebot.command;

import coveragebot.corpus.Corpus;
import coveragebot.corpus.SourceRef;
import coveragebot.extract.time.TemporalEvent;
import coveragebot.extract.time.Timeline;
import coveragebot.reply.CoverageReply;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /timeline view:coverage}: when each outlet published, oldest first, undated last. */
public final class CoverageView {
  private final Corpus corpus;
  private final Timeline timeline;

  public CoverageView(Corpus corpus, Timeline timeline) {
    this.corpus = corpus;
    this.timeline = timeline;
  }

  /** The same for every request (the corpus does not change): worked out once, when first asked. */
  private volatile CoverageReply reply;

  CoverageReply reply() {
    CoverageReply r = reply;
    if (r == null) {
      r = build();
      reply = r;
    }
    return r;
  }

  private CoverageReply build() {
    // counted in one pass over the events, not one pass per article
    Map<String, int[]> counts = new HashMap<>();
    for (TemporalEvent e : timeline.events()) {
      counts.computeIfAbsent(e.file(), f -> new int[2])[e.resolved() ? 0 : 1]++;
    }
    Comparator<SourceRef> byDate =
        Comparator.comparing((SourceRef s) -> s.published() == null ? "~" : s.published().iso());
    List<CoverageReply.Entry> entries =
        corpus.articles().stream()
            .map(a -> a.source())
            .sorted(byDate.thenComparing(SourceRef::file))
            .map(
                s -> {
                  int[] c = counts.getOrDefault(s.file(), new int[2]);
                  return new CoverageReply.Entry(s, c[0], c[1]);
                })
            .toList();
    return new CoverageReply(entries);
  }
}
