package coveragebot.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
    List<Token> tokens = Token.of(text, from, to);
    for (int[] run : NameRuns.of(text, tokens)) {
      int s = run[0];
      int e = run[1];
      Gender g = Gender.UNKNOWN;
      boolean evidenced = false;
      for (int k = s; k < e; k++) {
        if (NameRuns.roleWord(tokens.get(k))) {
          s = k + 1; // the name follows the last role word inside the run
          evidenced = true;
        }
      }
      if (s < e && NameRuns.honorific(tokens.get(s))) {
        g = NameRuns.honorificGender(tokens.get(s));
        s++;
        evidenced = true;
      }
      while (s < e && Lexicon.NOT_NAMES.contains(tokens.get(s).lower())) {
        s++;
      }
      if (s >= e) {
        continue;
      }
      Token before = NameRuns.previous(text, tokens, run[0]);
      if (before != null && NameRuns.honorific(before)) {
        g = NameRuns.honorificGender(before);
        evidenced = true;
      } else if (before != null && NameRuns.roleWord(before)) {
        evidenced = true;
      } else if (before != null && Lexicon.lower(before.text()).equals("said")) {
        evidenced = true;
      }
      if (e < tokens.size() && (speechVerbAfter(text, tokens, e) || roleAfter(text, tokens, e))) {
        evidenced = true;
      }
      if (e - s > 4 || (!evidenced && e - s < 2)) {
        continue;
      }
      StringBuilder name = new StringBuilder();
      for (int k = s; k < e; k++) {
        name.append(k > s ? " " : "")
            .append(k == e - 1 ? tokens.get(k).base() : tokens.get(k).text());
      }
      String n = name.toString();
      if (!evidenced) {
        unevidenced.add(n); // a person only if its last word is a known surname (see people())
        continue;
      }
      (e - s >= 2 ? fullNames : surnames).add(n);
      if (g != Gender.UNKNOWN) {
        evidence.put(n, g);
      }
    }
  }

  /** "Rutte said", "Rutte, 57, said" is too rare to chase; a comma then a verb is accepted. */
  private static boolean speechVerbAfter(String text, List<Token> tokens, int e) {
    Token next = tokens.get(e);
    String between = text.substring(tokens.get(e - 1).end(), next.start());
    return (between.equals(" ") || between.equals(", "))
        && Lexicon.SPEECH_VERBS.contains(next.lower())
        && !tokens.get(e - 1).possessive();
  }

  /** "Mark Rutte, a former prime minister": an appositive role marks a person. */
  private static boolean roleAfter(String text, List<Token> tokens, int e) {
    String between = text.substring(tokens.get(e - 1).end(), tokens.get(e).start());
    String first = tokens.get(e).lower();
    if (!between.equals(", ")
        || !(first.equals("a") || first.equals("an") || first.equals("the"))) {
      return false;
    }
    for (int k = e + 1; k < Math.min(tokens.size(), e + 5); k++) {
      if (NameRuns.roleWord(tokens.get(k)) && !tokens.get(k).lower().equals("head")) {
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
