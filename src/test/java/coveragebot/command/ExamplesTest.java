package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.ErrorReply;
import coveragebot.reply.Reply;
import coveragebot.reply.SearchReply;
import coveragebot.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The examples /help shows are what a new user copies first: each must run over the seeds as
 * written and answer, not come back with a usage error.
 */
class ExamplesTest {

  @Test
  void everyExampleAnswersOverTheSeeds() {
    Commands commands = Seeds.bot().commands();
    int run = 0;
    for (CommandSpec spec : commands.specs()) {
      if (spec.adminOnly()) {
        continue; // /reload rebuilds the bot: its examples are tested with the live bot
      }
      for (String example : spec.examples()) {
        Reply reply = commands.run(example);
        assertThat(reply).as(example).isNotInstanceOf(ErrorReply.class);
        if (reply instanceof SearchReply search) {
          assertThat(search.results()).as(example).isNotEmpty();
        }
        run++;
      }
    }
    assertThat(run).isGreaterThan(10);
  }
}
