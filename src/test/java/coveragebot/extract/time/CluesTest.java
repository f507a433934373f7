package coveragebot.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.testing.RandomTexts;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Clues read their stretch of text in place as they did from a copy of it. */
class CluesTest {
  private static final String[] PIECES = {
    "Nov", "Nov.", "nov", "May", "2024", "7", ".", "/", "-", "day", "DAY", "Today", "ago", "AGO",
    "week", "İ", "\u212A", " ", "a", "Monday", "Dec"
  };

  @Test
  void readInPlaceAsFromACopy() {
    Random r = new Random(9);
    int found = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, PIECES, 10);
      int from = r.nextInt(text.length() + 1);
      int to = from + r.nextInt(text.length() - from + 1);
      String region = text.substring(from, to);
      Clues c = new Clues(text, from, to);
      boolean digit = region.chars().anyMatch(ch -> ch >= '0' && ch <= '9');
      boolean month =
          java.util.stream.Stream.of("Nov", "May", "Dec").anyMatch(region::contains)
              || region.contains("Jan"); // the months among the pieces, and one that is not
      assertThat(c.digit()).as(region).isEqualTo(digit);
      assertThat(c.month()).as(region).isEqualTo(month);
      assertThat(c.has('.')).as(region).isEqualTo(region.indexOf('.') >= 0);
      assertThat(c.has("day")).as(region).isEqualTo(region.contains("day"));
      assertThat(c.lowerHas("ago", "week"))
          .as(region)
          .isEqualTo(
              region.toLowerCase(Locale.ROOT).contains("ago")
                  || region.toLowerCase(Locale.ROOT).contains("week"));
      found += month && digit ? 1 : 0;
    }
    assertThat(found).isGreaterThan(500);
  }
}
