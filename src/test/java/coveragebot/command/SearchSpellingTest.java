package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.SearchReply;
import coveragebot.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * A /search word no passage has, a typo or two from one they have, gets a "did you mean"; before,
 * "/search scholtz" only said that nothing in the coverage matches, as if the coverage did not name
 * Olaf Scholz.
 */
class SearchSpellingTest {

  private static SearchReply search(String question) {
    return (SearchReply) Seeds.bot().commands().run("/search " + question);
  }

  @Test
  void aMisspeltNameWithNothingFoundIsToldTheWordThePassagesHave() {
    SearchReply r = search("scholtz");
    assertThat(r.results()).isEmpty();
    assertThat(r.note())
        .isEqualTo(
            "Nothing in the coverage matches \"scholtz\". Try other words, or /sources to see what"
                + " the bot knows. No passage has \"scholtz\"; did you mean \"scholz\"?");
    // the word it suggests finds passages
    assertThat(search("scholz").results()).isNotEmpty();
  }

  @Test
  void misspeltWordsBesideOnesFoundAreToldToo() {
    SearchReply r = search("rutte congradulated trump");
    assertThat(r.results()).isNotEmpty();
    assertThat(r.note())
        .isEqualTo("No passage has \"congradulated\"; did you mean \"congratulated\"?");
  }

  @Test
  void wordsThePassagesHaveGetNoNote() {
    assertThat(search("who did Rutte congratulate").note()).isNull();
    assertThat(search("Rutte 2024").note()).isNull();
    // a word far from every word of the coverage has nothing to suggest
    assertThat(search("Rutte xqzvw").note()).isNull();
  }
}
