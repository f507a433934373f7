package coveragebot.corpus;

import java.text.Normalizer;

/**
 * Words in Unicode's composed form (NFC), the one rule the index's terms and {@code /check}'s words
 * share: "été" typed as three characters and as five ("e" and a combining acute accent, U+0301) are
 * the same word.
 *
 * <p>NFC and not NFKC: NFC only joins what are two encodings of the same text; NFKC would also
 * change what is written ("²" to "2", "½" to "1⁄2" inside one word).
 *
 * <p>Every character below U+0300 is in NFC and composes with nothing before it (the combining
 * marks start at U+0300), so a word of those alone, nearly every word of English news, is known to
 * be composed after one look at its characters, without calling {@link Normalizer}.
 */
public final class ComposedForm {
  private ComposedForm() {}

  /** Whether {@code word} is not in NFC, so {@link #of} would change it. */
  public static boolean needed(CharSequence word) {
    for (int i = 0, n = word.length(); i < n; i++) {
      if (word.charAt(i) >= '\u0300') {
        return !Normalizer.isNormalized(word, Normalizer.Form.NFC);
      }
    }
    return false;
  }

  /** {@code word} in NFC. */
  public static String of(CharSequence word) {
    return Normalizer.normalize(word, Normalizer.Form.NFC);
  }
}
