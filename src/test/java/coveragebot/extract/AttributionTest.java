package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.corpus.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {

  private static Quotations run(String text) {
    Article a = SeedCorpus.article("t.txt", text);
    return SeedCorpus.extract(List.of(a));
  }

  private static Quotation only(Quotations q, String inner) {
    return q.all().stream().filter(x -> x.text().equals(inner)).findFirst().orElseThrow();
  }

  @Test
  void aNameOneEditAwayIsMappedAndTheMappingIsShown() {
    Quotations q =
        run(
            "The story starts here today.\n\nNATO chief Mark Rutte said the alliance was ready."
                + " Rutter went on to say that \"we are united\".\n");
    assertThat(only(q, "we are united").speaker()).isEqualTo("Mark Rutte");
    assertThat(only(q, "we are united").attribution().cue()).contains("Rutter -> Mark Rutte");
    assertThat(q.aliases())
        .contains(new AliasMapping("Rutter", "Mark Rutte", "one edit from Rutte"));
  }

  /**
   * Invisible format characters inside a name, as web pages carry them (a soft hyphen, a zero-width
   * space, a language tag beyond U+FFFF), are read as the name without them; the speaker's words as
   * written are kept in the attribution, its name is the plain one.
   */
  @Test
  void formatCharactersInsideANameLeaveTheNameAsItReads() {
    Quotations q =
        run(
            "The story starts here today.\n\n\"We will work with whoever wins,\" Mark Ru\u00ADtte"
                + " said on Tuesday.\n\n\"The alliance stays united,\" said Ur\u00ADsula von der"
                + " Ley\u200Ben.\n\nMark Rutte added: \"Nothing changes for us.\"\n\n\"Europe is"
                + " ready,\" Ursula von der Le\uDB40\uDC01yen told reporters.\n");
    assertThat(only(q, "We will work with whoever wins,").speaker()).isEqualTo("Mark Rutte");
    assertThat(only(q, "The alliance stays united,").speaker()).isEqualTo("Ursula von der Leyen");
    assertThat(only(q, "Europe is ready,").speaker()).isEqualTo("Ursula von der Leyen");
    assertThat(only(q, "Nothing changes for us.").speaker()).isEqualTo("Mark Rutte");
    assertThat(q.all()).extracting(Quotation::speaker).doesNotContain("Ur", "Mark Ru");
  }

  @Test
  void aRoleTwoPeopleHoldIsAmbiguousWithBoth() {
    Quotations q =
        run(
            "The story starts here today.\n\nMark Rutte, a former prime minister of the"
                + " Netherlands, and Jens Stoltenberg, a former prime minister of Norway, met in"
                + " Oslo.\n\n\"We have seen worse,\" the former prime minister said.\n");
    Attribution a = only(q, "We have seen worse,").attribution();
    assertThat(a.ambiguous()).isTrue();
    assertThat(a.speaker()).isNull();
    assertThat(a.candidates()).containsExactlyInAnyOrder("Mark Rutte", "Jens Stoltenberg");
  }

  @Test
  void aRoleGoesToThePersonIntroducedWithIt() {
    Quotations q =
        run(
            "The story starts here today.\n\nGerman Chancellor Olaf Scholz met NATO chief Mark"
                + " Rutte in Berlin.\n\n\"We are ready,\" the NATO chief told reporters.\n");
    Quotation x = only(q, "We are ready,");
    assertThat(x.speaker()).isEqualTo("Mark Rutte");
    assertThat(x.attribution().speakerText()).isEqualTo("the NATO chief");
    assertThat(x.attribution().cue()).contains("role");
  }

  @Test
  void anUnnamedSpeakerKeepsTheirDescription() {
    Quotations q =
        run(
            "The story starts here today.\n\n\"Nobody knows,\" a NATO diplomat said on condition"
                + " of anonymity.\n");
    Attribution a = only(q, "Nobody knows,").attribution();
    assertThat(a.speaker()).isNull();
    assertThat(a.speakerText()).isEqualTo("a NATO diplomat");
    assertThat(a.cue()).startsWith("unnamed");
  }

  @Test
  void aPronounGoesToTheLastSpeakerOfThatGender() {
    Quotations q =
        run(
            "The story starts here today.\n\nEuropean Commission president Ursula von der Leyen"
                + " said Europe was \"ready\". NATO chief Mark Rutte agreed.\n\n\"We will"
                + " deliver,\" she added.\n");
    assertThat(only(q, "We will deliver,").speaker()).isEqualTo("Ursula von der Leyen");
  }

  @Test
  void aQuoteOnlyParagraphCarriesOnThePreviousSpeaker() {
    Quotations q =
        run(
            "The story starts here today.\n\n\"He knows how to build consensus,\" Mr. Stoltenberg"
                + " said.\n\n\"NATO will be in safe hands.\"\n");
    Quotation x = only(q, "NATO will be in safe hands.");
    assertThat(x.speaker()).isEqualTo("Stoltenberg");
    assertThat(x.attribution().cue()).startsWith("continuation");
  }

  @Test
  void aTitleHasNoSpeaker() {
    Quotations q =
        run(
            "The story starts here today.\n\nZelensky said he had presented his \"Victory Plan\""
                + " to the allies.\n");
    Quotation x = only(q, "Victory Plan");
    assertThat(x.kind()).isEqualTo(Quotation.Kind.TITLE);
    assertThat(x.speaker()).isNull();
  }
}
