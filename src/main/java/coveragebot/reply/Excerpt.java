package coveragebot.reply;

import coveragebot.corpus.SourceRef;
import coveragebot.corpus.Span;
import java.util.List;

/**
 * A piece of source text as shown to a user: {@code text} is exactly the file's text between {@code
 * start} and {@code end} (the one invariant). {@code link} is a deep link to the passage, or null
 * when the source's URL is unknown.
 *
 * @param highlights spans (file offsets, inside [start, end)) of the words that matched a query
 */
public record Excerpt(
    String text,
    String file,
    int start,
    int end,
    SourceRef source,
    String link,
    List<Span> highlights) {
  public Excerpt {
    if (text.length() != end - start) {
      throw new IllegalArgumentException("excerpt text does not match its offsets");
    }
    highlights = List.copyOf(highlights);
  }
}
