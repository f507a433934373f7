package coveragebot.corpus;

import java.text.Normalizer;

/**
 * Words in Unicode's composed form (NFC), the one rule the index's terms and {@code /check}'s words
 * share: "été" typed as three characters and as five ("e" and a combining acute accent, U+0301) are
 * the same word. Invisible format characters (Unicode's category Cf: a soft hyphen, a zero-width
 * joiner, direction marks and isolates) are left out of a word, so that "Rut\u00ADte" pasted from a
 * web page is "Rutte".
 *
 * <p>NFC and not NFKC: NFC only joins what are two encodings of the same text; NFKC would also
 * change what is written ("²" to "2", "½" to "1⁄2" inside one word).
 *
 * <p>Every character below U+0300 but the soft hyphen (U+00AD) is in NFC, composes with nothing
 * before it (the combining marks start at U+0300) and is visible, so a word of those alone, nearly
 * every word of English news, is known to be composed after one look at its characters, without
 * calling {@link Normalizer}.
 */
public final class ComposedForm {
  private ComposedForm() {}

  private static final char SOFT_HYPHEN = '\u00AD';

  /** Whether {@code word} is not in NFC or holds a format character, so {@link #of} changes it. */
  public static boolean needed(CharSequence word) {
    for (int i = 0, n = word.length(); i < n; i++) {
      char c = word.charAt(i);
      if (c >= '\u0300' || c == SOFT_HYPHEN) {
        return hasFormat(word, i) || !Normalizer.isNormalized(word, Normalizer.Form.NFC);
      }
    }
    return false;
  }

  private static boolean hasFormat(CharSequence word, int from) {
    for (int i = from, n = word.length(); i < n; ) {
      int c = Character.codePointAt(word, i);
      if (Character.getType(c) == Character.FORMAT) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** {@code word} in NFC, without format characters (possibly empty). */
  public static String of(CharSequence word) {
    return withoutFormat(Normalizer.normalize(word, Normalizer.Form.NFC));
  }

  /**
   * {@code text} without its format characters (Unicode's Cf, tags of emoji flags beyond U+FFFF
   * included); {@code text} itself when it has none, and null for null.
   */
  public static String withoutFormat(String text) {
    if (text == null || !hasFormat(text, 0)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.getType(c) != Character.FORMAT) {
        b.appendCodePoint(c); // a lone surrogate too, as it was
      }
      i += Character.charCount(c);
    }
    return b.toString();
  }
}
