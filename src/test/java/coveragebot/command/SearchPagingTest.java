package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.bench.Workloads;
import coveragebot.console.TextRenderer;
import coveragebot.corpus.Corpus;
import coveragebot.index.PassageIndex;
import coveragebot.reply.Excerpt;
import coveragebot.reply.Reply;
import coveragebot.reply.SearchReply;
import coveragebot.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** /search's pages: page after page, the passages one longer search would show, in its order. */
class SearchPagingTest {

  @Test
  void pagesFollowOnFromEachOther() {
    Corpus corpus = new CorpusGenerator(7).corpus(400);
    try (PassageIndex index = PassageIndex.build(corpus.passages())) {
      Commands commands = new Commands(List.of(new SearchCommand(corpus, index)));
      Random r = new Random(3);
      int paged = 0;
      for (int i = 0; i < 150; i++) {
        String q = Workloads.someWords(corpus.passages(), r, 1 + r.nextInt(3));
        if (!(commands.run("/search " + q + " limit:10") instanceof SearchReply whole)) {
          continue; // all punctuation: nothing to search
        }
        int limit = 1 + r.nextInt(5);
        List<String> pages = new ArrayList<>();
        boolean more = true;
        for (int page = 1; more && page <= 10 / limit; page++) {
          SearchReply one =
              (SearchReply) commands.run("/search " + q + " limit:" + limit + " page:" + page);
          assertThat(one.page()).isEqualTo(page);
          assertThat(one.results()).as(q).hasSizeLessThanOrEqualTo(limit);
          one.results().forEach(res -> pages.add(key(res.excerpt())));
          more = one.more();
          if (more) {
            assertThat(one.results()).as(q).hasSize(limit); // only a full page has a next one
          }
          paged += page > 1 ? 1 : 0;
        }
        List<String> first = whole.results().stream().map(res -> key(res.excerpt())).toList();
        int cap = (10 / limit) * limit; // the passages of the pages asked for
        if (more || pages.size() == cap) {
          assertThat(pages).as(q).isEqualTo(first.subList(0, cap));
        } else {
          assertThat(pages).as(q).isEqualTo(first); // the search ran out: every passage, once
        }
      }
      assertThat(paged).as("second and later pages asked").isGreaterThan(100);
    }
  }

  @Test
  void theLastPageSaysSoAndAPagePastItSaysWhereItEnds() {
    Reply r = Seeds.bot().commands().run("/search Rutte limit:3");
    assertThat(((SearchReply) r).more()).isTrue();
    assertThat(((SearchReply) r).nextPage()).isEqualTo("More on page:2.");
    int page = 1;
    SearchReply last = (SearchReply) r;
    while (last.more()) {
      page++;
      last = (SearchReply) Seeds.bot().commands().run("/search Rutte limit:3 page:" + page);
    }
    assertThat(last.results()).isNotEmpty();
    assertThat(last.nextPage()).isNull();
    SearchReply past =
        (SearchReply) Seeds.bot().commands().run("/search Rutte limit:3 page:" + (page + 1));
    assertThat(past.results()).isEmpty();
    assertThat(past.note()).startsWith("Page " + (page + 1) + " is past the last passage");
    assertThat(past.note()).endsWith("up to page:" + page + ".");
    // numbered over all pages
    String text =
        new TextRenderer(false).render(Seeds.bot().commands().run("/search Rutte limit:3 page:2"));
    assertThat(text)
        .startsWith("4. ")
        .contains("\n5. ")
        .contains("\n6. ")
        .endsWith("More on page:3.\n");
  }

  /**
   * The last page that can be asked for points to no page past it: "/search NATO limit:1 page:20"
   * ended with "More on page:21.", which the bot then refused (found by a QA pass, 2026-11-29).
   */
  @Test
  void theLastPageThatCanBeAskedForPointsNoFurther() {
    SearchReply last =
        (SearchReply)
            Seeds.bot().commands().run("/search NATO limit:1 page:" + SearchCommand.MAX_PAGE);
    assertThat(last.more()).isTrue(); // more passages match: the JSON's field stays true
    assertThat(last.nextPage())
        .doesNotContain("page:" + (SearchCommand.MAX_PAGE + 1))
        .isEqualTo(
            "More match than 20 pages show: raise limit: (up to 10 a page) or narrow the"
                + " question.");
    assertThat(new TextRenderer(false).render(last)).doesNotContain("page:21");
    assertThat(
            ((SearchReply) Seeds.bot().commands().run("/search NATO limit:1 page:19")).nextPage())
        .isEqualTo("More on page:20.");
  }

  private static String key(Excerpt e) {
    return e.file() + ":" + e.start();
  }
}
