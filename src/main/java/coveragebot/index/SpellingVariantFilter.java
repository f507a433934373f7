package coveragebot.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites lower-cased words by a map: British spellings to American ones ({@link
 * SpellingVariants}), irregular past forms to their verbs ({@link IrregularVerbs}).
 */
final class SpellingVariantFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final CharArrayMap<String> variants;

  /** {@code variants} is looked up with the term's characters, without making a string of them. */
  SpellingVariantFilter(TokenStream in, CharArrayMap<String> variants) {
    super(in);
    this.variants = variants;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String replacement = variants.get(term.buffer(), 0, term.length());
    if (replacement != null) {
      term.setEmpty().append(replacement);
    }
    return true;
  }
}
