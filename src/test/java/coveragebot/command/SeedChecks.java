package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CheckReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.Reply;
import coveragebot.testing.Seeds;

/** /check over the seeds for the tests of its verdicts: every text it shows checked verbatim. */
final class SeedChecks {
  private SeedChecks() {}

  /** The reply to {@code /check <claim>}, a verdict (not an error), each excerpt verbatim. */
  static CheckReply verdict(String claim) {
    Reply r = Seeds.bot().commands().run("/check " + claim);
    assertThat(r).as(claim).isInstanceOf(CheckReply.class);
    CheckReply c = (CheckReply) r;
    for (Excerpt e : VerbatimInvariantTest.excerpts(c)) {
      VerbatimInvariantTest.assertVerbatim(e);
    }
    return c;
  }
}
