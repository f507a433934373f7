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
    return particle(tokens.get(j))
        && j + 1 < tokens.size()
        && joined(text, tokens.get(j), tokens.get(j + 1))
        && (tokens.get(j + 1).properCase() || particle(tokens.get(j + 1)));
  }

  private static final int PARTICLE_LONGEST =
      PARTICLES.stream().mapToInt(String::length).max().orElseThrow();

  /** One of {@link #PARTICLES}, as written; a longer word is not cut from the text to ask. */
  private static boolean particle(Token t) {
    return t.length() <= PARTICLE_LONGEST && PARTICLES.contains(t.text());
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
    if (!t.lowerMayBeOneOf(ROLE_WORD_STARTS, ROLE_WORD_LONGEST)) {
      return false; // most words: told by their length and first two letters, read in place
    }
    return ROLE_WORDS.contains(t.lower());
  }

  /** The role heads, and "secretary" and "prime" (of "secretary of state", "prime minister"). */
  private static final Set<String> ROLE_WORDS =
      java.util.stream.Stream.concat(
              Lexicon.ROLE_HEADS.stream(), java.util.stream.Stream.of("secretary", "prime"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final int ROLE_WORD_LONGEST =
      ROLE_WORDS.stream().mapToInt(String::length).max().orElseThrow();

  /** The first two characters of each role word, as {@link Token#lowerMayBeOneOf} reads them. */
  private static final boolean[] ROLE_WORD_STARTS = Token.starts(ROLE_WORDS);
}
