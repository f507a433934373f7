package coveragebot.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.testing.RandomTexts;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The facts found in one pass are those a plain search of the stretch finds: {@code contains} for
 * characters and month names, and for the words {@code contains} over a copy with ASCII letters
 * lower-cased (what the rules' case-insensitive patterns fold; {@code TemporalRuleTest} checks that
 * no clue ever turns a match away).
 */
class CluesTest {
  private static final String[] PIECES = {
    "Nov",
    "Nov.",
    "nov",
    "May",
    "2024",
    "7",
    ".",
    "/",
    "-",
    "day",
    "DAY",
    "Today",
    "ago",
    "AGO",
    "week",
    "İ",
    "\u212A",
    " ",
    "a",
    "Monday",
    "Dec",
    "q",
    "Q",
    "HALF",
    "Part",
    "decade",
    "month",
    "Mont",
    "year",
    "YESTERDAY",
    "tomorrow",
    "to",
    "yea",
    "wee",
    "da",
    "Ja",
    "Jan",
    "Sept",
    "d",
    "morning",
    "Afternoon",
    "EVENING",
    "even",
    "tonight",
    "nigh",
    "night"
  };

  private static final Map<Integer, String> WORDS =
      Map.ofEntries(
          Map.entry(Clues.AGO, "ago"),
          Map.entry(Clues.ANY_DAY, "day"),
          Map.entry(Clues.DECADE, "decade"),
          Map.entry(Clues.HALF, "half"),
          Map.entry(Clues.PART, "part"),
          Map.entry(Clues.MONTH_WORD, "month"),
          Map.entry(Clues.TODAY, "today"),
          Map.entry(Clues.TOMORROW, "tomorrow"),
          Map.entry(Clues.WEEK, "week"),
          Map.entry(Clues.YEAR, "year"),
          Map.entry(Clues.YESTERDAY, "yesterday"),
          Map.entry(Clues.MORNING, "morning"),
          Map.entry(Clues.AFTERNOON, "afternoon"),
          Map.entry(Clues.EVENING, "evening"),
          Map.entry(Clues.NIGHT, "night"),
          Map.entry(Clues.Q, "q"));

  @Test
  void oneReadingFindsWhatASearchOfTheStretchFinds() {
    Random r = new Random(9);
    int found = 0;
    int words = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, PIECES, 10);
      int from = r.nextInt(text.length() + 1);
      int to = from + r.nextInt(text.length() - from + 1);
      String region = text.substring(from, to);
      Clues c = new Clues(text, from, to);
      boolean digit = region.chars().anyMatch(ch -> ch >= '0' && ch <= '9');
      boolean month =
          Stream.of("Nov", "May", "Dec", "Jan", "Sep").anyMatch(region::contains)
              || region.contains("Feb"); // the months among the pieces, and one that is not
      assertThat(c.has(Clues.DIGIT)).as(region).isEqualTo(digit);
      assertThat(c.has(Clues.MONTH)).as(region).isEqualTo(month);
      assertThat(c.has(Clues.DOT)).as(region).isEqualTo(region.indexOf('.') >= 0);
      assertThat(c.has(Clues.DASH)).as(region).isEqualTo(region.indexOf('-') >= 0);
      assertThat(c.has(Clues.SLASH)).as(region).isEqualTo(region.indexOf('/') >= 0);
      assertThat(c.has(Clues.DAY)).as(region).isEqualTo(region.contains("day"));
      String folded = asciiLower(region);
      for (var w : WORDS.entrySet()) {
        assertThat(c.has(w.getKey()))
            .as("%s in [%s]", w.getValue(), region)
            .isEqualTo(folded.contains(w.getValue()));
        words += c.has(w.getKey()) ? 1 : 0;
      }
      assertThat(c.has(Clues.DIGIT | Clues.MONTH)).isEqualTo(digit && month);
      assertThat(c.hasAny(Clues.DIGIT | Clues.MONTH)).isEqualTo(digit || month);
      found += month && digit ? 1 : 0;
    }
    assertThat(found).isGreaterThan(200);
    assertThat(words).isGreaterThan(5_000);
  }

  private static String asciiLower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      b.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
    }
    return b.toString();
  }
}
