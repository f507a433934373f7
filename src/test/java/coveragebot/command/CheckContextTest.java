package coveragebot.command;

import static coveragebot.command.SeedChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CheckReply;
import coveragebot.reply.CheckReply.Difference;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * /check on the seeds when a claim says where or when a quotation was said ("Rutte said in
 * Washington: ..."): the quotation's verdict stands, and a place or day no source gives with it is
 * said in the note. The seeds put Rutte's "we will work with ..." in Berlin, on Monday.
 */
class CheckContextTest {
  private static final String WORDS =
      "\"we will work with Kamala Harris, we will work with Donald Trump\"";

  @Test
  void aPlaceOrDayTheSourcesDoNotGiveIsSaidAndTheQuotationStaysVerbatim() {
    CheckReply washington = verdict("Rutte said in Washington: " + WORDS);
    assertThat(washington.verdict()).isEqualTo("verbatim");
    assertThat(washington.note())
        .contains("\"in Washington\"")
        .contains("not confirmed")
        .doesNotContain("Berlin");
    CheckReply friday = verdict("Rutte said on Friday: " + WORDS);
    assertThat(friday.verdict()).isEqualTo("verbatim");
    assertThat(friday.note()).contains("\"Friday\"");
    CheckReply x = verdict("Rutte wrote on X: " + WORDS);
    assertThat(x.note()).contains("\"X\"");
  }

  @Test
  void aPlaceAndDayTheSourcesGiveWithTheQuotationOrItsSpeakerAddNothing() {
    // Khaleej Times: "Mark Rutte said in Berlin Monday"; Radio Romania: "He was in Berlin"
    for (String context :
        List.of("in Berlin", "on Monday", "in Berlin on Monday", "to reporters")) {
      CheckReply r = verdict("Rutte said " + context + ": " + WORDS);
      assertThat(r.verdict()).as(context).isEqualTo("verbatim");
      assertThat(r.note()).as(context).isNull();
    }
  }

  @Test
  void aQuotationFirstWithWhereAfterItsSpeakerIsReadToo() {
    // before, '"...," Rutte said in Washington.' was one long claim, not_found
    CheckReply after = verdict(WORDS.replaceFirst("\"$", ",\"") + " Rutte said in Washington.");
    assertThat(after.verdict()).isEqualTo("verbatim");
    assertThat(after.speaker()).isEqualTo("Rutte");
    assertThat(after.note()).contains("\"in Washington\"");
    CheckReply plain = verdict(WORDS.replaceFirst("\"$", ",\"") + " said Rutte on Monday.");
    assertThat(plain.verdict()).isEqualTo("verbatim");
    assertThat(plain.note()).isNull();
  }

  /** A date given with a quotation is compared by day, and may stand past four words. */
  @Test
  void aDateGivenWithAQuotationIsComparedByDay() {
    // Jordan Times (6 November, a Wednesday): Rutte "on Wednesday" congratulated Trump, "His
    // leadership will again be key to keeping our Alliance strong."
    String words = ": \"His leadership will again be key to keeping our Alliance strong.\"";
    CheckReply right = verdict("Rutte said on Wednesday, November 6, 2024" + words);
    assertThat(right.verdict()).isEqualTo("verbatim");
    assertThat(right.speaker()).isEqualTo("Rutte");
    assertThat(right.note()).isNull();
    CheckReply wrong = verdict("Rutte said on Friday, November 8, 2024" + words);
    assertThat(wrong.verdict()).isEqualTo("verbatim");
    assertThat(wrong.note()).contains("\"Friday\", \"November 8\"").contains("not confirmed");
  }

  /**
   * Five words between the verb and the quotation: still the speaker's quotation, and the sources
   * tell it "alongside" someone else: a mismatch of that name, shown against their sentences.
   */
  @Test
  void aLongerOccasionBeforeTheQuotationIsCheckedNotReadAsAStatement() {
    // Khaleej Times: "..., Rutte said alongside German Chancellor Olaf Scholz"; Daily Mail
    // Nigeria: "..., Rutte stated alongside German Chancellor Olaf Scholz"
    String words = ": \"Whoever wins those elections, we will work with Kamala Harris.\"";
    CheckReply macron = verdict("Rutte said alongside French President Emmanuel Macron" + words);
    assertThat(macron.verdict()).isEqualTo("mismatch");
    assertThat(macron.differences())
        .containsExactly(
            new Difference(
                "name", "French President Emmanuel Macron", "German Chancellor Olaf Scholz"));
    assertThat(macron.evidence())
        .extracting(e -> e.excerpt().source().outlet())
        .containsExactly("Khaleej Times", "Daily Mail Nigeria");
    assertThat(macron.evidence())
        .allSatisfy(
            e -> {
              assertThat(e.supports()).isFalse();
              assertThat(e.excerpt().text())
                  .contains(
                      "Whoever wins those elections", "alongside German Chancellor Olaf Scholz.");
            });
    assertThat(macron.note()).contains("word for word", "(\"alongside French President");
    // named in another paragraph about Rutte, but not in the quotation's own sentence, which
    // names someone else (a QA pass found it verbatim, without a note)
    CheckReply leyen = verdict("Rutte said alongside Ursula von der Leyen" + words);
    assertThat(leyen.verdict()).isEqualTo("mismatch");
    assertThat(leyen.differences())
        .containsExactly(
            new Difference("name", "Ursula von der Leyen", "German Chancellor Olaf Scholz"));
    CheckReply scholz = verdict("Rutte said alongside German Chancellor Olaf Scholz" + words);
    assertThat(scholz.verdict()).isEqualTo("verbatim");
    assertThat(scholz.note()).isNull();
  }

  /**
   * A name in place of the one the source's own sentence has around the quotation: Khaleej Times'
   * "he said, labelling support by Pyongyang a "very serious development and an escalation"".
   */
  /**
   * Reported speech that ends in the speaker's words in quote marks, after a long occasion and
   * "that he had": the occasion is checked, not read as the claim's statement. Khaleej Times: "Mark
   * Rutte said in Berlin Monday"; 'Rutte said he had "no doubt" that whoever wins ...'. Before,
   * more than six words between "said" and the quote marks made the claim a statement, whose "no"
   * against Daily Mail Nigeria's "during a press conference in Berlin on Monday" was a negation
   * mismatch.
   */
  @Test
  void aLongOccasionThenThatHeHadBeforeTheQuotationIsTheQuotationsOccasion() {
    CheckReply r =
        verdict("Rutte said at a press conference in Berlin on Monday that he had \"no doubt\"");
    assertThat(r.verdict()).isEqualTo("verbatim");
    assertThat(r.speaker()).isEqualTo("Rutte");
    assertThat(r.evidence())
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.excerpt().text()).isEqualTo("no doubt"));
    assertThat(r.note()).isNull(); // Khaleej Times gives Berlin and Monday
    CheckReply washington =
        verdict(
            "Rutte said at a press conference in Washington on Monday that he had \"no doubt\"");
    assertThat(washington.verdict()).isEqualTo("verbatim");
    assertThat(washington.note()).contains("\"in Washington\"").contains("not confirmed");
  }

  /**
   * A colon before the quotation makes it the speaker's after a longer occasion: Jowhar's "“I’m not
   * worried. ...” said Mr. Rutte, ..., shortly before assuming the role of NATO Secretary General."
   * Before, nine words between "said," and the quotation made the claim a statement that added "I'm
   * not worried" to Jowhar's "shortly before assuming the role of NATO Secretary General": a
   * negation mismatch.
   */
  @Test
  void aQuotationAfterAColonIsTheSpeakersAfterALongerOccasion() {
    CheckReply r =
        verdict(
            "Mr. Rutte said, shortly before assuming the role of NATO Secretary General: \"I'm not"
                + " worried.\"");
    assertThat(r.verdict()).isEqualTo("verbatim");
    assertThat(r.evidence().getFirst().excerpt().text()).isEqualTo("I’m not worried");
    assertThat(r.evidence().getFirst().excerpt().file()).startsWith("004_");
    CheckReply worried =
        verdict(
            "Mr. Rutte said, shortly before assuming the role of NATO Secretary General: \"I am"
                + " very worried.\"");
    assertThat(worried.verdict()).isEqualTo("mismatch");
    assertThat(worried.differences()).extracting(d -> d.kind()).contains("negation");
  }

  /**
   * What a claim says of its speaker is checked as the occasion is (a QA pass of 12:41 UTC:
   * "Belgium" was not compared at all, and the claim was {@code verbatim} without a note). Jowhar:
   * "said Mr. Rutte, a former Prime Minister of the Netherlands".
   */
  @Test
  void whatTheClaimSaysOfItsSpeakerIsChecked() {
    CheckReply belgium =
        verdict("Mr. Rutte, a former Prime Minister of Belgium, said: \"I'm not worried.\"");
    assertThat(belgium.verdict()).isEqualTo("verbatim");
    assertThat(belgium.note()).contains("\"Belgium\"").contains("not confirmed");
    CheckReply netherlands =
        verdict(
            "Mr. Rutte, a former Prime Minister of the Netherlands, said: \"I'm not worried.\"");
    assertThat(netherlands.verdict()).isEqualTo("verbatim");
    assertThat(netherlands.note()).isNull();
    // a possessive is the name: Radio Romania's "NATO secretary general Mark Rutte"
    assertThat(verdict("Mark Rutte, NATO's chief, said " + WORDS).note()).isNull();
  }

  /**
   * An occasion before the speaker ("Speaking in Berlin on Monday, Rutte said ..."), and what
   * someone called something without quote marks ("Rutte labelled support by Pyongyang a very
   * serious development ..."): each of these true claims was {@code not_found} (a QA pass of 12:41
   * UTC), the occasion or "Rutte labelled" read as words of the statement.
   */
  @Test
  void anOccasionBeforeTheSpeakerIsTheOccasion() {
    CheckReply united =
        verdict(
            "Speaking in Berlin on Monday, Rutte said NATO will stay united no matter who wins the"
                + " US election");
    assertThat(united.verdict()).isEqualTo("verbatim");
    assertThat(united.note()).isNull(); // Khaleej Times: "Mark Rutte said in Berlin Monday"
    assertThat(
            verdict(
                    "Speaking in Berlin on Monday, Rutte said NATO would work with Kamala Harris or"
                        + " Donald Trump")
                .verdict())
        .isEqualTo("supported");
    CheckReply doubt =
        verdict(
            "At a press conference in Berlin, Rutte said he had \"no doubt\" that whoever wins the"
                + " election would continue to support Nato");
    assertThat(doubt.verdict()).isEqualTo("verbatim");
    assertThat(doubt.note()).isNull();
    CheckReply brussels =
        verdict(
            "Speaking in Brussels on Wednesday, Rutte said NATO will stay united no matter who wins"
                + " the US election");
    // Khaleej Times' own sentence: "..., the alliance's secretary general Mark Rutte said in
    // Berlin Monday"
    assertThat(brussels.verdict()).isEqualTo("mismatch");
    assertThat(brussels.differences().getFirst().source()).isEqualTo("Berlin Monday");
    CheckReply reported =
        verdict(
            "Rutte said in Brussels that NATO will stay united no matter who wins the US election");
    assertThat(reported.differences())
        .containsExactly(new Difference("name", "Brussels", "Berlin"));
    // the date of a claim that tells no speech stays its own: Jordan Times has Wednesday
    CheckReply thursday = verdict("On Thursday, Rutte congratulated Trump");
    assertThat(thursday.differences())
        .containsExactly(new Difference("date", "Thursday", "Wednesday"));
    String labelled = "labelled support by Pyongyang a very serious development and an escalation";
    for (String claim :
        List.of("Rutte " + labelled, "Speaking alongside Olaf Scholz, Rutte " + labelled)) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isEqualTo("verbatim");
      assertThat(r.evidence().getFirst().excerpt().text()).as(claim).startsWith("support by");
    }
    CheckReply trump = verdict("Trump " + labelled);
    assertThat(trump.verdict()).isEqualTo("mismatch");
    assertThat(trump.differences()).extracting(d -> d.kind()).containsExactly("speaker");
    // in other words: Khaleej Times' "Rutte said bilateral security agreements signed between
    // several countries and Ukraine were "a bridge to Nato membership in the longer term"", in the
    // article of "Mark Rutte said in Berlin Monday"
    CheckReply bridge =
        verdict(
            "Rutte said on Monday that bilateral security agreements with Ukraine were a bridge to"
                + " NATO membership in the longer term");
    assertThat(bridge.verdict()).isEqualTo("supported");
    assertThat(bridge.note()).isNull();
  }

  /**
   * Two notes of the QA pass of 12:41 UTC: a place the report's dateline gives ("BRUSSELS — NATO
   * chief Mark Rutte on Wednesday ...", Jordan Times) was "not confirmed", and Jowhar's "said Mr.
   * Rutte" (its sentence read up to "Mr.") gave the note "Jowhar has them said “Mr”".
   */
  @Test
  void aDatelineGivesThePlaceAndATitleIsNoOccasion() {
    String words = "Trump demonstrated strong US leadership throughout his first term in office";
    CheckReply brussels = verdict("Rutte said in Brussels on Wednesday that " + words);
    assertThat(brussels.verdict()).isEqualTo("verbatim");
    assertThat(brussels.note()).isNull();
    CheckReply berlin = verdict("Rutte said in Berlin on Wednesday that " + words);
    assertThat(berlin.note()).contains("\"in Berlin\"").contains("not confirmed");
    CheckReply mr =
        verdict(
            "Mr. Rutte said on Wednesday, after Trump's victory: \"I'm not worried. I know both"
                + " candidates very well.\"");
    assertThat(mr.verdict()).isEqualTo("verbatim");
    assertThat(mr.note()).contains("\"Wednesday\"").doesNotContain("“Mr”");
  }

  /**
   * The same for reported speech without quote marks ('Rutte said on Monday that ...'): what was
   * said, found word for word, is verbatim, and its occasion is checked as a quotation's is.
   * Before, the claim was held against Khaleej Times' sentence with its occasion as words: "on
   * Monday" against 'he had "no doubt"' was a negation mismatch, or the claim {@code not_found}.
   */
  @Test
  void reportedSpeechWithItsOccasionIsFoundAndTheOccasionChecked() {
    String words = "whoever wins the election would continue to support Nato";
    for (String claim :
        List.of(
            "Rutte said on Monday that " + words,
            "Rutte said in Berlin on Monday that " + words,
            "Rutte said on Monday he had \"no doubt\" that " + words)) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isEqualTo("verbatim");
      assertThat(r.evidence().getFirst().excerpt().text()).as(claim).endsWith(words);
      assertThat(r.evidence().getFirst().excerpt().file()).as(claim).startsWith("000_");
      assertThat(r.note()).as(claim).isNull();
    }
    CheckReply tuesday = verdict("Rutte said on Tuesday that " + words);
    assertThat(tuesday.verdict()).isEqualTo("verbatim");
    assertThat(tuesday.note()).contains("\"Tuesday\"").contains("not confirmed");
    // a day the source's own sentence gives otherwise stays a mismatch (Radio Romania: "... the
    // US elections, ..., NATO secretary general Mark Rutte promised on Monday")
    CheckReply friday =
        verdict("Rutte said on Friday that NATO will work with the winner of the US elections");
    assertThat(friday.verdict()).isEqualTo("mismatch");
    assertThat(friday.differences()).containsExactly(new Difference("date", "Friday", "Monday"));
  }

  @Test
  void aNameInPlaceOfTheSourcesAroundTheQuotationIsAMismatch() {
    String words = " a \"very serious development and an escalation\"";
    CheckReply moscow = verdict("Rutte labelled support by Moscow" + words);
    assertThat(moscow.verdict()).isEqualTo("mismatch");
    assertThat(moscow.differences()).containsExactly(new Difference("name", "Moscow", "Pyongyang"));
    assertThat(moscow.evidence())
        .singleElement()
        .satisfies(
            e -> assertThat(e.excerpt().text()).contains("labelling support by Pyongyang a"));
    CheckReply right = verdict("Rutte labelled support by Pyongyang" + words);
    assertThat(right.verdict()).isEqualTo("verbatim");
    assertThat(right.note()).isNull();
    // the capital for its country: another way to say it, quoted in the note (a QA pass found
    // "North Korea" a name mismatch)
    CheckReply korea = verdict("Rutte labelled support by North Korea" + words);
    assertThat(korea.verdict()).isEqualTo("verbatim");
    assertThat(korea.note()).endsWith("Khaleej Times has them said “by Pyongyang a”.");
  }

  /**
   * What the quoted words are said of, before a copula: Khaleej Times has 'Rutte said bilateral
   * security agreements signed between several countries and Ukraine were "a bridge to Nato
   * membership in the longer term"', not the Victory Plan.
   */
  @Test
  void anotherSubjectOfTheQuotedWordsIsAMismatch() {
    String words = " \"a bridge to Nato membership in the longer term\"";
    CheckReply plan = verdict("Rutte said the Victory Plan was" + words);
    assertThat(plan.verdict()).isEqualTo("mismatch");
    assertThat(plan.differences())
        .containsExactly(
            new Difference(
                "name",
                "the Victory Plan",
                "bilateral security agreements signed between several countries and Ukraine"));
    // no name of its own: nothing to compare ("the alliance" for "NATO" would be no mismatch)
    assertThat(verdict("Rutte said the agreements were" + words).verdict()).isEqualTo("verbatim");
  }

  /**
   * A day the claim gives with its speech verb, where the source's verb has another: Jordan Times
   * has '"President-elect Trump demonstrated ...," Rutte said Wednesday.'
   */
  @Test
  void anotherDayRightAfterTheSpeechVerbIsAMismatch() {
    String words = " \"President-elect Trump demonstrated strong US leadership\"";
    CheckReply tuesday = verdict("Rutte said on Tuesday" + words);
    assertThat(tuesday.verdict()).isEqualTo("mismatch");
    assertThat(tuesday.differences())
        .containsExactly(new Difference("date", "on Tuesday", "Wednesday"));
    assertThat(tuesday.evidence())
        .singleElement()
        .satisfies(e -> assertThat(e.excerpt().text()).endsWith("Rutte said Wednesday."));
    assertThat(verdict("Rutte said on Wednesday" + words).verdict()).isEqualTo("verbatim");
    assertThat(verdict("Rutte said on November 6" + words).verdict()).isEqualTo("verbatim");
  }

  /**
   * The speaker named after the source's verb is no occasion: Radio Romania's '..., said Rutte, a
   * former prime minister ...' says nothing against "in Washington"; the two sources that do say
   * where are named in the note.
   */
  @Test
  void theSpeakerAfterTheSourcesVerbIsNoOccasion() {
    CheckReply washington = verdict("Rutte said in Washington: " + WORDS);
    assertThat(washington.verdict()).isEqualTo("verbatim");
    assertThat(washington.note())
        .endsWith(
            "Khaleej Times and Daily Mail Nigeria have them said “alongside German Chancellor Olaf"
                + " Scholz”.");
  }

  /**
   * Another occasion in words, not names ("on social media X" for "on Facebook"): not confirmed,
   * and the note gives the source's words.
   */
  @Test
  void anOccasionTheSourceTellsInOtherWordsIsNamedInTheNote() {
    CheckReply facebook =
        verdict(
            "Rutte said on Facebook: \"His leadership will again be key to keeping our Alliance"
                + " strong.\"");
    assertThat(facebook.verdict()).isEqualTo("verbatim");
    assertThat(facebook.note())
        .contains("not confirmed")
        .endsWith("Jordan Times has them said “on social media X”.");
  }

  /** A wrong day names the day the paragraph holding the quotation gives instead. */
  @Test
  void aWrongDayNamesTheDayTheQuotationsParagraphGives() {
    // Khaleej Times (5 November): "..., Nato chief Mark Rutte said in Berlin Monday"
    CheckReply r =
        verdict(
            "\"Whoever wins those elections, we will work with Kamala Harris,\" Rutte said in"
                + " Berlin on Tuesday.");
    assertThat(r.verdict()).isEqualTo("verbatim");
    assertThat(r.note())
        .contains("says \"Tuesday\" with it")
        .contains("gives “Monday” (2024-11-04)");
    CheckReply right =
        verdict(
            "\"Whoever wins those elections, we will work with Kamala Harris,\" Rutte said in"
                + " Berlin on Monday.");
    assertThat(String.valueOf(right.note())).doesNotContain("gives");
  }

  @Test
  void theFactsOfAContextAreItsNamesDaysAndNumbersWithThePrepositionOfAPlace() {
    assertThat(ClaimContext.facts("to reporters in Berlin, Germany, on November 4"))
        .extracting(ClaimContext.Fact::shown)
        .containsExactly("in Berlin", "Germany", "November 4");
    assertThat(ClaimContext.facts("in Berlin on Monday"))
        .extracting(ClaimContext.Fact::words)
        .containsExactly(List.of("in", "berlin"), List.of("monday"));
    assertThat(ClaimContext.facts("to reporters")).isEmpty();
  }

  /**
   * An occasion a passage in other words gives otherwise, in its own sentence: a mismatch, not a
   * "not confirmed" note under a passage shown as support (a QA pass of 2026-11-29 14:24 UTC, #18
   * and #46).
   */
  @Test
  void anOccasionTheSupportingSentenceGivesOtherwiseIsAMismatch() {
    // Jowhar: "Prior to a handover ceremony in Brussels, outgoing NATO chief Jens Stoltenberg
    // affirmed that the military alliance was in “safe hands” with Rutte at the helm."
    CheckReply place =
        verdict(
            "Before a handover ceremony in Berlin, Stoltenberg said NATO would be in safe hands"
                + " with Rutte.");
    assertThat(place.verdict()).isEqualTo("mismatch");
    assertThat(place.differences()).containsExactly(new Difference("name", "Berlin", "Brussels"));
    assertThat(place.evidence()).singleElement().satisfies(e -> assertThat(e.supports()).isFalse());
    assertThat(
            verdict(
                    "Before a handover ceremony in Brussels, Stoltenberg said NATO would be in safe"
                        + " hands with Rutte.")
                .verdict())
        .isEqualTo("supported");
    // Khaleej Times, published 2024-11-05: "... Mark Rutte said in Berlin Monday, ..."
    CheckReply day =
        verdict(
            "On November 5, Rutte said in Berlin that Nato will stay united whoever wins the"
                + " election.");
    assertThat(day.verdict()).isEqualTo("mismatch");
    assertThat(day.differences()).containsExactly(new Difference("date", "November 5", "Monday"));
    assertThat(day.note()).contains("they give another day");
    for (String right : List.of("On November 4", "On Monday")) {
      assertThat(
              verdict(
                      right
                          + ", Rutte said in Berlin that Nato will stay united whoever wins the"
                          + " election.")
                  .verdict())
          .as(right)
          .isEqualTo("supported");
    }
    // a place and a day the source has not: the place it gives in its paragraph is the change
    // (Radio Romania: "He was in Berlin for talks with German chancellor Olaf Scholz.")
    CheckReply both =
        verdict(
            "Speaking in Brussels on Wednesday, Rutte said NATO would work with Kamala Harris or"
                + " Donald Trump");
    assertThat(both.verdict()).isEqualTo("mismatch");
    assertThat(both.differences()).containsExactly(new Difference("name", "Brussels", "Berlin"));
  }

  /**
   * Words only a headline has are verbatim, with a note saying so: Jowhar's headline "New NATO
   * Chief Rutte Says He’s ‘Not Concerned’ About US Election" over a text that quotes him as "not
   * worried".
   */
  @Test
  void wordsOnlyAHeadlineHasAreNotedAsSuch() {
    CheckReply headline = verdict("Rutte said he was \"not concerned\"");
    assertThat(headline.verdict()).isEqualTo("verbatim");
    assertThat(headline.note())
        .isEqualTo("These words stand only in the headline (Jowhar), not in the article's text.");
    assertThat(verdict("Rutte said he is \"not worried\"").note()).isNull();
  }

  /**
   * A claim in other words than a headline is supported by it, with the same note: "Rutte said he
   * is not concerned about the US election" was {@code not_found}, since search proposes body
   * passages only and the closest version was Radio Romania's "he is not worried about the". Its
   * opposite is no support.
   */
  @Test
  void aClaimInOtherWordsThanAHeadlineIsSupportedByIt() {
    CheckReply r = verdict("Rutte said he is not concerned about the US election");
    assertThat(r.verdict()).isEqualTo("supported");
    assertThat(r.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.supports()).isTrue();
              assertThat(e.excerpt().text())
                  .isEqualTo("New NATO Chief Rutte Says He’s ‘Not Concerned’ About US Election");
            });
    assertThat(r.note())
        .isEqualTo("These words stand only in the headline (Jowhar), not in the article's text.");
    assertThat(verdict("Rutte said he is concerned about the US election").verdict())
        .isNotIn("supported", "verbatim");
  }
}
