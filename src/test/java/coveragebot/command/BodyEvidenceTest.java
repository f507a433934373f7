package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Article;
import coveragebot.corpus.Boilerplate;
import coveragebot.reply.CheckReply;
import coveragebot.reply.CompareReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.Reply;
import coveragebot.testing.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * /check and /compare quote body text only (README: boilerplate is "never used in answers"), one
 * paragraph at a time, and give a speaker only to a quotation's own words (QA over the seeds).
 */
class BodyEvidenceTest {
  private static CheckReply check(String claim) {
    Reply r = Seeds.bot().commands().run("/check " + claim);
    assertThat(r).isInstanceOf(CheckReply.class);
    VerbatimInvariantTest.excerpts(r).forEach(VerbatimInvariantTest::assertVerbatim);
    return (CheckReply) r;
  }

  private static CompareReply compare(String statement) {
    Reply r = Seeds.bot().commands().run("/compare " + statement);
    assertThat(r).isInstanceOf(CompareReply.class);
    VerbatimInvariantTest.excerpts(r).forEach(VerbatimInvariantTest::assertVerbatim);
    return (CompareReply) r;
  }

  /** The boilerplate block (other than the headline) that {@code e} overlaps, or null. */
  private static Boilerplate setAside(Excerpt e) {
    Article a =
        Seeds.bot().corpus().articles().stream()
            .filter(x -> x.file().equals(e.file()))
            .findFirst()
            .orElseThrow();
    for (Boilerplate b : a.boilerplate()) {
      boolean headline = b.kind() == Boilerplate.Kind.METADATA && b.reason().equals("headline");
      if (!headline && b.start() < e.end() && e.start() < b.end()) {
        return b;
      }
    }
    return null;
  }

  private static void assertBodyOnly(List<Excerpt> shown) {
    for (Excerpt e : shown) {
      assertThat(setAside(e)).as("%s [%d-%d] %s", e.file(), e.start(), e.end(), e.text()).isNull();
      assertThat(e.text()).as("one paragraph").doesNotContain("\n");
    }
  }

  @Test
  void aPhotoCaptionIsNoEvidence() {
    // in 000 only as a caption ("— Reuters") and its repeat
    CheckReply r = check("Mark Rutte gestures at a press conference in Berlin");
    assertThat(r.verdict()).isNotEqualTo("verbatim");
    assertBodyOnly(r.evidence().stream().map(CheckReply.Evidence::excerpt).toList());
    assertThat(r.evidence())
        .noneMatch(e -> e.excerpt().file().startsWith("000_") && e.excerpt().start() == 352);
    // not quoted, but not hidden either: the reply says where the words are
    assertThat(r.note())
        .contains(
            "These exact words stand only in a photo caption (000_36892fb6aa2421ea.txt [352-403])");
  }

  @Test
  void theHeadlineIsStillTheOutletsWords() {
    CheckReply r = check("Nato will stay united whoever wins US election");
    assertThat(r.verdict()).isEqualTo("verbatim");
  }

  @Test
  void narrationRunningIntoAQuotationIsNotTheSpeakersWords() {
    CheckReply r =
        check("nervously await the outcome of the vote Whoever wins those elections we will work");
    assertBodyOnly(r.evidence().stream().map(CheckReply.Evidence::excerpt).toList());
    assertThat(r.evidence())
        .noneMatch(e -> e.excerpt().text().contains("nervously") && e.speaker() != null);
    assertThat(r.evidence()).noneMatch(e -> e.supports() && e.excerpt().text().contains("vote"));
    assertThat(r.note()).contains("These exact words run across a paragraph break (000_");
    // words found in body text need no such note
    assertThat(check("Whoever wins those elections, we will work with Kamala Harris").note())
        .isNull();
  }

  @Test
  void aNegatedClaimIsComparedWithTheQuotationNotTheNarrationBeforeIt() {
    CheckReply r = check("Rutte did not say \"Whoever wins those elections\"");
    assertBodyOnly(r.evidence().stream().map(CheckReply.Evidence::excerpt).toList());
    assertThat(r.differences()).noneMatch(d -> d.source().contains("outcome of the vote"));
    assertThat(r.verdict()).isEqualTo("mismatch");
    assertThat(r.differences()).anyMatch(d -> d.kind().equals("negation"));
  }

  @Test
  void aSpeakerIsGivenOnlyToASpanWithinTheQuotation() {
    CheckEvidence evidence =
        new CheckEvidence(
            Seeds.bot().corpus(),
            new coveragebot.extract.QuoteExtractor().extract(Seeds.bot().corpus().articles()));
    Article a = Seeds.bot().corpus().articles().getFirst();
    int quote = a.text().indexOf("Whoever wins those elections");
    int vote = a.text().indexOf("nervously await");
    assertThat(evidence.speaker(a.file(), quote, quote + 28)).isEqualTo("Mark Rutte");
    assertThat(evidence.speaker(a.file(), vote, quote + 28)).isNull();
  }

  @Test
  void teasersAndPageChromeAreNoVersions() {
    for (String s :
        List.of(
            "Rutte held talks with President-elect Donald Trump in Florida",
            "You are here",
            "Top Stories Next Story",
            "Trump warned in February")) {
      CompareReply r = compare(s);
      assertBodyOnly(r.carried().stream().map(c -> c.evidence().excerpt()).toList());
      assertThat(r.carried().size() + r.missing().size())
          .isEqualTo(Seeds.bot().corpus().articles().size());
    }
    assertThat(compare("You are here").carried()).isEmpty();
    assertThat(compare("Trump warned in February").carried())
        .extracting(c -> c.evidence().excerpt().text())
        .containsOnly("Trump warned in February");
  }

  @Test
  void stopWordsAloneMakeNoVersion() {
    CompareReply r = compare("in the interest of the United States");
    assertThat(r.carried()).isNotEmpty();
    assertThat(r.carried()).noneMatch(c -> c.evidence().excerpt().text().contains("context"));
    assertThat(r.missing()).anyMatch(m -> m.file().startsWith("002_"));
  }
}
