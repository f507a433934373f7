package coveragebot.command;

import static coveragebot.command.SeedChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * /check on the seeds: a claim in other words is supported by two sentences in a row that state it,
 * not by a long paragraph whose words it picks from sentences apart.
 */
class CheckProximityTest {
  /**
   * Radio Romania: "... countries thousands of km away, like China, Iran and North Korea can start
   * to undermine Europe's security. He emphasised that our worlds are interconnected, ... to
   * Ukraine, .... The partners in the Pacific area also announced new aid deliveries, with
   * Australia to send Ukraine tanks." Each claim below was {@code supported} by that paragraph.
   */
  @Test
  void wordsFromSentencesApartDoNotSupportAClaim() {
    for (String claim :
        new String[] {
          "China will send troops to Ukraine",
          "Iran will send tanks to Ukraine",
          "China, Iran and North Korea will send tanks to Ukraine"
        }) {
      assertThat(verdict(claim).verdict()).as(claim).isEqualTo("not_found");
    }
    assertThat(verdict("Australia will send tanks to Ukraine").verdict()).isEqualTo("supported");
  }

  /**
   * A claim's subject and its verb must meet in a sentence, or the verb's sentence have a pronoun
   * that may stand for the subject: Radio Romania has China in one sentence and "He emphasised ...,
   * adding that allies will comply with their promise to deliver defence aid worth 40 billion euros
   * to Ukraine" in the next. China is no person the quotations know, so "He" is not China; "Rutte"
   * may be.
   */
  @Test
  void theSubjectAndItsVerbMustMeetInASentence() {
    assertThat(
            verdict("China promised to deliver defence aid worth 40 billion euros to Ukraine.")
                .verdict())
        .isEqualTo("not_found");
    assertThat(
            verdict("Allies promised to deliver defence aid worth 40 billion euros to Ukraine.")
                .verdict())
        .isEqualTo("supported");
    // Jowhar: "“He knows how to make compromises, ...,” Mr. Stoltenberg articulated.": "He" may be
    // a person's, whose surname alone the quotations do not know as a name
    assertThat(verdict("Rutte knows how to make compromises and create consensus").verdict())
        .isEqualTo("supported");
  }

  /**
   * What a claim says its names are must be said of them: next to them, as a title or in
   * apposition, or after "is" or "was". Radio Romania's paragraph names China, Iran and North Korea
   * in one sentence (with "NATO foreign ministers") and has "allies" in the next, about Rutte ("He
   * emphasised ..."); Jowhar's "... with Donald Trump,” said Mr. Rutte, a former Prime Minister of
   * the Netherlands" has Trump three words before Rutte's apposition.
   */
  @Test
  void whatSomeoneIsMustBeSaidOfThem() {
    for (String claim :
        new String[] {
          "China, Iran and North Korea are NATO allies",
          "China and Iran are NATO allies",
          "China and Iran are NATO members",
          "Trump is a former prime minister of the Netherlands",
          // Radio Romania: "... Mark Rutte promised on Monday. He was in Berlin for talks with
          // German chancellor Olaf Scholz.": the chancellor is Scholz, a title of his name
          "Mark Rutte is the German Chancellor.",
          "Olaf Scholz is the NATO Secretary-General."
        }) {
      assertThat(verdict(claim).verdict()).as(claim).isEqualTo("not_found");
    }
    for (String claim :
        new String[] {
          // in apposition: "Mr. Stoltenberg, a former Prime Minister of Norway, stepped down"
          "Stoltenberg is a former prime minister of Norway",
          "Rutte is a former prime minister of the Netherlands",
          // a title: "outgoing NATO chief Jens Stoltenberg affirmed"
          "Stoltenberg is the outgoing NATO chief",
          // after "is": "an emboldened Russia is on our eastern flank and will present a direct
          // threat to NATO territory"
          "Russia is a threat to NATO",
          // a title, capitalised: Khaleej Times' "alongside German Chancellor Olaf Scholz"
          "Scholz is the German chancellor"
        }) {
      assertThat(verdict(claim).verdict()).as(claim).isEqualTo("supported");
    }
  }

  /**
   * Radio Romania: "... NATO secretary general Mark Rutte promised on Monday. He was in Berlin for
   * talks with German chancellor Olaf Scholz."
   */
  @Test
  void twoSentencesInARowStillSupportAClaim() {
    assertThat(
            verdict(
                    "Rutte was in Berlin for talks with Olaf Scholz and promised NATO will work"
                        + " with the winner of the US elections")
                .verdict())
        .isEqualTo("supported");
    // the claim's "spoke" and "alongside" are nowhere in the paragraph: no sign either way
    assertThat(verdict("Rutte spoke in Berlin alongside German Chancellor Olaf Scholz").verdict())
        .isEqualTo("supported");
  }

  /**
   * Radio Romania: "... Mark Rutte promised on Monday. He was in Berlin for talks with German
   * chancellor Olaf Scholz. ... we will work with Donald Trump ..."; Jordan Times: "NATO chief Mark
   * Rutte on Wednesday congratulated Donald Trump". The first has the claim's names and place, not
   * its verb, which the second tells of Rutte: it does not support the claim.
   */
  @Test
  void aVerbToldOfTheSamePeopleElsewhereIsNeededInTheSupportingPassage() {
    for (String claim :
        new String[] {
          "Rutte congratulated Trump in Berlin",
          "Rutte congratulated Trump in Berlin alongside German Chancellor Olaf Scholz"
        }) {
      assertThat(verdict(claim).verdict()).as(claim).isEqualTo("not_found");
    }
    assertThat(verdict("Rutte congratulated Trump on Wednesday").verdict()).isEqualTo("supported");
    // no passage says Rutte spoke: the one with his name and the place still supports it
    assertThat(verdict("Rutte spoke in Berlin alongside German Chancellor Olaf Scholz").verdict())
        .isEqualTo("supported");
  }
}
