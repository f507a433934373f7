package coveragebot.discord;

/**
 * Text fitted into a character budget, escaped for Discord. When it must be cut, the cut falls on a
 * source character boundary (never inside an escape or a surrogate pair), preferably after a word,
 * and the ellipsis is added outside: un-escaping {@code shown} without its {@link #ELLIPSIS} gives
 * exactly the first {@code length} characters of the source.
 *
 * @param shown the escaped text, ending in {@link #ELLIPSIS} when cut
 * @param length how many source characters {@code shown} holds
 */
record Quote(String shown, int length, boolean cut) {

  static final String ELLIPSIS = " …";

  /** How far back a cut may move to end on a whole word. */
  private static final int WORD_SLACK = 80;

  static Quote fit(String source, int budget) {
    Markdown.Escaped e = Markdown.escaped(source);
    if (e.text().length() <= budget) {
      return new Quote(e.text(), source.length(), false);
    }
    int room = budget - ELLIPSIS.length();
    int[] endAt = e.endAt();
    int k = 0;
    while (k < source.length() && endAt[k + 1] <= room) {
      k++;
    }
    int w = k;
    while (w > 0 && k - w < WORD_SLACK && !Character.isWhitespace(source.charAt(w))) {
      w--;
    }
    if (w > 0 && Character.isWhitespace(source.charAt(w))) {
      k = w;
    }
    if (k > 0 && Character.isHighSurrogate(source.charAt(k - 1))) {
      k--;
    }
    while (k > 0 && Character.isWhitespace(source.charAt(k - 1))) {
      k--;
    }
    if (k == 0) {
      return new Quote(budget >= 1 ? "…" : "", 0, true);
    }
    return new Quote(e.text().substring(0, endAt[k]) + ELLIPSIS, k, true);
  }

  /**
   * Text already escaped for Discord (what {@link Markdown#escape} gives, with the bot's own words
   * around it) cut to {@code max} characters with "…". The cut never falls between a backslash and
   * the character it escapes, which would show a stray backslash before the "…", nor inside a
   * surrogate pair. Every backslash in such text begins an escape, so reading from the start finds
   * them.
   */
  static String cutShown(String shown, int max) {
    if (shown.length() <= max) {
      return shown;
    }
    if (max < 1) {
      return "";
    }
    int k = 0;
    while (k < shown.length()) {
      char c = shown.charAt(k);
      boolean pair =
          k + 1 < shown.length()
              && (c == '\\'
                  || (Character.isHighSurrogate(c)
                      && Character.isLowSurrogate(shown.charAt(k + 1))));
      int next = k + (pair ? 2 : 1);
      if (next > max - 1) {
        break;
      }
      k = next;
    }
    return shown.substring(0, k) + "…";
  }

  /** Plain text (author names, footers: Discord shows them without markdown) cut to a limit. */
  static String plain(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int k = max - 1;
    if (k > 0 && Character.isHighSurrogate(text.charAt(k - 1))) {
      k--;
    }
    return text.substring(0, k) + "…";
  }
}
