package coveragebot.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Article;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The tense markers read by hand are the regex's: the same distance to the nearest past or future
 * marker, over random text crowded with the markers' near misses and over generated articles.
 */
class TenseTest {
  /** The markers as they were written before the regexes were built from the word lists. */
  private static final Pattern WRITTEN_FUTURE =
      Pattern.compile(
          "(?=[a-z'’])(?:\\b(?:will|shall|won['’]t|going to|due to|plans? to|set to|expected to|is expected|are expected|scheduled to|scheduled for|is scheduled|are scheduled|hopes? to)\\b"
              + "|\\b(?-i:could)\\b(?!\\s+(?:have|not)\\b)|\\b(?-i:may|might)\\b(?!\\s+have\\b)"
              + "|(?<!\\b(?:to|not|did)\\s|n['’]t\\s)\\b(?:meets?|gathers?|convenes?|begins?|starts|opens|ends"
              + "|resumes?|holds?|arrives?|travels|takes? office|takes? place|go(?:es)? to the polls)\\b"
              + "|['’]ll\\b)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WRITTEN_PAST =
      Pattern.compile(
          "(?=[a-z])\\b(?!(?:united|need|speed|indeed|red|bed|hundred|seed|feed|breed|shed|expected|scheduled)\\b)"
              + "(?:[a-z]{2,}ed|said|told|met|took|was|were|had|did|made|held|went|came|gave|spoke"
              + "|won|lost|began|left|saw|wrote|sent|brought|became|ran|fell|rose|signed|led)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final String[] PIECES = {
    "said",
    "SAID",
    "Said",
    "told",
    "won",
    "won't",
    "won’t",
    "WON'T",
    "wont",
    "will",
    "WILL",
    "willing",
    "shall",
    "going to",
    "going  to",
    "going tomorrow",
    "Going To",
    "upcoming",
    "forthcoming",
    "due to",
    "due today",
    "plan to",
    "plans to",
    "plans  to",
    "set to",
    "set top",
    "expected",
    "is expected",
    "expected to",
    "scheduled",
    "are scheduled",
    "scheduled for",
    "hopes to",
    "hope to",
    "could",
    "Could",
    "may",
    "May",
    "might",
    "have",
    "HAVE",
    "not",
    "to",
    "did",
    "didn't",
    "didn’t",
    "DIDN'T",
    "n't",
    "auto",
    "undid",
    "meet",
    "meets",
    "MEET",
    "meeting",
    "begin",
    "takes office",
    "take  place",
    "go to the polls",
    "goes to the",
    "\t",
    "we'll",
    "we’ll",
    "WE'LL",
    "'ll",
    "’ll",
    "'llx",
    "'ll5",
    "ill",
    "united",
    "United",
    "unitedly",
    "needed",
    "need",
    "red",
    "reddened",
    "hundred",
    "bed",
    "shed",
    "sheds",
    "ed",
    "bed2",
    "fed",
    "voted",
    "VOTED",
    "voted_",
    "voted5",
    "5voted",
    "_voted",
    "led",
    "led_",
    "left",
    "lefts",
    "be held",
    "being signed",
    "be",
    "was",
    "were",
    "had",
    "rose",
    "signed",
    "fell",
    "ran",
    "éd",
    "vot\u00e9d",
    "caf\u00e9d",
    "ſaid",
    "\u017fhall",
    "ıt",
    "x",
    "a",
    " ",
    " ",
    "  ",
    ",",
    ".",
    ";",
    ":",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "-",
    "—",
    "(",
    ")",
    "\n",
    "0",
    "12",
    "_",
    "\u00a0",
    "\u2026"
  };

  @Test
  void byHandEqualsTheRegexOnCrowdedRandomText() {
    Random r = new Random(3);
    int found = 0;
    for (int round = 0; round < 30_000; round++) {
      StringBuilder b = new StringBuilder();
      int pieces = 1 + r.nextInt(14);
      for (int k = 0; k < pieces; k++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      int left = r.nextInt(text.length() / 3 + 1);
      int right = text.length() - r.nextInt(text.length() / 3 + 1);
      int start = left + r.nextInt(right - left + 1);
      int end = start + r.nextInt(right - start + 1);
      assertThat(Tense.plain(text, left, right)).isTrue();
      for (boolean past : new boolean[] {true, false}) {
        int regex = Tense.nearest(text, past, left, right, start, end, true);
        int hand = Tense.nearest(text, past, left, right, start, end, false);
        int written =
            Tense.nearestByRegex(
                text, past ? WRITTEN_PAST : WRITTEN_FUTURE, left, right, start, end, past);
        assertThat(regex)
            .as("the regex built from the lists, as written before")
            .isEqualTo(written);
        assertThat(hand)
            .as(
                "%s marker in [%d, %d) around [%d, %d) of \"%s\"",
                past ? "past" : "future", left, right, start, end, text)
            .isEqualTo(regex);
        found += regex == Integer.MAX_VALUE ? 0 : 1;
      }
    }
    assertThat(found).as("rounds where a marker was found").isGreaterThan(15_000);
  }

  @Test
  void byHandEqualsTheRegexOverGeneratedArticles() {
    List<Article> articles = new CorpusGenerator(9).corpus(60).articles();
    Random r = new Random(4);
    int checked = 0;
    for (Article a : articles) {
      String text = a.text();
      for (int k = 0; k < 200; k++) {
        int left = r.nextInt(text.length());
        int right = Math.min(text.length(), left + 1 + r.nextInt(200));
        int start = left + r.nextInt(right - left + 1);
        int end = Math.min(right, start + r.nextInt(20));
        for (boolean past : new boolean[] {true, false}) {
          assertThat(Tense.nearest(text, past, left, right, start, end, false))
              .as("%s in %s [%d, %d)", past, a.file(), left, right)
              .isEqualTo(Tense.nearest(text, past, left, right, start, end, true));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(60 * 200 * 2);
  }

  @Test
  void textBeyondTheHandReadingGoesThroughTheRegex() {
    // a combining acute accent: the regex's word boundary reads it with the letter before it
    String text = "they voted\u0301 yesterday";
    assertThat(Tense.plain(text, 0, text.length())).isFalse();
    assertThat(Tense.nearest(text, true, 0, text.length(), 11, 20, false))
        .isEqualTo(Tense.nearest(text, true, 0, text.length(), 11, 20, true));
    assertThat(Tense.around("Rutte said on Monday", 0, 20, 14, 20)).isEqualTo(Tense.PAST);
    assertThat(Tense.around("Rutte will meet on Monday", 0, 25, 19, 25)).isEqualTo(Tense.FUTURE);
  }
}
