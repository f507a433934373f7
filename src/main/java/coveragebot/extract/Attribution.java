package coveragebot.extract;

import coveragebot.corpus.Span;
import java.util.List;

/**
 * Who said a quotation, and why we think so.
 *
 * @param speaker the canonical person name, or null (unknown, unnamed, ambiguous or a title)
 * @param speakerText the exact words that named the speaker ("he", "Mr. Rutte", "a NATO diplomat"),
 *     or null
 * @param speakerSpan where {@code speakerText} is in the article text, or null
 * @param confidence 0..1, how much the deciding cue is usually right
 * @param ambiguous true when two or more speakers are equally plausible; {@code speaker} is null
 * @param candidates the plausible speakers when there was a choice, best first
 * @param cue the rule that decided, for example {@code "X said"} or {@code "pronoun he -> Mark
 *     Rutte"}
 */
public record Attribution(
    String speaker,
    String speakerText,
    Span speakerSpan,
    double confidence,
    boolean ambiguous,
    List<String> candidates,
    String cue) {
  public Attribution {
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence is 0..1: " + confidence);
    }
    candidates = List.copyOf(candidates);
    // Shared instances for names and rules that recur across hundreds of thousands of quotations.
    speaker = speaker == null ? null : speaker.intern();
    speakerText = speakerText == null ? null : speakerText.intern();
    cue = cue == null ? null : cue.intern();
  }

  static Attribution none(String cue) {
    return new Attribution(null, null, null, 0, false, List.of(), cue);
  }
}
