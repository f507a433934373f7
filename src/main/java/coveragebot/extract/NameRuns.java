package coveragebot.extract;

import java.util.Set;
import java.util.stream.Stream;

/** Runs of capitalized words ("German Chancellor Olaf Scholz"), where names are looked for. */
final class NameRuns {
  private NameRuns() {}

  private static final Set<String> PARTICLES = Set.of("von", "der", "van", "de", "da", "bin", "al");

  /**
   * The first word at or after {@code i} that starts a run (a word cased like a name), or {@code
   * tokens.size()}. Runs are walked with this and {@link #end} rather than listed: a list of runs
   * per stretch was half a gigabyte of garbage per 100k build.
   */
  static int next(Tokens tokens, int i) {
    while (i < tokens.size() && !tokens.properCase(i)) {
      i++;
    }
    return i;
  }

  /** Where the run that starts at word {@code i} ends; only single spaces join a run. */
  static int end(Tokens tokens, int i) {
    int j = i + 1;
    while (j < tokens.size()
        && tokens.between(j, " ")
        && !tokens.possessive(j - 1)
        && (tokens.properCase(j) || particleBeforeName(tokens, j))) {
      j++;
    }
    return j;
  }

  private static boolean particleBeforeName(Tokens tokens, int j) {
    return particle(tokens, j)
        && j + 1 < tokens.size()
        && tokens.between(j + 1, " ")
        && (tokens.properCase(j + 1) || particle(tokens, j + 1));
  }

  private static final int PARTICLE_LONGEST =
      PARTICLES.stream().mapToInt(String::length).max().orElseThrow();

  /** One of {@link #PARTICLES}, as written; a longer word is not cut from the text to ask. */
  private static boolean particle(Tokens tokens, int k) {
    return tokens.length(k) <= PARTICLE_LONGEST && PARTICLES.contains(tokens.text(k));
  }

  /**
   * The word just before word {@code i}, if only a space (or a "Mr." style dot and a space)
   * separates them, or -1.
   */
  static int previous(Tokens tokens, int i) {
    return i > 0 && (tokens.between(i, " ") || tokens.between(i, ". ")) ? i - 1 : -1;
  }

  private static final WordSet HONORIFICS =
      WordSet.of(
          Stream.of(
                  Lexicon.HONORIFICS_MALE.words(), Lexicon.HONORIFICS_FEMALE.words(), Set.of("dr"))
              .flatMap(Set::stream)
              .toList());

  /** "Mr", "Ms", "Dr"...: the word as written (a possessive "Mr's" is none), in any case. */
  static boolean honorific(Tokens tokens, int k) {
    return tokens.wholeLowerIn(HONORIFICS, k);
  }

  static Gender honorificGender(Tokens tokens, int k) {
    if (tokens.wholeLowerIn(Lexicon.HONORIFICS_MALE, k)) {
      return Gender.MALE;
    }
    return tokens.wholeLowerIn(Lexicon.HONORIFICS_FEMALE, k) ? Gender.FEMALE : Gender.UNKNOWN;
  }

  static boolean roleWord(Tokens tokens, int k) {
    return tokens.lowerIn(ROLE_WORDS, k);
  }

  /** The role heads, and "secretary" and "prime" (of "secretary of state", "prime minister"). */
  static final WordSet ROLE_WORDS =
      WordSet.of(
          Stream.concat(Lexicon.ROLE_HEADS.stream(), Stream.of("secretary", "prime")).toList());
}
