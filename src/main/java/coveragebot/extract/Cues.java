package coveragebot.extract;

import java.util.List;
import java.util.Set;

/** Small text tests the attribution cues are built from: what stands right before or after. */
final class Cues {
  private Cues() {}

  /** Words that may stand between a speaker and the speech verb: "Rutte also said". */
  static final Set<String> BETWEEN =
      Set.of(
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
    List<Token> next = Token.of(text, from, Math.min(to, from + 60));
    int at = from;
    for (Token t : next) {
      if (!text.substring(at, t.start()).isBlank()) {
        return null;
      }
      if (Lexicon.SPEECH_VERBS.contains(t.lower())) {
        return t.text();
      }
      if (!BETWEEN.contains(t.lower()) && !t.lower().endsWith("ly")) {
        return null;
      }
      at = t.end();
    }
    return null;
  }

  static Token firstToken(String text, int from, int to) {
    List<Token> t = Token.of(text, from, Math.min(to, from + 30));
    return t.isEmpty() || t.get(0).start() != from ? null : t.get(0);
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
  static Mention adjacentBefore(Attributor.Article a, List<Token> words, int i) {
    int k = i - 1;
    while (k >= 0
        && (BETWEEN.contains(words.get(k).lower()) || words.get(k).lower().endsWith("ly"))) {
      k--;
    }
    int end = k >= 0 ? words.get(k).end() : -1;
    for (Mention m : a.mentions()) {
      if (m.end() == end
          || (k >= 0 && m.end() == words.get(k).start() + words.get(k).base().length())) {
        String gap = a.text().substring(m.end(), words.get(k + 1).start());
        if (gap.isBlank()) {
          return m;
        }
      }
    }
    return null;
  }
}
