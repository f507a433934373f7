package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import org.junit.jupiter.api.Test;

/** {@code train}, the launcher's training run for its start-up cache, in one process. */
class TrainCommandTest {

  /** Every non-admin command's examples, as the bot over {@code corpus} declares them. */
  private static long examples(Bot bot) {
    return bot.commands().specs().stream()
        .filter(s -> !s.adminOnly())
        .mapToLong(s -> s.examples().size())
        .sum();
  }

  @Test
  void rendersEveryExampleOverTheSeedsAndAGeneratedCorpusAndSaysSo() {
    MainTest.Run r = MainTest.run("train", "--articles", "30", "--queries", "5");
    assertThat(r.code()).as(r.err()).isZero();
    long perBot = examples(Bot.of(new CorpusGenerator(42).corpus(30), 0));
    assertThat(perBot).isPositive();
    assertThat(r.out())
        .startsWith(
            "train: "
                + 2 * perBot
                + " example replies rendered, 30 generated articles built and queried, in ");
  }

  @Test
  void withoutTheArticlesFolderItSaysSoAndStillTrainsOnTheGeneratedCorpus() {
    MainTest.Run r =
        MainTest.run("--seeds", "no-such-folder", "train", "--articles", "20", "--queries", "5");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("no-such-folder");
    assertThat(r.out()).contains(" 20 generated articles built and queried");
  }

  @Test
  void badCountsAreRefused() {
    MainTest.Run r = MainTest.run("train", "--articles", "0");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("at least 1");
  }
}
