package coveragebot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ComposedFormTest {
  private static final String PRECOMPOSED = "\u00e9t\u00e9"; // été, three characters
  private static final String COMBINING = "e\u0301te\u0301"; // été, five characters

  @Test
  void onlyAWordNotInNfcNeedsComposingAndIsComposedToThePrecomposedForm() {
    assertThat(ComposedForm.needed("Rutte")).isFalse();
    assertThat(ComposedForm.needed(PRECOMPOSED)).isFalse();
    assertThat(ComposedForm.needed("\u0394\u03b7\u03bc")).isFalse(); // Greek, above U+0300, NFC
    assertThat(ComposedForm.needed(COMBINING)).isTrue();
    assertThat(ComposedForm.of(COMBINING)).isEqualTo(PRECOMPOSED);
  }

  @Test
  void agreesWithTheJdkOnEveryCombiningMarkAfterABaseLetterAndNothingBelowItComposes() {
    for (char base : new char[] {'a', 'e', 'o', 'A'}) {
      for (char c = '\u0300'; c < '\u0370'; c++) {
        String word = "" + base + c;
        assertThat(ComposedForm.needed(word))
            .as("U+%04X after %s", (int) c, base)
            .isEqualTo(!Normalizer.isNormalized(word, Normalizer.Form.NFC));
      }
    }
    // below U+0300 nothing composes, so one look at the characters is enough
    for (char c = 0; c < '\u0300'; c++) {
      assertThat(Normalizer.isNormalized("e" + c, Normalizer.Form.NFC))
          .as("U+%04X", (int) c)
          .isTrue();
    }
  }

  @Test
  void formatCharactersAreLeftOutWhereverTheyAreInUnicode() {
    assertThat(ComposedForm.of("Ru\u00ADtte")).isEqualTo("Rutte");
    assertThat(ComposedForm.withoutFormat("\u2066Rutte\u2069")).isEqualTo("Rutte");
    // U+E0001 (a language tag) and U+E0067 (a tag of an emoji flag) are beyond U+FFFF
    assertThat(ComposedForm.withoutFormat("Ru\uDB40\uDC01tte\uDB40\uDC67")).isEqualTo("Rutte");
    assertThat(ComposedForm.needed("Ru\uDB40\uDC01tte")).isTrue();
    // a lone surrogate is no format character, and is kept as it was
    assertThat(ComposedForm.withoutFormat("a\uDB40\u00ADb")).isEqualTo("a\uDB40b");
    String plain = "Mark Rutte";
    assertThat(ComposedForm.withoutFormat(plain)).isSameAs(plain);
  }
}
