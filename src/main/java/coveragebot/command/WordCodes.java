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

    /**
     * Where the words start in {@code in}, as word positions, at most {@code max} of them. The
     * phrase's first byte is looked for eight bytes at a time, and words are counted only up to
     * where it is found (most articles asked about have the phrase's pairs but not the phrase: 60%
     * of /check's time at 100,000 articles went to reading them byte by byte). WordCodesTest
     * compares with reading byte by byte.
     */
    int[] positions(byte[] in, int max) {
      if (impossible) {
        return new int[0];
      }
      int first = 0; // where the words start, after the sequence's count
      while (in[first++] < 0) {}
      int[] out = new int[0];
      int n = 0;
      byte head = pattern[skip];
      int length = pattern.length - skip;
      long heads = (head & 0xFFL) * ONES;
      int last = in.length - length; // the last place the words can start
      int word = 0; // words that ended before counted
      int counted = first;
      int pos = first;
      while (pos <= last && n < max) {
        int at; // the next place, from pos on, that holds the first byte
        if (pos + 8 <= in.length) {
          long x = (long) LONGS.get(in, pos) ^ heads;
          long zero = (x - ONES) & ~x & HIGHS; // the lowest flag marks the first equal byte
          if (zero == 0) {
            pos += 8;
            continue;
          }
          at = pos + (Long.numberOfTrailingZeros(zero) >>> 3);
        } else if (in[pos] == head) {
          at = pos;
        } else {
          pos++;
          continue;
        }
        if (at > last) {
          break;
        }
        pos = at + 1;
        boolean starts = at == first || in[at - 1] >= 0; // a number starts here
        if (starts && Arrays.equals(in, at, at + length, pattern, skip, pattern.length)) {
          word += endings(in, counted, at);
          counted = at;
          if (n == out.length) {
            out = Arrays.copyOf(out, Math.max(4, 2 * n));
          }
          out[n++] = word;
        }
      }
      return Arrays.copyOf(out, n);
    }
  }

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /** How many numbers end in {@code in[from, to)}: bytes with the high bit clear. */
  private static int endings(byte[] in, int from, int to) {
    int count = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      count += Long.bitCount(~(long) LONGS.get(in, i) & HIGHS);
    }
    for (; i < to; i++) {
      count += in[i] >= 0 ? 1 : 0;
    }
    return count;
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

  /** How many bytes {@link #put} writes for {@code v}. */
  static int bytes(int v) {
    int n = 1;
    for (; (v & ~0x7F) != 0; v >>>= 7) {
      n++;
    }
    return n;
  }

  /**
   * Writes {@code v} (not negative) at {@code out[n]} in seven bits a byte, low bits first, the
   * high bit set on every byte but the last; returns where the next number goes.
   */
  static int put(byte[] out, int n, int v) {
    while ((v & ~0x7F) != 0) {
      out[n++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out[n++] = (byte) v;
    return n;
  }

  static int[] decode(byte[] in) {
    Reader r = new Reader(in, 0);
    int[] seq = new int[r.next()];
    for (int k = 0; k < seq.length; k++) {
      seq[k] = r.next();
    }
    return seq;
  }

  /** Reads the numbers {@link #put} wrote, one after another, from {@code at} on. */
  static final class Reader {
    private final byte[] in;
    int at;

    Reader(byte[] in, int at) {
      this.in = in;
      this.at = at;
    }

    int next() {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = in[at++];
        v |= (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
    }
  }
}
