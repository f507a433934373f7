package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.discord.Suggestions;
import coveragebot.testing.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsWiringTest {
  private final Suggestions suggestions = Suggestions.of(Main.suggestionLists(Seeds::bot));

  @Test
  void quoteSpeakersAutocompleteFromEveryoneQuoted() {
    assertThat(suggestions.offers("quote", "speaker")).isTrue();
    assertThat(suggestions.offers("search", "question")).isFalse();
    assertThat(suggestions.suggest("quote", "speaker", "rut")).first().isEqualTo("Mark Rutte");
    assertThat(suggestions.suggest("quote", "speaker", "stolt"))
        .containsExactly("Jens Stoltenberg");
    assertThat(suggestions.suggest("quote", "speaker", "")).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void outletsAndTopicsAutocompleteWhereOptionsTakeThem() {
    assertThat(suggestions.offers("search", "outlet")).isTrue();
    assertThat(suggestions.offers("quote", "outlet")).isTrue();
    assertThat(suggestions.suggest("search", "outlet", "")).hasSize(5).contains("Jordan Times");
    assertThat(suggestions.suggest("quote", "outlet", "jo"))
        .containsExactly("Jordan Times", "Jowhar");
    assertThat(suggestions.suggest("search", "outlet", "khalej")).containsExactly("Khaleej Times");
    assertThat(suggestions.offers("quote", "about")).isTrue();
    assertThat(suggestions.offers("timeline", "about")).isTrue();
    assertThat(suggestions.suggest("timeline", "about", "ukr")).first().isEqualTo("Ukraine");
    assertThat(suggestions.suggest("quote", "about", "")).hasSize(25);
  }

  @Test
  void suggestionsFollowTheBotAfterAReload() {
    java.util.concurrent.atomic.AtomicReference<coveragebot.app.Bot> current =
        new java.util.concurrent.atomic.AtomicReference<>(Seeds.bot());
    Suggestions live = Suggestions.of(Main.suggestionLists(current::get));
    assertThat(live.suggest("search", "outlet", "")).hasSize(5);
    coveragebot.corpus.Corpus one =
        new coveragebot.corpus.Corpus(
            Seeds.bot().corpus().articles().subList(0, 1),
            Seeds.bot().corpus().articles().get(0).passages(),
            List.of(),
            List.of());
    current.set(Bot.of(one, 0));
    assertThat(live.suggest("search", "outlet", "")).hasSize(1);
  }
}
