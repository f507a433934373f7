package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.console.TextRenderer;
import coveragebot.reply.SearchReply;
import coveragebot.testing.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "also in" is no promise of the same words: each copy says how its words differ from the passage
 * shown. Khaleej Times' "... Rutte said alongside German Chancellor Olaf Scholz." is Daily Mail
 * Nigeria's "... Rutte stated alongside ..." (a QA pass of 2026-11-29 found the copy listed without
 * a word of it).
 */
class SearchCopiesTest {
  @Test
  void eachCopySaysHowItsWordsDiffer() {
    SearchReply r =
        (SearchReply) Seeds.bot().commands().run("/search Whoever wins those elections limit:1");
    SearchReply.Result first = r.results().getFirst();
    assertThat(first.excerpt().text()).contains("Rutte said alongside");
    int dmn = -1;
    for (int k = 0; k < first.alsoIn().size(); k++) {
      if (first.alsoIn().get(k).text().contains("Rutte stated alongside")) {
        dmn = k;
      }
    }
    assertThat(dmn).as("Daily Mail Nigeria's copy is listed").isNotNegative();
    // its curly quote marks for straight ones are quote style, not words: not listed
    assertThat(first.alsoInDifferences().get(dmn)).containsExactly("\"said\" → \"stated\"");
    assertThat(new TextRenderer(false).render(r))
        .contains("differs: ")
        .contains("\"said\" → \"stated\"");
  }

  @Test
  void aCopyWordForWordHasNoDifferences() {
    // every copy of every result over a few questions: a copy with the very text differs in
    // nothing
    for (String q : List.of("stay united", "North Korean troops", "Ukraine NATO membership")) {
      SearchReply r = (SearchReply) Seeds.bot().commands().run("/search " + q + " limit:10");
      for (SearchReply.Result res : r.results()) {
        assertThat(res.alsoInDifferences()).hasSameSizeAs(res.alsoIn());
        for (int k = 0; k < res.alsoIn().size(); k++) {
          if (res.alsoIn().get(k).text().equals(res.excerpt().text())) {
            assertThat(res.alsoInDifferences().get(k)).as(q).isEmpty();
          }
        }
      }
    }
  }
}
