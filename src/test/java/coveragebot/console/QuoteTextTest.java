package coveragebot.console;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.QuoteReply;
import coveragebot.testing.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTextTest {

  @Test
  void copiesWithTheSameChangesInOneOutletMakeOneLineAndOneOutletIsSingular() {
    QuoteReply seeds = (QuoteReply) Seeds.bot().commands().run("/quote Rutte");
    QuoteReply.Group first = seeds.groups().getFirst();
    QuoteReply.Group edited =
        new QuoteReply.Group(
            first.quote(),
            first.alsoIn(),
            1,
            List.of(
                new QuoteReply.Variant("a.txt", "Amman Times", List.of("\",\" → \".\"")),
                new QuoteReply.Variant("b.txt", "Amman Times", List.of("\",\" → \".\"")),
                new QuoteReply.Variant("c.txt", "Amman Times", List.of("\"Nato\" → \"NATO\"")),
                new QuoteReply.Variant("d.txt", "Jordan Times", List.of("\",\" → \".\"")),
                new QuoteReply.Variant("e.txt", "Amman Times", List.of("\",\" → \".\""))),
            0);
    String text =
        new TextRenderer(false)
            .render(
                new QuoteReply(
                    seeds.speaker(),
                    seeds.query(),
                    seeds.matchedAs(),
                    List.of(edited),
                    seeds.note()));
    assertThat(text).contains("   in 1 outlet; also in: ");
    assertThat(text.lines().filter(l -> l.startsWith("   differs in ")).toList())
        .containsExactly(
            "   differs in Amman Times (3 copies): \",\" → \".\"",
            "   differs in Amman Times: \"Nato\" → \"NATO\"",
            "   differs in Jordan Times: \",\" → \".\"");
  }
}
