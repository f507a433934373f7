package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.app.Bot;
import coveragebot.ingest.CorpusLoader;
import coveragebot.reply.CheckReply;
import coveragebot.reply.Excerpt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How many places a claim found word for word lists, and that no two are the same words. */
class CheckEvidenceCountTest {
  @TempDir Path dir;

  @Test
  void wordsRepeatedInAParagraphAreListedOncePerPlaceAndAtMostFive() throws Exception {
    // QA: a claim of one word six times listed 395 overlapping places of one paragraph
    String words = "word ".repeat(400).strip();
    Files.writeString(dir.resolve("a.txt"), "Headline\n\nRutte said \"" + words + "\".\n");
    Files.writeString(
        dir.resolve("b.txt"), "Other\n\nShe said \"word word word word word word\".\n");
    Bot bot =
        Bot.load(
            new Bot.Settings(dir, dir.resolve("missing.json"), false, CorpusLoader.Limits.DEFAULT));
    CheckReply c = (CheckReply) bot.commands().run("/check \"word word word word word word\"");
    assertThat(c.verdict()).isEqualTo("verbatim");
    List<Excerpt> shown = c.evidence().stream().map(CheckReply.Evidence::excerpt).toList();
    assertThat(shown).hasSizeBetween(1, 5);
    for (int i = 1; i < shown.size(); i++) {
      Excerpt before = shown.get(i - 1);
      Excerpt e = shown.get(i);
      assertThat(e.file().equals(before.file()) && e.start() < before.end())
          .as("overlaps the place before it: " + e.start())
          .isFalse();
    }
  }
}
