package coveragebot.command;

import static coveragebot.command.SeedChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CheckReply;
import coveragebot.reply.CheckReply.Difference;
import coveragebot.reply.CheckReply.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * /check on the seeds with a claim that shares most of a passage's words but changes the word that
 * is its point: its verb for one the passage lacks ("resigned"), a word for its opposite ("left"
 * for "join"), a content word for another where it lines up ("criticized" for "congratulated"), or
 * what will be for what was. None is {@code supported}; true claims in other words still are.
 */
class CheckKeyWordTest {
  @Test
  void aClaimWhosePassageLacksTheWordThatTurnsItIsNotFound() {
    for (String claim :
        new String[] {
          // "NATO Secretary General Mark Rutte, reaffirmed the alliance's commitment to unity"
          "Rutte resigned as NATO Secretary General",
          "Rutte was fired as NATO Secretary General",
          // "Ukrainian President Volodymyr Zelensky made a request to join Nato"
          "Zelensky withdrew his request to join NATO",
          "Trump resigned as US President"
        }) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isEqualTo("not_found");
      assertThat(r.evidence()).as(claim).isNotEmpty().noneMatch(Evidence::supports);
    }
    // the word is there, or one of its line: "stepped down" for "resigned"
    assertThat(verdict("Zelensky recently made a request to join NATO").verdict())
        .isEqualTo("supported");
    assertThat(
            verdict(
                    "Stoltenberg resigned after a tumultuous decade at the head of the 32-member alliance")
                .verdict())
        .isEqualTo("supported");
  }

  /**
   * A claim that tells one thing of its names ("praised", "congratulated") is not supported by a
   * passage with the names only: Khaleej Times' "... we will work with Kamala Harris, we will work
   * with Donald Trump ...," Rutte said" and Jowhar's "Mr. Rutte ... highlighted his previous
   * working relationship with former US President Donald Trump" supported both claims below.
   */
  @Test
  void aPassageWithTheNamesOnlyDoesNotSupportWhatTheClaimTellsOfThem() {
    for (String claim :
        List.of(
            "Rutte praised Donald Trump",
            "Rutte praised Kamala Harris",
            // names and small words only: nothing told of them
            "Rutte Trump Harris are")) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isEqualTo("not_found");
      assertThat(r.evidence()).as(claim).noneMatch(Evidence::supports);
    }
    // only Jordan Times has it: the outlet is the difference
    CheckReply reported = verdict("Khaleej Times reported that Rutte congratulated Donald Trump");
    assertThat(reported.verdict()).isEqualTo("mismatch");
    assertThat(reported.differences())
        .contains(new Difference("outlet", "Khaleej Times", "Jordan Times"));
    assertThat(verdict("Rutte congratulated Donald Trump").verdict()).isEqualTo("supported");
    // meeting is told in other words: "He was in Berlin for talks with ... Olaf Scholz"
    assertThat(verdict("Rutte met Scholz in Berlin").verdict()).isEqualTo("supported");
  }

  @Test
  void aNameInPlaceOfTheSourcesPeopleIsANameMismatch() {
    // Jordan Times: "Rutte ... previously told allies to "stop worrying", insisting Trump
    // understood ...": Trump is in the sentence, but not the one told
    CheckReply r = verdict("Rutte told Trump to stop worrying");
    assertThat(r.verdict()).isEqualTo("mismatch");
    assertThat(r.differences()).contains(new Difference("name", "Trump", "allies"));
    assertThat(r.evidence()).noneMatch(Evidence::supports);
    assertThat(verdict("Rutte told allies to stop worrying").verdict()).isEqualTo("verbatim");
  }

  /**
   * In a quotation, a "she" for the source's "he" is about someone else: Jordan Times' Rutte says
   * "His leadership will again be key ...", of Trump. A claim that is no quotation keeps its
   * pronoun as wording, so that who did it in the sources is the difference shown.
   */
  @Test
  void aPronounOfTheOtherGenderInAQuotationIsAWordMismatch() {
    CheckReply her =
        verdict("\"Her leadership will again be key to keeping our Alliance strong,\" Rutte said");
    assertThat(her.verdict()).isEqualTo("mismatch");
    assertThat(her.differences()).containsExactly(new Difference("word", "Her", "His"));
    assertThat(her.evidence()).singleElement().extracting(Evidence::supports).isEqualTo(false);
    CheckReply his =
        verdict("\"His leadership will again be key to keeping our Alliance strong,\" Rutte said");
    assertThat(his.verdict()).isEqualTo("verbatim");
    // Jowhar: "“He knows how to make compromises, create consensus ...,” Mr. Stoltenberg ..."
    CheckReply she = verdict("Stoltenberg said \"She knows how to make compromises\"");
    assertThat(she.verdict()).isEqualTo("mismatch");
    assertThat(she.differences()).containsExactly(new Difference("word", "She", "He"));
    // with a word left out next to it (a QA pass: it was a variant, "her" / "him again")
    CheckReply again =
        verdict(
            "Rutte said: \"I look forward to working with her to advance peace through strength"
                + " through NATO.\"");
    assertThat(again.verdict()).isEqualTo("mismatch");
    assertThat(again.differences()).containsExactly(new Difference("word", "her", "him again"));
    // a contraction opening the quotation is no name: Jowhar's "“She’s a highly respected
    // leader,” he remarked." (it was a name difference)
    CheckReply he = verdict("\"He's a highly respected leader,\" Rutte remarked.");
    assertThat(he.verdict()).isEqualTo("mismatch");
    assertThat(he.differences()).containsExactly(new Difference("word", "He's", "She’s"));
  }

  @Test
  void praiseForALambastingIsAWordMismatch() {
    // AFP: "the bulldozing president lambasted European allies such as Germany for weak defence
    // spending"
    CheckReply r =
        verdict("Trump praised European allies such as Germany for weak defence spending");
    assertThat(r.verdict()).isEqualTo("mismatch");
    assertThat(r.differences()).extracting(Difference::kind).contains("word");
    assertThat(
            verdict("Trump lambasted European allies such as Germany for weak defence spending")
                .verdict())
        .isEqualTo("supported");
  }

  /** Radio Romania: Rutte's "an emboldened Russia is on our eastern flank" (the QA pass). */
  @Test
  void westForEastInAQuotationIsAWordMismatch() {
    CheckReply r =
        verdict(
            "Rutte said \"if Putin would be successful in Ukraine, that at that moment, an"
                + " emboldened Russia is on our western flank\"");
    assertThat(r.verdict()).isEqualTo("mismatch");
    assertThat(r.differences()).containsExactly(new Difference("word", "western", "eastern"));
  }

  @Test
  void aWordForItsOppositeIsAWordMismatch() {
    // Jowhar: "Sweden and Finland have forsaken their long-standing policies of non-alignment to
    // join NATO"
    CheckReply left = verdict("Sweden and Finland left NATO");
    assertThat(left.verdict()).isEqualTo("mismatch");
    assertThat(left.differences()).containsExactly(new Difference("word", "left", "join"));
    assertThat(left.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.supports()).isFalse();
              assertThat(e.excerpt().text()).contains("to join NATO");
            });
    assertThat(verdict("Sweden and Finland joined NATO").verdict()).isEqualTo("supported");
    // Khaleej Times: "Western allies also fear a Trump presidency could mean a reduction in
    // military aid for Ukraine"
    CheckReply more =
        verdict("Western allies fear a Trump presidency could mean an increase in military aid");
    assertThat(more.verdict()).isEqualTo("mismatch");
    assertThat(more.differences()).contains(new Difference("word", "an increase", "a reduction"));
    assertThat(more.evidence()).noneMatch(Evidence::supports);
    assertThat(
            verdict("Western allies fear a Trump presidency could mean a reduction in military aid")
                .verdict())
        .isEqualTo("supported");
    // Radio Romania: "NATO will work with the winner of the US elections"
    CheckReply loser = verdict("NATO will work with the loser of the US elections");
    assertThat(loser.verdict()).isEqualTo("mismatch");
    assertThat(loser.differences()).containsExactly(new Difference("word", "loser", "winner"));
  }

  @Test
  void aContentWordInPlaceOfTheSourcesWhereTheClaimLinesUpIsAWordMismatch() {
    // Jordan Times: "NATO chief Mark Rutte on Wednesday congratulated Donald Trump"
    for (String verb : new String[] {"criticized", "rejected"}) {
      CheckReply r = verdict("NATO chief Mark Rutte on Wednesday " + verb + " Donald Trump");
      assertThat(r.verdict()).as(verb).isEqualTo("mismatch");
      assertThat(r.differences())
          .as(verb)
          .containsExactly(new Difference("word", verb, "congratulated"));
      assertThat(r.evidence())
          .as(verb)
          .singleElement()
          .satisfies(e -> assertThat(e.supports()).isFalse());
    }
    // Jowhar: "stepped down after a tumultuous decade at the head of the 32-member alliance"
    CheckReply peaceful =
        verdict(
            "Stoltenberg stepped down after a peaceful decade at the head of the 32-member alliance");
    assertThat(peaceful.verdict()).isEqualTo("mismatch");
    assertThat(peaceful.differences()).contains(new Difference("word", "peaceful", "tumultuous"));
    // a pronoun for a name is wording: still supported, the swap shown
    CheckReply he = verdict("Rutte worked with Donald Trump for four years");
    assertThat(he.verdict()).isEqualTo("supported");
    assertThat(he.differences()).containsExactly(new Difference("wording", "Rutte", "he"));
  }

  @Test
  void aQuotationWithAWordForItsOppositeIsAMismatchNotAVariant() {
    // Jowhar: "I know both candidates very well."
    CheckReply badly = verdict("Rutte said: \"I know both candidates very badly\"");
    assertThat(badly.verdict()).isEqualTo("mismatch");
    assertThat(badly.differences()).containsExactly(new Difference("word", "badly", "well"));
    assertThat(badly.evidence()).noneMatch(Evidence::supports);
    // another word that is no opposite is a misquote: still a variant
    CheckReply united =
        verdict("\"His leadership will again be key to keeping our Alliance united\" - Rutte");
    assertThat(united.verdict()).isEqualTo("variant");
    assertThat(united.differences()).containsExactly(new Difference("wording", "united", "strong"));
    // Khaleej Times: "This motivates us to step up to do even more," he said; Jordan Times: "...
    // a term that turned the tide on European defence spending, improved transatlantic burden
    // sharing"; found by the fact-checker's review of 14:35 UTC
    CheckReply less = verdict("Rutte said: \"This motivates us to step up to do even less.\"");
    assertThat(less.verdict()).isEqualTo("mismatch");
    assertThat(less.differences()).containsExactly(new Difference("word", "less", "more"));
    CheckReply worsened =
        verdict(
            "\"a term that turned the tide on European defence spending, worsened transatlantic"
                + " burden sharing,\" Rutte said.");
    assertThat(worsened.verdict()).isEqualTo("mismatch");
    assertThat(worsened.differences()).contains(new Difference("word", "worsened", "improved"));
  }

  /**
   * Jordan Times: "Trump, who has claimed victory in the US presidential election" and "sweeping to
   * victory against Democrat Kamala Harris": "defeated" with an object is a win, no opposite of
   * "victory" (the fact-checker's review of 14:35 UTC: it was a word mismatch).
   */
  @Test
  void defeatingSomeoneIsNoOppositeOfVictory() {
    CheckReply r =
        verdict("Trump defeated Democrat Kamala Harris in the US presidential election.");
    assertThat(r.differences()).extracting(Difference::kind).doesNotContain("word");
    assertThat(r.verdict()).isNotEqualTo("mismatch");
  }

  @Test
  void whatWillBeIsNotSupportedByWhatWas() {
    // Jowhar has "I worked for four years with Donald Trump" and "his previous working
    // relationship with ... Donald Trump", not Rutte's "we will work with Donald Trump"
    CheckReply r = verdict("we will work with Donald Trump outlet:Jowhar");
    assertThat(r.verdict()).isEqualTo("mismatch");
    assertThat(r.differences()).extracting(Difference::kind).containsExactly("outlet");
    assertThat(r.differences().getFirst().claim()).isEqualTo("Jowhar");
    assertThat(r.evidence())
        .isNotEmpty()
        .noneMatch(Evidence::supports)
        .allSatisfy(e -> assertThat(e.excerpt().source().outlet()).isNotEqualTo("Jowhar"));
    // a plan told with "to" supports what will be: "with Australia to send Ukraine tanks"
    assertThat(verdict("Australia will send tanks to Ukraine").verdict()).isEqualTo("supported");
  }

  @Test
  void trueClaimsInOtherWordsStaySupported() {
    // right in a fact-checker's review of 139 claims, and the gold set's paraphrases: a verb the
    // passage says otherwise ("met" for "alongside", "spoke" for "said") is no word that turns
    for (String claim :
        new String[] {
          "Rutte met German Chancellor Olaf Scholz in Berlin",
          "Rutte spoke in Berlin alongside German Chancellor Olaf Scholz",
          "Rutte took office on 1st October",
          "Russia invaded Ukraine in 2022",
          "Trump berated allies over insufficient spending during his presidency from 2017 to 2021",
          "Rutte said the next US president would keep supporting NATO because it is in the"
              + " interest of the United States",
          "NATO chief Mark Rutte congratulated Donald Trump on winning the US presidential election",
          "Rutte congratulated Trump on winning the US presidential election",
          "Trump threatened not to protect NATO members who do not spend enough on defence",
          "Rutte said Trump's return to power would help keep the alliance strong",
          "Rutte was selected in part due to his good relations with Trump",
          "Rutte took over NATO from Jens Stoltenberg",
          "Trump has promised a quick deal with Putin to end the war",
          // Khaleej Times: 'Rutte said he had "no doubt" that whoever wins the election would
          // continue to support Nato because ...': the claim lines up from "continue" on, and its
          // "no doubt" is the source's, before that (was a negation mismatch)
          "Rutte said he has no doubt, because it is in the interest of the United States"
        }) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isEqualTo("supported");
      assertThat(r.differences())
          .as(claim)
          .allSatisfy(d -> assertThat(d.kind()).isEqualTo("wording"));
    }
  }

  /**
   * Opposites a review found read as wording (2026-11-28 17:25 UTC): "unsafe" for "safe" (any word
   * and the same with "un"), "divided" for "united", "excessive" for "insufficient", "cutting" for
   * "boosting", "end" for "start", "stop" for "continue".
   */
  @Test
  void moreOppositesAreWordMismatches() {
    String[][] cases = {
      // Jowhar: Stoltenberg, "NATO will be in “safe hands”"
      {"Stoltenberg said \"NATO will be in unsafe hands\"", "unsafe", "safe"},
      // Khaleej Times: "... and make sure that the alliance stays united,"
      {"Rutte said \"make sure that the alliance stays divided\"", "divided", "united"},
      // Radio Romania: "... allies are also boosting investment ..."
      {"Allies are cutting investment within NATO", "cutting", "also boosting"},
      // Khaleej Times: "... would continue to support Nato"
      {
        "Rutte said he had \"no doubt\" that whoever wins the election would stop supporting Nato",
        "stop supporting",
        "continue to support"
      },
    };
    for (String[] c : cases) {
      CheckReply r = verdict(c[0]);
      assertThat(r.verdict()).as(c[0]).isEqualTo("mismatch");
      assertThat(r.differences()).as(c[0]).contains(new Difference("word", c[1], c[2]));
    }
    // Khaleej Times: "... as he berated allies for what he said was insufficient spending"
    assertThat(verdict("Trump berated allies for excessive spending").differences())
        .anyMatch(d -> d.kind().equals("word") && d.claim().equals("excessive"));
    assertThat(verdict("Nato was formed at the end of the Cold War").differences())
        .contains(new Difference("word", "end", "start"));
    assertThat(verdict("Stoltenberg said \"NATO will be in safe hands\"").verdict())
        .isEqualTo("verbatim");
  }

  /**
   * A claim that it was done, on a passage that has it planned only: Radio Romania's "allies will
   * comply with their promise to deliver defence aid worth 40 billion euros to Ukraine" and "with
   * Australia to send Ukraine tanks" (both claims were {@code supported}, found by the
   * fact-checker's review of 2026-11-29 03:10 UTC).
   */
  @Test
  void whatWasPromisedIsNotSupportedAsDone() {
    for (String claim :
        List.of(
            "Allies delivered defence aid worth 40 billion euros to Ukraine",
            "Australia sent Ukraine tanks",
            // Jordan Times: "as Trump has promised a quick deal with Russian President Vladimir
            // Putin to end the war"
            "Trump struck a quick deal with Russian President Vladimir Putin to end the war")) {
      assertThat(verdict(claim).verdict()).as(claim).isNotEqualTo("supported");
    }
    assertThat(verdict("Australia will send Ukraine tanks").verdict()).isEqualTo("supported");
    assertThat(
            verdict("Allies will deliver defence aid worth 40 billion euros to Ukraine").verdict())
        .isEqualTo("supported");
  }

  /**
   * What someone would do is the claim's statement: Khaleej Times' "Trump warned in February he
   * would encourage the Russians to do "whatever the hell they want" to Nato allies that do not pay
   * more on joint defence" has every word of "Trump warned he would protect Nato allies that do not
   * pay more" but "protect" (the claim was {@code supported}, found by the fact-checker's review of
   * 2026-11-29 03:10 UTC). In the source's verb it is supported.
   */
  @Test
  void theVerbAfterWouldMustBeTheSources() {
    CheckReply r = verdict("Trump warned he would protect Nato allies that do not pay more");
    assertThat(r.verdict()).isNotEqualTo("supported");
    assertThat(r.evidence()).noneMatch(e -> e.supports());
    assertThat(
            verdict(
                    "Trump warned he would encourage the Russians to harm Nato allies that do not pay more")
                .verdict())
        .isEqualTo("supported");
  }

  /**
   * What was done, claimed as still to come, when the verb is irregular: Radio Romania's "Last
   * month, Mark Rutte met NATO foreign ministers" does not say that he will meet them. Until
   * 2026-11-29 06:10 UTC "met" was not read as a form of "meet" (words of other first three letters
   * were not compared), and the claim was {@code supported}.
   */
  @Test
  void whatWasDoneIsNotSupportedAsToComeWithAnIrregularVerb() {
    assertThat(verdict("Rutte will meet NATO foreign ministers").verdict())
        .isNotEqualTo("supported");
    assertThat(verdict("Rutte met with NATO foreign ministers").verdict()).isEqualTo("supported");
  }

  /**
   * What will or would be, claimed as what is: Khaleej Times' "one day Ukraine will be a member of
   * Nato", Radio Romania's "if Putin would be successful in Ukraine", and Jordan Times' "reportedly
   * even mulled pulling Washington out" (each claim was {@code supported}; the 03:10 review).
   */
  @Test
  void whatWillBeOrWasWeighedIsNotSupportedAsFact() {
    for (String claim :
        List.of(
            "Ukraine is a member of NATO",
            "Putin was successful in Ukraine",
            "Trump pulled Washington out of NATO")) {
      assertThat(verdict(claim).verdict()).as(claim).isNotEqualTo("supported");
    }
    assertThat(verdict("Ukraine will be a member of NATO").verdict()).isIn("verbatim", "variant");
    assertThat(verdict("Rutte is a former prime minister of the Netherlands").verdict())
        .isEqualTo("supported");
  }

  /**
   * "only" narrows a claim to one: "Rutte said NATO will work only with Kamala Harris" was {@code
   * supported} by Radio Romania's "NATO will work with the winner of the US elections, whoever that
   * person may be" (the 03:10 review).
   */
  @Test
  void onlyMustBeTheSourcesToo() {
    assertThat(verdict("Rutte said NATO will work only with Kamala Harris").verdict())
        .isNotEqualTo("supported");
    assertThat(verdict("Rutte said NATO will work with Kamala Harris").verdict())
        .isIn("supported", "verbatim", "variant");
  }
}
