package coveragebot.extract.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a date expression points back or ahead, read from the verb nearest to it in the same
 * sentence: "Rutte said in Berlin Monday" is last Monday, "will meet on Monday" is next Monday. The
 * nearest verb wins because reported speech often mixes tenses ("Nato will stay united, Rutte said
 * Monday"). Without a future marker, news text reports the past.
 */
enum Tense {
  PAST,
  FUTURE;

  private static final Pattern FUTURE_MARKER =
      Pattern.compile(
          "(?=[a-z'’])(?:\\b(?:will|shall|won['’]t|going to|upcoming|forthcoming|due to|plans? to|set to)\\b|['’]ll\\b)",
          Pattern.CASE_INSENSITIVE);

  // "-ed" words that are not past verbs in news copy ("stay united", "need").
  private static final Pattern PAST_MARKER =
      Pattern.compile(
          "(?=[a-z])\\b(?!(?:united|need|speed|indeed|red|bed|hundred|seed|feed|breed|shed)\\b)"
              + "(?:[a-z]{2,}ed|said|told|met|took|was|were|had|did|made|held|went|came|gave|spoke"
              + "|won|lost|began|left|saw|wrote|sent|brought|became|ran|fell|rose|signed|led)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final int REACH = 80;

  /** The tense around {@code [start, end)}, looking no further than the sentence it is in. */
  static Tense around(String text, int from, int to, int start, int end) {
    int left = start;
    while (left > from && start - left < REACH && ".!?\n".indexOf(text.charAt(left - 1)) < 0) {
      left--;
    }
    int right = end;
    while (right < to && right - end < REACH && ".!?\n".indexOf(text.charAt(right)) < 0) {
      right++;
    }
    // First the clause around the expression: in "said on Monday that NATO will stay united" the
    // date belongs to "said", not to the reported "will".
    int clauseLeft = clauseStart(text, left, start);
    int clauseRight = clauseEnd(text, end, right);
    int future = nearest(text, FUTURE_MARKER, clauseLeft, clauseRight, start, end, false);
    int past = nearest(text, PAST_MARKER, clauseLeft, clauseRight, start, end, true);
    if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) {
      future = nearest(text, FUTURE_MARKER, left, right, start, end, false);
      past = nearest(text, PAST_MARKER, left, right, start, end, true);
    }
    return future < past ? FUTURE : PAST;
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

  private static int nearest(
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
      if (skipParticiples && participleBefore(text, left, m.start())) {
        continue; // "will be held": the participle belongs to the future verb before it
      }
      if (m.end() <= start) {
        best = Math.min(best, start - m.end());
      } else if (m.start() >= end) {
        best = Math.min(best, m.start() - end);
      }
    }
    return best;
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
    for (int k = 0; k < word.length(); k++) {
      char c = text.charAt(start + k);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      if (lower != word.charAt(k)) {
        return false;
      }
    }
    if (start == left) {
      return true;
    }
    // \b's word characters are [a-zA-Z0-9_] (since JDK 19, without UNICODE_CHARACTER_CLASS)
    char before = text.charAt(start - 1);
    return !(before == '_'
        || (before >= 'a' && before <= 'z')
        || (before >= 'A' && before <= 'Z')
        || (before >= '0' && before <= '9'));
  }
}
