package coveragebot.discord;

import java.util.Locale;

/** Which links may go into an embed, and how to write them as markdown links. */
final class Urls {
  private Urls() {}

  /** True for http(s) URLs without spaces within JDA's length limit; anything else is dropped. */
  static boolean usable(String url) {
    if (url == null || url.length() > Limits.URL) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://"))
        && url.length() > 8
        && url.chars().noneMatch(c -> Character.isWhitespace(c) || c < ' ');
  }

  /** The first usable URL, or null: a deep link, then the plain link, never a made-up one. */
  static String first(String... urls) {
    for (String u : urls) {
      if (usable(u)) {
        return u;
      }
    }
    return null;
  }

  /** {@code [label](url)}: parentheses in the URL are encoded so they cannot end the link. */
  static String masked(String escapedLabel, String url) {
    return "[" + escapedLabel + "](" + url.replace("(", "%28").replace(")", "%29") + ")";
  }
}
