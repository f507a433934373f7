package coveragebot.extract;

import coveragebot.corpus.Span;
import java.util.List;

/**
 * A pair of quote marks as found, before it is classified and attributed.
 *
 * @param marks from the opening mark to just after the closing one (or the paragraph end)
 * @param segments the inner text of each paragraph the quote runs over, marks and edge spaces cut
 * @param region index of the region (paragraph or headline) where the quote opens
 */
record RawQuote(Span marks, List<Span> segments, boolean closed, int region, boolean headline) {
  RawQuote {
    segments = List.copyOf(segments);
  }

  int start() {
    return segments.get(0).start();
  }

  int end() {
    return segments.get(segments.size() - 1).end();
  }
}
