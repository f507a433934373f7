package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Passage;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.PassagesReply;
import coveragebot.testing.Seeds;
import org.junit.jupiter.api.Test;

class PassageCommandTest {

  @Test
  void everyOffsetOfEveryPassageGivesThatWholePassageVerbatim() {
    int checked = 0;
    for (Passage p : Seeds.bot().corpus().passages()) {
      for (int at : new int[] {p.start(), (p.start() + p.end()) / 2, p.end() - 1}) {
        PassagesReply r =
            (PassagesReply) Seeds.bot().commands().run("/passage " + p.file() + " at:" + at);
        assertThat(r.passages()).singleElement();
        VerbatimInvariantTest.assertVerbatim(r.passages().get(0));
        assertThat(r.passages().get(0).start()).isEqualTo(p.start());
        assertThat(r.passages().get(0).end()).isEqualTo(p.end());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(3 * Seeds.bot().corpus().passages().size());
  }

  @Test
  void anUnknownFileOrAnOffsetOutsideEveryPassageIsRefused() {
    ErrorReply file = (ErrorReply) Seeds.bot().commands().run("/passage nope.txt at:3");
    assertThat(file.message()).isEqualTo("No article file \"nope.txt\".");
    Passage first = Seeds.bot().corpus().passages().get(0);
    ErrorReply far =
        (ErrorReply) Seeds.bot().commands().run("/passage " + first.file() + " at:999999");
    int length =
        Seeds.bot().corpus().articles().stream()
            .filter(a -> a.file().equals(first.file()))
            .findFirst()
            .orElseThrow()
            .text()
            .length();
    assertThat(far.message())
        .isEqualTo(
            "No passage of "
                + first.file()
                + " holds character 999999 (it has "
                + length
                + " characters).");
    assertThat(Seeds.bot().commands().run("/passage " + first.file()))
        .isInstanceOf(ErrorReply.class);
  }

  @Test
  void anOffsetInTheHeadlineOrACaptionSaysWhereItIs() {
    // 000's headline "Nato will 'stay united' whoever wins US election: Rutte", which /quote and
    // /check cite
    ErrorReply headline =
        (ErrorReply) Seeds.bot().commands().run("/passage 000_36892fb6aa2421ea.txt at:70");
    assertThat(headline.message())
        .isEqualTo(
            "Character 70 of 000_36892fb6aa2421ea.txt is in the headline, which is not a"
                + " passage.");
  }

  /**
   * The hint names what a user can run: it pointed to "the terminal's export articles", which the
   * bot's prompt does not know (a QA pass, 2026-11-29).
   */
  @Test
  void anOffsetInSetAsideTextPointsToWhatListsIt() {
    ErrorReply chrome =
        (ErrorReply) Seeds.bot().commands().run("/passage 000_36892fb6aa2421ea.txt at:0");
    assertThat(chrome.hint())
        .contains("/sources counts what each article set aside")
        .contains("`coverage-bot export articles` (in a shell)")
        .doesNotContain("the terminal's export");
    assertThat(Seeds.bot().commands().run("/sources")).isNotInstanceOf(ErrorReply.class);
  }

  /**
   * In the terminal one passage is shown as the other commands show one, with its outlet, date,
   * title and links (a QA pass of 2026-11-29 found file and offsets only); the export of every
   * passage keeps its line a passage.
   */
  @Test
  void onePassageIsShownWithItsOutletAndLinks() {
    var reply = Seeds.bot().commands().run("/passage 000_36892fb6aa2421ea.txt at:1900");
    String text = new coveragebot.console.TextRenderer(false).render(reply);
    assertThat(text)
        .startsWith("Khaleej Times · 2024-11-05 09:07 · Nato will 'stay united'")
        .contains("000_36892fb6aa2421ea.txt [1841-2008] · https://khaleejtimes.com/")
        .contains("#:~:text=");
    String export =
        new coveragebot.console.TextRenderer(false).render(Seeds.bot().exports().passages());
    assertThat(export.lines().findFirst().orElseThrow()).matches("\\S+\\.txt \\[\\d+-\\d+\\] .*");
  }
}
