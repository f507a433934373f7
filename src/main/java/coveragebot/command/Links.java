package coveragebot.command;

import java.net.URLEncoder;
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
    if (url == null || url.isBlank()) {
      return null;
    }
    int hash = url.indexOf('#');
    String base = hash >= 0 ? url.substring(0, hash) : url;
    String[] words = passage.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return base;
    }
    String fragment;
    if (words.length <= 2 * EDGE_WORDS) {
      fragment = encode(String.join(" ", words));
    } else {
      String start = String.join(" ", java.util.Arrays.copyOfRange(words, 0, EDGE_WORDS));
      String end =
          String.join(
              " ", java.util.Arrays.copyOfRange(words, words.length - EDGE_WORDS, words.length));
      fragment = encode(start) + "," + encode(end);
    }
    return base + "#:~:text=" + fragment;
  }

  /**
   * Percent-encodes a fragment term. Beyond URL encoding, {@code -}, {@code ,} and {@code &} have
   * meaning inside a text directive, so they are encoded too.
   */
  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("-", "%2D")
        .replace("*", "%2A");
  }
}
