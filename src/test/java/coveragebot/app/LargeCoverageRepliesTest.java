package coveragebot.app;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.bench.CorpusGenerator;
import coveragebot.reply.CompareReply;
import coveragebot.reply.QuoteReply;
import coveragebot.reply.TimelineReply;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over a generated coverage where agency lines are carried by hundreds of articles, replies list
 * the first items and count the rest, instead of growing with the coverage.
 */
class LargeCoverageRepliesTest {
  private static final int ARTICLES = 400;
  private static final Bot BOT = Bot.of(new CorpusGenerator(3).corpus(ARTICLES), 0);

  @Test
  void theTimelineListsFiftyEventsAndTenTellingsEachAndCountsTheRest() {
    TimelineReply r = (TimelineReply) BOT.commands().run("/timeline");
    List<TimelineReply.Event> events = r.days().stream().flatMap(d -> d.events().stream()).toList();
    assertThat(events).hasSize(50);
    assertThat(r.more()).isTrue();
    assertThat(events).allMatch(e -> e.tellings().size() + e.undated().size() <= 10);
    assertThat(events).anyMatch(e -> e.moreTellings() > 0);
    assertThat(events).allMatch(e -> e.moreTellings() == 0 || e.tellings().size() == 10);
  }

  @Test
  void compareQuotesTheFirstVersionsAndCountsEveryArticle() {
    CompareReply r = (CompareReply) BOT.commands().run("/compare in the interest of");
    assertThat(r.carried()).hasSize(25);
    assertThat(r.moreCarried()).isPositive();
    assertThat(r.missing()).hasSizeLessThanOrEqualTo(25);
    assertThat(r.carried().size() + r.moreCarried() + r.missing().size() + r.moreMissing())
        .isEqualTo(ARTICLES);
    assertThat(r.carried().getFirst().change()).isEqualTo("first");
  }

  @Test
  void aQuoteListsTenCopiesAndCountsTheRest() {
    QuoteReply r = (QuoteReply) BOT.commands().run("/quote text:in the interest of limit:25");
    assertThat(r.groups()).isNotEmpty();
    assertThat(r.groups()).allMatch(g -> g.alsoIn().size() <= 10);
    assertThat(r.groups()).anyMatch(g -> g.moreCopies() > 0);
    assertThat(r.groups()).allMatch(g -> g.moreCopies() == 0 || g.alsoIn().size() == 10);
  }
}
