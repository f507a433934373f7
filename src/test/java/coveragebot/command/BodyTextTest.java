package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The binary search of {@link BodyText#inOneRange} against the plain scan of rangeHolding. */
class BodyTextTest {
  @Test
  void inOneRangeAgreesWithTheScanOverRandomParagraphs() {
    Random r = new Random(7);
    int agreedInside = 0;
    for (int round = 0; round < 2_000; round++) {
      int n = r.nextInt(6);
      int[] ranges = new int[2 * n];
      int w = 0;
      for (int k = 0; k < n; k++) {
        w += r.nextInt(4); // gaps between paragraphs (boilerplate words), or none
        ranges[2 * k] = w;
        w += 1 + r.nextInt(8);
        ranges[2 * k + 1] = w;
      }
      for (int q = 0; q < 20; q++) {
        int from = r.nextInt(w + 3);
        int to = from + 1 + r.nextInt(6);
        boolean inside = BodyText.rangeHolding(ranges, from, to) != null;
        assertThat(BodyText.inOneRange(ranges, from, to)).as("%d-%d", from, to).isEqualTo(inside);
        agreedInside += inside ? 1 : 0;
      }
    }
    assertThat(agreedInside).isGreaterThan(1_000); // both answers were tried often
  }
}
