package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.testing.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The word differences /quote shows between copies of a quotation, and the hand-written reader of
 * their words against the pattern it replaced.
 */
class QuoteVariantsTest {

  /** The pattern {@link QuoteVariants#tokens} reads by hand. */
  private static final Pattern TOKEN =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*|\\p{Nd}[\\p{Nd},.]*\\p{Nd}|\\p{Nd}|\\S");

  private static List<String> byPattern(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** What matters to the reader: letters of several scripts, marks, digits, the marks it joins. */
  private static final String[] PIECES = {
    "a",
    "Z",
    "é",
    "e\u0301",
    "\u0301",
    "ß",
    "Ж",
    "中",
    "\uD835\uDC00",
    "\uD83D\uDE00",
    "\uD800",
    "1",
    "٣",
    "2024",
    "1,000",
    "3.5",
    ",",
    ".",
    "'",
    "’",
    "-",
    "—",
    "\"",
    "“",
    "”",
    " ",
    "  ",
    "\t",
    "\n",
    "\u000B",
    "\f",
    "\r",
    "\u00A0",
    "\u2003",
    "NATO",
    "don't",
    "well-known",
    "x"
  };

  @Test
  void readsTheSameTokensAsThePattern() {
    Random r = new Random(3);
    int nonEmpty = 0;
    for (int i = 0; i < 50_000; i++) {
      String text = RandomTexts.of(r, PIECES, 12);
      List<String> expected = byPattern(text);
      assertThat(QuoteVariants.tokens(text)).as("[%s]", text).isEqualTo(expected);
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).isGreaterThan(40_000);
  }

  @Test
  void readsNumbersUpToTheirLastDigit() {
    assertThat(QuoteVariants.tokens("1,000. 3.5, and 2024."))
        .containsExactly("1,000", ".", "3.5", ",", "and", "2024", ".");
  }

  @Test
  void namesWhatChangedBetweenTwoCopies() {
    assertThat(new QuoteVariants.From("We trust Nato.").differences("We trust NATO"))
        .containsExactly("\"Nato .\" → \"NATO\"");
    assertThat(new QuoteVariants.From("in safe hands").differences("in very safe hands"))
        .containsExactly("\"very\" added");
    assertThat(new QuoteVariants.From("in safe hands").differences("in  safe hands")).isEmpty();
  }

  @Test
  void readsTheBestTextOnceForManyCopies() {
    QuoteVariants.From from = new QuoteVariants.From("Europe must defend itself.");
    assertThat(from.differences("Europe must defend itself.")).isEmpty();
    assertThat(from.differences("Europe must defend itself")).containsExactly("\".\" left out");
    assertThat(from.differences("Europe must now defend itself.")).containsExactly("\"now\" added");
  }
}
