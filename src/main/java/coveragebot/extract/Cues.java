package coveragebot.extract;

/** Small text tests the attribution cues are built from: what stands right before or after. */
final class Cues {
  private Cues() {}

  /** Words that may stand between a speaker and the speech verb: "Rutte also said". */
  static final WordSet BETWEEN =
      WordSet.of(
          "also", "then", "later", "previously", "again", "has", "had", "have", "once", "further");

  /** "Rutte’s remarks": a name in the possessive is not the subject of the sentence. */
  static boolean possessive(String text, Mention m) {
    return text.startsWith("'s", m.end()) || text.startsWith("’s", m.end());
  }

  /** After a closing mark: skip spaces, commas and dashes to where an attribution would start. */
  static int skipJoiners(String text, int from, int to) {
    int i = from;
    while (i < to
        && (Character.isWhitespace(text.charAt(i)) || ",—–-".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    return i;
  }

  static int trimEnd(String text, int from, int to) {
    int e = to;
    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** The speech verb right after a speaker ("Rutte said", "Rutte also said"), or null. */
  static String speechVerbAfter(String text, int from, int to) {
    Tokens next = Tokens.of(text, from, Math.min(to, from + 60));
    int at = from;
    for (int k = 0; k < next.size(); k++) {
      if (!next.blankBefore(at, k)) {
        return null;
      }
      if (next.lowerIn(Lexicon.SPEECH_VERBS, k)) {
        return next.text(k);
      }
      if (!between(next, k)) {
        return null;
      }
      at = next.end(k);
    }
    return null;
  }

  /** "also", "then", an adverb in "-ly": what may stand between a speaker and the speech verb. */
  private static boolean between(Tokens words, int k) {
    return words.lowerIn(BETWEEN, k) || words.lower(k).endsWith("ly");
  }

  /** The words from {@code from}, if one starts right there (else null): the first is read. */
  static Tokens firstWord(String text, int from, int to) {
    Tokens t = Tokens.of(text, from, Math.min(to, from + 30));
    return t.size() == 0 || t.start(0) != from ? null : t;
  }

  static Mention mentionAt(Attributor.Article a, int start) {
    for (Mention m : a.mentions()) {
      if (m.start() == start) {
        return m;
      }
    }
    return null;
  }

  static Mention mentionEndingAt(Attributor.Article a, int end) {
    for (Mention m : a.mentions()) {
      if (m.end() == end) {
        return m;
      }
    }
    return null;
  }

  /** The mention just before word {@code i}, with at most "also"/"has"/adverbs between. */
  static Mention adjacentBefore(Attributor.Article a, Tokens words, int i) {
    int k = i - 1;
    while (k >= 0 && between(words, k)) {
      k--;
    }
    int end = k >= 0 ? words.end(k) : -1;
    for (Mention m : a.mentions()) {
      if (m.end() == end || (k >= 0 && m.end() == words.baseEnd(k))) {
        if (words.blankBefore(m.end(), k + 1)) {
          return m;
        }
      }
    }
    return null;
  }
}
