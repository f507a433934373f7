package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.console.JsonRenderer;
import coveragebot.corpus.Passage;
import coveragebot.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many callers at once get exactly the answers one caller gets, and no exception. */
class ConcurrencyTest {

  private static List<String> lines(int count) {
    Random random = new Random(11);
    List<Passage> passages = Seeds.bot().corpus().passages();
    List<String> fixed =
        List.of(
            "/sources",
            "/help",
            "/speakers",
            "/quote Rutte",
            "/quote text:safe hands",
            "/timeline",
            "/timeline view:coverage",
            "/timeline undated:yes",
            "/search",
            "/bogus",
            "/search limit:99 nato");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (i % 3 == 0) {
        out.add(fixed.get(random.nextInt(fixed.size())));
      } else {
        String[] words = passages.get(random.nextInt(passages.size())).text().split("\\s+");
        int from = random.nextInt(words.length);
        out.add(
            "/search "
                + String.join(" ", List.of(words).subList(from, Math.min(words.length, from + 4))));
      }
    }
    return out;
  }

  @Test
  void fiftyCallersGetTheSingleThreadedAnswers() throws Exception {
    Commands commands = Seeds.bot().commands();
    JsonRenderer json = new JsonRenderer(false);
    List<String> lines = lines(1000);
    List<String> expected = lines.stream().map(l -> json.render(commands.run(l))).toList();

    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (String line : lines) {
        answers.add(pool.submit(() -> json.render(commands.run(line))));
      }
      for (int i = 0; i < lines.size(); i++) {
        assertThat(answers.get(i).get(30, TimeUnit.SECONDS))
            .as(lines.get(i))
            .isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).noneMatch(a -> a.contains("\"internal\""));
  }
}
