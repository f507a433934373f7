package coveragebot.extract.time;

/**
 * Cheap facts about one stretch of text (a passage), all found in one pass over it, that tell which
 * {@link TemporalRule}s could match in it at all: a rule needing a digit cannot match in a passage
 * without one. Running the rules' regexes where they cannot match was most of the time spent
 * building the timeline; looking for each fact on its own (a pass per month name, a lower-cased
 * copy for the words) was then a third of what was left.
 */
final class Clues {
  /** An ASCII digit ({@code \d} without the Unicode flag). */
  static final int DIGIT = 1;

  static final int DOT = 1 << 1;
  static final int DASH = 1 << 2;
  static final int SLASH = 1 << 3;

  /** A q in either case ("quarter", "Q3"). */
  static final int Q = 1 << 4;

  /** The start of a capitalised month name or abbreviation ("Nov", "November"). */
  static final int MONTH = 1 << 5;

  /** "day" as written (every weekday's name ends so). */
  static final int DAY = 1 << 6;

  // Words in any ASCII case: the rules' case-insensitive patterns fold ASCII letters only
  // (Pattern.CASE_INSENSITIVE without UNICODE_CASE), so the Kelvin sign is no k to them either.
  static final int AGO = 1 << 7;
  static final int ANY_DAY = 1 << 8;
  static final int DECADE = 1 << 9;
  static final int HALF = 1 << 10;
  static final int PART = 1 << 11;
  static final int MONTH_WORD = 1 << 12;
  static final int TODAY = 1 << 13;
  static final int TOMORROW = 1 << 14;
  static final int WEEK = 1 << 15;
  static final int YEAR = 1 << 16;
  static final int YESTERDAY = 1 << 17;
  static final int MORNING = 1 << 18;
  static final int AFTERNOON = 1 << 19;
  static final int EVENING = 1 << 20;

  /** "night", also inside "tonight". */
  static final int NIGHT = 1 << 21;

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /**
   * Per ASCII character, the facts it is by itself, or {@link #WORD}: a word or month may start.
   */
  private static final int[] CHARS = new int[128];

  private static final int WORD = 1 << 31;

  static {
    for (char c = '0'; c <= '9'; c++) {
      CHARS[c] = DIGIT;
    }
    CHARS['.'] = DOT;
    CHARS['-'] = DASH;
    CHARS['/'] = SLASH;
    CHARS['q'] = Q;
    CHARS['Q'] = Q;
    for (char c : "adehmnptwy".toCharArray()) {
      CHARS[c] = WORD;
      CHARS[Character.toUpperCase(c)] = WORD;
    }
    for (String m : MONTHS) {
      CHARS[m.charAt(0)] = WORD;
    }
  }

  private final int facts;

  /** About {@code text[from, to)}, read in place. */
  Clues(String text, int from, int to) {
    int facts = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        int k = CHARS[c];
        facts |= k == WORD ? words(text, i, to, c) : k;
      }
    }
    this.facts = facts;
  }

  /** Whether every fact in {@code facts} holds. */
  boolean has(int facts) {
    return (this.facts & facts) == facts;
  }

  /** Whether any fact in {@code facts} holds. */
  boolean hasAny(int facts) {
    return (this.facts & facts) != 0;
  }

  /** The words and month names that start at {@code i}, an ASCII letter {@code c}. */
  private static int words(String text, int i, int to, char c) {
    int found = 0;
    switch (c | 0x20) {
      case 'a' ->
          found = at(text, i, to, "ago") ? AGO : at(text, i, to, "afternoon") ? AFTERNOON : 0;
      case 'd' -> {
        if (at(text, i, to, "day")) {
          found = text.startsWith("day", i) ? ANY_DAY | DAY : ANY_DAY;
        } else if (at(text, i, to, "decade")) {
          found = DECADE;
        }
      }
      case 'e' -> found = at(text, i, to, "evening") ? EVENING : 0;
      case 'h' -> found = at(text, i, to, "half") ? HALF : 0;
      case 'm' ->
          found = at(text, i, to, "month") ? MONTH_WORD : at(text, i, to, "morning") ? MORNING : 0;
      case 'n' -> found = at(text, i, to, "night") ? NIGHT : 0;
      case 'p' -> found = at(text, i, to, "part") ? PART : 0;
      case 't' ->
          found = at(text, i, to, "today") ? TODAY : at(text, i, to, "tomorrow") ? TOMORROW : 0;
      case 'w' -> found = at(text, i, to, "week") ? WEEK : 0;
      case 'y' ->
          found = at(text, i, to, "year") ? YEAR : at(text, i, to, "yesterday") ? YESTERDAY : 0;
      default -> {}
    }
    if (c >= 'A' && c <= 'Z' && i + 3 <= to) {
      for (String m : MONTHS) {
        if (m.charAt(0) == c && text.startsWith(m, i)) {
          return found | MONTH;
        }
      }
    }
    return found;
  }

  /** Whether {@code word}, lower-case ASCII letters, is at {@code i} in any ASCII case. */
  private static boolean at(String text, int i, int to, String word) {
    if (i + word.length() > to) {
      return false;
    }
    for (int j = 0; j < word.length(); j++) {
      // for a lower-case letter w, (ch | 0x20) == w only for w and its capital
      if ((text.charAt(i + j) | 0x20) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }
}
