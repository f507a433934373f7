package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CompareReply;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.Reply;
import coveragebot.testing.Seeds;
import org.junit.jupiter.api.Test;

/** /compare on the seeds: every outlet's version verbatim, first published first (issue 6). */
class CompareCommandTest {
  private static CompareReply compare(String statement) {
    Reply r = Seeds.bot().commands().run("/compare " + statement);
    assertThat(r).isInstanceOf(CompareReply.class);
    VerbatimInvariantTest.excerpts(r).forEach(VerbatimInvariantTest::assertVerbatim);
    return (CompareReply) r;
  }

  @Test
  void eachOutletThatCarriedAQuoteIsShownOnceAndTheOthersAreListedAsMissing() {
    CompareReply r = compare("we will work with Kamala Harris");
    assertThat(r.carried()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(r.carried()).extracting(c -> c.evidence().excerpt().file()).doesNotHaveDuplicates();
    assertThat(r.carried().size() + r.missing().size())
        .isEqualTo(Seeds.bot().corpus().articles().size());
    assertThat(r.carried().getFirst().change()).isEqualTo("first");
    assertThat(r.carried().subList(1, r.carried().size()))
        .allMatch(c -> c.change().equals("same") == c.differences().isEmpty());
  }

  @Test
  void theFirstVersionIsTheEarliestPublished() {
    CompareReply r = compare("in the interest of the United States");
    Excerpt first = r.carried().getFirst().evidence().excerpt();
    for (CompareReply.Carried c : r.carried()) {
      var p = c.evidence().excerpt().source().published();
      if (p != null && first.source().published() != null) {
        assertThat(first.source().published().date()).isBeforeOrEqualTo(p.date());
      }
    }
  }

  @Test
  void oneWordIsRefused() {
    assertThat(Seeds.bot().commands().run("/compare Rutte")).isInstanceOf(ErrorReply.class);
  }
}
