package coveragebot.index;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Each word in Unicode's composed form (NFC): "été" typed as three characters and as five ("e" and
 * a combining acute accent, U+0301) are the same word, and ASCII folding then makes both "ete".
 * Only the term changes, never its offsets: a highlight is still the text as written.
 *
 * <p>NFC and not NFKC: NFC only joins what are two encodings of the same text; NFKC would also
 * change what is written ("²" to "2", "½" to "1⁄2" inside one word), and the compatibility forms
 * news copy holds (ligatures, full-width letters) are already folded by {@code ASCIIFoldingFilter}.
 *
 * <p>Every character below U+0300 is in NFC and composes with nothing before it (the combining
 * marks start at U+0300), so a word of those alone, nearly every word of English news, is passed on
 * after one look at its characters, without calling {@link Normalizer}.
 */
final class ComposedFormFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  ComposedFormFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    for (int i = 0, n = term.length(); i < n; i++) {
      if (buffer[i] >= '\u0300') {
        if (!Normalizer.isNormalized(term, Normalizer.Form.NFC)) {
          String composed = Normalizer.normalize(term, Normalizer.Form.NFC);
          term.setEmpty().append(composed);
        }
        break;
      }
    }
    return true;
  }
}
