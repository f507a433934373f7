package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> SPEAKERS =
      List.of("Jens Stoltenberg", "Mark Rutte", "Stolt Nielsen", "Antony Blinken", "Rutger Hauer");

  @Test
  void prefixThenWordStartThenAnywhereThenTypos() {
    assertThat(Suggestions.rank(SPEAKERS, "stol", 25))
        .containsExactly("Stolt Nielsen", "Jens Stoltenberg");
    assertThat(Suggestions.rank(SPEAKERS, "rut", 25)).containsExactly("Rutger Hauer", "Mark Rutte");
    assertThat(Suggestions.rank(SPEAKERS, "blinkn", 25)).isEmpty();
    assertThat(Suggestions.rank(SPEAKERS, "antoni", 25)).containsExactly("Antony Blinken");
  }

  @Test
  void emptyInputListsTheFirstValuesUpToTheCap() {
    assertThat(Suggestions.rank(SPEAKERS, "", 2)).containsExactly("Jens Stoltenberg", "Mark Rutte");
  }

  @Test
  void onlyConfiguredOptionsOfferSuggestions() {
    Suggestions s = Suggestions.of(Map.of("quote.speaker", () -> SPEAKERS));
    assertThat(s.offers("quote", "speaker")).isTrue();
    assertThat(s.offers("search", "question")).isFalse();
    assertThat(s.suggest("search", "question", "x")).isEmpty();
    assertThat(Suggestions.none().offers("quote", "speaker")).isFalse();
  }

  @Test
  void choicesDropBlankDuplicateAndOverlongValues() {
    assertThat(
            AutocompleteListener.choices(List.of("a", " ", "a", "b".repeat(101), "c")).stream()
                .map(c -> c.getAsString())
                .toList())
        .containsExactly("a", "c");
  }

  /** A value of only invisible characters would show as an empty choice. */
  @Test
  void choicesDropValuesWithNothingVisible() {
    assertThat(
            AutocompleteListener.choices(
                    List.of("\u200B", "\u00AD\u200D ", "\uFEFF\u00A0", "Ru\u00ADtte"))
                .stream()
                .map(c -> c.getAsString())
                .toList())
        .containsExactly("Ru\u00ADtte");
  }
}
