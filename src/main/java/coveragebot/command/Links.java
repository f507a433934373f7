package coveragebot.command;

import java.nio.charset.StandardCharsets;

/**
 * Deep links that open a source scrolled to a passage: text fragments, {@code
 * url#:~:text=start,end}. Browsers fail silently when the page changed, so replies always show the
 * plain URL too.
 */
public final class Links {
  private Links() {}

  /** Words from each end of a long passage that name it in the fragment. */
  private static final int EDGE_WORDS = 4;

  /** The deep link, or null when the source URL is unknown (never a made-up link). */
  public static String textFragment(String url, String passage) {
    return textFragment(url, passage, Links::fragment);
  }

  /**
   * {@link #textFragment(String, String)} with the fragment of a passage from {@code fragments}
   * ({@link #fragment} or a memo of it): a reply listing ten copies of one quotation names the same
   * words ten times.
   */
  static String textFragment(
      String url, String passage, java.util.function.UnaryOperator<String> fragments) {
    if (url == null || url.isBlank()) {
      return null;
    }
    int hash = url.indexOf('#');
    String base = hash >= 0 ? url.substring(0, hash) : url;
    return base + fragments.apply(passage);
  }

  /**
   * The deep link to {@code text[start, end)}: {@link #textFragment(String, String)}, with the
   * words before it as the fragment's prefix when the same words stand earlier in the text, where a
   * browser would otherwise stop (Jordan Times' body "strong" after its headline's 'strong').
   */
  public static String textFragment(String url, String text, int start, int end) {
    return withPrefix(textFragment(url, text.substring(start, end)), text, start, end);
  }

  /**
   * {@code link}, the deep link to {@code text[start, end)}, with the words before it as the
   * fragment's prefix when the same words stand earlier in the text ({@link #textFragment(String,
   * String, int, int)}).
   */
  static String withPrefix(String link, String text, int start, int end) {
    if (link == null || end - start > REPEATED_CHARS) {
      return link;
    }
    String words = text.substring(start, end).strip();
    if (words.isEmpty()) {
      return link;
    }
    // indexOf, not lastIndexOf from start: the forward search is the JIT's vector intrinsic
    int first = text.indexOf(words);
    if (first < 0 || first >= start) {
      return link; // the first place with these words: the link finds it as it is
    }
    // back over the marks touching the passage ("), the space, then the word before; and more
    // words before it while prefix and words together still stand earlier in the text (Jordan
    // Times' caption has 'alliance "strong' too, before the body's)
    int from = start;
    while (from > 0 && !isSpace(text.charAt(from - 1))) {
      from--;
    }
    for (int k = 0; k < PREFIX_WORDS && from > 0; k++) {
      while (from > 0 && isSpace(text.charAt(from - 1))) {
        from--;
      }
      while (from > 0 && !isSpace(text.charAt(from - 1))) {
        from--;
      }
      int earlier = text.indexOf(text.substring(from, end));
      if (earlier < 0 || earlier >= from) {
        break;
      }
    }
    String prefix = text.substring(from, start).strip();
    if (prefix.isEmpty()) {
      return link;
    }
    int at = link.indexOf("#:~:text=") + "#:~:text=".length();
    return link.substring(0, at)
        + encode(joined(prefix, 0, prefix.length()))
        + "-,"
        + link.substring(at);
  }

  /** The most words {@link #withPrefix} puts before a passage's words to tell them apart. */
  private static final int PREFIX_WORDS = 5;

  /**
   * The longest words {@link #withPrefix} looks for earlier in the text: short ones repeat (a
   * headline's 'strong' and the body's "strong"), a sentence hardly ever; looking for every
   * quotation a reply lists earlier in its article raised /quote's p99 at 10k generated articles
   * from about 0.40 to 0.45-0.60 ms.
   */
  private static final int REPEATED_CHARS = 80;

  /** What goes after a page's address to name {@code passage}: empty for a blank passage. */
  static String fragment(String passage) {
    // The words are the runs between ASCII whitespace (the regex \s), found in place: a reply
    // links every passage it shows, and splitting a whole passage into words to keep eight of
    // them was most of a link's cost (LinksTest compares the two).
    String s = passage.strip();
    if (s.isEmpty()) {
      return "";
    }
    int words = 0;
    int headEnd = 0;
    for (int i = 0; i < s.length() && words <= 2 * EDGE_WORDS; words++) {
      i = wordEnd(s, wordStart(s, i));
      if (words + 1 == EDGE_WORDS) {
        headEnd = i;
      }
    }
    String fragment;
    if (words <= 2 * EDGE_WORDS) {
      fragment = encode(joined(s, 0, s.length()));
    } else {
      int tailStart = s.length();
      for (int k = 0; k < EDGE_WORDS; k++) {
        while (isSpace(s.charAt(tailStart - 1))) {
          tailStart--;
        }
        while (tailStart > 0 && !isSpace(s.charAt(tailStart - 1))) {
          tailStart--;
        }
      }
      fragment = encode(joined(s, 0, headEnd)) + "," + encode(joined(s, tailStart, s.length()));
    }
    return "#:~:text=" + fragment;
  }

  /** The whitespace of the regex {@code \s} (ASCII only). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static int wordStart(String s, int i) {
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String s, int i) {
    while (i < s.length() && !isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The words of {@code s[from, to)} (which starts and ends with one) joined by single spaces. */
  private static String joined(String s, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; ) {
      int end = wordEnd(s, i);
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(s, i, end);
      i = wordStart(s, end);
    }
    return out.toString();
  }

  /**
   * Percent-encodes a fragment term. Beyond URL encoding, {@code -}, {@code ,} and {@code &} have
   * meaning inside a text directive, so they are encoded too: only ASCII letters, digits, {@code .}
   * and {@code _} stay as they are, and every other character is its UTF-8 bytes in {@code %XX} (a
   * lone surrogate as {@code ?}). The same as {@code URLEncoder.encode} with {@code +}, {@code -}
   * and {@code *} encoded afterwards, in one pass (LinksTest compares the two).
   */
  static String encode(String s) {
    StringBuilder out = new StringBuilder(s.length() + 32);
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (kept(c)) {
        out.append(c);
        i++;
      } else if (c < 0x80) { // one byte: a space, a comma, a dash
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
        i++;
      } else {
        int end = i + 1;
        while (end < s.length() && s.charAt(end) >= 0x80) {
          end++;
        }
        for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        i = end;
      }
    }
    return out.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** A character a text directive carries as it is. */
  private static boolean kept(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || c == '.'
        || c == '_';
  }
}
