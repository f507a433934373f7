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
    Set<String> out = new HashSet<>();
    eachWord(text, out::add);
    return out;
  }

  /** Gives {@code each} the content words of {@code text} in order, repeats included. */
  private static void eachWord(String text, java.util.function.Consumer<String> each) {
    String lower = text.toLowerCase(Locale.ROOT);
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
          each.accept(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
        }
      }
    }
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

  /**
   * Numbers the content words of many sentences, on any thread: a sentence's words are kept as a
   * sorted array of their numbers, about a twentieth of the memory of a set of strings (a 100k
   * build kept hundreds of thousands of such sets alive, for the collector to copy).
   */
  static final class Vocabulary {
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> numbers =
        new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();

    /** The numbers of {@link #words}{@code (text)}, ascending. */
    int[] of(String text) {
      java.util.stream.IntStream.Builder seen = java.util.stream.IntStream.builder();
      eachWord(text, w -> seen.add(number(w)));
      int[] all = seen.build().toArray();
      java.util.Arrays.sort(all);
      int k = 0; // the distinct numbers, as the set of words would give
      for (int i = 0; i < all.length; i++) {
        if (k == 0 || all[k - 1] != all[i]) {
          all[k++] = all[i];
        }
      }
      return java.util.Arrays.copyOf(all, k);
    }

    private int number(String word) {
      Integer n = numbers.get(word); // most words are numbered already: no lock
      return n != null ? n : numbers.computeIfAbsent(word, x -> next.getAndIncrement());
    }
  }

  /** The share of words two sentences have in common, over the shorter one; 0 when one is empty. */
  static double overlap(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    return common(a, b) / (double) Math.min(a.length, b.length);
  }

  /** How many numbers two ascending arrays share. */
  static int common(int[] a, int[] b) {
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
