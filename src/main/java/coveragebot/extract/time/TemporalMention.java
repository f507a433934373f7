package coveragebot.extract.time;

import coveragebot.corpus.Span;

/**
 * A temporal expression as written in an article: its exact span and text, and either its
 * normalised value or the reason it could not be resolved (exactly one of the two is set).
 */
public record TemporalMention(Span span, String text, TimeValue value, String reason) {
  public TemporalMention {
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("mention text does not match its span");
    }
    if ((value == null) == (reason == null)) {
      throw new IllegalArgumentException("a mention has a value or a reason, not both");
    }
    // Shared instances for the short texts and values that recur across a large coverage
    // ("Tuesday", "2024-07-09"): the timeline keeps every mention.
    text = text.intern();
    value = value == null ? null : TimeValue.canonical(value);
    reason = reason == null ? null : reason.intern();
  }

  public boolean resolved() {
    return value != null;
  }
}
