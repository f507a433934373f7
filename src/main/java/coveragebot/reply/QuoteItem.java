package coveragebot.reply;

import coveragebot.corpus.Span;
import java.util.List;

/**
 * One quotation as shown to users: the inner text verbatim (as an {@link Excerpt}, so the one
 * invariant holds) and who said it, with the evidence.
 *
 * @param kind "full", "partial" or "title"
 * @param speaker canonical name, or null when unknown, unnamed or ambiguous
 * @param speakerText the exact words that named the speaker, or null
 * @param speakerSpan where {@code speakerText} is in the file, or null
 * @param marks the quotation with its quote marks (to the paragraph end when unclosed)
 * @param candidates the plausible speakers when there was a choice
 * @param cue the rule that decided the speaker
 * @param closed false when the quote has no closing mark
 * @param headline true for a quote in the headline
 */
public record QuoteItem(
    Excerpt excerpt,
    String kind,
    String speaker,
    String speakerText,
    Span speakerSpan,
    double confidence,
    boolean ambiguous,
    List<String> candidates,
    String cue,
    boolean closed,
    boolean headline,
    Span marks) {
  public QuoteItem {
    candidates = List.copyOf(candidates);
  }
}
