package coveragebot.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * An acronym written with dots is the word without them: "U.S." (which the tokenizer gives as
 * {@code U.S}) is "US", "U.K." is "UK", so that a newsroom's "U.S. election" finds the coverage's
 * "US election" and the other way round. Only single letters between dots count: "Mr." and "No.1"
 * stay as they are. Only the term changes, never its offsets.
 */
final class AcronymFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  AcronymFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (acronym(term, term.length())) {
      int w = 0;
      char[] b = term.buffer();
      for (int i = 0; i < term.length(); i += 2) {
        b[w++] = b[i];
      }
      term.setLength(w);
    }
    return true;
  }

  /**
   * Whether the first {@code length} characters of {@code s} are two or more single letters with a
   * dot after each but perhaps the last ("U.S", "U.S.A."); the tokenizer keeps the inner dots.
   */
  static boolean acronym(CharSequence s, int length) {
    if (length < 3) {
      return false;
    }
    int end = s.charAt(length - 1) == '.' ? length - 1 : length;
    if (end % 2 == 0) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (i % 2 == 0 ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return true;
  }
}
