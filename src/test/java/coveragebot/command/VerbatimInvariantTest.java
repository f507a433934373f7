package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Boilerplate;
import coveragebot.corpus.Passage;
import coveragebot.corpus.Span;
import coveragebot.reply.Excerpt;
import coveragebot.reply.HelpReply;
import coveragebot.reply.PassagesReply;
import coveragebot.reply.Reply;
import coveragebot.reply.SearchReply;
import coveragebot.reply.SourcesReply;
import coveragebot.testing.Seeds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one invariant, over every command and every seed: each piece of source text shown equals the
 * file's text (read from disk here, not through the loader) between its start and end.
 */
class VerbatimInvariantTest {

  // check (issue 6): package-private so CheckCommandTest checks its evidence the same way
  static void assertVerbatim(Excerpt e) {
    String file = Seeds.text(e.file());
    assertThat(file.substring(e.start(), e.end())).isEqualTo(e.text());
    assertThat(e.source().file()).isEqualTo(e.file());
    for (Span h : e.highlights()) {
      assertThat(h.start()).isGreaterThanOrEqualTo(e.start());
      assertThat(h.end()).isLessThanOrEqualTo(e.end());
    }
  }

  /** Every excerpt a reply shows, whatever its type; a new reply type must be added here. */
  static List<Excerpt> excerpts(Reply reply) {
    List<Excerpt> out = new ArrayList<>();
    switch (reply) {
      case SearchReply r ->
          r.results()
              .forEach(
                  res -> {
                    out.add(res.excerpt());
                    out.addAll(res.alsoIn());
                  });
      case PassagesReply r -> out.addAll(r.passages());
      case SourcesReply r -> {}
      case HelpReply r -> {}
      case coveragebot.reply.ErrorReply r -> {}
      // timeline (issue 5)
      case coveragebot.reply.TimelineReply r -> {
        r.days().stream()
            .flatMap(d -> d.events().stream())
            .forEach(
                e -> {
                  e.tellings().forEach(t -> out.add(t.excerpt()));
                  e.undated().forEach(t -> out.add(t.excerpt()));
                });
        r.unresolved().forEach(s -> out.add(s.telling().excerpt()));
      }
      case coveragebot.reply.CoverageReply r -> {}
      case coveragebot.reply.EventsReply r ->
          r.events().forEach(i -> out.add(i.telling().excerpt()));
      // quotations (issue 4)
      case coveragebot.reply.QuoteReply r ->
          r.groups()
              .forEach(
                  g -> {
                    out.add(g.quote().excerpt());
                    g.alsoIn().forEach(q -> out.add(q.excerpt()));
                  });
      case coveragebot.reply.SpeakersReply r -> {}
      case coveragebot.reply.QuotationsReply r -> r.quotes().forEach(q -> out.add(q.excerpt()));
      // check (issue 6)
      case coveragebot.reply.CheckReply r -> r.evidence().forEach(e -> out.add(e.excerpt()));
      case coveragebot.reply.CompareReply r ->
          r.carried().forEach(c -> out.add(c.evidence().excerpt()));
      // reload: counts and file names, no source text
      case coveragebot.reply.ReloadReply r -> {}
    }
    return out;
  }

  @Test
  void searchShowsOnlyExactSubstringsForQueriesFromEveryPassage() {
    Commands commands = Seeds.bot().commands();
    Set<String> queries = new LinkedHashSet<>();
    for (Passage p : Seeds.bot().corpus().passages()) {
      String[] words = p.text().split("\\s+");
      queries.add(String.join(" ", List.of(words).subList(0, Math.min(6, words.length))));
      queries.add(words[words.length / 2]);
    }
    int shown = 0;
    int nextPages = 0;
    for (String q : queries) {
      Reply reply = commands.run("/search " + q + " limit:10");
      for (Excerpt e : excerpts(reply)) {
        assertVerbatim(e);
        shown++;
      }
      if (reply instanceof coveragebot.reply.SearchReply r && r.more()) {
        // the next page's passages too (page:)
        for (Excerpt e : excerpts(commands.run("/search " + q + " limit:10 page:2"))) {
          assertVerbatim(e);
          nextPages++;
        }
      }
    }
    assertThat(shown).isGreaterThan(queries.size());
    assertThat(nextPages).as("passages shown on second pages").isPositive();
  }

  @Test
  void exportedPassagesAreExactSubstringsAndCoverEveryArticle() {
    PassagesReply all = Seeds.bot().exports().passages();
    assertThat(all.passages()).hasSize(Seeds.bot().corpus().passages().size());
    all.passages().forEach(VerbatimInvariantTest::assertVerbatim);
    assertThat(all.passages())
        .extracting(Excerpt::file)
        .containsAll(Seeds.bot().corpus().articles().stream().map(a -> a.file()).toList());
  }

  @Test
  void sourcesShowsBoilerplateAsExactSubstrings() {
    SourcesReply sources = (SourcesReply) Seeds.bot().commands().run("/sources");
    int blocks = 0;
    for (SourcesReply.ArticleInfo a : sources.articles()) {
      String file = Seeds.text(a.source().file());
      for (Boilerplate b : a.boilerplate()) {
        assertThat(file.substring(b.start(), b.end())).isEqualTo(b.text());
        blocks++;
      }
    }
    assertThat(blocks).isGreaterThan(10);
  }

  @Test
  void quoteShowsOnlyExactSubstringsForEverySpeakerAndPhrase() {
    Commands commands = Seeds.bot().commands();
    coveragebot.reply.SpeakersReply speakers =
        (coveragebot.reply.SpeakersReply) commands.run("/speakers");
    assertThat(speakers.speakers()).isNotEmpty();
    int shown = 0;
    for (var s : speakers.speakers()) {
      for (Excerpt e : excerpts(commands.run("/quote speaker:" + s.name() + " limit:25"))) {
        assertVerbatim(e);
        shown++;
      }
    }
    for (Excerpt e : excerpts(commands.run("/quote text:safe hands"))) {
      assertVerbatim(e);
      shown++;
    }
    coveragebot.reply.QuotationsReply all = Seeds.bot().exports().quotes();
    all.quotes().forEach(q -> assertVerbatim(q.excerpt()));
    assertThat(shown).isGreaterThan(20);
  }

  @Test
  void helpShowsNoSourceTextAndListsEveryCommand() {
    HelpReply help = (HelpReply) Seeds.bot().commands().run("/help");
    assertThat(help.commands())
        .extracting(HelpReply.Entry::name)
        .containsExactlyElementsOf(
            Seeds.bot().commands().specs().stream().map(CommandSpec::name).toList());
    assertThat(excerpts(help)).isEmpty();
  }

  // timeline (issue 5)
  @Test
  void timelineAndExportedEventsShowOnlyExactSubstringsForEverySeed() {
    Commands commands = Seeds.bot().commands();
    int shown = 0;
    for (String line :
        List.of(
            "/timeline undated:yes",
            "/timeline Berlin undated:yes",
            "/timeline from:2024-11 to:2024-11-06",
            "/timeline view:coverage")) {
      for (Excerpt e : excerpts(commands.run(line))) {
        assertVerbatim(e);
        shown++;
      }
    }
    List<Excerpt> events = excerpts(Seeds.bot().events().events());
    events.forEach(VerbatimInvariantTest::assertVerbatim);
    assertThat(events)
        .extracting(Excerpt::file)
        .containsAll(Seeds.bot().corpus().articles().stream().map(a -> a.file()).toList());
    assertThat(shown).isGreaterThan(events.size());
  }
}
