package coveragebot.extract;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * A fixed set of lower-case words that a word of the text can be looked up in without being cut out
 * and lower-cased: the cut and lower-cased copies of every word looked up were a gigabyte and a
 * half of garbage per 100,000-article build. A word of ASCII characters is hashed and compared in
 * place, lower-cased as it is read; any other goes the long way ({@link Lexicon#lower}), since only
 * characters beyond ASCII can lower-case to more than one character or to an ASCII one (U+0130,
 * U+212A). WordSetTest compares both ways.
 */
final class WordSet {
  private final Set<String> words;
  private final String[] table; // open addressing on String.hashCode, linear probing
  private final int longest;
  // the first two characters of each word (of a one-character word, it and 0) at first << 7 |
  // second, for the ASCII ones: most words asked about are turned away by these two alone
  private final boolean[] starts = new boolean[128 * 128];

  private WordSet(Set<String> words) {
    this.words = words;
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    this.table = new String[size];
    int max = 0;
    for (String w : words) {
      if (!w.equals(Lexicon.lower(w))) {
        throw new IllegalArgumentException("not lower case: " + w);
      }
      int p = spread(w.hashCode()) & (size - 1);
      while (table[p] != null) {
        p = (p + 1) & (size - 1);
      }
      table[p] = w;
      max = Math.max(max, w.length());
      char a = w.isEmpty() ? 0 : w.charAt(0);
      char b = w.length() < 2 ? 0 : w.charAt(1);
      if (a < 128 && b < 128) {
        starts[a << 7 | b] = true;
      }
    }
    this.longest = max;
  }

  static WordSet of(String... words) {
    return new WordSet(Set.of(words));
  }

  static WordSet of(Collection<String> words) {
    return new WordSet(Set.copyOf(words));
  }

  /** Whether {@code lower}, already in lower case, is one of the words. */
  boolean contains(String lower) {
    return words.contains(lower);
  }

  /** The words, unmodifiable. */
  Set<String> words() {
    return words;
  }

  /** Whether {@code text[from, to)}, lower-cased as {@link Lexicon#lower} does, is one of them. */
  boolean containsLowered(String text, int from, int to) {
    if (to - from > longest) {
      return false; // lower-casing never shortens a string
    }
    if (to - from > 0) {
      // two ASCII characters lower-case to the first two of the lower-case form, whatever follows
      char a = text.charAt(from);
      char b = to - from > 1 ? text.charAt(from + 1) : 0;
      if (a < 128 && b < 128 && !starts[lower(a) << 7 | lower(b)]) {
        return false;
      }
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return words.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
      }
      h = 31 * h + lower(c);
    }
    int mask = table.length - 1;
    for (int p = spread(h) & mask; table[p] != null; p = (p + 1) & mask) {
      if (sameLowered(table[p], text, from, to)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameLowered(String word, String text, int from, int to) {
    if (word.length() != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (lower(text.charAt(i)) != word.charAt(i - from)) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
