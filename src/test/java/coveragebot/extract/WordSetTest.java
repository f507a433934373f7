package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coveragebot.testing.RandomTexts;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Looking a stretch of text up in place answers as cutting it, lower-casing it and asking. */
class WordSetTest {
  private static final String[] PIECES = {
    "s", "a", "i", "d", "S", "A", "I", "D", "he", "HE", "said", "Said", "SAID", "says", "chief",
    "k", "K", "\u212A", "İ", "ı", "ß", "é", "É", "-", "'", "’", " ", "x", "mr", "Mr.", "."
  };

  private static final List<String> WORDS =
      List.of(
          "said", "says", "he", "chief", "k", "ki", "i̇", "mr.", "ss", "é", "secretary-general");

  @Test
  void aStretchIsInTheSetExactlyWhenItsLowerCaseFormIs() {
    WordSet set = WordSet.of(WORDS);
    Random r = new Random(21);
    int yes = 0;
    for (int t = 0; t < 50_000; t++) {
      String text = RandomTexts.of(r, PIECES, 4);
      int from = r.nextInt(text.length() + 1);
      int to = from + r.nextInt(Math.min(12, text.length() - from) + 1);
      boolean expected = WORDS.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
      assertThat(set.containsLowered(text, from, to))
          .as("[%s] %d-%d", text, from, to)
          .isEqualTo(expected);
      yes += expected ? 1 : 0;
    }
    assertThat(yes).isGreaterThan(1_000);
  }

  @Test
  void everyWordIsFoundInAnyCaseAndNothingElse() {
    for (WordSet set : List.of(Lexicon.SPEECH_VERBS, Lexicon.NOT_NAMES, NameRuns.ROLE_WORDS)) {
      for (String w : set.words()) {
        String upper = w.toUpperCase(Locale.ROOT);
        String text = "(" + upper + ")";
        assertThat(set.containsLowered(text, 1, 1 + upper.length())).as(w).isTrue();
        assertThat(set.containsLowered(text, 0, 1 + upper.length())).as(w).isFalse();
        assertThat(set.contains(w)).isTrue();
        assertThat(set.contains(upper)).isEqualTo(upper.equals(w));
      }
    }
    assertThat(WordSet.of("said").containsLowered("", 0, 0)).isFalse();
    assertThat(WordSet.of("").containsLowered("x", 1, 1)).isTrue();
  }

  @Test
  void onlyLowerCaseWordsAreTaken() {
    assertThatThrownBy(() -> WordSet.of("Said"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Said");
  }
}
