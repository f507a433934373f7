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
    int future = nearest(FUTURE_MARKER.matcher(text), left, right, start, end);
    int past = nearest(PAST_MARKER.matcher(text), left, right, start, end);
    return future < past ? FUTURE : PAST;
  }

  private static int nearest(Matcher m, int left, int right, int start, int end) {
    m.region(left, right);
    int best = Integer.MAX_VALUE;
    while (m.find()) {
      if (m.end() <= start) {
        best = Math.min(best, start - m.end());
      } else if (m.start() >= end) {
        best = Math.min(best, m.start() - end);
      }
    }
    return best;
  }
}
