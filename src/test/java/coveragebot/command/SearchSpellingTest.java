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
    // a word far from every word of the coverage has nothing to suggest: it is only missing
    assertThat(search("Rutte xqzvw").note()).isEqualTo("No passage shown has \"xqzvw\".");
  }

  /** Before, "half" got "did you mean "have"?" and "become" got "before": real words, no typos. */
  @Test
  void aRealWordTheCoverageLacksIsNoTypo() {
    assertThat(search("how much was spent on aid in the first half of 2024").note())
        .isEqualTo("No passage shown has \"half\".");
    assertThat(search("will Ukraine become a member of NATO").note())
        .isEqualTo("No passage shown has \"become\".");
  }

  /**
   * Words of the question none of the passages shown has are named, so that a reader does not take
   * three passages for an answer; before, only the JSON had a note, and only for typos.
   */
  @Test
  void wordsNoPassageShownHasAreNamed() {
    SearchReply r = search("NATO summit in Vilnius");
    assertThat(r.results()).isNotEmpty();
    assertThat(r.missing()).containsExactly("summit", "Vilnius");
    assertThat(r.note()).isEqualTo("No passage shown has \"summit\" or \"Vilnius\".");
    for (SearchReply.Result res : r.results()) {
      assertThat(res.excerpt().text().toLowerCase(java.util.Locale.ROOT))
          .doesNotContain("summit")
          .doesNotContain("vilnius");
    }
    // a typo is named once, as a typo; a small word ("after") is not named
    SearchReply typo = search("scholtz berlin");
    assertThat(typo.missing()).isEmpty();
    assertThat(typo.note()).isEqualTo("No passage has \"scholtz\"; did you mean \"scholz\"?");
    assertThat(search("who will NATO work with after the US election").note()).isNull();
    // "how many" is how the question is asked: "many" is not searched for or named
    assertThat(SearchCommand.topicWords("how many votes did Trump win").strip().split("\\s+"))
        .containsExactly("votes", "Trump", "win");
    // the terminal shows the note under the passages
    String shown =
        new coveragebot.console.TextRenderer(false).render(search("NATO summit in Vilnius"));
    assertThat(shown)
        .contains("1. ")
        .endsWith("No passage shown has \"summit\" or \"Vilnius\".\nMore on page:2.\n");
  }
}
