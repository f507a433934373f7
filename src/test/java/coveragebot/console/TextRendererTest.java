package coveragebot.console;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.ErrorReply;
import coveragebot.reply.Reply;
import coveragebot.reply.SearchReply;
import coveragebot.testing.Seeds;
import org.junit.jupiter.api.Test;

/** The terminal's text: control characters from a typed line or a file cannot drive it. */
class TextRendererTest {
  @Test
  void controlCharactersAreShownAsSymbolsButLineBreaksStay() {
    String typed = "zz\u001b[31mred\u0000\u0007 \u009b2J a\r\nb\tc\rd\u007f";
    String out =
        new TextRenderer(false).render(new ErrorReply(ErrorReply.Kind.USAGE, typed, "hint"));
    assertThat(out).isEqualTo("zz␛[31mred␀␇ \ufffd2J a\r\nb\tc␍d␡ hint\n");
    assertThat(out.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')).isEmpty();
  }

  /** A difference with one side empty says which side has the words, not {@code source ""}. */
  @Test
  void wordsOnlyOneSideHasAreSaidToBeAddedOrLeftOut() {
    String added =
        new TextRenderer(false)
            .render(
                Seeds.bot()
                    .commands()
                    .run("/check Rutte said \"we will not work with Kamala Harris\""));
    assertThat(added).contains("  negation: the claim adds \"not\"\n").doesNotContain("\"\"");
    String left =
        new TextRenderer(false)
            .render(
                Seeds.bot()
                    .commands()
                    .run(
                        "/check Stoltenberg stepped down after a decade at the head of the"
                            + " 30-member alliance"));
    assertThat(left)
        .contains("  wording: the claim leaves out \"tumultuous\"\n")
        .contains("  number: claim \"30\" / source \"32\"\n");
  }

  @Test
  void aMismatchsSourcesAreLabelledAsSourcesNotAsNearestPassages() {
    String mismatch =
        new TextRenderer(false)
            .render(
                Seeds.bot()
                    .commands()
                    .run("/check Rutte said \"He knows how to make compromises\""));
    assertThat(mismatch)
        .startsWith("Verdict: mismatch")
        .contains("Source (does NOT support the claim as made), said by Jens Stoltenberg")
        .doesNotContain("Nearest passage");
    String notFound =
        new TextRenderer(false)
            .render(
                Seeds.bot()
                    .commands()
                    .run("/check The European Central Bank raised interest rates"));
    assertThat(notFound)
        .startsWith("Verdict: not_found")
        .contains("Nearest passage (does NOT support the claim)");
  }

  @Test
  void theBotsOwnBoldIsKept() {
    Reply r = Seeds.bot().commands().run("/search NATO limit:1");
    assertThat(r).isInstanceOf(SearchReply.class);
    String out = new TextRenderer(true).render(r);
    assertThat(out).contains("\u001b[1m").contains("\u001b[0m").doesNotContain("␛");
    assertThat(new TextRenderer(false).render(r)).doesNotContain("\u001b").doesNotContain("␛");
  }
}
