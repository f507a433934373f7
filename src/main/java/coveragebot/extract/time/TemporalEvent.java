package coveragebot.extract.time;

import coveragebot.corpus.SourceRef;
import coveragebot.corpus.Span;

/**
 * A sentence of a story that carries a temporal expression: the sentence's exact span and text, and
 * the mention in it. It is an event when the mention is resolved; otherwise it is kept as an
 * unresolved statement with the mention's reason.
 *
 * @param context the sentence with its neighbours, used only to tell whether two outlets report the
 *     same thing; never shown
 */
public record TemporalEvent(
    SourceRef source, Span sentence, String text, TemporalMention mention, CharSequence context) {
  public TemporalEvent {
    if (text.length() != sentence.length()) {
      throw new IllegalArgumentException("event text does not match its span");
    }
    if (mention.span().start() < sentence.start() || mention.span().end() > sentence.end()) {
      throw new IllegalArgumentException("the expression lies outside its sentence");
    }
  }

  public String file() {
    return source.file();
  }

  public boolean resolved() {
    return mention.resolved();
  }
}
