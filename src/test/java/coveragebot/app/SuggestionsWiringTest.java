package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.discord.Suggestions;
import coveragebot.testing.Seeds;
import org.junit.jupiter.api.Test;

class SuggestionsWiringTest {
  private final Suggestions suggestions = Main.suggestions(Seeds::bot);

  @Test
  void quoteSpeakersAutocompleteFromEveryoneQuoted() {
    assertThat(suggestions.offers("quote", "speaker")).isTrue();
    assertThat(suggestions.offers("search", "question")).isFalse();
    assertThat(suggestions.suggest("quote", "speaker", "rut")).first().isEqualTo("Mark Rutte");
    assertThat(suggestions.suggest("quote", "speaker", "stolt"))
        .containsExactly("Jens Stoltenberg");
    assertThat(suggestions.suggest("quote", "speaker", "")).hasSizeGreaterThanOrEqualTo(3);
  }
}
