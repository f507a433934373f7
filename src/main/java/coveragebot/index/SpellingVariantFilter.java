package coveragebot.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Rewrites lower-cased British spellings to American ones (see {@link SpellingVariants}). */
final class SpellingVariantFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Map<String, String> variants;

  SpellingVariantFilter(TokenStream in, Map<String, String> variants) {
    super(in);
    this.variants = variants;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String replacement = variants.get(term.toString());
    if (replacement != null) {
      term.setEmpty().append(replacement);
    }
    return true;
  }
}
