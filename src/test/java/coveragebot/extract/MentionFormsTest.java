package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.corpus.Article;
import coveragebot.corpus.Passage;
import coveragebot.testing.RandomTexts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A name run's words, as one cut of the text, are the words joined by single spaces, the last
 * without its possessive ending: what names are looked up by.
 */
class MentionFormsTest {

  /** The reference: the words cut one by one and joined. */
  private static String joined(Tokens tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(i > from ? " " : "").append(i == to - 1 ? tokens.base(i) : tokens.text(i));
    }
    return b.toString();
  }

  private static int compareRuns(String text, int from, int to) {
    Tokens tokens = Tokens.of(text, from, to);
    int compared = 0;
    for (int s = NameRuns.next(tokens, 0); s < tokens.size(); ) {
      int e = NameRuns.end(tokens, s);
      for (int a = s; a < e; a++) {
        for (int b = a + 1; b <= Math.min(e, a + 4); b++) {
          assertThat(MentionFinder.form(tokens, a, b)).isEqualTo(joined(tokens, a, b));
          compared += b - a > 1 ? 1 : 0;
        }
      }
      s = NameRuns.next(tokens, e);
    }
    return compared;
  }

  @Test
  void generatedStoriesNameRunsReadAsTheirJoinedWords() {
    int compared = 0;
    for (Article a : new CorpusGenerator(13).corpus(200).articles()) {
      for (Passage p : a.passages()) {
        compared += compareRuns(a.text(), p.start(), p.end());
      }
    }
    assertThat(compared).isGreaterThan(1_000); // runs of two words or more
  }

  @Test
  void oddRunsReadAsTheirJoinedWords() {
    String[] pieces = {
      "Mark Rutte",
      "Ursula von der Leyen's",
      " ",
      " ",
      "Mark",
      "Rutte",
      "Rutte's",
      "Kallas’s",
      "von",
      "der",
      "Leyen",
      "de",
      "NATO",
      " ",
      "  ",
      ". ",
      "\n",
      "İstanbul",
      "Ru\u00ADtte",
      "\u200B",
      "\u2066",
      "É",
      "Dr",
      "said",
      "-",
      "'s",
      "\u00A0"
    };
    Random r = new Random(14);
    int compared = 0;
    for (int t = 0; t < 20_000; t++) {
      String text = RandomTexts.of(r, pieces, 8);
      compared += compareRuns(text, 0, text.length());
    }
    assertThat(compared).isGreaterThan(1_000);
  }
}
