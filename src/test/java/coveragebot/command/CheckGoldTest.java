package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CheckReply;
import coveragebot.reply.Reply;
import coveragebot.testing.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verdict accuracy of /check on a gold set of claims about the seeds (issue 6). The claims were
 * written from the seeds before the rules were tuned; the score goes to target/check-quality.txt.
 */
class CheckGoldTest {
  static final double TARGET = 0.95;

  record Gold(String verdict, String claim) {}

  static List<Gold> gold() throws IOException {
    try (InputStream in = CheckGoldTest.class.getResourceAsStream("/check/gold.tsv")) {
      List<Gold> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        out.add(new Gold(parts[0], parts[1]));
      }
      return out;
    }
  }

  @Test
  void verdictAccuracyOnTheGoldSetMeetsTheTarget() throws IOException {
    List<Gold> gold = gold();
    StringBuilder report = new StringBuilder();
    int right = 0;
    for (Gold g : gold) {
      Reply reply = Seeds.bot().commands().run("/check " + g.claim());
      String got = reply instanceof CheckReply c ? c.verdict() : "error";
      boolean ok = got.equals(g.verdict());
      right += ok ? 1 : 0;
      report.append(ok ? "ok   " : "MISS ").append(g.verdict()).append(" <- ").append(got);
      if (reply instanceof CheckReply c && !c.differences().isEmpty()) {
        report.append(" ").append(c.differences());
      }
      report.append(" | ").append(g.claim()).append('\n');
    }
    double accuracy = right / (double) gold.size();
    String summary =
        String.format(
            "check verdict accuracy: %d/%d = %.3f (target %.2f)%n",
            right, gold.size(), accuracy, TARGET);
    System.out.print(summary + report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/check-quality.txt"), summary + report);
    assertThat(gold).hasSizeGreaterThanOrEqualTo(20);
    assertThat(gold.stream().map(Gold::verdict).distinct())
        .containsExactlyInAnyOrder("verbatim", "variant", "mismatch", "supported", "not_found");
    assertThat(accuracy).as(report.toString()).isGreaterThanOrEqualTo(TARGET);
  }
}
