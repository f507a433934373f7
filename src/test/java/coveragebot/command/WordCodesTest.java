package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link WordCodes.Phrase#positions} finds what reading the sequence byte by byte finds (the
 * version it replaced, kept below), over random sequences whose numbers take one to five bytes, so
 * that a phrase's first byte also turns up inside other numbers and at every place in an eight-byte
 * step.
 */
class WordCodesTest {

  /** The byte-by-byte search as it was. */
  private static int[] reference(int[] ids, byte[] in, int max) {
    if (ids.length == 0 || Arrays.stream(ids).anyMatch(id -> id < 0)) {
      return new int[0];
    }
    byte[] pattern = WordCodes.encode(ids);
    int skip = 0;
    while (pattern[skip++] < 0) {}
    int first = 0;
    while (in[first++] < 0) {}
    int[] out = new int[0];
    int n = 0;
    int word = 0;
    byte head = pattern[skip];
    int length = pattern.length - skip;
    for (int pos = first; pos + length <= in.length && n < max; pos++) {
      boolean starts = pos == first || in[pos - 1] >= 0;
      if (starts
          && in[pos] == head
          && Arrays.equals(in, pos, pos + length, pattern, skip, pattern.length)) {
        out = Arrays.copyOf(out, n + 1);
        out[n++] = word;
      }
      if (in[pos] >= 0) {
        word++;
      }
    }
    return out;
  }

  private static int number(Random r) {
    return switch (r.nextInt(6)) {
      case 0, 1, 2 -> r.nextInt(6); // few words, so phrases recur
      case 3 -> 128 * (1 + r.nextInt(3)) + r.nextInt(3); // two bytes, low byte like a small word
      case 4 -> r.nextInt(1 << 21);
      default -> r.nextInt(Integer.MAX_VALUE); // five bytes
    };
  }

  @Test
  void findsWhatReadingByteByByteFinds() {
    Random r = new Random(20261127);
    int found = 0;
    for (int t = 0; t < 30_000; t++) {
      int[] seq = new int[r.nextInt(40)];
      for (int i = 0; i < seq.length; i++) {
        seq[i] = number(r);
      }
      byte[] in = WordCodes.encode(seq);
      int[] ids;
      if (seq.length > 0 && r.nextBoolean()) {
        int from = r.nextInt(seq.length);
        ids = Arrays.copyOfRange(seq, from, Math.min(seq.length, from + 1 + r.nextInt(3)));
      } else {
        ids = new int[1 + r.nextInt(3)];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = r.nextInt(20) == 0 ? -1 : number(r);
        }
      }
      int max = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : Integer.MAX_VALUE;
      WordCodes.Phrase phrase = new WordCodes.Phrase(ids);
      int[] got = phrase.positions(in, max);
      assertThat(got)
          .as("%s in %s", Arrays.toString(ids), Arrays.toString(seq))
          .isEqualTo(reference(ids, in, max));
      assertThat(phrase.in(in)).isEqualTo(got.length > 0);
      found += got.length;
    }
    assertThat(found).isGreaterThan(20_000);
  }
}
