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

  /** /speakers gives the roles a quotation credits someone by, in the terminal and the JSON. */
  @Test
  void speakersShowTheirRoles() throws Exception {
    coveragebot.reply.Reply r = Seeds.bot().commands().run("/speakers");
    assertThat(new TextRenderer(false).render(r)).contains("Rutter; quoted as \"NATO chief\")\n");
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(new JsonRenderer(false).render(r));
    assertThat(json.path("speakers").get(0).path("roles").toString()).isEqualTo("[\"NATO chief\"]");
    assertThat(json.path("speakers").get(1).path("roles").isArray()).isTrue();
  }

  /**
   * /quote shows {@code limit:} groups (5 by default) and says when more match, in the terminal as
   * in the JSON ({@code more}); before, the rest were left out without a word.
   */
  @Test
  void aReplyCutByItsLimitSaysThatMoreMatch() throws Exception {
    QuoteReply cut = (QuoteReply) Seeds.bot().commands().run("/quote Rutte");
    QuoteReply all = (QuoteReply) Seeds.bot().commands().run("/quote Rutte limit:25");
    assertThat(all.more()).isFalse();
    assertThat(all.groups()).hasSizeGreaterThan(5);
    assertThat(cut.more()).isTrue();
    assertThat(cut.groups()).isEqualTo(all.groups().subList(0, 5));
    assertThat(new TextRenderer(false).render(cut))
        .endsWith(
            "More quotes match than shown: raise limit: (up to 25), or narrow with about:, text:"
                + " or outlet:.\n");
    assertThat(new TextRenderer(false).render(all)).doesNotContain("More quotes match");
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(json.readTree(new JsonRenderer(false).render(cut)).get("more").asBoolean()).isTrue();
    assertThat(json.readTree(new JsonRenderer(false).render(all)).get("more").asBoolean())
        .isFalse();
    // exactly as many as the limit: nothing more
    QuoteReply exact =
        (QuoteReply) Seeds.bot().commands().run("/quote Rutte limit:" + all.groups().size());
    assertThat(exact.more()).isFalse();
    QuoteReply oneLess =
        (QuoteReply) Seeds.bot().commands().run("/quote Rutte limit:" + (all.groups().size() - 1));
    assertThat(oneLess.more()).isTrue();
  }

  /** Words quoted in a headline only (Jowhar's 'Not Concerned') are marked as the headline's. */
  @Test
  void aHeadlineQuotationIsMarkedAsOne() {
    QuoteReply r = (QuoteReply) Seeds.bot().commands().run("/quote Rutte text:concerned");
    assertThat(r.groups())
        .singleElement()
        .satisfies(g -> assertThat(g.quote().headline()).isTrue());
    String text = new TextRenderer(false).render(r);
    assertThat(text).contains("· in the headline");
    String body = new TextRenderer(false).render(Seeds.bot().commands().run("/quote Rutte"));
    assertThat(body).doesNotContain("in the headline");
  }
}
