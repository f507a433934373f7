package coveragebot.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The exact words of a passage, as the stemmed analysis read them on its way: the two chains share
 * everything up to the stop words and the stemmer, so indexing reads each passage once and the
 * exact field replays what a {@link #tap} recorded, instead of a second tokenizer and four filters
 * doing the same work again (about a tenth of the build's processor time at 100k articles). The
 * exact field keeps no positions (only which words and how often), so the words alone are replayed.
 *
 * <p>Each passage's words must be recorded before they are replayed, once: the index lists the
 * stemmed field before the exact one, and Lucene inverts a document's fields in order; a replay
 * without a fresh recording throws rather than index another passage's words.
 */
final class ExactWords extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private char[] chars = new char[1024];
  private int[] ends = new int[128];
  private int count;
  private int next;
  private boolean recorded;

  /** A filter that passes its input on unchanged and records each word into {@code words}. */
  static TokenFilter tap(TokenStream input, ExactWords words) {
    return new Tap(input, words);
  }

  private static final class Tap extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ExactWords words;

    Tap(TokenStream input, ExactWords words) {
      super(input);
      this.words = words;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      words.add(term.buffer(), term.length());
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      words.count = 0;
      words.recorded = true;
    }
  }

  private void add(char[] buf, int len) {
    int start = count == 0 ? 0 : ends[count - 1];
    if (start + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + len));
    }
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, count * 2);
    }
    System.arraycopy(buf, 0, chars, start, len);
    ends[count++] = start + len;
  }

  @Override
  public boolean incrementToken() {
    if (next == count) {
      return false;
    }
    clearAttributes();
    int start = next == 0 ? 0 : ends[next - 1];
    term.copyBuffer(chars, start, ends[next] - start);
    next++;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    if (!recorded) {
      throw new IllegalStateException("exact words replayed before the stemmed field was read");
    }
    recorded = false;
    next = 0;
  }
}
