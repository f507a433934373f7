package coveragebot.command;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim as typed, split into who it says spoke and the words to look for.
 *
 * @param text the claim without Discord mentions and markdown
 * @param body the words to find in the sources (the quotation when the claim quotes someone)
 * @param speaker who the claim says spoke, or null
 * @param quoted true when the claim presents words as a quotation (quote marks), so a close but
 *     unequal source is a {@code variant}; an unquoted claim is a statement of fact instead
 */
record Claim(String text, String body, String speaker, boolean quoted) {

  private static final String VERBS = "said|says|stated|states|told|added|remarked|insisted";
  private static final String NAME = "((?:[A-Z][\\p{L}.'-]*\\s+){0,3}[A-Z][\\p{L}'-]+)";
  private static final String OPEN = "[\"“‘']";
  private static final String CLOSE = "[\"”’']";

  /** Rutte said: "..." */
  private static final Pattern BEFORE =
      Pattern.compile("^" + NAME + "\\s+(?:" + VERBS + ")(?:\\s+that)?[:,]?\\s+(.+)$");

  /** "...," Rutte said. / "...," said Rutte. */
  private static final Pattern AFTER =
      Pattern.compile(
          "^("
              + OPEN
              + ".+"
              + CLOSE
              + ")[,.]?\\s+(?:"
              + NAME
              + "\\s+(?:"
              + VERBS
              + ")|(?:"
              + VERBS
              + ")\\s+"
              + NAME
              + ")\\.?$");

  /** "..." - Rutte / "..." — Mark Rutte */
  private static final Pattern DASHED =
      Pattern.compile("^(" + OPEN + ".+" + CLOSE + ")[,.]?\\s*[-–—]+\\s*" + NAME + "\\.?$");

  /** Rutte: "..." */
  private static final Pattern COLON =
      Pattern.compile("^" + NAME + ":\\s*(" + OPEN + ".+" + CLOSE + "[.,!?]*)$");

  /** According to Rutte, ... */
  private static final Pattern ACCORDING_BEFORE =
      Pattern.compile("^[Aa]ccording to " + NAME + ",\\s*(.+)$");

  /** ..., according to Rutte. */
  private static final Pattern ACCORDING_AFTER =
      Pattern.compile("^(.+?),?\\s+according to " + NAME + "\\.?$");

  private static final Pattern WRAPPED = Pattern.compile("^" + OPEN + "(.+)" + CLOSE + "[.,!?]*$");

  static Claim parse(String typed) {
    String text = clean(typed);
    String speaker = null;
    String body = text;
    Matcher m;
    if ((m = BEFORE.matcher(text)).matches()
        || (m = COLON.matcher(text)).matches()
        || (m = ACCORDING_BEFORE.matcher(text)).matches()) {
      speaker = m.group(1).strip();
      body = m.group(2).strip();
    } else if ((m = AFTER.matcher(text)).matches()) {
      speaker = (m.group(2) != null ? m.group(2) : m.group(3)).strip();
      body = m.group(1).strip();
    } else if ((m = DASHED.matcher(text)).matches()
        || (m = ACCORDING_AFTER.matcher(text)).matches()) {
      speaker = m.group(2).strip();
      body = m.group(1).strip();
    }
    Matcher w = WRAPPED.matcher(body);
    boolean quoted = w.matches();
    if (quoted) {
      body = w.group(1).strip();
    }
    return new Claim(text, body, speaker, quoted);
  }

  /**
   * Drops what Discord adds around words (mentions, channel links, markdown marks), which no
   * article contains and which must never reach a reply as a live ping.
   */
  static String clean(String typed) {
    String out = typed;
    for (Pattern p : DISCORD_MARKUP) {
      out = p.matcher(out).replaceAll(" ");
    }
    return out.strip();
  }

  /** Replaced by a space, in this order (compiled once, not for every claim). */
  private static final List<Pattern> DISCORD_MARKUP =
      java.util.stream.Stream.of(
              "<(@[!&]?|#)\\d+>", "<a?:\\w+:\\d+>", "@(everyone|here)", "[*_~`|>]+", "\\s+")
          .map(Pattern::compile)
          .toList();
}
