package coveragebot.discord;

/**
 * Escapes Discord markdown so quoted text looks as in the source. Escaping is a backslash before
 * the character, which Discord hides; every backslash of the source is escaped too, so {@link
 * #unescape} gives back the exact source text (the verbatim invariant survives rendering).
 */
final class Markdown {
  private Markdown() {}

  /**
   * Characters that format anywhere in a line: emphasis, code, spoilers, quotes, links, mentions.
   */
  private static final String ALWAYS = "\\*_~`|>[]<#";

  /** Characters that format only at the start of a line: lists and numbered lists. */
  private static final String LINE_START = "-+";

  /** The escaped text. */
  static String escape(String text) {
    return escaped(text).text();
  }

  /**
   * The escaped text with, for each source index {@code i}, the length of the escaped output of
   * {@code text[0, i)}; used to cut a quote at a source boundary without splitting an escape.
   */
  record Escaped(String text, int[] endAt) {}

  static Escaped escaped(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    int[] endAt = new int[text.length() + 1];
    boolean lineStart = true;
    boolean digitsAtStart = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escape =
          ALWAYS.indexOf(c) >= 0
              || (lineStart && LINE_START.indexOf(c) >= 0)
              || (digitsAtStart && c == '.');
      if (escape) {
        b.append('\\');
      }
      b.append(c);
      endAt[i + 1] = b.length();
      if (c == '\n') {
        lineStart = true;
        digitsAtStart = false;
      } else if (c == ' ' || c == '\t') {
        digitsAtStart = false;
      } else if (Character.isDigit(c) && (lineStart || digitsAtStart)) {
        lineStart = false;
        digitsAtStart = true;
      } else {
        lineStart = false;
        digitsAtStart = false;
      }
    }
    return new Escaped(b.toString(), endAt);
  }

  /** The inverse of {@link #escape}: a backslash before ASCII punctuation is dropped. */
  static String unescape(String shown) {
    StringBuilder b = new StringBuilder(shown.length());
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '\\' && i + 1 < shown.length() && isAsciiPunctuation(shown.charAt(i + 1))) {
        b.append(shown.charAt(++i));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c > ' ';
  }
}
