package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact form articles' word numbers are kept in gives back exactly the numbers put in. */
class CoverageWordsCodingTest {

  @Test
  void everySequenceComesBackAsItWent() {
    Random r = new Random(3);
    for (int i = 0; i < 2_000; i++) {
      int[] seq = new int[r.nextInt(i < 10 ? 3 : 400)];
      for (int k = 0; k < seq.length; k++) {
        // small numbers mostly, as common words get them, and every byte length up to five
        seq[k] =
            r.nextInt(4) == 0 ? r.nextInt(Integer.MAX_VALUE) >>> r.nextInt(31) : r.nextInt(200);
      }
      assertThat(CoverageWords.decode(CoverageWords.encode(seq))).isEqualTo(seq);
    }
    assertThat(CoverageWords.decode(CoverageWords.encode(new int[0]))).isEmpty();
    int[] edges = {0, 127, 128, 16_383, 16_384, Integer.MAX_VALUE};
    assertThat(CoverageWords.decode(CoverageWords.encode(edges))).isEqualTo(edges);
    assertThat(CoverageWords.encode(new int[] {5, 6, 7})).hasSize(4);
  }
}
