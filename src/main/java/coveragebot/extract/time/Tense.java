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
          "\\b(?:will|shall|won['’]t|going to|upcoming|forthcoming|due to|plans? to|set to)\\b|['’]ll\\b",
          Pattern.CASE_INSENSITIVE);

  // "-ed" words that are not past verbs in news copy ("stay united", "need").
  private static final Pattern PAST_MARKER =
      Pattern.compile(
          "\\b(?!(?:united|need|speed|indeed|red|bed|hundred|seed|feed|breed|shed)\\b)"
              + "(?:[a-z]{2,}ed|said|told|met|took|was|were|had|did|made|held|went|came|gave|spoke"
              + "|won|lost|began|left|saw|wrote|sent|brought|became|ran|fell|rose|signed|led)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final int REACH = 80;

  private static final Pattern PARTICIPLE_BEFORE =
      Pattern.compile("\\b(?:be|being)\\s+$", Pattern.CASE_INSENSITIVE);

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
      if (skipParticiples && PARTICIPLE_BEFORE.matcher(text.substring(left, m.start())).find()) {
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
}
