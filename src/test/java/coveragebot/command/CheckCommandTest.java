package coveragebot.command;

import static coveragebot.command.SeedChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CheckReply;
import coveragebot.reply.CheckReply.Difference;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.Reply;
import coveragebot.testing.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /check on the seeds: verdicts, verbatim evidence, and bad input answered without a crash. */
class CheckCommandTest {
  private static Reply check(String claim) {
    return Seeds.bot().commands().run("/check " + claim);
  }

  @Test
  void verbatimListsEverySourceThatHasTheWords() {
    CheckReply r = verdict("we will work with Kamala Harris, we will work with Donald Trump");
    assertThat(r.verdict()).isEqualTo("verbatim");
    assertThat(r.evidence()).extracting(e -> e.excerpt().file()).doesNotHaveDuplicates();
    assertThat(r.evidence()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(r.evidence()).allMatch(CheckReply.Evidence::supports);
  }

  @Test
  void wordsTheClaimLeavesOutBeforeItsFirstWordAreDroppedNotChanged() {
    // Jowhar: "Stoltenberg, a former Prime Minister of Norway, stepped down after a tumultuous
    // decade at the head of the 32-member alliance"; the alignment starts at "stepped"
    CheckReply r =
        verdict("Stoltenberg stepped down after a decade at the head of the 30-member alliance");
    assertThat(r.verdict()).isEqualTo("mismatch");
    assertThat(r.differences())
        .containsExactly(
            new CheckReply.Difference("wording", "", "a former Prime Minister of Norway"),
            new CheckReply.Difference("wording", "", "tumultuous"),
            new CheckReply.Difference("number", "30", "32"));
    assertThat(r.evidence().getFirst().excerpt().text()).startsWith("Stoltenberg, a former");
  }

  @Test
  void wordsTakenForTheClaimsUnalignedOnesStayInTheRegionsClause() {
    // Khaleej Times: "... Mark Rutte said in Berlin Monday, as Washington's allies ..."
    CheckReply r = verdict("Khaleej Times reported that Rutte spoke in Berlin on Tuesday");
    assertThat(r.verdict()).isEqualTo("mismatch");
    assertThat(r.differences()).contains(new CheckReply.Difference("date", "on Tuesday", "Monday"));
    assertThat(r.evidence().getFirst().excerpt().text()).isEqualTo("Rutte said in Berlin Monday");
  }

  @Test
  void otherPunctuationInsideTheWordsIsAVariantNamedPunctuation() {
    CheckReply r = verdict("“Whoever wins those elections we will work with Kamala Harris”");
    assertThat(r.verdict()).isEqualTo("variant");
    assertThat(r.differences())
        .contains(new CheckReply.Difference("punctuation", "elections we", "elections, we"));
  }

  @Test
  void quoteMarksAndApostropheStyleAreIgnored() {
    assertThat(verdict("Nato will stay united whoever wins US election").verdict())
        .isEqualTo("verbatim");
    assertThat(verdict("I’m absolutely convinced that one day Ukraine").verdict())
        .isEqualTo("verbatim");
  }

  @Test
  void aDifferentWordFormIsNeverVerbatim() {
    CheckReply quoted = verdict("“we will works with Kamala Harris”");
    assertThat(quoted.verdict()).isEqualTo("variant");
    assertThat(quoted.differences()).anyMatch(d -> d.claim().equals("works"));
    assertThat(verdict("we will works with Kamala Harris").verdict()).isNotEqualTo("verbatim");
  }

  @Test
  void negationDroppedOrAddedIsAMismatchNamedNegation() {
    CheckReply r =
        verdict("\"I'm absolutely convinced that one day Ukraine will never be a member\"");
    assertThat(r.verdict()).isEqualTo("mismatch");
    assertThat(r.differences()).extracting(CheckReply.Difference::kind).contains("negation");
  }

  @Test
  void wordsOfOneSpeakerAttributedToAnotherAreASpeakerMismatch() {
    CheckReply r = verdict("Rutte said \"NATO will be in safe hands\"");
    CheckReply right = verdict("Stoltenberg said \"He knows how to make compromises\"");
    assertThat(right.verdict()).isEqualTo("verbatim");
    assertThat(r.verdict()).isIn("verbatim", "mismatch");
    CheckReply wrong = verdict("Rutte said \"He knows how to make compromises\"");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences())
        .extracting(CheckReply.Difference::kind)
        .containsExactly("speaker");
    // the words are there, but not as the claim's speaker's: no source supports the claim
    assertThat(wrong.evidence()).isNotEmpty().noneMatch(CheckReply.Evidence::supports);
    assertThat(right.evidence()).allMatch(CheckReply.Evidence::supports);
  }

  @Test
  void aNameReplacedAtTheEndOfAClaimIsANameMismatch() {
    CheckReply r = verdict("Rutte is a former prime minister of Belgium");
    assertThat(r.verdict()).isEqualTo("mismatch");
    assertThat(r.differences())
        .contains(new CheckReply.Difference("name", "Belgium", "The Netherlands"));
  }

  @Test
  void aParaphraseWithAnAbsentNameIsNotSupported() {
    assertThat(verdict("Australia will send tanks to Ukraine").verdict()).isEqualTo("supported");
    assertThat(verdict("Japan will send tanks to Ukraine").verdict()).isNotEqualTo("supported");
  }

  @Test
  void notFoundShowsNearestPassagesMarkedAsNotSupporting() {
    CheckReply r = verdict("The European Central Bank raised interest rates");
    assertThat(r.verdict()).isEqualTo("not_found");
    assertThat(r.evidence()).isNotEmpty().noneMatch(CheckReply.Evidence::supports);
  }

  @Test
  void oneWordClaimIsRefusedWithAHint() {
    Reply r = check("Rutte");
    assertThat(r).isInstanceOf(ErrorReply.class);
    assertThat(((ErrorReply) r).message()).contains("at least 3 words");
  }

  @Test
  void overLongPasteIsRefusedWithTheLimitNamed() {
    Reply r = check("Rutte said NATO is united. ".repeat(120));
    assertThat(r).isInstanceOf(ErrorReply.class);
    ErrorReply e = (ErrorReply) r;
    assertThat(e.message() + " " + e.hint()).contains(String.valueOf(OptionSpec.MAX_TEXT));
  }

  @Test
  void punctuationAndEmojiOnlyIsRefusedAsHavingNoWords() {
    Reply r = check("?!… 😀🎉 --- \"\"");
    assertThat(r).isInstanceOf(ErrorReply.class);
    assertThat(((ErrorReply) r).message()).contains("no words");
  }

  @Test
  void discordMentionsAndMarkdownAreIgnored() {
    CheckReply r = verdict("<@123456789> **we will work with Kamala Harris** @everyone");
    assertThat(r.verdict()).isEqualTo("verbatim");
    assertThat(r.claim()).doesNotContain("@everyone").doesNotContain("<@");
  }

  @Test
  void claimInAnotherLanguageIsNotFoundWithALanguageNote() {
    CheckReply r = verdict("La OTAN se mantendrá unida gane quien gane las elecciones");
    assertThat(r.verdict()).isEqualTo("not_found");
    assertThat(r.note()).contains("another language");
  }

  @Test
  void aSupportedClaimThatLinesUpWithItsSourceShowsTheWordsItSwapped() {
    // Radio Romania: "he worked with Donald Trump for four years"
    CheckReply r = verdict("Rutte worked with Donald Trump for four years");
    assertThat(r.verdict()).isEqualTo("supported");
    assertThat(r.differences())
        .containsExactly(new CheckReply.Difference("wording", "Rutte", "he"));
    // a word for its opposite is no wording: "the loser" for "the winner" (CheckKeyWordTest)
    assertThat(verdict("NATO will work with the loser of the US elections").verdict())
        .isEqualTo("mismatch");
  }

  /**
   * Words that only say something happened need not be in the source: Jowhar, "Prior to a handover
   * ceremony in Brussels, ..." (before, "took place" counted as two of five words the passage
   * lacked, and the claim was {@code not_found}); "the" for "a" is no swap worth showing.
   */
  @Test
  void wordsThatOnlySaySomethingHappenedNeedNotBeInTheSource() {
    for (String claim :
        List.of(
            "The handover ceremony took place in Brussels",
            "A handover ceremony was held in Brussels")) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isEqualTo("supported");
      assertThat(r.differences()).as(claim).isEmpty();
      assertThat(r.evidence().getFirst().excerpt().text())
          .contains("handover ceremony in Brussels");
    }
    assertThat(VerbForms.lightVerbs(Words.of("The summit was held and took place, it happened")))
        .containsExactly("held", "took", "place", "happened");
    assertThat(VerbForms.lightVerbs(Words.of("Rutte held talks and took his place"))).isEmpty();
    assertThat(VerbForms.lightVerbs(Words.of("It ran from 2017 and lasted from May")))
        .containsExactly("ran", "lasted");
    assertThat(VerbForms.lightVerbs(Words.of("Rutte ran the government"))).isEmpty();
  }

  /** "ran from ... to ..." says only when: Daily Mail Nigeria has "his presidency from 2017 to". */
  @Test
  void aSpanOfYearsIsCheckedWithoutItsVerb() {
    CheckReply right = verdict("Trump's presidency ran from 2017 to 2021");
    assertThat(right.verdict()).isEqualTo("supported");
    assertThat(right.evidence().getFirst().excerpt().text())
        .contains("During his presidency from 2017 to 2021");
    CheckReply wrong = verdict("Trump's presidency ran from 2016 to 2020");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences())
        .containsExactly(new Difference("date", "from 2016 to 2020", "from 2017 to 2021"));
  }

  @Test
  void aCurrencySignIsACurrencyNotPunctuation() {
    // Radio Romania: "defence aid worth 40 billion euros to Ukraine"
    CheckReply sign = verdict("defence aid worth $40 billion");
    assertThat(sign.verdict()).isEqualTo("mismatch");
    assertThat(sign.differences()).contains(new CheckReply.Difference("currency", "$", "euros"));
    CheckReply aligned = verdict("allies will deliver defence aid worth $40 billion to Ukraine");
    assertThat(aligned.verdict()).isEqualTo("mismatch");
    assertThat(aligned.differences()).contains(new CheckReply.Difference("currency", "$", "euros"));
    assertThat(verdict("defence aid worth €40 billion").verdict()).isEqualTo("variant");
    assertThat(Currencies.in("£5 or 3 euros, not dollars")).containsOnlyKeys("GBP", "EUR", "USD");
    assertThat(Currencies.in("a European pounding")).isEmpty();
  }

  @Test
  void aQuotationCutWithAnEllipsisIsCheckedPartByPartTheWorstPartDeciding() {
    // Jowhar: "“I’m not worried. I know both candidates very well. I worked for four years with
    // Donald Trump ...”"
    CheckReply cut =
        verdict("Rutte said \"I'm not worried ... I worked for four years with Donald Trump\"");
    assertThat(cut.verdict()).isEqualTo("verbatim");
    assertThat(cut.evidence()).hasSize(2).allMatch(CheckReply.Evidence::supports);
    assertThat(cut.note()).contains("ellipsis");
    CheckReply changed =
        verdict("Rutte said \"I'm not worried … I worked for five years with Donald Trump\"");
    assertThat(changed.verdict()).isEqualTo("mismatch");
    assertThat(changed.differences())
        .containsExactly(new CheckReply.Difference("number", "five", "four"));
    // Jowhar's "I'm not worried" and the Berlin quotation of three other outlets: each part is
    // Rutte's, but no article has them together
    CheckReply spliced =
        verdict("Rutte said \"I'm not worried ... we will work with Donald Trump\"");
    assertThat(spliced.verdict()).isEqualTo("variant");
    assertThat(spliced.note()).startsWith("No one source has all the parts");
  }

  @Test
  void twoQuotationsJoinedByAddingAreCheckedOneByOne() {
    // Jordan Times: "“His leadership will again be key to keeping our Alliance strong. I look
    // forward to working with him again ...”", Rutte said
    CheckReply joined =
        verdict(
            "Rutte said \"His leadership will again be key to keeping our Alliance strong,\""
                + " adding: \"I look forward to working with him again\"");
    assertThat(joined.verdict()).isEqualTo("verbatim");
    assertThat(joined.differences()).isEmpty();
    assertThat(joined.evidence()).allMatch(CheckReply.Evidence::supports);
    assertThat(joined.note()).contains("2 quotations");
    // Khaleej Times and Daily Mail Nigeria: partial quotations with the claim's own words around
    CheckReply partial =
        verdict(
            "Rutte said the partnership was \"in the interest of the United States,\" adding that"
                + " it was \"a bridge to Nato membership in the longer term\"");
    assertThat(partial.verdict()).isEqualTo("verbatim");
    // the worst part decides, and the part that differs is named
    CheckReply changed =
        verdict(
            "Rutte said \"His leadership will again be key to keeping our Alliance strong,\" he"
                + " added, \"I look forward to working with him next year\"");
    assertThat(changed.verdict()).isIn("variant", "mismatch");
    assertThat(changed.differences())
        .extracting(CheckReply.Difference::claim)
        .contains("next year");
    // the speaker between the quotations
    CheckReply between =
        verdict(
            "\"Whoever wins those elections, we will work with Kamala Harris,\" Rutte said, adding"
                + " \"I'm absolutely convinced that one day Ukraine will be a member of NATO\"");
    assertThat(between.verdict()).isEqualTo("verbatim");
    assertThat(between.speaker()).isEqualTo("Rutte");
    assertThat(between.evidence())
        .extracting(CheckReply.Evidence::speaker)
        .containsOnly("Mark Rutte");
    // from the fact-checker's review of 14:35 UTC: two sentences, and a place among the words
    CheckReply added =
        verdict("\"I'm not worried,\" Rutte said. \"I know both candidates very well,\" he added.");
    assertThat(added.verdict()).isEqualTo("verbatim");
    assertThat(added.speaker()).isEqualTo("Rutte");
    CheckReply labelling =
        verdict(
            "\"This motivates us to step up to do even more,\" Rutte said, labelling support by"
                + " Pyongyang a \"very serious development and an escalation\".");
    assertThat(labelling.verdict()).isEqualTo("verbatim");
    // joined by words that are no speech verb: one quotation, as before
    CheckReply unjoined =
        verdict(
            "Rutte said \"His leadership will again be key\" to Europe and \"I look forward to"
                + " working with him again\"");
    assertThat(String.valueOf(unjoined.note())).doesNotContain("quotations");
  }

  @Test
  void aNameIsFoundInTheHeThatStandsForIt() {
    // Daily Mail Nigeria: "Rutte underscored the urgency ..." and the next paragraph "He described
    // this development as a very serious escalation, stressing ..."
    CheckReply r = verdict("Rutte described this development as a very serious escalation");
    assertThat(r.verdict()).isEqualTo("supported");
    assertThat(r.evidence().getFirst().excerpt().text()).startsWith("He described");
    assertThat(r.note()).contains("\"He\"").contains("Mark Rutte");
    // the paragraph before names Rutte, not Trump
    CheckReply other = verdict("Trump described this development as a very serious escalation");
    assertThat(other.verdict()).isNotEqualTo("supported");
  }

  @Test
  void aNameEarlierInTheSourcesSentenceIsNoChangedName() {
    // Daily Mail Nigeria: "NATO Secretary General Mark Rutte, reaffirmed the alliance’s commitment
    // ... of the upcoming US elections during a press conference in Berlin on Monday."
    CheckReply r = verdict("Mark Rutte spoke at a press conference in Berlin");
    assertThat(r.verdict()).isEqualTo("supported");
    assertThat(r.differences()).noneMatch(d -> d.kind().equals("name"));
    // a name the sentence does not hold is still a changed name, or no support
    CheckReply other = verdict("Olaf Scholz spoke at a press conference in Berlin");
    assertThat(other.verdict()).isEqualTo("mismatch");
    assertThat(other.differences())
        .containsExactly(new CheckReply.Difference("name", "Olaf Scholz", "Mark Rutte"));
    assertThat(other.evidence().getFirst().excerpt().text())
        .startsWith("Mark Rutte, reaffirmed")
        .endsWith("a press conference in Berlin");
  }

  @Test
  void aQuotationInsideAClaimInOtherWordsMustBeWordForWord() {
    // Khaleej Times: Trump warned in February he would encourage the Russians to do "whatever the
    // hell they want" to Nato allies ...; Jordan Times: "... not only the Euro-Atlantic but also
    // the Indo-Pacific safe" (the fact-checker's review of 14:35 UTC: both were supported)
    CheckReply dropped =
        verdict(
            "Trump warned he would encourage the Russians to do \"whatever they want\" to Nato"
                + " allies.");
    assertThat(dropped.verdict()).isEqualTo("variant");
    assertThat(dropped.differences())
        .containsExactly(new CheckReply.Difference("wording", "", "the hell"));
    assertThat(dropped.note()).contains("“whatever they want” is not word for word");
    CheckReply also =
        verdict(
            "Rutte said it was important to do \"everything we can to keep not only the"
                + " Euro-Atlantic but the Indo-Pacific safe\".");
    assertThat(also.verdict()).isEqualTo("variant");
    assertThat(also.differences()).contains(new CheckReply.Difference("wording", "", "also"));
    CheckReply right =
        verdict(
            "Trump warned he would encourage the Russians to do \"whatever the hell they want\""
                + " to Nato allies.");
    assertThat(right.verdict()).isIn("verbatim", "supported");
    assertThat(right.differences()).isEmpty();
  }

  @Test
  void namesTheCoverageNeverMentionsAreNoSignOfAnotherLanguage() {
    CheckReply r = verdict("Rutte said alongside French President Emmanuel Macron");
    assertThat(String.valueOf(r.note())).doesNotContain("another language");
  }
}
