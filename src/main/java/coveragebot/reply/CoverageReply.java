package coveragebot.reply;

import coveragebot.corpus.SourceRef;
import java.util.List;

/**
 * When each outlet published, oldest first and undated articles last, with how many dated events
 * and unresolved time expressions each article has.
 */
public record CoverageReply(List<Entry> outlets) implements Reply {
  public CoverageReply {
    outlets = List.copyOf(outlets);
  }

  /** One article. */
  public record Entry(SourceRef source, int events, int unresolved) {}
}
