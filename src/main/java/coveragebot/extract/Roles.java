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
  private static final Set<String> INDEFINITE =
      Set.of("a", "an", "one", "some", "two", "three", "several", "other");

  /** Normal form of a role word: synonyms of the alliance's top job fold into "chief". */
  static String normal(Token t) {
    String l = t.lower();
    return switch (l) {
      case "secretary-general", "general", "leader", "head" -> "chief";
      case "alliance", "nato", "alliance's", "alliance’s", "nato's", "nato’s" -> "nato";
      case "a", "an", "the", "one", "its", "his", "her", "their", "secretary" -> "";
      default -> l;
    };
  }

  /** The phrase whose head is token {@code k}, or null when it is no role ("in general"). */
  static Phrase phrase(String text, List<Token> tokens, int k, boolean[] used) {
    Token head = tokens.get(k);
    String l = head.lower();
    int first = k;
    boolean indefinite = Lexicon.UNNAMED_ONLY.contains(l);
    while (first > 0
        && k - first < MAX_MODIFIERS
        && !used[first - 1]
        && joins(text, tokens.get(first - 1), tokens.get(first))
        && modifier(tokens.get(first - 1))) {
      first--;
    }
    if (l.equals("general") && (first == k || !tokens.get(k - 1).lower().equals("secretary"))) {
      return null;
    }
    Set<String> words = new HashSet<>();
    for (int i = first; i <= k; i++) {
      String w = normal(tokens.get(i));
      if (!w.isEmpty()) {
        words.add(w);
      }
      if (INDEFINITE.contains(tokens.get(i).lower())) {
        indefinite = true;
      }
      used[i] = true;
    }
    return new Phrase(
        tokens.get(first).start(),
        head.start() + head.base().length(),
        normal(head),
        words,
        indefinite);
  }

  /** A space, or the dots of an abbreviation such as "U.S. official". */
  private static boolean joins(String text, Token left, Token right) {
    String between = text.substring(left.end(), right.start());
    boolean initial = left.end() - left.start() == 1 && left.capitalised();
    return between.equals(" ") || (initial && (between.equals(".") || between.equals(". ")));
  }

  private static boolean modifier(Token t) {
    String l = t.lower();
    return Lexicon.ROLE_MODIFIERS.contains(l)
        || Lexicon.ROLE_MODIFIERS.contains(Lexicon.lower(t.text()))
        || INDEFINITE.contains(l)
        || NameRuns.roleWord(t)
        || (t.capitalised() && !Lexicon.NOT_NAMES.contains(l))
        || l.equals("nato");
  }

  /**
   * "Rutte, a former prime minister": the person whose name ends just before ", " and the phrase,
   * or null.
   */
  static String appositive(String text, int phraseStart, List<Mention> before) {
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
