package coveragebot.extract.time;

import java.util.Locale;

/**
 * Cheap facts about one stretch of text (a passage), worked out at most once each, that tell which
 * {@link TemporalRule}s could match in it at all: a rule needing a digit cannot match in a passage
 * without one. Checking them costs one pass over the text; running the rules' regexes where they
 * cannot match was most of the time spent building the timeline.
 */
final class Clues {
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private final String text;
  private final int from;
  private final int to;
  private Boolean digit;
  private Boolean month;
  private String lower;

  /** About {@code text[from, to)}, read in place (a copy per passage was a needless allocation). */
  Clues(String text, int from, int to) {
    this.text = text;
    this.from = from;
    this.to = to;
  }

  /** An ASCII digit ({@code \d} without the Unicode flag). */
  boolean digit() {
    if (digit == null) {
      boolean found = false;
      for (int i = from; i < to && !found; i++) {
        char c = text.charAt(i);
        found = c >= '0' && c <= '9';
      }
      digit = found;
    }
    return digit;
  }

  /** The start of a capitalised month name or abbreviation ("Nov", "November"). */
  boolean month() {
    if (month == null) {
      boolean found = false;
      for (int i = 0; i < MONTHS.length && !found; i++) {
        found = text.indexOf(MONTHS[i], from, to) >= 0;
      }
      month = found;
    }
    return month;
  }

  boolean has(char c) {
    return text.indexOf(c, from, to) >= 0;
  }

  /** Case-sensitive. */
  boolean has(String s) {
    return text.indexOf(s, from, to) >= 0;
  }

  /**
   * Any of these lower-case ASCII words, in any case (the rules' case-insensitive matching folds
   * ASCII letters only, so a lower-cased copy never misses what they would match).
   */
  boolean lowerHas(String... words) {
    if (lower == null) {
      lower = text.substring(from, to).toLowerCase(Locale.ROOT);
    }
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
