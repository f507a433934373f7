package coveragebot.extract.time;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two sentences (with their neighbours) report the same thing: the share of content words
 * they have in common, over the shorter one. Rewrites of one agency report keep names and nouns
 * ("Rutte", "Berlin", "united", "election") while changing the verbs and word order, so shingles of
 * word pairs are too strict here.
 */
final class SameStory {
  static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
          "that", "this", "it", "its", "is", "was", "were", "be", "been", "has", "have", "had",
          "he", "she", "they", "we", "his", "her", "their", "our", "as", "but", "not", "no", "who",
          "whoever", "which", "will", "would", "said", "also", "all", "more", "says");

  /**
   * The content words of {@code text}: runs of letters and digits ({@code \p{L}\p{N}}) of the
   * lower-cased text, longer than one character, not stop words, a final s dropped from words of
   * four characters or more. Read by hand: splitting with a regex was a fifth of building the
   * timeline ({@code SameStoryTest} keeps the regex as the reference).
   */
  static Set<String> words(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    int n = lower.length();
    int i = 0;
    while (i < n) {
      int cp = lower.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < n && isWordChar(cp = lower.codePointAt(i)));
      if (i - start > 1) {
        String w = lower.substring(start, i);
        if (!STOP.contains(w)) {
          out.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
        }
      }
    }
    return out;
  }

  /** {@code \p{L}} or {@code \p{N}} as java.util.regex reads them: a letter or any number. */
  static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return common.size() / (double) Math.min(a.size(), b.size());
  }
}
