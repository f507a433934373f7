package coveragebot.extract.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a date expression points back or ahead, read from the verb nearest to it in the same
 * sentence: "Rutte said in Berlin Monday" is last Monday, "will meet on Monday" is next Monday. The
 * nearest verb wins because reported speech often mixes tenses ("Nato will stay united, Rutte said
 * Monday"). Without a future marker, news text reports the past; an "upcoming" or "forthcoming"
 * counts only where no verb marker does.
 */
enum Tense {
  PAST,
  FUTURE;

  // The words each marker is made of: the regexes below and the hand reading (nextPast,
  // nextFuture) both read these lists.
  private static final String[] FUTURE_WORDS = {
    "will",
    "shall",
    "won't",
    "won\u2019t",
    "going to",
    "due to",
    "plan to",
    "plans to",
    "set to",
    "expected to",
    "is expected",
    "are expected",
    "scheduled to",
    "scheduled for",
    "is scheduled",
    "are scheduled",
    "hope to",
    "hopes to"
  };

  /**
   * Modal verbs of what may come ("leaders could meet on Thursday"), read in small letters only:
   * "May" is the month. None counts before "have" ("could have met" is past), and "could" not
   * before "not" either: it is also the past of "can" ("could not be reached on Monday").
   */
  private static final String[] MODALS = {"could", "may", "might"};

  /**
   * Verbs in the simple present that tell a scheduled event ("NATO leaders meet on Thursday",
   * "talks begin on Monday"), read where they are neither an infinitive nor a negated past: not
   * after "to", "not", "did" or "n't" ("went to Berlin to meet Scholz on Monday", "did not meet").
   * Verbs as often nouns ("vote", "visit", "start") are left out, and so is "says", which news copy
   * uses of what was said.
   */
  private static final String[] PRESENT_WORDS = {
    "meet",
    "meets",
    "gather",
    "gathers",
    "convene",
    "convenes",
    "begin",
    "begins",
    "starts",
    "opens",
    "ends",
    "resume",
    "resumes",
    "hold",
    "holds",
    "arrive",
    "arrives",
    "travels",
    "take office",
    "takes office",
    "take place",
    "takes place",
    "go to the polls",
    "goes to the polls"
  };

  /** The words before which a {@link #PRESENT_WORDS} verb is none: "to meet", "did not meet". */
  private static final String[] NOT_PRESENT_AFTER = {"to", "not", "did"};

  private static final String[] PAST_WORDS = {
    "said", "told", "met", "took", "was", "were", "had", "did", "made", "held", "went", "came",
    "gave", "spoke", "won", "lost", "began", "left", "saw", "wrote", "sent", "brought", "became",
    "ran", "fell", "rose", "signed", "led"
  };

  // "-ed" words that are not past verbs in news copy ("stay united", "need"), or announce what is
  // to come ("is expected to", "scheduled for"): a "was" or "were" before them still says past.
  private static final String[] NOT_PAST = {
    "united",
    "need",
    "speed",
    "indeed",
    "red",
    "bed",
    "hundred",
    "seed",
    "feed",
    "breed",
    "shed",
    "expected",
    "scheduled"
  };

  /**
   * Adjectives that say a thing is ahead ("the upcoming election"): read only when the clause has
   * no verb marker and only {@link #AHEAD_REACH} characters around the date, since they describe a
   * noun, not when the clause happened ("reaffirmed ... the upcoming US elections during a press
   * conference in Berlin on Monday" is last Monday; "the upcoming summit on Thursday" is next).
   */
  private static final Pattern AHEAD =
      Pattern.compile("\\b(?:upcoming|forthcoming)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * How near a date an {@link #AHEAD} adjective counts: "the upcoming NATO summit in Washington".
   */
  private static final int AHEAD_REACH = 40;

  private static final Pattern FUTURE_MARKER =
      Pattern.compile(
          "(?=[a-z'’])(?:\\b(?:"
              + alternatives(FUTURE_WORDS)
              + ")\\b"
              + "|\\b(?-i:could)\\b(?!\\s+(?:have|not)\\b)"
              + "|\\b(?-i:may|might)\\b(?!\\s+have\\b)"
              + "|(?<!\\b(?:"
              + alternatives(NOT_PRESENT_AFTER)
              + ")\\s|n['’]t\\s)\\b(?:"
              + alternatives(PRESENT_WORDS)
              + ")\\b"
              + "|['’]ll\\b)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PAST_MARKER =
      Pattern.compile(
          "(?=[a-z])\\b(?!(?:"
              + alternatives(NOT_PAST)
              + ")\\b)(?:[a-z]{2,}ed|"
              + alternatives(PAST_WORDS)
              + ")\\b",
          Pattern.CASE_INSENSITIVE);

  /** The words as a regex alternation: letters, apostrophes and spaces, none special there. */
  private static String alternatives(String[] words) {
    return String.join("|", words);
  }

  private static final int REACH = 80;

  /**
   * The tense around {@code [start, end)}, looking no further than the sentence it is in. The scans
   * for the sentence's ends are methods of their own, and {@link #distance} is called from two
   * places, not four: with both inside, the JIT compiled this three times, twice on stack, each a
   * 40 KB method (3.5 s of compilation per 100k build).
   */
  static Tense around(String text, int from, int to, int start, int end) {
    int left = sentenceStart(text, from, start);
    int right = sentenceEnd(text, end, to);
    boolean byHand = plain(text, left, right); // and so the clause inside it
    // Words inside a quotation are the speaker's, not the clause's: in 'said "we will stay
    // united" on Monday' the date belongs to "said". An expression inside a quotation is read
    // in it ('"We will meet on Monday," he said'), down to the innermost quotation holding it.
    int[] quoted = quotations(text, left, right);
    for (int k = 0; k < quoted.length; k += 2) {
      if (quoted[k] <= start && end <= quoted[k + 1]) {
        left = quoted[k];
        right = quoted[k + 1];
        quoted = quotations(text, left, right);
        k = -2;
      }
    }
    // First the clause around the expression: in "said on Monday that NATO will stay united" the
    // date belongs to "said", not to the reported "will"; then, if it has no marker, the sentence.
    int l = clauseStart(text, left, start);
    int r = clauseEnd(text, end, right);
    for (boolean clause = true; ; clause = false) {
      int future = outside(text, false, l, r, quoted, start, end, byHand);
      int past = outside(text, true, l, r, quoted, start, end, byHand);
      if (future == Integer.MAX_VALUE
          && past == Integer.MAX_VALUE
          && ahead(
              text, Math.max(l, start - AHEAD_REACH), Math.min(r, end + AHEAD_REACH), quoted)) {
        return FUTURE; // no verb to go by, but "the upcoming summit on Thursday"
      }
      if (!clause || future != Integer.MAX_VALUE || past != Integer.MAX_VALUE) {
        return future < past ? FUTURE : PAST;
      }
      l = left;
      r = right;
    }
  }

  /**
   * {@link #distance} over {@code [left, right)} without the quoted text {@code quoted} (pairs of
   * start and end, in text order, as {@link #quotations} gives them).
   */
  private static int outside(
      String text,
      boolean past,
      int left,
      int right,
      int[] quoted,
      int start,
      int end,
      boolean byHand) {
    int best = Integer.MAX_VALUE;
    int from = left;
    for (int k = 0; k < quoted.length && from < right; k += 2) {
      int until = Math.min(quoted[k], right);
      if (until > from) {
        best = Math.min(best, distance(text, past, from, until, start, end, byHand));
      }
      from = Math.max(from, quoted[k + 1]);
    }
    if (from < right) {
      best = Math.min(best, distance(text, past, from, right, start, end, byHand));
    }
    return best;
  }

  /** Whether {@code text[left, right)} holds an {@link #AHEAD} adjective outside {@code quoted}. */
  private static boolean ahead(String text, int left, int right, int[] quoted) {
    Matcher m = AHEAD.matcher(text).region(left, right);
    while (m.find()) {
      boolean inside = false;
      for (int k = 0; k < quoted.length && !inside; k += 2) {
        inside = quoted[k] <= m.start() && m.end() <= quoted[k + 1];
      }
      if (!inside) {
        return true;
      }
    }
    return false;
  }

  private static final int[] NONE = {};

  /**
   * The quotations in {@code text[left, right)}, outermost only, as pairs of the start and end of
   * the quoted words (the marks excluded), in text order: double quotes, straight or curly, and
   * single ones, straight or curly, told from apostrophes ("Rutte's", "won't", "leaders' summit")
   * by the characters around them. A double quotation closed with no opening mark began before the
   * sentence (or before the reach of it), one left open goes on after it; a single quote with no
   * match is taken for an apostrophe.
   */
  static int[] quotations(String text, int left, int right) {
    int i = left;
    while (i < right && QUOTES.indexOf(text.charAt(i)) < 0) {
      i++;
    }
    if (i == right) {
      return NONE; // the usual case: no quote mark at all
    }
    int[] out = new int[8];
    int n = 0;
    for (; i < right; i++) {
      char c = text.charAt(i);
      if (QUOTES.indexOf(c) < 0) {
        continue;
      }
      boolean isDouble = c == '"' || c == '\u201C' || c == '\u201D';
      int from;
      int until;
      int next; // the last character read
      if (opens(text, i)) {
        int close = closing(text, i + 1, right, isDouble, c == '\'');
        if (close < 0 && !isDouble) {
          continue; // "the '90s": no quotation
        }
        from = i + 1;
        until = close < 0 ? right : close;
        // a mark that only opens ends the one left open before it, and is read again
        next = close >= 0 && !closes(text, close) ? close - 1 : until;
      } else if (isDouble && n == 0 && closes(text, i)) {
        from = left;
        until = i;
        next = i;
      } else {
        continue;
      }
      if (n == out.length) {
        out = java.util.Arrays.copyOf(out, n * 2);
      }
      out[n++] = from;
      out[n++] = until;
      i = next;
    }
    return n == 0 ? NONE : java.util.Arrays.copyOf(out, n);
  }

  private static final String QUOTES = "\"\u201C\u201D'\u2018\u2019";

  /**
   * The first mark in {@code [from, right)} that closes a double (or single) quotation, or -1; a
   * double mark that can only open ends the quotation left open before it. A single quotation
   * closes with a mark of its kind: straight with straight, curly with curly.
   */
  private static int closing(String text, int from, int right, boolean isDouble, boolean straight) {
    for (int j = from; j < right; j++) {
      char c = text.charAt(j);
      boolean mark =
          isDouble ? c == '"' || c == '\u201C' || c == '\u201D' : c == (straight ? '\'' : '\u2019');
      if (mark && closes(text, j)) {
        return j;
      }
      if (mark && isDouble && opens(text, j)) {
        return j;
      }
    }
    return -1;
  }

  /** Whether the quote mark at {@code i} can open a quotation: not after a word, before one. */
  private static boolean opens(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u201C' || c == '\u2018') {
      return true;
    }
    if (c == '\u201D' || c == '\u2019') {
      return false;
    }
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    return !Character.isLetterOrDigit(before)
        && ".,;!?)]".indexOf(before) < 0
        && !Character.isWhitespace(after);
  }

  /** Whether the quote mark at {@code i} can close a quotation: after a word, not before one. */
  private static boolean closes(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u201C' || c == '\u2018') {
      return false;
    }
    if (c == '\u201D') {
      return true;
    }
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    return !Character.isWhitespace(before)
        && "([".indexOf(before) < 0
        && !Character.isLetterOrDigit(after);
  }

  private static int sentenceStart(String text, int from, int start) {
    int left = start;
    while (left > from && start - left < REACH && ".!?\n".indexOf(text.charAt(left - 1)) < 0) {
      left--;
    }
    return left;
  }

  private static int sentenceEnd(String text, int end, int to) {
    int right = end;
    while (right < to && right - end < REACH && ".!?\n".indexOf(text.charAt(right)) < 0) {
      right++;
    }
    return right;
  }

  private static final String CLAUSE_MARKS = ",;:\"“”";

  private static int clauseStart(String text, int left, int start) {
    for (int i = start; i > left; i--) {
      if (CLAUSE_MARKS.indexOf(text.charAt(i - 1)) >= 0 || endsWithThat(text, left, i)) {
        return i;
      }
    }
    return left;
  }

  private static int clauseEnd(String text, int end, int right) {
    for (int i = end; i < right; i++) {
      if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0 || text.startsWith(" that ", i)) {
        return i;
      }
    }
    return right;
  }

  private static boolean endsWithThat(String text, int left, int i) {
    return i - left >= 6 && text.startsWith(" that ", i - 6);
  }

  /**
   * The distance from {@code [start, end)} to the nearest past (or future) marker in {@code [left,
   * right)} that does not overlap it, or {@link Integer#MAX_VALUE}. Text of ASCII, Latin-1 and
   * general punctuation (news copy, {@link #plain}) is read by hand when {@code byHand}; other text
   * goes through the regex (the hand reading is the regex's, {@code TenseTest} compares them): the
   * regexes were a seventh of the date recognition's time at 100k articles.
   */
  private static int distance(
      String text, boolean past, int left, int right, int start, int end, boolean byHand) {
    if (!byHand) {
      return nearestByRegex(
          text, past ? PAST_MARKER : FUTURE_MARKER, left, right, start, end, past);
    }
    int best = Integer.MAX_VALUE;
    for (int i = left; i < right; ) {
      long m = past ? nextPast(text, left, i, right) : nextFuture(text, left, i, right);
      if (m < 0) {
        break;
      }
      int mStart = (int) (m >>> 32);
      int mEnd = (int) m;
      i = mEnd;
      if (!(past && participleBefore(text, left, mStart))) {
        best = closer(best, mStart, mEnd, start, end);
      }
    }
    return best;
  }

  /** {@link #distance} through the regex: for text the hand reading does not cover, and tests. */
  static int nearestByRegex(
      String text,
      Pattern marker,
      int left,
      int right,
      int start,
      int end,
      boolean skipParticiples) {
    Matcher m = marker.matcher(text);
    m.region(left, right);
    int best = Integer.MAX_VALUE;
    while (m.find()) {
      if (!(skipParticiples && participleBefore(text, left, m.start()))) {
        best = closer(best, m.start(), m.end(), start, end);
      }
    }
    return best;
  }

  /**
   * {@code best}, or the distance from {@code [start, end)} to a marker at {@code [mStart, mEnd)}
   * when that is shorter; a marker overlapping it does not count. A marker after "be" or "being" is
   * skipped before: in "will be held" the participle belongs to the future verb before it.
   */
  private static int closer(int best, int mStart, int mEnd, int start, int end) {
    if (mEnd <= start) {
      return Math.min(best, start - mEnd);
    }
    return mStart >= end ? Math.min(best, mStart - end) : best;
  }

  /** {@link #distance} through the regex, or as {@link #around} chooses, for tests. */
  static int nearest(
      String text, boolean past, int left, int right, int start, int end, boolean viaRegex) {
    return distance(text, past, left, right, start, end, !viaRegex && plain(text, left, right));
  }

  /**
   * Whether every character of {@code text[left, right)} is below U+0300 or general punctuation
   * (U+2000-U+206F: curly quotes, dashes, the ellipsis): no combining mark, which the regex's word
   * boundary reads specially, and no letter or digit beyond Latin-1.
   */
  static boolean plain(String text, int left, int right) {
    for (int i = left; i < right; i++) {
      char c = text.charAt(i);
      if (c >= '\u0300' && (c < '\u2000' || c > '\u206F')) {
        return false;
      }
    }
    return true;
  }

  private static boolean letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * The first match of {@link #PAST_MARKER} in the region {@code [left, right)} at or after {@code
   * from}, as {@code start << 32 | end}, or -1: a run of ASCII letters that starts at a word
   * boundary and ends at one, is none of {@link #NOT_PAST}, and is one of {@link #PAST_WORDS} or
   * ends in "ed" after two letters or more (any ASCII case).
   */
  private static long nextPast(String text, int left, int from, int right) {
    int i = from;
    while (i < right) {
      if (!letter(text.charAt(i)) || (i > left && TemporalRule.asciiWord(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int q = i;
      while (q < right && letter(text.charAt(q))) {
        q++;
      }
      if ((q == right || !TemporalRule.asciiWord(text.charAt(q)))
          && !isOneOf(text, i, q, NOT_PAST)
          && ((q - i >= 4 && asciiIs(text, q - 2, "ed")) || isOneOf(text, i, q, PAST_WORDS))) {
        return (long) i << 32 | q;
      }
      i = q;
    }
    return -1;
  }

  /**
   * The first match of {@link #FUTURE_MARKER} in the region {@code [left, right)} at or after
   * {@code from}, as {@code start << 32 | end}, or -1: one of {@link #FUTURE_WORDS} (any ASCII
   * case) between word boundaries; else one of {@link #MODALS} (in small letters) not before what
   * turns it away; else one of {@link #PRESENT_WORDS} (any ASCII case) not after what turns it
   * away; or "'ll" ending at one.
   */
  private static long nextFuture(String text, int left, int from, int right) {
    for (int i = from; i < right; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '\u2019') {
        if (i + 3 <= right
            && (text.charAt(i + 1) | 0x20) == 'l'
            && (text.charAt(i + 2) | 0x20) == 'l'
            && (i + 3 == right || !TemporalRule.asciiWord(text.charAt(i + 3)))) {
          return (long) i << 32 | (i + 3);
        }
      } else if (letter(c) && (i == left || !TemporalRule.asciiWord(text.charAt(i - 1)))) {
        for (String f : FUTURE_WORDS) {
          if (wordAt(text, i, right, f)) {
            return (long) i << 32 | (i + f.length());
          }
        }
        for (String f : MODALS) {
          if (text.startsWith(f, i)
              && wordAt(text, i, right, f)
              && !(wordAfter(text, i + f.length(), right, "have")
                  || (f.equals("could") && wordAfter(text, i + 5, right, "not")))) {
            return (long) i << 32 | (i + f.length());
          }
        }
        if (!afterNotPresent(text, left, i)) {
          for (String f : PRESENT_WORDS) {
            if (wordAt(text, i, right, f)) {
              return (long) i << 32 | (i + f.length());
            }
          }
        }
      }
    }
    return -1;
  }

  /** Whether {@code word} (any ASCII case) is at {@code i} and a word boundary after it. */
  private static boolean wordAt(String text, int i, int right, String word) {
    int e = i + word.length();
    return e <= right
        && asciiIs(text, i, word)
        && (e == right || !TemporalRule.asciiWord(text.charAt(e)));
  }

  /** Whether whitespace and then {@code word} follow {@code at}: {@code (?=\\s+word\\b)}. */
  private static boolean wordAfter(String text, int at, int right, String word) {
    int j = at;
    while (j < right && SPACES.indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    return j > at && wordAt(text, j, right, word);
  }

  /**
   * Whether {@code text[left, at)} ends with one of {@link #NOT_PRESENT_AFTER} as a word, or "n't",
   * and one whitespace: the look-behind {@code (?<!\\b(?:to|not|did)\\s|n['’]t\\s)}.
   */
  private static boolean afterNotPresent(String text, int left, int at) {
    if (at - 1 < left || SPACES.indexOf(text.charAt(at - 1)) < 0) {
      return false;
    }
    int end = at - 1;
    for (String w : NOT_PRESENT_AFTER) {
      if (endsWithWord(text, left, end, w)) {
        return true;
      }
    }
    return end - 3 >= left
        && (text.charAt(end - 3) | 0x20) == 'n'
        && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')
        && (text.charAt(end - 1) | 0x20) == 't';
  }

  /** The characters {@code \\s} matches (without the Unicode flag). */
  private static final String SPACES = " \t\n\u000B\f\r";

  /** Whether {@code text[from, to)} is one of {@code words}, in any ASCII case. */
  private static boolean isOneOf(String text, int from, int to, String[] words) {
    for (String w : words) {
      if (w.length() == to - from && asciiIs(text, from, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} holds {@code lower} at {@code at}, ASCII letters in any case (as the
   * regex's case-insensitive matching without Unicode case: "\u017F" is no "s").
   */
  private static boolean asciiIs(String text, int at, String lower) {
    if (at + lower.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = text.charAt(at + k);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text[left, at)} ends with "be" or "being" (any ASCII case) and whitespace, the
   * word starting at {@code left} or after a non-word character: the regex {@code
   * \\b(?:be|being)\\s+$}, without copying the text before every verb.
   */
  static boolean participleBefore(String text, int left, int at) {
    if (at > left && "\u0085\u2028\u2029".indexOf(text.charAt(at - 1)) >= 0) {
      at--; // $ also matches before one final line terminator
    }
    int j = at;
    while (j > left && " \t\n\u000B\f\r".indexOf(text.charAt(j - 1)) >= 0) {
      j--;
    }
    if (j == at) {
      return false;
    }
    return endsWithWord(text, left, j, "be") || endsWithWord(text, left, j, "being");
  }

  private static boolean endsWithWord(String text, int left, int end, String word) {
    int start = end - word.length();
    if (start < left) {
      return false;
    }
    // \b's word characters are [a-zA-Z0-9_] (since JDK 19, without UNICODE_CHARACTER_CLASS)
    return asciiIs(text, start, word)
        && (start == left || !TemporalRule.asciiWord(text.charAt(start - 1)));
  }
}
