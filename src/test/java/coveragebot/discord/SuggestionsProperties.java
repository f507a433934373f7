package coveragebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever a user has typed when Discord asks for suggestions (any characters, surrogates and
 * combining marks, up to Discord's 6,000), ranking never throws, offers at most the cap, and offers
 * only the list's own values, each once.
 */
class SuggestionsProperties {
  static final List<String> VALUES =
      List.of(
          "Jens Stoltenberg",
          "Mark Rutte",
          "Ursula von der Leyen",
          "Recep Tayyip Erdoğan",
          "Volodymyr Zelensky",
          "Khaleej Times",
          "Radio Romania International",
          "Ukraine",
          "北约",
          "😀 emoji outlet",
          "O'Brien",
          "a");

  @Provide
  Arbitrary<String> typed() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> near = Arbitraries.of(VALUES).map(v -> v.substring(0, v.length() / 2));
    Arbitrary<String> huge = Arbitraries.strings().all().ofMinLength(1000).ofMaxLength(6000);
    return Arbitraries.frequencyOf(Tuple.of(6, any), Tuple.of(3, near), Tuple.of(1, huge));
  }

  @Property(tries = 2000)
  void rankingOffersOnlyTheListsValuesUpToTheCap(
      @ForAll("typed") String typed, @ForAll("cap") int cap) {
    List<String> offered = Suggestions.rank(VALUES, typed, cap);
    assertThat(offered.size()).isLessThanOrEqualTo(cap);
    assertThat(VALUES).containsAll(offered);
    assertThat(offered).doesNotHaveDuplicates();
  }

  @Provide
  Arbitrary<Integer> cap() {
    return Arbitraries.integers().between(0, 25);
  }
}
