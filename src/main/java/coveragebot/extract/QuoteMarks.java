package coveragebot.extract;

/**
 * What a quote-mark character is doing where it stands: opening, closing, either (a straight mark),
 * or nothing (an apostrophe, a mark inside a word such as O"Brien or 5"4).
 */
final class QuoteMarks {
  private QuoteMarks() {}

  enum Mark {
    OPEN,
    CLOSE,
    EITHER,
    NONE
  }

  static Mark doubleMark(String text, int i, Region region) {
    char c = text.charAt(i);
    Mark m =
        switch (c) {
          case '\u201C', '\u201E', '\u00AB' -> Mark.OPEN;
          case '\u201D', '\u00BB' -> Mark.CLOSE;
          case '"' -> Mark.EITHER;
          default -> Mark.NONE;
        };
    if (m != Mark.NONE
        && isWordChar(before(text, i, region))
        && isWordChar(after(text, i, region))) {
      return Mark.NONE; // inside a word: O"Brien, 5"4
    }
    return m;
  }

  /** A straight double mark with nothing open opens, unless it plainly ends a word. */
  static boolean opensHere(String text, int i, Region region) {
    char next = after(text, i, region);
    return !Character.isWhitespace(next) || i == region.start();
  }

  static Mark singleMark(String text, int i, Region region) {
    char c = text.charAt(i);
    char prev = before(text, i, region);
    char next = after(text, i, region);
    if (c == '\u2018') {
      return Character.isDigit(next) || Character.isWhitespace(next) ? Mark.NONE : Mark.OPEN;
    }
    if (isWordChar(prev) && isWordChar(next)) {
      return Mark.NONE; // He’s, Nato's, I'm
    }
    boolean openSide = Character.isWhitespace(prev) || "([{—–-/\u0000".indexOf(prev) >= 0;
    if (openSide && Character.isLetter(next)) {
      return Mark.OPEN;
    }
    if (!Character.isWhitespace(prev) && prev != '\u0000' && !Character.isLetterOrDigit(next)) {
      return Mark.CLOSE;
    }
    return Mark.NONE;
  }

  /**
   * False for every character that {@link #doubleMark} reads as NONE and {@link #isSingle} rejects:
   * one test on the quote scanner's way through the text instead of the two.
   */
  static boolean mayBeMark(char c) {
    return c < '\u00AB' ? c == '"' || c == '\'' : c == '\u00AB' || c == '\u00BB' || c >= '\u2018';
  }

  static boolean isSingle(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }

  static boolean isDoubleOpening(char c) {
    return c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB';
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** The character before {@code i} in the region, or NUL at its start. */
  static char before(String text, int i, Region region) {
    return i > region.start() ? text.charAt(i - 1) : '\u0000';
  }

  static char after(String text, int i, Region region) {
    return i + 1 < region.end() ? text.charAt(i + 1) : '\u0000';
  }
}
