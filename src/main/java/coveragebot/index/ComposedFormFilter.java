package coveragebot.index;

import coveragebot.corpus.ComposedForm;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Each word in Unicode's composed form (NFC, {@link ComposedForm}), and ASCII folding then makes
 * "été" in either encoding "ete". Only the term changes, never its offsets: a highlight is still
 * the text as written. The compatibility forms news copy holds (ligatures, full-width letters) are
 * folded by {@code ASCIIFoldingFilter}. Invisible format characters (a soft hyphen) are left out of
 * a word, and a token of them alone is dropped.
 */
final class ComposedFormFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  ComposedFormFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      if (!ComposedForm.needed(term)) {
        return true;
      }
      String composed = ComposedForm.of(term);
      if (!composed.isEmpty()) { // a "word" of format characters alone is none
        term.setEmpty().append(composed);
        return true;
      }
    }
    return false;
  }
}
