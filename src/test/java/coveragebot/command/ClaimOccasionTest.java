package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How a claim says when or where words were said: between the speech verb and a quotation ({@link
 * Claim#context}), or before reported speech ({@link Claim#occasionApart}).
 */
class ClaimOccasionTest {
  @Test
  void theReportedSpeechsOwnSubjectAndVerbDoNotCountAsOccasion() {
    Claim c =
        Claim.parse(
            "Rutte said at a press conference in Berlin on Monday that he had \"no doubt\"");
    assertThat(c.quoted()).isTrue();
    assertThat(c.speaker()).isEqualTo("Rutte");
    assertThat(c.body()).isEqualTo("no doubt");
    assertThat(c.context()).isEqualTo("at a press conference in Berlin on Monday that he had");
    // seven words of occasion are more than a speech verb's reach: the whole is a statement
    assertThat(
            Claim.parse(
                    "Rutte said at a long press conference of allies in a Berlin hall that he had"
                        + " \"no doubt\"")
                .quoted())
        .isFalse();
  }

  @Test
  void aColonBeforeTheQuotationReachesTwelveWords() {
    Claim c =
        Claim.parse(
            "Mr. Rutte said, shortly before assuming the role of NATO Secretary General: \"I'm not"
                + " worried.\"");
    assertThat(c.quoted()).isTrue();
    assertThat(c.speaker()).isEqualTo("Mr. Rutte");
    assertThat(c.body()).isEqualTo("I'm not worried.");
    assertThat(c.context()).isEqualTo("shortly before assuming the role of NATO Secretary General");
    assertThat(
            Claim.parse(
                    "Rutte said at the end of a very long day of talks with allies and friends at a"
                        + " cold Berlin hall: \"I'm not worried.\"")
                .quoted())
        .isFalse();
  }

  @Test
  void anOccasionBeforeReportedSpeechIsSetApart() {
    Claim c = Claim.parse("Rutte said on Monday that NATO will stay united");
    assertThat(c.quoted()).isFalse();
    Claim apart = c.occasionApart();
    assertThat(apart.body()).isEqualTo("NATO will stay united");
    assertThat(apart.context()).isEqualTo("on Monday");
    assertThat(apart.speaker()).isEqualTo(c.speaker());
    assertThat(apart.text()).isEqualTo(c.text());
    Claim pronoun = Claim.parse("Rutte said in Berlin, on Monday, he had no doubt").occasionApart();
    assertThat(pronoun.body()).isEqualTo("he had no doubt");
    assertThat(pronoun.context()).isEqualTo("in Berlin, on Monday");
  }

  @Test
  void anOccasionBeforeTheSpeakerIsTheContext() {
    Claim c = Claim.parse("Speaking in Berlin on Monday, Rutte said NATO will stay united");
    assertThat(c.speaker()).isEqualTo("Rutte");
    assertThat(c.body()).isEqualTo("NATO will stay united");
    assertThat(c.context()).isEqualTo("in Berlin on Monday");
    Claim at = Claim.parse("At a press conference, Rutte said: \"We are ready\"");
    assertThat(at.quoted()).isTrue();
    assertThat(at.context()).isEqualTo("at a press conference");
    Claim labelled = Claim.parse("Addressing reporters, Rutte labelled the plan a bridge");
    assertThat(labelled.speaker()).isEqualTo("Rutte");
    assertThat(labelled.body()).isEqualTo("the plan a bridge");
    assertThat(labelled.context()).isEqualTo("addressing reporters");
    // "called for" is no characterising
    assertThat(Claim.parse("Negotiators called for sanctions").characterisedApart()).isNull();
    // no one credited: the date is the claim's own
    Claim congratulated = Claim.parse("On Thursday, Rutte congratulated Trump");
    assertThat(congratulated.body()).isEqualTo("On Thursday, Rutte congratulated Trump");
    assertThat(congratulated.context()).isNull();
  }

  @Test
  void noOccasionNoSpeakerOrASpeechVerbInsideIsNotSetApart() {
    assertThat(Claim.parse("Rutte said that NATO will stay united").occasionApart()).isNull();
    assertThat(Claim.parse("on Monday that NATO will stay united").occasionApart()).isNull();
    assertThat(
            Claim.parse("Rutte said in reply to what Trump said that NATO is strong")
                .occasionApart())
        .isNull();
    assertThat(Claim.parse("Rutte said NATO will stay united").occasionApart()).isNull();
  }
}
