package coveragebot.extract.time;

import coveragebot.corpus.Span;
import java.util.List;

/**
 * A sentence with its neighbours, each followed by a space, kept as offsets into the article's text
 * (already in memory) rather than as a copy: the timeline keeps tens of thousands of events, and
 * their neighbourhoods are only read while outlets' events are merged.
 */
final class Neighbourhood implements CharSequence {
  private final String text;
  private final int[] bounds;

  /** The sentences {@code from..to} (inclusive) of {@code sentences}, over {@code text}. */
  Neighbourhood(String text, List<Span> sentences, int from, int to) {
    this.text = text;
    this.bounds = new int[2 * (to - from + 1)];
    for (int j = from; j <= to; j++) {
      bounds[2 * (j - from)] = sentences.get(j).start();
      bounds[2 * (j - from) + 1] = sentences.get(j).end();
    }
  }

  /** A stretch {@code text[from, to)} of an article. */
  interface Stretch {
    void accept(String text, int from, int to);
  }

  /** Gives {@code each} the sentences in order, without copying them. */
  void eachSentence(Stretch each) {
    for (int k = 0; k < bounds.length; k += 2) {
      each.accept(text, bounds[k], bounds[k + 1]);
    }
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(length());
    for (int k = 0; k < bounds.length; k += 2) {
      b.append(text, bounds[k], bounds[k + 1]).append(' ');
    }
    return b.toString();
  }

  @Override
  public int length() {
    int n = 0;
    for (int k = 0; k < bounds.length; k += 2) {
      n += bounds[k + 1] - bounds[k] + 1;
    }
    return n;
  }

  @Override
  public char charAt(int index) {
    return toString().charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }
}
