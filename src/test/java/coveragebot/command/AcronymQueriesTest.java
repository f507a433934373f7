package coveragebot.command;

import static coveragebot.command.SeedChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CheckReply;
import coveragebot.reply.CheckReply.Difference;
import coveragebot.reply.QuoteReply;
import coveragebot.reply.SearchReply;
import coveragebot.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * "U.S." as a newsroom writes it finds the seeds' "US" in every command (a QA pass of 2026-11-29
 * found "/search U.S." with nothing, "/search U.S. election" naming "U" and "S" as missing, and
 * "/quote text:U.S. leadership" without Rutte's "strong US leadership").
 */
class AcronymQueriesTest {
  private final Commands commands = Seeds.bot().commands();

  @Test
  void searchFindsUsForUDotS() {
    SearchReply r = (SearchReply) commands.run("/search U.S. leadership");
    assertThat(r.missing()).isEmpty();
    assertThat(r.results()).isNotEmpty();
    assertThat(r.results().getFirst().excerpt().text()).contains("US leadership");
    // the pronoun "us" is the same word to the search (a known limit), so only the best are "US"
    SearchReply alone = (SearchReply) commands.run("/search U.S.");
    assertThat(alone.results()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(alone.results().subList(0, 2))
        .allSatisfy(x -> assertThat(x.excerpt().text()).contains("US "));
  }

  @Test
  void quoteFindsTheWordsWrittenUsForUDotS() {
    QuoteReply r = (QuoteReply) commands.run("/quote text:U.S. leadership");
    assertThat(r.groups()).isNotEmpty();
    assertThat(r.groups().getFirst().quote().excerpt().text()).contains("strong US leadership");
    assertThat(r.groups().getFirst().quote().speaker()).isEqualTo("Mark Rutte");
  }

  @Test
  void checkReadsUDotSAsUsWithOtherPunctuation() {
    CheckReply r = verdict("Rutte said Trump demonstrated strong U.S. leadership");
    assertThat(r.verdict()).isEqualTo("variant");
    assertThat(r.differences())
        .singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo("punctuation"));
    assertThat(r.evidence().getFirst().excerpt().text()).contains("US leadership");
    assertThat(r.differences()).doesNotContain(new Difference("wording", "U", ""));
  }
}
