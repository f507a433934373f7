package coveragebot.command;

import static coveragebot.command.SeedChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CheckReply;
import coveragebot.reply.CheckReply.Difference;
import coveragebot.reply.CheckReply.Evidence;
import coveragebot.reply.Reply;
import coveragebot.testing.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * /check on the seeds with a claim of what an outlet reported ("Khaleej Times reported that ...",
 * "According to Jowhar, ...", "..., the Jordan Times reported"): the outlet's articles are where
 * the claim must be; words only other outlets carry make it a mismatch on the outlet.
 */
class ClaimedOutletTest {
  /** Khaleej Times' words, and Radio Romania's: Jowhar does not carry them. */
  private static final String NO_DOUBT =
      "Rutte said he had no doubt that whoever wins the election would continue to support Nato";

  private static String outlet(Evidence e) {
    return e.excerpt().source().outlet();
  }

  @Test
  void wordsTheOutletCarriesAreFoundInItsArticlesOnly() {
    CheckReply found = verdict("Khaleej Times reported that " + NO_DOUBT);
    assertThat(found.verdict()).isEqualTo("verbatim");
    assertThat(found.speaker()).isEqualTo("Rutte");
    assertThat(found.claim()).startsWith("Khaleej Times reported that");
    assertThat(found.evidence())
        .isNotEmpty()
        .allSatisfy(e -> assertThat(outlet(e)).isEqualTo("Khaleej Times"))
        .allMatch(Evidence::supports);
    // Khaleej Times, Radio Romania and Daily Mail Nigeria carry these words: only the one named
    String together = "\"we will work with Kamala Harris, we will work with Donald Trump\"";
    assertThat(verdict(together).evidence()).extracting(ClaimedOutletTest::outlet).hasSize(3);
    CheckReply romania = verdict("Radio Romania International reported " + together);
    assertThat(romania.verdict()).isEqualTo("verbatim");
    assertThat(romania.evidence())
        .extracting(ClaimedOutletTest::outlet)
        .containsExactly("Radio Romania International");
  }

  @Test
  void wordsOnlyOtherOutletsCarryAreAMismatchOnTheOutlet() {
    CheckReply other = verdict("Jowhar reported that " + NO_DOUBT);
    assertThat(other.verdict()).isEqualTo("mismatch");
    assertThat(other.differences().getFirst().kind()).isEqualTo("outlet");
    assertThat(other.differences().getFirst().claim()).isEqualTo("Jowhar");
    assertThat(other.evidence())
        .isNotEmpty()
        .noneMatch(Evidence::supports)
        .noneMatch(e -> outlet(e).equals("Jowhar"));
    assertThat(other.note())
        .contains(
            "Not found as claimed in the articles of Jowhar; the evidence below is from Khaleej Times.");
  }

  @Test
  void theOutletIsReadInEachWayOfWritingIt() {
    // Jordan Times: "NATO chief Mark Rutte on Wednesday congratulated Donald Trump, ..."
    String claim = "Rutte congratulated Trump on Wednesday";
    for (String typed :
        new String[] {
          "According to Jordan Times, " + claim,
          "according to the Jordan Times, " + claim,
          claim + ", the Jordan Times reported",
          claim + ", according to JORDAN TIMES.",
          "The Jordan Times wrote that " + claim,
          "Jordan Times: " + claim
        }) {
      CheckReply r = verdict(typed);
      assertThat(r.verdict()).as(typed).isEqualTo("supported");
      assertThat(r.speaker()).as(typed).isNull();
      assertThat(r.evidence())
          .as(typed)
          .allSatisfy(e -> assertThat(outlet(e)).isEqualTo("Jordan Times"));
    }
    CheckReply jowhar = verdict("According to Jowhar, " + claim);
    assertThat(jowhar.verdict()).isEqualTo("mismatch");
    assertThat(jowhar.differences()).contains(new Difference("outlet", "Jowhar", "Jordan Times"));
  }

  @Test
  void aClaimNoOutletCarriesGetsTheVerdictOverTheWholeCoverageWithTheOutletsThatDiffer() {
    // Jordan Times has it on Wednesday: another day, and another outlet than the one named
    CheckReply r =
        verdict("Radio Romania International reported that Rutte congratulated Trump on Thursday");
    assertThat(r.verdict()).isEqualTo("mismatch");
    assertThat(r.differences())
        .containsExactly(
            new Difference("outlet", "Radio Romania International", "Jordan Times"),
            new Difference("date", "Thursday", "Wednesday"));
    assertThat(r.note())
        .contains(
            "Not found as claimed in the articles of Radio Romania International; the passages below are from Jordan Times.");
    // Jowhar has Stoltenberg's words: the speaker differs, and the outlet
    CheckReply safe =
        verdict("Khaleej Times reported that Rutte said \"NATO will be in safe hands\"");
    assertThat(safe.differences())
        .extracting(Difference::kind)
        .containsExactly("outlet", "speaker");
  }

  @Test
  void afterAVerbOfReportingAnOutletsStartOrANameTheCoverageLacksIsTheOutlet() {
    String claim = "Rutte congratulated Trump on Wednesday";
    assertThat(verdict("Jordan reported that " + claim).verdict()).isEqualTo("supported");
    assertThat(verdict("Khaleej reported that " + claim).differences())
        .contains(new Difference("outlet", "Khaleej Times", "Jordan Times"));
    for (String typed :
        new String[] {
          claim + ", reported the Jordan Times",
          "As reported by the Jordan Times, " + claim,
          claim + " (Jordan Times)",
          "Jordan Times' report says " + claim
        }) {
      CheckReply r = verdict(typed);
      assertThat(r.verdict()).as(typed).isEqualTo("supported");
      assertThat(r.claim()).isEqualTo(typed);
    }
    CheckReply reuters = verdict("Reuters reported that " + claim);
    assertThat(reuters.verdict()).isEqualTo("supported");
    assertThat(reuters.note())
        .startsWith("The coverage has no outlet called \"Reuters\" (/sources lists them)");
    // after "said", only a whole outlet's name: Jordan may be a person
    assertThat(verdict("Jordan said " + claim).speaker()).isEqualTo("Jordan");
  }

  @Test
  void anOutletWithNothingItReportedIsRefused() {
    for (String typed :
        new String[] {
          "Khaleej Times reported",
          "According to the Jordan Times,",
          "the Jordan Times reported that"
        }) {
      Reply r = Seeds.bot().commands().run("/check " + typed);
      assertThat(r).as(typed).isInstanceOf(coveragebot.reply.ErrorReply.class);
      assertThat(((coveragebot.reply.ErrorReply) r).message())
          .as(typed)
          .endsWith("but not what it reported.");
    }
    Reply times = Seeds.bot().commands().run("/check Rutte congratulated Trump outlet:Times");
    assertThat(((coveragebot.reply.ErrorReply) times).hint())
        .startsWith("Did you mean Jordan Times or Khaleej Times?");
  }

  @Test
  void theOutletOptionChecksTheClaimInThatOutletsArticles() {
    String claim = "Rutte congratulated Trump on Wednesday";
    CheckReply jordan = verdict(claim + " outlet:jordan");
    assertThat(jordan.verdict()).isEqualTo("supported");
    assertThat(jordan.claim()).isEqualTo(claim);
    assertThat(verdict(claim + " outlet:Jowhar").differences())
        .contains(new Difference("outlet", "Jowhar", "Jordan Times"));
    // the same outlet named twice is no conflict
    assertThat(verdict("According to Jowhar, " + claim + " outlet:JOWHAR").verdict())
        .isEqualTo("mismatch");
  }

  @Test
  void anUnknownOrAConflictingOutletIsRefusedWithTheReason() {
    Reply unknown = Seeds.bot().commands().run("/check Rutte congratulated Trump outlet:Reuters");
    assertThat(unknown).isInstanceOf(coveragebot.reply.ErrorReply.class);
    assertThat(((coveragebot.reply.ErrorReply) unknown).message())
        .isEqualTo("No outlet called \"Reuters\".");
    Reply both =
        Seeds.bot()
            .commands()
            .run("/check Jowhar reported that Rutte congratulated Trump outlet:Jordan");
    assertThat(both).isInstanceOf(coveragebot.reply.ErrorReply.class);
    assertThat(((coveragebot.reply.ErrorReply) both).message())
        .contains("names Jowhar and outlet: names Jordan Times");
  }

  /**
   * "According to Radio Romania" names Radio Romania International: a start of two words or more is
   * no person. Before, "Radio Romania" was taken for a speaker and the claim a speaker mismatch
   * (the review of 2026-11-29 01:00 UTC).
   */
  @Test
  void aLongStartOfAnOutletsNameAfterAccordingToIsTheOutlet() {
    CheckReply r =
        verdict(
            "According to Radio Romania, NATO and the European Union will create an operative"
                + " group");
    assertThat(r.verdict()).isEqualTo("verbatim");
    assertThat(r.speaker()).isNull();
    assertThat(r.evidence())
        .allMatch(e -> e.excerpt().source().outlet().equals("Radio Romania International"));
    // one word may be a person: "According to Rutte" stays a speaker (below)
  }

  @Test
  void aNameThatIsNoOutletIsStillASpeaker() {
    CheckReply r =
        verdict("According to Rutte, NATO will work with the winner of the US elections");
    assertThat(r.speaker()).isEqualTo("Rutte");
    assertThat(r.differences()).noneMatch(d -> d.kind().equals("outlet"));
  }

  /**
   * Every reporting verb, before the claim and after it: the patterns are tried only on claims with
   * one of their words, and none may be missed.
   */
  @Test
  void everyReportingVerbNamesTheOutlet() {
    // words with none of the verbs: the verb before or after them is what must be read
    String words = "\"we will work with Kamala Harris, we will work with Donald Trump\"";
    for (String verb :
        List.of(
            "reported",
            "reports",
            "published",
            "publishes",
            "ran",
            "runs",
            "wrote",
            "writes",
            "said",
            "says",
            "quoted",
            "quotes")) {
      for (String claim :
          List.of(
              "Khaleej Times " + verb + " that " + words,
              words + ", Khaleej Times " + verb,
              "According to Khaleej Times, " + words,
              words + " (Khaleej Times)",
              "Khaleej Times: " + words)) {
        CheckReply r = verdict(claim);
        assertThat(r.verdict()).as(claim).isEqualTo("verbatim");
        assertThat(r.evidence())
            .as(claim)
            .isNotEmpty()
            .allSatisfy(e -> assertThat(outlet(e)).isEqualTo("Khaleej Times"));
      }
    }
  }
}
