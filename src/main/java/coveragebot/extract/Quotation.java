package coveragebot.extract;

import coveragebot.corpus.SourceRef;
import coveragebot.corpus.Span;
import java.util.List;

/**
 * One quotation. {@code start}/{@code end} cover the inner text without the quote marks (and
 * without stray spaces just inside them); {@code text} is exactly the article text in that range. A
 * quotation that runs over several paragraphs keeps one range from its first to its last word, and
 * lists the marks-free pieces in {@code segments}.
 *
 * @param source the article's file and what is known of it (a reply shows it with each copy it
 *     lists: held here rather than looked up by file name, which read three more objects from a
 *     cold heap per copy)
 * @param marks the span including the opening and closing marks (to the paragraph end if unclosed)
 * @param closed false when no closing mark was found; the quote then ends with its paragraph
 * @param headline true for a quote in the article's headline rather than its body
 */
public record Quotation(
    SourceRef source,
    int start,
    int end,
    String text,
    Kind kind,
    Span marks,
    boolean closed,
    boolean headline,
    List<Span> segments,
    Attribution attribution) {

  /** What a quotation is doing in the sentence. */
  public enum Kind {
    /** A statement quoted as a sentence or more. */
    FULL,
    /** A fragment woven into reported speech: Rutte said he had "no doubt". */
    PARTIAL,
    /** A name or a scare quote: his "Victory Plan". Titles have no speaker. */
    TITLE
  }

  public Quotation {
    if (text.length() != end - start) {
      throw new IllegalArgumentException("quotation text does not match its offsets");
    }
    segments = List.copyOf(segments);
  }

  /** The article's file name. */
  public String file() {
    return source.file();
  }

  public String speaker() {
    return attribution.speaker();
  }
}
