package coveragebot.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs of capitalized words ("German Chancellor Olaf Scholz"), where names are looked for. */
final class NameRuns {
  private NameRuns() {}

  private static final Set<String> PARTICLES = Set.of("von", "der", "van", "de", "da", "bin", "al");

  /** Indices [from, to) into {@code tokens} of each run; only single spaces join a run. */
  static List<int[]> of(String text, List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).properCase()) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size()
          && joined(text, tokens.get(j - 1), tokens.get(j))
          && !tokens.get(j - 1).possessive()
          && (tokens.get(j).properCase() || particleBeforeName(text, tokens, j))) {
        j++;
      }
      out.add(new int[] {i, j});
      i = j;
    }
    return out;
  }

  static boolean joined(String text, Token a, Token b) {
    return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
  }

  private static boolean particleBeforeName(String text, List<Token> tokens, int j) {
    return PARTICLES.contains(tokens.get(j).text())
        && j + 1 < tokens.size()
        && joined(text, tokens.get(j), tokens.get(j + 1))
        && (tokens.get(j + 1).properCase() || PARTICLES.contains(tokens.get(j + 1).text()));
  }

  /** The token just before {@code i}, if only spaces (or "Mr." style dots) separate them. */
  static Token previous(String text, List<Token> tokens, int i) {
    if (i == 0) {
      return null;
    }
    Token p = tokens.get(i - 1);
    String between = text.substring(p.end(), tokens.get(i).start());
    return between.equals(" ") || between.equals(". ") ? p : null;
  }

  static boolean honorific(Token t) {
    String l = Lexicon.lower(t.text());
    return Lexicon.HONORIFICS_MALE.contains(l)
        || Lexicon.HONORIFICS_FEMALE.contains(l)
        || l.equals("dr");
  }

  static Gender honorificGender(Token t) {
    String l = Lexicon.lower(t.text());
    if (Lexicon.HONORIFICS_MALE.contains(l)) {
      return Gender.MALE;
    }
    return Lexicon.HONORIFICS_FEMALE.contains(l) ? Gender.FEMALE : Gender.UNKNOWN;
  }

  static boolean roleWord(Token t) {
    String l = t.lower();
    return Lexicon.ROLE_HEADS.contains(l) || l.equals("secretary") || l.equals("prime");
  }
}
