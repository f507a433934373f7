package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.testing.RandomTexts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading "a comma, then only whitespace" in place agrees with the regex it replaced. */
class RolesTest {
  private static final String[] PIECES = {
    ",", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2028", "a", ".", ",,"
  };

  @Test
  void commaThenSpaceIsTheRegexCommaWhitespace() {
    Random r = new Random(6);
    int yes = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, PIECES, 6);
      int from = r.nextInt(text.length() + 1);
      int to = from + r.nextInt(text.length() - from + 1);
      boolean expected = text.substring(from, to).matches(",\\s*");
      assertThat(Roles.commaThenSpace(text, from, to)).as("[%s]", text).isEqualTo(expected);
      yes += expected ? 1 : 0;
    }
    assertThat(yes).isGreaterThan(500);
  }
}
