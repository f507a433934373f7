package coveragebot.command;

import java.util.Arrays;

/**
 * Sequences of word numbers kept compactly, as variable-length bytes (the count, then each number,
 * seven bits a byte, low bits first, high bit: more follows), and phrases looked for in them
 * without decoding. Used for articles' words ({@link CoverageWords}) and quotations' words ({@link
 * QuoteLookup}).
 */
final class WordCodes {
  private WordCodes() {}

  /**
   * Words in a row (by number), encoded once, to look for in many sequences in the compact form. A
   * negative number (a word no article has) is found nowhere.
   */
  static final class Phrase {
    private final byte[] pattern;
    private final int skip; // the count of the pattern, which is not part of it
    private final boolean impossible;

    Phrase(int[] ids) {
      this.impossible = ids.length == 0 || Arrays.stream(ids).anyMatch(id -> id < 0);
      this.pattern = encode(impossible ? new int[0] : ids);
      int k = 0;
      while (pattern[k++] < 0) {}
      this.skip = k;
    }

    /** True when {@code in} has the words in a row. */
    boolean in(byte[] in) {
      return positions(in, 1).length > 0;
    }

    /** Where the words start in {@code in}, as word positions, at most {@code max} of them. */
    int[] positions(byte[] in, int max) {
      if (impossible) {
        return new int[0];
      }
      int first = 0; // where the words start, after the sequence's count
      while (in[first++] < 0) {}
      int[] out = new int[0];
      int n = 0;
      int word = 0; // words that ended before pos
      byte head = pattern[skip];
      int length = pattern.length - skip;
      for (int pos = first; pos + length <= in.length && n < max; pos++) {
        boolean starts = pos == first || in[pos - 1] >= 0; // a number starts here
        if (starts
            && in[pos] == head
            && Arrays.equals(in, pos, pos + length, pattern, skip, pattern.length)) {
          if (n == out.length) {
            out = Arrays.copyOf(out, Math.max(4, 2 * n));
          }
          out[n++] = word;
        }
        if (in[pos] >= 0) {
          word++;
        }
      }
      return Arrays.copyOf(out, n);
    }
  }

  /** {@code seq} in the compact form. */
  static byte[] encode(int[] seq) {
    byte[] out = new byte[5 * (seq.length + 1)];
    int n = put(out, 0, seq.length);
    for (int v : seq) {
      n = put(out, n, v);
    }
    return Arrays.copyOf(out, n);
  }

  private static int put(byte[] out, int n, int v) {
    while ((v & ~0x7F) != 0) {
      out[n++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out[n++] = (byte) v;
    return n;
  }

  static int[] decode(byte[] in) {
    int pos = 0;
    int[] seq = null;
    int k = 0;
    while (seq == null || k < seq.length) {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = in[pos++];
        v |= (b & 0x7F) << shift;
        if (b >= 0) {
          break;
        }
      }
      if (seq == null) {
        seq = new int[v];
      } else {
        seq[k++] = v;
      }
    }
    return seq;
  }
}
