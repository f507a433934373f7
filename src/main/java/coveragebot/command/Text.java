package coveragebot.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Small text helpers for the commands: word shingles for near-duplicates. */
final class Text {
  private Text() {}

  /** Lower-case words, with quote and apostrophe styles made equal. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    int start = 0; // where the word in w starts
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (w.length() == 0) {
          start = i;
        }
        w.append(Character.toLowerCase(c));
      } else if (c == '.' && w.length() > 0 && Words.acronymGoesOn(text, start, i)) {
        continue; // "U.S." is "us", as the search reads it
      } else if ((c == '\'' || c == '\u2019') && w.length() > 0) {
        w.append('\'');
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /**
   * Word pairs of a text, for near-duplicate tests that survive small edits: the words of {@link
   * #words}, each adjacent pair hashed to 64 bits, sorted and distinct. Hashes rather than strings
   * because /search compares up to 50 candidates per query: this allocates one array instead of a
   * string per word pair (a 64-bit collision between two pairs is negligible).
   */
  static long[] shingles(String text) {
    long[] out = pairHashes(text, false);
    // Lower-casing char by char equals String.toLowerCase(ROOT) except for surrogate pairs, the
    // final sigma and dotted capital I; only texts with those pay for the copy.
    return out != null ? out : pairHashes(text.toLowerCase(Locale.ROOT), true);
  }

  /**
   * The pair hashes of {@code s}, lower-cased char by char; null if {@code s} is not {@code
   * lowered} and has a character that lower-cases otherwise in a whole text. ASCII, most of any
   * text, is told apart and lower-cased inline (as {@link Character} would: only A-Z, a-z and 0-9
   * are ASCII letters or digits).
   */
  private static long[] pairHashes(String s, boolean lowered) {
    long[] words = new long[32];
    int n = 0;
    long h = FNV_OFFSET;
    boolean inWord = false;
    int start = 0; // where the word being hashed starts
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean letterOrDigit;
      if (c < 0x80) {
        letterOrDigit = (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
        if (c >= 'A' && c <= 'Z') {
          c += 'a' - 'A';
        }
      } else if (!lowered && (Character.isSurrogate(c) || c == '\u03A3' || c == '\u0130')) {
        return null;
      } else {
        letterOrDigit = Character.isLetterOrDigit(c);
        c = Character.toLowerCase(c);
      }
      if (letterOrDigit) {
        if (!inWord) {
          start = i;
        }
        h = (h ^ c) * FNV_PRIME;
        inWord = true;
      } else if (c == '.' && inWord && Words.acronymGoesOn(s, start, i)) {
        continue; // "U.S." is one word, "us", as words() reads it
      } else if ((c == '\'' || c == '\u2019') && inWord) {
        h = (h ^ '\'') * FNV_PRIME;
      } else if (inWord) {
        if (n == words.length) {
          words = Arrays.copyOf(words, n * 2);
        }
        words[n++] = h;
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    long[] out;
    if (n == 1) {
      out = new long[] {words[0]};
    } else {
      out = new long[Math.max(0, n - 1)];
      for (int i = 0; i + 1 < n; i++) {
        long pair = words[i] * 0x9E3779B97F4A7C15L + words[i + 1];
        out[i] = pair ^ (pair >>> 29);
      }
    }
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  /** Jaccard similarity of two shingle sets (sorted, distinct). */
  static double jaccard(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int common = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common / (double) (a.length + b.length - common);
  }
}
