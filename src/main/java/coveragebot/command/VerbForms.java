package coveragebot.command;

import java.util.List;
import java.util.Set;

/**
 * How a claim or passage tells a verb, read from the words around it: as what is to come (after
 * "will", "would"), as planned or intended ("promised to deliver", "mulled pulling"), negated ("not
 * to protect"), or as a verb that only says something happened ("took place"). {@link Paraphrases}
 * holds passages against claims with these.
 */
final class VerbForms {
  private VerbForms() {}

  /**
   * Whether word {@code i} of {@code words} comes right after "will" ("will work", "will not
   * work").
   */
  static boolean afterWill(List<Words.Word> words, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
      String n = words.get(k).norm();
      if (n.equals("will") || n.equals("shall") || n.endsWith("'ll")) {
        return true;
      }
      if (!BETWEEN_WILL.contains(n)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether word {@code i} of {@code words} tells what is to come: right after "will", "would",
   * "shall" or, when {@code to}, "to" ("would continue to work", "to send", "will not work").
   */
  static boolean afterFuture(List<Words.Word> words, int i, boolean to) {
    for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
      String n = words.get(k).norm();
      if (FUTURE.contains(n) || n.endsWith("'ll") || to && n.equals("to")) {
        return true;
      }
      if (!BETWEEN_WILL.contains(n)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether word {@code i} of {@code words} comes right after a modal ({@link #MODALS}: "could
   * mean", "may not send"), which tells what may be, not what was.
   */
  static boolean afterModal(List<Words.Word> words, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
      String n = words.get(k).norm();
      if (MODALS.contains(n)) {
        return true;
      }
      if (!BETWEEN_WILL.contains(n)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether word {@code k} of {@code text} is a verb planned, not done: after "to" that follows a
   * word of intent ("promise to deliver", "pledged to send") or a name, as headlines write what is
   * to come ("with Australia to send Ukraine tanks").
   */
  static boolean planned(List<Words.Word> text, int k) {
    if (k >= 1 && text.get(k).norm().endsWith("ing") && WEIGHING.contains(text.get(k - 1).norm())) {
      return true; // "mulled pulling Washington out"
    }
    if (k < 2 || !text.get(k - 1).norm().equals("to")) {
      return false;
    }
    Words.Word before = text.get(k - 2);
    return before.capital() || INTENT.contains(before.norm());
  }

  /** Words after which a verb in "-ing" is thought of, not done: "mulled pulling". */
  private static final Set<String> WEIGHING =
      Set.of(
          "mulled",
          "mulling",
          "considered",
          "considering",
          "weighed",
          "weighing",
          "discussed",
          "discussing",
          "proposed",
          "proposing",
          "suggested",
          "suggesting",
          "floated",
          "floating",
          "contemplated",
          "contemplating",
          "threatened",
          "threatening");

  /** Words after which "to" and a verb tell what is intended, not what was done. */
  static final Set<String> INTENT =
      Set.of(
          "promise",
          "promises",
          "promised",
          "pledge",
          "pledges",
          "pledged",
          "vow",
          "vows",
          "vowed",
          "plan",
          "plans",
          "planned",
          "intend",
          "intends",
          "intended",
          "aim",
          "aims",
          "aimed",
          "hope",
          "hopes",
          "hoped",
          "want",
          "wants",
          "wanted",
          "expected",
          "expects",
          "threaten",
          "threatens",
          "threatened",
          "offer",
          "offers",
          "offered",
          "ready",
          "set",
          "due",
          "likely",
          "going");

  /** The forms of "be" a claim states a fact with. */
  static final Set<String> COPULAS = Set.of("is", "are", "was", "were");

  /**
   * Words that tell what may or will be, not what is: before "be" ("will be a member") and before
   * the verb a claim says someone would do ("he would protect"), as {@link Paraphrases} reads them.
   */
  static final Set<String> MODALS =
      Set.of("will", "would", "could", "can", "may", "might", "should", "shall", "must");

  /** Words before a verb that tell what is to come. */
  private static final Set<String> FUTURE = Set.of("will", "would", "shall");

  /** Words that may stand between "will" and its verb. */
  private static final Set<String> BETWEEN_WILL =
      Set.of("not", "never", "also", "again", "still", "soon", "then", "now", "only", "n't");

  /**
   * Which of {@code words} a negation says "not" to: the two words after "not", "never", "no" ...,
   * past small words, up to four words on (a claim's negated stems, by place).
   */
  static boolean[] negatedAt(List<Words.Word> words) {
    boolean[] out = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      if (!Differences.negates(words, i)) {
        continue;
      }
      int taken = 0;
      for (int k = i + 1; k < Math.min(words.size(), i + 5) && taken < 2; k++) {
        if (!SMALL.contains(words.get(k).norm())) {
          out[k] = true;
          taken++;
        }
      }
    }
    return out;
  }

  /** Words between a negation and the word it negates ("not to be", "did not have a"). */
  static final Set<String> SMALL =
      Set.of(
          "to", "be", "been", "being", "a", "an", "the", "do", "does", "did", "have", "has", "had",
          "will", "would", "can", "could", "should", "is", "are", "was", "were", "even", "yet",
          "ever");

  /**
   * The claim's words that only say that something happened, which a passage need not have to state
   * it: "took place" ("The handover ceremony took place in Brussels" on "a handover ceremony in
   * Brussels"), "held" after a form of "be" ("was held"), "happened", "occurred", and "ran",
   * "lasted" or "spanned" before "from" ("Trump's presidency ran from 2017 to 2021" on "his
   * presidency from 2017 to 2021").
   */
  static List<String> lightVerbs(List<Words.Word> words) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).norm();
      String next = i + 1 < words.size() ? words.get(i + 1).norm() : "";
      String before = i > 0 ? words.get(i - 1).norm() : "";
      if (TAKE.contains(w) && next.equals("place")) {
        out.add(w);
        out.add(next);
      } else if (w.equals("held") && BE.contains(before)
          || HAPPEN.contains(w)
          || LAST.contains(w) && next.equals("from")) {
        out.add(w);
      }
    }
    return out;
  }

  private static final Set<String> TAKE = Set.of("take", "takes", "took", "taken", "taking");
  private static final Set<String> LAST =
      Set.of("ran", "run", "runs", "lasted", "lasts", "last", "spanned", "spans", "span");
  static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
  private static final Set<String> HAPPEN =
      Set.of("happen", "happens", "happened", "occur", "occurs", "occurred");
}
