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
  private static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
          "that", "this", "it", "its", "is", "was", "were", "be", "been", "has", "have", "had",
          "he", "she", "they", "we", "his", "her", "their", "our", "as", "but", "not", "no", "who",
          "whoever", "which", "will", "would", "said", "also", "all", "more", "says");

  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1 && !STOP.contains(w)) {
        out.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
      }
    }
    return out;
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
