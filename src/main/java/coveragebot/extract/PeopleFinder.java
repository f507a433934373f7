package coveragebot.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds who the corpus names as a person, from evidence only: a role before the name ("Chancellor
 * Olaf Scholz", "NATO chief Mark Rutte"), an honorific ("Mr. Trump"), or a speech verb ("Rutte
 * said", "said Mark Rutte"). Capitalized words without such evidence (places, parties) are left
 * alone. Headlines are skipped: title case makes every word look like a name.
 */
final class PeopleFinder {
  private final Set<String> fullNames = new HashSet<>();
  private final Set<String> surnames = new HashSet<>();
  private final Map<String, Gender> evidence = new HashMap<>();
  private final Set<String> unevidenced = new HashSet<>(); // "Jens Stoltenberg, a former ..."
  private final Tokens tokens = new Tokens(); // the words of the stretch being read

  /**
   * Adds what {@code other} found, as if its text had been read after this one's: finders of single
   * articles, filled on all cores, merged in article order, find what one finder reading every
   * article in order finds.
   */
  void merge(PeopleFinder other) {
    fullNames.addAll(other.fullNames);
    surnames.addAll(other.surnames);
    unevidenced.addAll(other.unevidenced);
    evidence.putAll(other.evidence);
  }

  /** Test seam: true when both found the same names, with the same evidence. */
  boolean sameFindings(PeopleFinder other) {
    return fullNames.equals(other.fullNames)
        && surnames.equals(other.surnames)
        && unevidenced.equals(other.unevidenced)
        && evidence.equals(other.evidence);
  }

  /** Reads one stretch of story text (quotes already blanked out by the caller's choice). */
  void read(String text, int from, int to) {
    tokens.read(text, from, to);
    for (int s = NameRuns.next(tokens, 0); s < tokens.size(); ) {
      int e = NameRuns.end(tokens, s);
      readRun(s, e);
      s = NameRuns.next(tokens, e);
    }
  }

  /** Reads the run of words {@code [runStart, e)}: a name, if the text gives evidence for one. */
  private void readRun(int runStart, int e) {
    int s = runStart;
    Gender g = Gender.UNKNOWN;
    boolean evidenced = false;
    for (int k = s; k < e; k++) {
      if (NameRuns.roleWord(tokens, k)) {
        s = k + 1; // the name follows the last role word inside the run
        evidenced = true;
      }
    }
    if (s < e && NameRuns.honorific(tokens, s)) {
      g = NameRuns.honorificGender(tokens, s);
      s++;
      evidenced = true;
    }
    while (s < e && tokens.lowerIn(Lexicon.NOT_NAMES, s)) {
      s++;
    }
    if (s >= e) {
      return;
    }
    int before = NameRuns.previous(tokens, runStart);
    if (before >= 0 && NameRuns.honorific(tokens, before)) {
      g = NameRuns.honorificGender(tokens, before);
      evidenced = true;
    } else if (before >= 0 && NameRuns.roleWord(tokens, before)) {
      evidenced = true;
    } else if (before >= 0 && tokens.wholeLowerIn(SAID, before)) {
      evidenced = true;
    }
    if (e < tokens.size() && (speechVerbAfter(tokens, e) || roleAfter(tokens, e))) {
      evidenced = true;
    }
    if (e - s > 4 || (!evidenced && e - s < 2)) {
      return;
    }
    String n = MentionFinder.form(tokens, s, e);
    if (!evidenced) {
      unevidenced.add(n); // a person only if its last word is a known surname (see people())
      return;
    }
    (e - s >= 2 ? fullNames : surnames).add(n);
    if (g != Gender.UNKNOWN) {
      evidence.put(n, g);
    }
  }

  private static final WordSet SAID = WordSet.of("said");

  private static final WordSet ARTICLES = WordSet.of("a", "an", "the");

  /** "Rutte said", "Rutte, 57, said" is too rare to chase; a comma then a verb is accepted. */
  private static boolean speechVerbAfter(Tokens tokens, int e) {
    return (tokens.between(e, " ") || tokens.between(e, ", "))
        && tokens.lowerIn(Lexicon.SPEECH_VERBS, e)
        && !tokens.possessive(e - 1);
  }

  /** "Mark Rutte, a former prime minister": an appositive role marks a person. */
  private static boolean roleAfter(Tokens tokens, int e) {
    if (!tokens.between(e, ", ") || !tokens.lowerIn(ARTICLES, e)) {
      return false;
    }
    for (int k = e + 1; k < Math.min(tokens.size(), e + 5); k++) {
      if (NameRuns.roleWord(tokens, k) && !tokens.lowerIs(k, "head")) {
        return true;
      }
    }
    return false;
  }

  People people() {
    Set<String> full = new HashSet<>(fullNames);
    Set<String> known = new HashSet<>(surnames);
    fullNames.forEach(f -> known.add(People.surname(f)));
    for (String n : unevidenced) {
      if (known.contains(People.surname(n))) {
        full.add(n);
      }
    }
    return new People(full, surnames, evidence);
  }
}
