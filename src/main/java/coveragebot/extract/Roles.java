package coveragebot.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Role phrases ("the alliance chief", "NATO's new secretary general", "a NATO diplomat") and their
 * resolution to the person an article introduced with that role.
 */
final class Roles {
  private Roles() {}

  /** A role phrase in the text; {@code words} are normalised, the head included. */
  record Phrase(int start, int end, String head, Set<String> words, boolean indefinite) {}

  /** A person who holds a role, and how many of the phrase's words their role shares. */
  record Candidate(String person, int score) {}

  private static final int MAX_MODIFIERS = 4;
  private static final WordSet INDEFINITE =
      WordSet.of("a", "an", "one", "some", "two", "three", "several", "other");

  /** Normal form of a role word: synonyms of the alliance's top job fold into "chief". */
  static String normal(Tokens tokens, int k) {
    String l = tokens.lower(k);
    return switch (l) {
      case "secretary-general", "general", "leader", "head" -> "chief";
      case "alliance", "nato", "alliance's", "alliance’s", "nato's", "nato’s" -> "nato";
      case "a", "an", "the", "one", "its", "his", "her", "their", "secretary" -> "";
      default -> l;
    };
  }

  /** The phrase whose head is word {@code k}, or null when it is no role ("in general"). */
  static Phrase phrase(Tokens tokens, int k, boolean[] used) {
    boolean indefinite = tokens.lowerIn(Lexicon.UNNAMED_ONLY, k);
    int first = k;
    while (first > 0
        && k - first < MAX_MODIFIERS
        && !used[first - 1]
        && joins(tokens, first)
        && modifier(tokens, first - 1)) {
      first--;
    }
    if (tokens.lowerIs(k, "general") && (first == k || !tokens.lowerIs(k - 1, "secretary"))) {
      return null;
    }
    Set<String> words = new HashSet<>();
    for (int i = first; i <= k; i++) {
      String w = normal(tokens, i);
      if (!w.isEmpty()) {
        words.add(w);
      }
      if (tokens.lowerIn(INDEFINITE, i)) {
        indefinite = true;
      }
      used[i] = true;
    }
    return new Phrase(tokens.start(first), tokens.baseEnd(k), normal(tokens, k), words, indefinite);
  }

  /** Words {@code k - 1} and {@code k} joined by a space, or the dots of "U.S. official". */
  private static boolean joins(Tokens tokens, int k) {
    boolean initial = tokens.length(k - 1) == 1 && tokens.capitalised(k - 1);
    return tokens.between(k, " ")
        || (initial && (tokens.between(k, ".") || tokens.between(k, ". ")));
  }

  private static boolean modifier(Tokens tokens, int k) {
    return tokens.lowerIn(Lexicon.ROLE_MODIFIERS, k)
        || tokens.wholeLowerIn(Lexicon.ROLE_MODIFIERS, k)
        || tokens.lowerIn(INDEFINITE, k)
        || NameRuns.roleWord(tokens, k)
        || (tokens.capitalised(k) && !tokens.lowerIn(Lexicon.NOT_NAMES, k))
        || tokens.lowerIs(k, "nato");
  }

  /**
   * "Rutte, a former prime minister": the person whose name ends just before ", " and the phrase,
   * or null.
   */
  static String appositive(String text, int phraseStart, List<Mention> before) {
    // Only a mention that ends on the comma right before the phrase (spaces between) can pass
    // commaThenSpace below: without such a comma there is nothing to look for. Looking anyway
    // read every mention of the article for every role phrase, quadratic in a long one.
    int c = phraseStart - 1;
    while (c >= 0 && Lexicon.isRegexSpace(text.charAt(c))) {
      c--;
    }
    if (c < 0 || text.charAt(c) != ',') {
      return null;
    }
    Mention nearest = null;
    for (Mention m : before) {
      if (m.end() <= phraseStart && (nearest == null || m.end() > nearest.end())) {
        nearest = m;
      }
    }
    if (nearest == null || nearest.type() != Mention.Type.NAME) {
      return null;
    }
    return commaThenSpace(text, nearest.end(), phraseStart) ? nearest.person() : null;
  }

  /** "Nato's new secretary general, Mark Rutte,": the person named right after the phrase. */
  static String introducedName(String text, int phraseEnd, List<Mention> mentions) {
    if (phraseEnd >= text.length() || text.charAt(phraseEnd) != ',') {
      return null; // commaThenSpace below needs a comma right after the phrase
    }
    for (Mention m : mentions) {
      if (m.type() == Mention.Type.NAME
          && m.start() >= phraseEnd
          && commaThenSpace(text, phraseEnd, m.start())) {
        return m.person();
      }
    }
    return null;
  }

  /** The people whose roles in this article contain the phrase's head, best first. */
  static List<Candidate> resolve(Mention phrase, Map<String, List<Set<String>>> roles) {
    List<Candidate> out = new ArrayList<>();
    roles.forEach(
        (person, sets) -> {
          int best = 0;
          for (Set<String> s : sets) {
            if (s.contains(phrase.head())) {
              Set<String> common = new HashSet<>(s);
              common.retainAll(phrase.modifiers());
              best = Math.max(best, common.size());
            }
          }
          if (best > 0) {
            out.add(new Candidate(person, best));
          }
        });
    out.sort(Comparator.comparingInt(Candidate::score).reversed());
    return out;
  }

  /**
   * Whether {@code text[from, to)} is a comma and then only whitespace: the regex {@code ,\\s*}
   * over it, without cutting it out and compiling the regex for every mention looked at (RolesTest
   * compares the two).
   */
  static boolean commaThenSpace(String text, int from, int to) {
    if (to <= from || text.charAt(from) != ',') {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (!Lexicon.isRegexSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
