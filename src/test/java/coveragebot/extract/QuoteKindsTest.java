package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.testing.RandomTexts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Words of a quotation counted in place, as splitting its stripped text counts them. */
class QuoteKindsTest {
  private static final String[] PIECES = {
    "Victory",
    "Plan",
    "a",
    " ",
    "  ",
    "\t",
    "\n",
    "\u000B",
    "\f",
    "\r",
    "\u00A0",
    "\u2028",
    "\u2003",
    "\u001C",
    ".",
    "I’m",
    "\uD835\uDC00"
  };

  @Test
  void wordsAreCountedAsSplittingCountsThem() {
    Random r = new Random(10);
    int more = 0;
    int fewer = 0;
    for (int t = 0; t < 20_000; t++) {
      String inner = RandomTexts.of(r, PIECES, 14);
      int max = r.nextInt(8);
      boolean expected = inner.strip().split("\\s+").length > max;
      assertThat(QuoteKinds.moreWordsThan(inner, max))
          .as("[%s] %d", inner, max)
          .isEqualTo(expected);
      if (expected) {
        more++;
      } else {
        fewer++;
      }
    }
    assertThat(more).isGreaterThan(2_000);
    assertThat(fewer).isGreaterThan(2_000);
  }
}
