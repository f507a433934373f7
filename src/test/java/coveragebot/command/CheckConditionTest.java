package coveragebot.command;

import static coveragebot.command.SeedChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CheckReply;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * /check on the seeds: a verb the sources have only in a condition or of an unnamed someone ("if
 * Trump wins", "whoever wins", "no matter who wins") does not state that it happened, nor who did
 * it.
 */
class CheckConditionTest {
  /**
   * Khaleej Times: "Whoever wins those elections, we will work with Kamala Harris, we will work
   * with Donald Trump, ...". Each claim was {@code supported} by that passage.
   */
  @Test
  void whoeverWinsSaysNotWhoWon() {
    for (String claim :
        List.of(
            "Harris won the election",
            "Kamala Harris wins the election",
            "Kamala Harris won those elections")) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isNotEqualTo("supported");
      assertThat(r.evidence()).as(claim).allSatisfy(e -> assertThat(e.supports()).isFalse());
    }
  }

  /**
   * What someone will or would do is a claim's statement too: "Harris would win the election" was
   * {@code supported} by Khaleej Times' "Whoever wins those elections, we will work with Kamala
   * Harris", whose "wins" is only in the condition (a QA pass of 2026-11-29).
   */
  @Test
  void theVerbAfterWouldMayBeOnlyInACondition() {
    for (String claim :
        List.of(
            "Harris would win the election",
            "Rutte said he had no doubt that Harris would win the election")) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isEqualTo("not_found");
      assertThat(r.note())
          .as(claim)
          .containsIgnoringCase("only as a possibility (\"whoever wins\")");
    }
    assertThat(verdict("NATO will work with Kamala Harris").verdict()).isEqualTo("supported");
    // past a "be": Radio Romania has "if Putin would be successful in Ukraine"
    CheckReply putin = verdict("Putin will be successful in Ukraine.");
    assertThat(putin.verdict()).isEqualTo("not_found");
    assertThat(putin.note()).contains("(\"if Putin would be successful\")");
  }

  /**
   * Khaleej Times' standfirst: "Western allies fear turbulent times ahead ... if Trump wins
   * Tuesday's knife-edge election". The claim was {@code supported}, "won" for "wins" as wording.
   */
  @Test
  void aConditionIsNoStatementThatItHappened() {
    CheckReply r = verdict("Trump won Tuesday's knife-edge election");
    assertThat(r.verdict()).isEqualTo("not_found");
    assertThat(r.note()).contains("Khaleej Times has it only as a possibility (\"if Trump wins\")");
  }

  /**
   * Daily Mail Nigeria: "... especially if Trump wins the election." The claim was {@code
   * supported} by that passage. The words themselves are verbatim, with a note on what precedes
   * them.
   */
  @Test
  void wordsFoundOnlyAfterAConditionAreNotedAsSuch() {
    CheckReply won = verdict("Trump won the election");
    assertThat(won.verdict()).isEqualTo("not_found");
    assertThat(won.note())
        .contains("Daily Mail Nigeria has it only as a possibility (\"if Trump wins\")");
    CheckReply wins = verdict("Trump wins the election");
    assertThat(wins.verdict()).isEqualTo("verbatim");
    assertThat(wins.note())
        .isEqualTo(
            "Daily Mail Nigeria has these words after \"if\": as a possibility, not as what"
                + " happened.");
    // every place has it after "whoever", "no matter who" or "if Trump": the first is named
    assertThat(verdict("wins the election").note())
        .startsWith("Khaleej Times has these words after \"whoever\"");
    // stated plainly somewhere: no note
    assertThat(verdict("we will work with Kamala Harris").note()).isNull();
  }

  /**
   * A claim that has the verb in a condition too is no claim that it happened: Khaleej Times'
   * 'Rutte said he had "no doubt" that whoever wins the election would continue to support Nato'
   * supports it. Before, "continue" after "will" was looked for outside a condition, and the claim
   * was {@code not_found}, "only as a possibility".
   */
  @Test
  void theClaimsOwnConditionIsTheSources() {
    for (String claim :
        List.of(
            "Rutte has no doubt that whoever wins the election will continue to support NATO",
            "Rutte said he has no doubt that whoever wins the election will continue to support"
                + " NATO")) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isEqualTo("supported");
      assertThat(r.evidence().getFirst().excerpt().text())
          .as(claim)
          .contains("whoever wins the election would continue to support Nato");
      assertThat(r.note()).as(claim).isNull();
    }
    // Radio Romania: "if Putin would be successful in Ukraine, that at that moment, an emboldened
    // Russia is on our eastern flank and will present a direct threat to NATO territory"; the
    // claim's "were" was read as saying Putin was successful (a QA pass of 2026-11-29)
    String putin =
        "Rutte said that an emboldened Russia would present a direct threat to NATO territory if"
            + " Putin were successful in Ukraine";
    assertThat(verdict(putin).verdict()).isEqualTo("supported");
    assertThat(verdict("Putin was successful in Ukraine").verdict()).isEqualTo("not_found");
    // a QA pass of 12:41 UTC: "has been" states what is as "is" does (Radio Romania's "if Putin
    // would be successful" supported it), and "has meant" what happened, not Khaleej Times' fear
    // that "a Trump presidency could mean a reduction in military aid for Ukraine"
    assertThat(verdict("Rutte said Putin has been successful in Ukraine").verdict())
        .isEqualTo("not_found");
    assertThat(
            verdict("A Trump presidency has meant a reduction in US military aid for Ukraine")
                .verdict())
        .isEqualTo("not_found");
    assertThat(
            verdict("Western allies fear a Trump presidency could mean a reduction in military aid")
                .verdict())
        .isEqualTo("supported");
    // "no doubt" against "doubts" is still a negation
    CheckReply doubts =
        verdict(
            "Rutte said he had doubts that whoever wins the election would continue to support Nato");
    assertThat(doubts.verdict()).isEqualTo("mismatch");
    assertThat(doubts.differences()).extracting(d -> d.kind()).contains("negation");
  }

  /**
   * Radio Romania: "... that if Putin would be successful in Ukraine, that at that moment, an
   * emboldened Russia is on our eastern flank and will present a direct threat to NATO territory".
   * What follows the condition is a possibility too: stated as what will happen it was {@code
   * supported}, and its words were {@code verbatim} without a note.
   */
  @Test
  void theConsequenceOfAConditionIsAPossibilityToo() {
    CheckReply fact =
        verdict("Rutte said an emboldened Russia will present a direct threat to NATO territory");
    assertThat(fact.verdict()).isEqualTo("not_found");
    assertThat(fact.note())
        .startsWith("Radio Romania International has it only as a possibility (\"if Putin would");
    CheckReply words = verdict("an emboldened Russia is on our eastern flank");
    assertThat(words.verdict()).isEqualTo("verbatim");
    assertThat(words.note())
        .isEqualTo(
            "Radio Romania International has these words after \"if Putin would be successful in"
                + " Ukraine, that at that moment,\": as a possibility, not as what happened.");
    // told with its condition, it is what the source says
    assertThat(
            verdict(
                    "Rutte said that if Putin were successful in Ukraine, an emboldened Russia"
                        + " would present a direct threat to NATO territory")
                .verdict())
        .isEqualTo("supported");
    // a clause of its own after the condition is no consequence of it
    assertThat(
            Clauses.consequence(
                "if Trump wins, NATO stays united, but Russia is weak",
                Words.of("if Trump wins, NATO stays united, but Russia is weak"),
                8))
        .isEqualTo(-1);
    assertThat(
            Clauses.consequence(
                "if Trump wins, NATO stays united, but Russia is weak",
                Words.of("if Trump wins, NATO stays united, but Russia is weak"),
                5))
        .isEqualTo(0);
  }

  @Test
  void whatTheSourcesStateStaysSupported() {
    // Jordan Times' "congratulated Donald Trump, who has claimed victory in the US presidential
    // election"
    assertThat(verdict("Trump won the US presidential election").verdict()).isEqualTo("supported");
    // the claim's own condition is the source's
    assertThat(verdict("Nato will stay united no matter who wins the US election").verdict())
        .isEqualTo("verbatim");
  }
}
