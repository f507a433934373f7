package coveragebot.command;

import static coveragebot.command.SeedChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CheckReply;
import coveragebot.reply.CheckReply.Difference;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * /check on the seeds with a claim in other words than its source and one date or number changed: a
 * {@code mismatch} naming the change, with the passage shown as not supporting, not a claim the
 * coverage does not hold.
 */
class CheckChangedFactTest {
  @Test
  void aRewordedClaimWithAnotherDayIsADateMismatch() {
    // Jordan Times: "NATO chief Mark Rutte on Wednesday congratulated Donald Trump, ..."
    CheckReply wrong = verdict("Rutte congratulated Trump on Thursday");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences())
        .containsExactly(new Difference("date", "Thursday", "Wednesday"));
    assertThat(wrong.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.supports()).isFalse();
              assertThat(e.excerpt().text()).contains("on Wednesday congratulated Donald Trump");
            });
    assertThat(verdict("Rutte congratulated Trump on Wednesday").verdict()).isEqualTo("supported");
  }

  /**
   * A person of two names put in another's place: both names stand for the source's one person,
   * "Kamala Harris" for "Donald Trump". Before, only "Kamala" had the neighbour to find "Donald
   * Trump" by; "Harris" counted as a word the passage lacks, and the claim was {@code not_found}.
   */
  @Test
  void aTwoWordNameInAnothersPlaceIsOneNameMismatch() {
    for (String claim :
        List.of(
            "Rutte congratulated Kamala Harris",
            "Rutte congratulated Kamala Harris for winning the US presidential election")) {
      CheckReply wrong = verdict(claim);
      assertThat(wrong.verdict()).as(claim).isEqualTo("mismatch");
      assertThat(wrong.differences())
          .as(claim)
          .containsExactly(new Difference("name", "Kamala Harris", "Donald Trump"));
      assertThat(wrong.evidence().getFirst().excerpt().text())
          .contains("congratulated Donald Trump");
    }
    assertThat(verdict("Rutte congratulated Donald Trump").verdict()).isEqualTo("supported");
  }

  /**
   * A number stands for another of its sort only: an ordinal ("his second stint") counts nothing,
   * and a lone "one" ("one day Ukraine will be a member") is seldom a count. "NATO has 32 members"
   * was {@code number: 32 / second}, "NATO has 30 members" {@code number: 30 / one} (a QA pass of
   * 2026-11-29 14:24 UTC).
   */
  @Test
  void aCountIsNoOrdinalNorALoneOne() {
    for (String claim : List.of("NATO has 32 members", "NATO has 30 members")) {
      assertThat(verdict(claim).differences())
          .as(claim)
          .noneMatch(d -> d.source().equals("second") || d.source().equals("one"));
    }
    assertThat(verdict("NATO has 32 members").verdict()).isNotEqualTo("mismatch");
    assertThat(Differences.factSort(Words.of("second").getFirst())).isEqualTo("ordinal");
    assertThat(Differences.factSort(Words.of("1st").getFirst())).isEqualTo("ordinal");
    assertThat(Differences.factSort(Words.of("32").getFirst())).isEqualTo("number");
    // an ordinal for another is still a changed number; so is a count for a count
    assertThat(
            verdict("Trump's first stint in office could see reduced US commitment").differences())
        .contains(new Difference("number", "first", "second"));
    assertThat(verdict("the 30-member alliance").differences())
        .containsExactly(new Difference("number", "30", "32"));
  }

  /**
   * A relative pronoun for another is no person named in its place: "members that" for Jordan
   * Times' "members who" was a {@code name} mismatch, "“who” there is Kamala Harris, not that" (a
   * QA pass of 2026-11-29 12:41 UTC).
   */
  @Test
  void aRelativePronounForAnotherIsNoOtherPerson() {
    CheckReply r =
        verdict(
            "Trump has threatened not to protect NATO members that do not spend enough on defence");
    assertThat(r.verdict()).isEqualTo("supported");
    assertThat(r.differences()).noneMatch(d -> d.kind().equals("name"));
    assertThat(r.note()).isNull();
  }

  /**
   * Words the sources say of someone else, in an appositive after a name ("Mr. Stoltenberg, a
   * former Prime Minister of Norway"), credited to another: a name mismatch (before, the claim's
   * name was a dropped word and the claim {@code not_found}).
   */
  @Test
  void wordsDescribingSomeoneElseAreANameMismatch() {
    CheckReply wrong = verdict("Rutte is a former prime minister of Norway");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences()).containsExactly(new Difference("name", "Rutte", "Stoltenberg"));
    assertThat(wrong.evidence().getFirst().excerpt().text())
        .isEqualTo("Stoltenberg, a former Prime Minister of Norway");
    // Radio Romania: "said Rutte, a former prime minister of The Netherlands who took over ..."
    CheckReply other = verdict("Scholz is a former prime minister of The Netherlands");
    assertThat(other.differences()).containsExactly(new Difference("name", "Scholz", "Rutte"));
    assertThat(verdict("Stoltenberg is a former prime minister of Norway").verdict())
        .isEqualTo("supported");
    assertThat(verdict("Rutte is a former prime minister of the Netherlands").verdict())
        .isEqualTo("supported");
    // Khaleej Times: "Ukrainian President Volodymyr Zelensky made a request to join Nato ..."
    // (before, "Scholz" / "Zelensky" was a wording difference and the claim not_found)
    CheckReply subject = verdict("Scholz made a request to join NATO");
    assertThat(subject.verdict()).isEqualTo("mismatch");
    assertThat(subject.differences())
        .containsExactly(new Difference("name", "Scholz", "Volodymyr Zelensky"));
  }

  /**
   * A place changed in other words: the passage's only name after the claim's "in" stands for it,
   * and counts neither for nor against the share of words (before, both were {@code not_found}).
   */
  @Test
  void aRewordedClaimWithAnotherPlaceIsANameMismatch() {
    // Radio Romania: "... Mark Rutte promised on Monday. He was in Berlin for talks with German
    // chancellor Olaf Scholz."
    CheckReply berlin = verdict("Rutte met Olaf Scholz in Brussels on Monday");
    assertThat(berlin.verdict()).isEqualTo("mismatch");
    assertThat(berlin.differences()).containsExactly(new Difference("name", "Brussels", "Berlin"));
    assertThat(verdict("Rutte met Olaf Scholz in Berlin on Monday").verdict())
        .isEqualTo("supported");
    // Jowhar: "Prior to a handover ceremony in Brussels, ..."
    CheckReply brussels = verdict("The handover ceremony took place in Berlin");
    assertThat(brussels.verdict()).isEqualTo("mismatch");
    assertThat(brussels.differences())
        .containsExactly(new Difference("name", "Berlin", "Brussels"));
  }

  /**
   * Jowhar: "The conflict has also led NATO to deploy thousands more troops to its eastern flank
   * ..."; Radio Romania: "countries thousands of km away". "Hundreds" was a word like any other,
   * and both claims were {@code supported}.
   */
  @Test
  void anotherQuantityInWordsIsANumberMismatch() {
    CheckReply troops = verdict("NATO sent hundreds more troops to its eastern flank");
    assertThat(troops.verdict()).isEqualTo("mismatch");
    assertThat(troops.differences()).contains(new Difference("number", "hundreds", "thousands"));
    CheckReply away = verdict("countries hundreds of km away can undermine Europe's security");
    assertThat(away.differences())
        .containsExactly(new Difference("number", "hundreds", "thousands"));
    assertThat(verdict("NATO sent thousands more troops to its eastern flank").verdict())
        .isEqualTo("supported");
  }

  /**
   * Jowhar: "... notably characterized by Russia’s invasion of Ukraine in 2022". "Invaded" and
   * "invasion" are one word; the claim with another year was {@code not_found}.
   */
  @Test
  void aVerbAndItsNounAreOneWord() {
    CheckReply wrong = verdict("Russia invaded Ukraine in 2014");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences()).containsExactly(new Difference("date", "2014", "2022"));
    assertThat(verdict("Russia invaded Ukraine in 2022").verdict()).isEqualTo("supported");
  }

  @Test
  void aRewordedClaimWithAnotherNumberIsANumberMismatchOnTheNumberBesideTheSameWord() {
    // Jowhar: "... at the head of the 32-member alliance, notably characterized by Russia’s
    // invasion of Ukraine in 2022": 32, not 2022, stands where the claim's 30 does
    // in another order, so that the claim does not line up with the passage
    CheckReply wrong =
        verdict(
            "The 30-member alliance was headed by Stoltenberg for a decade till he stepped down");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences()).containsExactly(new Difference("number", "30", "32"));
    assertThat(wrong.evidence()).singleElement().satisfies(e -> assertThat(e.supports()).isFalse());
    assertThat(
            verdict(
                    "The 32-member alliance was headed by Stoltenberg for a decade till he stepped down")
                .verdict())
        .isEqualTo("supported");
  }

  /** Every number word counts as a number: "fourteen" was once no number, and "supported". */
  @Test
  void aNumberWrittenInWordsFromElevenToNinetyIsANumber() {
    // Radio Romania: "... to comply with their promise to deliver defence aid worth 40 billion
    // euros ..."; Radio Romania: "he worked with Donald Trump for four years"
    for (String n : java.util.List.of("fourteen", "fifteen", "nineteen", "sixty")) {
      CheckReply aid = verdict("Allies will deliver defence aid worth " + n + " billion euros");
      assertThat(aid.verdict()).as(n).isEqualTo("mismatch");
      assertThat(aid.differences()).as(n).contains(new Difference("number", n, "40"));
    }
    CheckReply years = verdict("Rutte worked with Donald Trump for fourteen years");
    assertThat(years.verdict()).isEqualTo("mismatch");
    assertThat(years.differences()).contains(new Difference("number", "fourteen", "four"));
  }

  /** "EU" for "European Union" is the same name, whichever side writes which. */
  @Test
  void anAcronymForTheNameItStandsForIsNoNameMismatch() {
    // Radio Romania: "... NATO and the European Union will create an operative group ..."
    CheckReply eu = verdict("NATO and the EU will create an operative group");
    assertThat(eu.verdict()).isIn("supported", "verbatim");
    assertThat(eu.differences()).extracting(Difference::kind).doesNotContain("name");
  }

  /** Jordan Times: Rutte's "... and strengthened Alliance capabilities," with NATO for Alliance. */
  @Test
  void natoForTheAllianceIsWordingNotAName() {
    CheckReply r =
        verdict(
            "\"improved transatlantic burden sharing, and strengthened NATO capabilities,\" Rutte"
                + " said.");
    assertThat(r.verdict()).isEqualTo("variant");
    assertThat(r.differences()).containsExactly(new Difference("wording", "NATO", "Alliance"));
  }

  /** A sentence added after a quotation that holds "not" is more words, not a negation. */
  @Test
  void anAddedSentenceWithNotIsAVariantNotANegation() {
    // Khaleej Times: "Whoever wins those elections, ... and make sure that the alliance stays
    // united," Rutte said
    CheckReply added =
        verdict(
            "Rutte said \"Whoever wins those elections, we will work with Kamala Harris, we will"
                + " work with Donald Trump, and make sure that the alliance stays united. I'm not"
                + " worried\"");
    assertThat(added.verdict()).isEqualTo("variant");
    assertThat(added.differences()).extracting(Difference::kind).doesNotContain("negation");
    // Jowhar: "I'm not worried. I know both candidates very well. I worked for four years with
    // Donald Trump": a sentence before the rest, with one left out between (the fact-checker's
    // review of 14:35 UTC: it was a negation mismatch)
    CheckReply before =
        verdict("Rutte said: \"I'm not worried. I worked for four years with Donald Trump.\"");
    assertThat(before.verdict()).isEqualTo("variant");
    assertThat(before.differences()).extracting(Difference::kind).doesNotContain("negation");
    CheckReply not = verdict("Rutte said \"we will not work with Kamala Harris\"");
    assertThat(not.verdict()).isEqualTo("mismatch");
    assertThat(not.differences()).contains(new Difference("negation", "not", ""));
  }

  @Test
  void aRewordedClaimThatSaysNotWhereItsPassageDoesNotIsANegationMismatch() {
    // Jordan Times: "NATO chief Mark Rutte on Wednesday congratulated Donald Trump, ..."
    for (String claim :
        new String[] {"Rutte did not congratulate Trump", "Rutte never congratulated Trump"}) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isEqualTo("mismatch");
      assertThat(r.differences())
          .as(claim)
          .extracting(Difference::kind)
          .containsExactly("negation");
      assertThat(r.evidence()).as(claim).noneMatch(CheckReply.Evidence::supports);
    }
    assertThat(verdict("Rutte congratulated Trump").verdict()).isEqualTo("supported");
    // Jordan Times: "... threatening not to protect members who do not spend enough on defence"
    CheckReply dropped =
        verdict("Trump threatened to protect members who do not spend enough on defence");
    assertThat(dropped.verdict()).isEqualTo("mismatch");
    assertThat(dropped.differences()).extracting(Difference::kind).contains("negation");
  }

  @Test
  void aNumberInWordsIsAFactASupportingPassageMustHave() {
    // Jowhar: "stepped down after a tumultuous decade at the head of the 32-member alliance"
    String two =
        "Stoltenberg was at the head of the 32-member alliance for two decades before he stepped down";
    assertThat(verdict(two).verdict()).isNotEqualTo("supported");
    assertThat(
            verdict(
                    "Stoltenberg was at the head of the 32-member alliance for a decade before he stepped down")
                .verdict())
        .isEqualTo("supported");
  }

  @Test
  void onlyAFactOfTheSameSortStandsInForAnother() {
    for (String[] sorts :
        new String[][] {
          {"Thursday", "day"},
          {"yesterday's", "day"},
          {"November", "month"},
          {"2024", "year"},
          {"32", "number"},
          {"four", "number"},
          {"Trump", null}
        }) {
      assertThat(Differences.factSort(Words.of(sorts[0]).getFirst()))
          .as(sorts[0])
          .isEqualTo(sorts[1]);
    }
  }

  @Test
  void aRewordedClaimWithAnotherNameBesideTheSameWordIsANameMismatch() {
    // Jordan Times: "Mark Rutte on Wednesday congratulated Donald Trump"
    CheckReply harris = verdict("Rutte congratulated Harris on Wednesday");
    assertThat(harris.verdict()).isEqualTo("mismatch");
    assertThat(harris.differences())
        .containsExactly(new Difference("name", "Harris", "Donald Trump"));
    // Khaleej Times: "... Mark Rutte said in Berlin Monday, as ..."
    CheckReply paris =
        verdict(
            "Khaleej Times reported that Rutte said in Paris Monday that Nato will stay united");
    assertThat(paris.differences()).containsExactly(new Difference("name", "Paris", "Berlin"));
  }

  @Test
  void trueClaimsInOtherWordsAreNoMismatch() {
    // found by a review of true claims: a number, a name or a "not" written another way
    for (String claim :
        new String[] {
          // Jordan Times: "threatening not to protect members who do not spend enough on defence"
          "Trump threatened not to defend NATO members who do not spend enough on defence",
          // Khaleej Times: "Nato will stay united no matter who wins the US election"
          "Nato will stay united regardless of who wins the US election",
          // Radio Romania: "he worked with Donald Trump for four years"
          "Rutte said he worked with Donald Trump for 4 years",
          // Radio Romania: "deliver defence aid worth 40 billion euros to Ukraine"
          "Allies will comply with their promise to deliver defence aid worth forty billion euros to Ukraine",
          // Radio Romania: "he is not worried about the outcome of the American elections"
          "Rutte has been saying he is not worried about the outcome of the US elections",
          // Radio Romania: "Since taking office on 1st October, ..."
          "Since taking office on 1 October, Rutte has been saying he is not worried about the American elections"
        }) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isIn("verbatim", "variant", "supported");
      assertThat(r.differences())
          .as(claim)
          .allSatisfy(d -> assertThat(d.kind()).isEqualTo("wording"));
    }
    assertThat(verdict("Rutte said he worked with Donald Trump for 5 years").differences())
        .contains(new Difference("number", "5", "four"));
  }

  /**
   * A name no passage has is a changed fact only where someone else stands in its place: Jordan
   * Times, "Mark Rutte on Wednesday congratulated Donald Trump" (until 2026-11-28 16:30 UTC the
   * first claim was {@code not_found}: no name stood for "Scholz").
   */
  @Test
  void aMissingNameIsAMismatchOfFactsOnlyWithSomeoneInItsPlace() {
    CheckReply r = verdict("Scholz congratulated Trump on Thursday");
    assertThat(r.verdict()).isEqualTo("mismatch");
    assertThat(r.differences())
        .containsExactlyInAnyOrder(
            new Difference("date", "Thursday", "Wednesday"),
            new Difference("name", "Scholz", "Mark Rutte"));
    assertThat(verdict("Scholz congratulated the new Swedish king on Thursday").verdict())
        .isEqualTo("not_found");
  }

  @Test
  void aNameAtTheClaimsEndIsComparedWithTheWholeNameAfterTheSourcesThe() {
    // Khaleej Times: Rutte said ... because it is "in the interest of the United States".
    // Found by a review: the word diff gave wording: "Russia" / "the", a variant.
    CheckReply r = verdict("Rutte said it is \"in the interest of Russia\"");
    assertThat(r.verdict()).isEqualTo("mismatch");
    assertThat(r.differences())
        .containsExactly(new Difference("name", "Russia", "the United States"));
  }

  /**
   * A claim's "not" against a paragraph whose "no" is elsewhere: Radio Romania, "He was in Berlin
   * for talks with German chancellor Olaf Scholz." and "He said he knows both candidates well",
   * each in a paragraph that says "no doubt" or "not worried" in another sentence (before, both
   * claims were supported).
   */
  /**
   * Jowhar: "While Western leaders emphasize that NATO operates as a defensive alliance, Russia has
   * consistently characterized it as a threat to its security." Each clause's words put in the
   * other's place make a mismatch, not a claim the sentence supports; the writer's main clause is
   * no one's speech.
   */
  @Test
  void wordsOfAnotherClauseInPlaceOfTheSourcesAreAWordMismatch() {
    CheckReply r = verdict("Russia has consistently characterized NATO as a defensive alliance");
    assertThat(r.verdict()).isEqualTo("mismatch");
    assertThat(r.differences())
        .extracting(Difference::kind, Difference::claim)
        .contains(org.assertj.core.groups.Tuple.tuple("word", "defensive alliance"));
    assertThat(r.evidence().getFirst().speaker()).isNull();
    CheckReply other =
        verdict("Western leaders emphasize that NATO operates as a threat to its security");
    assertThat(other.verdict()).isEqualTo("mismatch");
    assertThat(other.differences())
        .extracting(Difference::kind, Difference::source)
        .contains(org.assertj.core.groups.Tuple.tuple("word", "defensive alliance"));
    assertThat(
            verdict("Russia has consistently characterized NATO as a threat to its security")
                .verdict())
        .isEqualTo("supported");
    // what the "while" clause reports ends at its comma: Russia's threat is not what Western
    // leaders emphasize (a QA pass of 2026-11-29: it was supported)
    assertThat(
            verdict("Western leaders emphasize that NATO is a threat to Russia's security.")
                .verdict())
        .isEqualTo("not_found");
    // the verb of the other clause, told of its own subject: "While Western leaders emphasize"
    CheckReply who = verdict("Russia emphasizes that NATO operates as a defensive alliance.");
    assertThat(who.verdict()).isEqualTo("mismatch");
    assertThat(who.differences())
        .containsExactly(new Difference("name", "Russia", "Western leaders"));
  }

  @Test
  void aNegationAgainstASentenceThatSaysNoneIsANegationMismatch() {
    CheckReply met = verdict("Rutte did not meet Olaf Scholz in Berlin");
    assertThat(met.verdict()).isEqualTo("mismatch");
    assertThat(met.differences()).containsExactly(new Difference("negation", "not", ""));
    CheckReply knows = verdict("Rutte said he knows neither candidate well");
    assertThat(knows.verdict()).isEqualTo("mismatch");
    assertThat(knows.differences()).contains(new Difference("negation", "neither", ""));
    assertThat(verdict("Rutte met Olaf Scholz in Berlin").verdict()).isEqualTo("supported");
    // both sides negate, in other words: no difference of negation
    assertThat(verdict("Trump threatened not to defend NATO members").verdict())
        .isEqualTo("supported");
  }

  /**
   * A name that opens the claim and the source's sentence, where a capital says nothing: a name all
   * the same when the coverage never writes it in lower case, and in the claim's name's place when
   * the two words after it are the claim's ("Sweden and Finland" for "Norway and Finland"). Before,
   * the claim was {@code not_found}.
   */
  @Test
  void aNameOpeningItsSentenceIsReadAsOne() {
    // Jowhar: "Sweden and Finland have forsaken their long-standing policies of non-alignment to
    // join NATO, ..."
    CheckReply wrong = verdict("Norway and Finland joined NATO");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences()).containsExactly(new Difference("name", "Norway", "Sweden"));
    assertThat(wrong.evidence().getFirst().excerpt().text()).startsWith("Sweden and Finland");
    assertThat(verdict("Sweden and Finland joined NATO").verdict()).isEqualTo("supported");
    // a word the coverage writes in lower case too is no name: "The" is not one for "Norway"
    assertThat(verdict("Norway and Finland have forsaken their long-standing policies").verdict())
        .isEqualTo("mismatch");
  }

  /**
   * The review of 2026-11-29 01:00 UTC: false claims with one word turned were {@code supported}. A
   * word swapped where the claim lines up is read against the sentence it lines up in, not the
   * paragraph ("defence" of Radio Romania's "defence aid" two sentences on is not "foreign"); and
   * "fewer" against "additional", "abandon" against "continue", "kept" against "forsaken" are
   * opposites.
   */
  @Test
  void aWordTurnedOrSwappedInItsSentenceIsAMismatch() {
    assertThat(verdict("Last month Rutte met NATO defence ministers").differences())
        .contains(new Difference("word", "defence", "foreign"));
    assertThat(
            verdict("Sweden and Finland have kept their long-standing policies of non-alignment"))
        .satisfies(r -> assertThat(r.verdict()).isEqualTo("mismatch"))
        .satisfies(
            r -> assertThat(r.differences()).contains(new Difference("word", "kept", "forsaken")));
    assertThat(verdict("Rutte will persuade member states to provide fewer troops").verdict())
        .isEqualTo("mismatch");
    assertThat(
            verdict(
                    "NATO officials expect Rutte to abandon Stoltenberg's focus on rallying support"
                        + " for Ukraine")
                .differences())
        .contains(new Difference("word", "abandon", "continue"));
    // as the coverage has them, supported
    for (String claim :
        List.of(
            "Last month Rutte met NATO foreign ministers",
            "Rutte will persuade member states to provide more troops",
            "NATO officials expect Rutte to continue Stoltenberg's focus on rallying support for"
                + " Ukraine")) {
      assertThat(verdict(claim).verdict()).as(claim).isEqualTo("supported");
    }
  }

  /**
   * A typo is no changed fact: "Ruttte" was a speaker mismatch against "Mark Rutte" and "electon" a
   * word mismatch against "election" (the review of 2026-11-29 01:00 UTC).
   */
  @Test
  void aTypoIsReadAsTheWordItMisses() {
    CheckReply name =
        verdict("Ruttte said Nato will stay united no matter who wins the US election");
    assertThat(name.verdict()).isEqualTo("verbatim");
    assertThat(name.note()).isEqualTo("\"Ruttte\" is read as \"Rutte\", as the sources write it.");
    CheckReply word = verdict("Rutte said Nato will stay united no matter who wins the US electon");
    assertThat(word.verdict()).isEqualTo("supported");
    assertThat(word.differences())
        .containsExactly(new Difference("wording", "electon", "election"));
    // another name is still another speaker, and a short name needs every letter
    assertThat(verdict("Scholz said Nato will stay united no matter who wins the US election"))
        .satisfies(r -> assertThat(r.verdict()).isEqualTo("mismatch"));
    assertThat(Checker.misspelt("Rute", "Mark Rutte")).isNull();
    assertThat(Checker.misspelt("Mark Rutte", "Mark Rutte")).isNull();
  }

  /**
   * The passive tells who did it after "by": "Trump was congratulated by Rutte" was a {@code name}
   * mismatch (the review of 2026-11-29 01:00 UTC), as if Trump had congratulated Rutte.
   */
  @Test
  void thePassiveNamesTheDoerAfterBy() {
    for (String claim :
        List.of(
            "Trump was congratulated by Rutte on Wednesday",
            "Trump has been congratulated by Rutte on Wednesday",
            "Donald Trump was congratulated by Mark Rutte on Wednesday")) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isEqualTo("supported");
      assertThat(r.evidence().getFirst().excerpt().text()).contains("congratulated Donald Trump");
    }
    CheckReply reversed = verdict("Rutte was congratulated by Trump on Wednesday");
    assertThat(reversed.verdict()).isEqualTo("mismatch");
    assertThat(reversed.differences()).extracting(Difference::kind).containsExactly("name");
  }

  /** A name joined by "and" to one the passage has stands where the passage joins another. */
  @Test
  void aNameJoinedByAndIsReadAgainstThePassagesPartner() {
    // Jowhar's "Sweden and Finland have forsaken ..." with the names the other way round
    CheckReply wrong = verdict("Finland and Norway joined NATO");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences()).containsExactly(new Difference("name", "Norway", "Sweden"));
    assertThat(wrong.evidence().getFirst().excerpt().text()).startsWith("Sweden and Finland");
    assertThat(verdict("Finland and Sweden joined NATO").verdict()).isEqualTo("supported");
  }

  /**
   * An irregular verb's past form and its other forms are one word: "took office" is "taking
   * office", so a claim with the day changed is a mismatch (before, "took" was a word the passage
   * lacked, too few of the claim's words were left, and the claim was {@code not_found}).
   */
  @Test
  void anIrregularPastFormIsItsVerb() {
    // Radio Romania: "Since taking office on 1st October, Mark Rutte has been saying ..."
    CheckReply wrong = verdict("Rutte took office on 1 November");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences())
        .containsExactly(new Difference("date", "1 November", "1st October"));
    assertThat(wrong.evidence().getFirst().excerpt().text()).contains("Since taking office");
    assertThat(verdict("Rutte took office on 1 October").verdict()).isEqualTo("supported");
  }

  /**
   * A date in another sentence than the claim's verb dates another statement: Radio Romania's "Mark
   * Rutte promised on Monday" is two sentences before "Rutte, ... who took over at the helm of
   * NATO", so "Rutte took over the reins of NATO in October" (true: Jordan Times, "who took over
   * the reins of the alliance in October") is no date mismatch against "Monday" (it was until
   * 2026-11-29 05:40 UTC). The passage is shown as the nearest, and the note says why its date was
   * not taken.
   */
  @Test
  void aDateOfAnotherSentenceIsNoDateMismatch() {
    for (String claim :
        List.of(
            "Rutte took over the reins of NATO in October",
            "Rutte took over at the helm of NATO in June")) {
      CheckReply r = verdict(claim);
      assertThat(r.differences())
          .as(claim)
          .noneSatisfy(d -> assertThat(d.source()).isEqualTo("Monday"));
      assertThat(r.verdict()).as(claim).isEqualTo("not_found");
      assertThat(r.note())
          .as(claim)
          .contains("Radio Romania International has these words without a date for them")
          .contains("\"Monday\" is in another sentence");
    }
  }

  /**
   * A claim that joins two facts is no mismatch against the one passage that has one of them: its
   * date is another fact's (a QA pass of 2026-11-29 14:24 UTC). "Rutte, who took office on 1
   * October, congratulated Trump on Wednesday" was {@code date: Wednesday / 1st October}, the
   * passage's only date being the claim's other one; "Rutte, who worked with Trump for four years,
   * congratulated him on Wednesday" the same, Radio Romania's "1st October" dating "taking office",
   * not "congratulated". Neither passage tells the congratulation, so neither is its mismatch; the
   * claim is read as its two statements, each found in its own article ({@link
   * Claim#clausesApart}).
   */
  @Test
  void aClaimOfTwoFactsIsNoDateMismatchAgainstTheOther() {
    for (String claim :
        List.of(
            "Rutte, who took office on 1 October, congratulated Trump on Wednesday.",
            "Rutte, who worked with Trump for four years, congratulated him on Wednesday.")) {
      CheckReply r = verdict(claim);
      assertThat(r.differences()).as(claim).noneMatch(d -> d.kind().equals("date"));
      assertThat(String.valueOf(r.note())).as(claim).doesNotContain("without a date");
      // each statement is found, in two articles (Claim.clausesApart)
      assertThat(r.verdict()).as(claim).isEqualTo("supported");
      assertThat(r.evidence())
          .as(claim)
          .extracting(e -> e.excerpt().source().outlet())
          .contains("Jordan Times", "Radio Romania International");
      assertThat(r.note()).as(claim).contains("The claim tells two things, checked one by one");
    }
    // either statement wrong: a mismatch naming what
    CheckReply wrong =
        verdict("Rutte, who took office on 1 October, congratulated Trump on Thursday.");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences())
        .containsExactly(new Difference("date", "Thursday", "Wednesday"));
    CheckReply clause =
        verdict("Rutte, who took office on 1 November, congratulated Trump on Wednesday.");
    assertThat(clause.verdict()).isEqualTo("mismatch");
    assertThat(clause.differences())
        .containsExactly(new Difference("date", "1 November", "1st October"));
    // one fact, with the day changed, is still a mismatch; so is a meeting Radio Romania dates
    // "Monday" the sentence before ("... Mark Rutte promised on Monday. He was in Berlin for talks
    // with German chancellor Olaf Scholz.")
    assertThat(verdict("Rutte congratulated Trump on Thursday").differences())
        .containsExactly(new Difference("date", "Thursday", "Wednesday"));
    assertThat(verdict("Rutte and Olaf Scholz met in Berlin on Friday.").differences())
        .containsExactly(new Difference("date", "Friday", "Monday"));
  }

  /**
   * A changed day stays a mismatch when the claim adds a place the passage does not give: "Rutte
   * congratulated Trump in Berlin on Monday" was {@code not_found} (Jordan Times: "BRUSSELS — NATO
   * chief Mark Rutte on Wednesday congratulated Donald Trump"), though without "in Berlin" it is a
   * date mismatch (a QA pass of 2026-11-29 14:24 UTC, #121). A name with nothing in its place still
   * keeps the passage from supporting the claim, and from any mismatch but the day's.
   */
  @Test
  void aChangedDayBesideAnUnplacedFactIsStillADateMismatch() {
    CheckReply wrong = verdict("Rutte congratulated Trump in Berlin on Monday.");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences()).containsExactly(new Difference("date", "Monday", "Wednesday"));
    assertThat(wrong.evidence().getFirst().excerpt().text())
        .contains("on Wednesday congratulated Donald Trump");
    assertThat(verdict("Rutte congratulated Trump in Madrid on Wednesday.").verdict())
        .isNotIn("supported", "verbatim");
  }

  @Test
  void aLightVerbIsToldWithItsObject() {
    // "took office" is what the claim tells of Rutte, not "took": Jordan Times' "his first term in
    // office ... Rutte said Wednesday" has Rutte, "office" and a November day, and is not it
    CheckReply wrong = verdict("Rutte took office in November");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences())
        .containsExactly(new Difference("date", "November", "1st October"));
    assertThat(wrong.evidence().getFirst().excerpt().text()).contains("Since taking office on");
    CheckReply right = verdict("Rutte took office in October");
    assertThat(right.verdict()).isEqualTo("supported");
    assertThat(right.evidence().getFirst().excerpt().text()).doesNotContain("term in office");
  }

  /**
   * A claim whose words line up with a source's name only, its verb and object left over, is not
   * that source's statement: "The NATO secretary general congratulated Trump" was a {@code name}
   * mismatch, "congratulated Trump" against "Mark Rutte" of Daily Mail Nigeria's "NATO Secretary
   * General Mark Rutte, reaffirmed ...", though Jordan Times has "NATO chief Mark Rutte on
   * Wednesday congratulated Donald Trump". Nor does a passage without the claim's verb support it
   * (Jowhar's "I worked for four years with Donald Trump," said Mr. Rutte, ... NATO Secretary
   * General", once the alignment was set aside). "secretary general" is not "chief" (no synonyms),
   * so the claim is {@code not_found}; in the words Jordan Times uses it is supported.
   */
  @Test
  void aClaimLinedUpWithItsSubjectOnlyIsNoStatement() {
    CheckReply r = verdict("The NATO secretary general congratulated Trump");
    assertThat(r.verdict()).isEqualTo("not_found");
    assertThat(r.differences()).isEmpty();
    CheckReply chief = verdict("The NATO chief congratulated Trump");
    assertThat(chief.verdict()).isEqualTo("supported");
    assertThat(chief.evidence().getFirst().excerpt().text()).contains("congratulated Donald Trump");
  }

  /**
   * Jowhar: "Mr. Rutte, ... highlighted his previous working relationship with former US President
   * Donald Trump, the Republican contender, who has raised doubts regarding funding for Kyiv." The
   * claim that Rutte raised them was {@code supported}, "Rutte" / "who" shown as wording (the
   * fact-checker's review of 2026-11-29 03:10 UTC).
   */
  @Test
  void aWhoStandsForTheNameBeforeIt() {
    CheckReply wrong = verdict("Rutte has raised doubts regarding funding for Kyiv");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences()).containsExactly(new Difference("name", "Rutte", "who"));
    assertThat(wrong.note()).contains("“who” there is Donald Trump, not Rutte.");
    assertThat(verdict("Trump has raised doubts regarding funding for Kyiv").verdict())
        .isEqualTo("supported");
  }

  /**
   * The name right after the verb is its object, though the claim names more after it: "Trump
   * congratulated Rutte for winning the US presidential election" was {@code supported} by Jordan
   * Times' "Mark Rutte on Wednesday congratulated Donald Trump" (the roles were read against "US",
   * the claim's last name; the 03:10 review).
   */
  @Test
  void theNameRightAfterTheVerbIsItsObject() {
    CheckReply wrong =
        verdict("Trump congratulated Rutte for winning the US presidential election");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences()).contains(new Difference("name", "Trump", "Rutte"));
    assertThat(
            verdict("Rutte congratulated Trump for winning the US presidential election").verdict())
        .isIn("supported", "verbatim");
  }

  /**
   * Jowhar: "“He knows how to make compromises, create consensus, ...,” Mr. Stoltenberg
   * articulated.", after a paragraph on Stoltenberg and Rutte. "Stoltenberg knows how ..." was
   * {@code supported}, "Stoltenberg" / "He" as wording (the 03:10 review): a "he" in someone's own
   * quotation is someone else.
   */
  @Test
  void aHeInTheSpeakersOwnQuotationIsSomeoneElse() {
    CheckReply wrong = verdict("Stoltenberg knows how to make compromises and create consensus");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences()).contains(new Difference("name", "Stoltenberg", "He"));
    assertThat(wrong.note()).contains("“He” there is Mark Rutte, not Stoltenberg.");
    CheckReply right = verdict("Rutte knows how to make compromises and create consensus");
    assertThat(right.verdict()).isEqualTo("supported");
    assertThat(right.note())
        .isEqualTo(
            "The source says \"He\" where the claim names Rutte: the paragraph before it names"
                + " Mark Rutte and no one else but the speaker of the quotation.");
  }

  /**
   * Jordan Times: "Trump, who sealed a dramatic comeback to power after sweeping to victory against
   * Democrat Kamala Harris, rattled NATO ...", then Rutte's X post, "“His leadership will again be
   * key to keeping our Alliance strong. ...”". The paragraph before names two people, so "His" was
   * read as no one and the claim was {@code not_found}; the sentence opens with Trump, its subject,
   * whom a reader takes "His" for.
   */
  @Test
  void anOpeningHisStandsForTheSubjectOfTheSentenceBefore() {
    CheckReply right =
        verdict(
            "Rutte said on X on Wednesday that Trump's leadership will again be key to keeping"
                + " the alliance strong");
    assertThat(right.verdict()).isEqualTo("supported");
    assertThat(right.evidence().getFirst().excerpt().text())
        .startsWith("\"His leadership will again be key");
    assertThat(right.note())
        .isEqualTo(
            "The source says \"His\" where the claim names Trump: the sentence before it opens"
                + " with Donald Trump.");
    assertThat(
            verdict(
                    "Rutte said Harris's leadership will again be key to keeping the alliance strong")
                .verdict())
        .isNotIn("supported", "verbatim");
  }
}
