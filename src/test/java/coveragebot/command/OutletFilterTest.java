package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.ErrorReply;
import coveragebot.reply.QuoteReply;
import coveragebot.reply.Reply;
import coveragebot.reply.SearchReply;
import coveragebot.testing.Seeds;
import org.junit.jupiter.api.Test;

/** {@code outlet:} narrows /search and /quote to one outlet, named exactly or by a unique start. */
class OutletFilterTest {
  private static Reply run(String line) {
    return Seeds.bot().commands().run(line);
  }

  @Test
  void searchShowsOnlyTheOutletsPassagesAndStillFindsThem() {
    SearchReply all = (SearchReply) run("/search Trump NATO limit:10");
    assertThat(all.results())
        .extracting(r -> r.excerpt().source().outlet())
        .as("without the filter, several outlets answer")
        .contains("Khaleej Times")
        .anyMatch(o -> !o.equals("Jordan Times"));
    SearchReply jordan = (SearchReply) run("/search Trump NATO limit:10 outlet:Jordan Times");
    assertThat(jordan.results()).isNotEmpty();
    assertThat(jordan.results())
        .allSatisfy(r -> assertThat(r.excerpt().source().outlet()).isEqualTo("Jordan Times"));
    SearchReply prefix = (SearchReply) run("/search Trump NATO limit:10 outlet:jordan");
    assertThat(prefix.results()).isEqualTo(jordan.results());
  }

  @Test
  void quoteShowsOnlyQuotesThatOutletCarried() {
    QuoteReply q = (QuoteReply) run("/quote Rutte limit:25 outlet:Khaleej Times");
    assertThat(q.groups()).isNotEmpty();
    assertThat(q.groups())
        .allSatisfy(
            g -> assertThat(g.quote().excerpt().source().outlet()).isEqualTo("Khaleej Times"));
    QuoteReply everyone = (QuoteReply) run("/quote Rutte limit:25");
    assertThat(everyone.groups().size()).isGreaterThan(q.groups().size());
  }

  @Test
  void anUnknownOrAmbiguousOutletIsRefusedWithTheClosestNames() {
    ErrorReply unknown = (ErrorReply) run("/search NATO outlet:Jordan Tims");
    assertThat(unknown.message()).isEqualTo("No outlet called \"Jordan Tims\".");
    assertThat(unknown.hint()).isEqualTo("Did you mean Jordan Times? /sources lists the outlets.");
    ErrorReply several = (ErrorReply) run("/quote Rutte outlet:j");
    assertThat(several.message()).isEqualTo("Several outlets start with \"j\".");
    assertThat(several.hint()).contains("Jordan Times").contains("Jowhar");
    assertThat(run("/search NATO outlet:Reuters")).isInstanceOf(ErrorReply.class);
  }
}
