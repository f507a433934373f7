package coveragebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedSpeechTest {
  /** The names reported as speaking around the first place of {@code words} in {@code text}. */
  private static List<String> around(String text, String words) {
    int start = text.indexOf(words);
    return ReportedSpeech.around(text, 0, text.length(), start, start + words.length());
  }

  @Test
  void theSpeakerBeforeOrAfterTheSpeechVerbOutsideTheWords() {
    assertThat(around("Rutte said he had no doubt that allies would stay.", "he had no doubt"))
        .containsExactly("Rutte");
    assertThat(
            around(
                "NATO will work with the winner, whoever that may be, NATO secretary general"
                    + " Mark Rutte promised on Monday.",
                "NATO will work with the winner"))
        .containsExactly("Mark Rutte");
    assertThat(around("Allies will stay united, said Mr. Stoltenberg.", "Allies will stay united"))
        .containsExactly("Mr. Stoltenberg");
    assertThat(around("According to Kaja Kallas, the aid will come.", "the aid will come"))
        .containsExactly("Kaja Kallas");
    assertThat(around("The Kremlin also said the talks had failed.", "the talks had failed"))
        .containsExactly("Kremlin");
  }

  @Test
  void aSpeechVerbInItsProgressiveFormHasItsSpeakerBeforeTheTense() {
    // Daily Mail Nigeria
    String text =
        "Since taking office on 1st October, Mark Rutte has been saying he is not worried about"
            + " the outcome of the American elections.";
    assertThat(around(text, "he is not worried")).containsExactly("Mark Rutte");
    assertThat(around("Rutte was telling allies to stay calm.", "allies to stay calm"))
        .containsExactly("Rutte");
    // the tense alone makes no speech verb of a passive: "is said to"
    assertThat(around("Rutte is said to be furious.", "be furious")).isEmpty();
  }

  @Test
  void aGroupSaidWhoseSpeaksAsWritten() {
    // Jowhar; "emphasize" (not only "emphasized") is a speech verb
    String text =
        "While Western leaders emphasize that NATO operates as a defensive alliance, Russia has"
            + " consistently characterized it as a threat to its security.";
    assertThat(around(text, "NATO operates as a defensive alliance"))
        .containsExactly("Western leaders");
    // a group that no capitalised word qualifies is not given: "the allies" is no one's name
    assertThat(around("The allies said the war must end.", "the war must end")).isEmpty();
  }

  @Test
  void aClauseOpenedByWhileReportsNoMoreThanItself() {
    // Jowhar: the main clause after the "while" clause is the writer's
    String text =
        "While Western leaders emphasize that NATO operates as a defensive alliance, Russia has"
            + " consistently characterized it as a threat to its security.";
    assertThat(around(text, "Russia has consistently characterized it")).isEmpty();
    // "as" with nothing reported inside its clause reports the main clause
    assertThat(around("As Rutte said, the alliance will stay united.", "the alliance will stay"))
        .containsExactly("Rutte");
  }

  @Test
  void theUnitedStatesIsNoOneSpeaking() {
    // Daily Mail Nigeria: "... such support is “in the interest of the United States."
    String text =
        "Rutte expressed confidence that the next US president would maintain support for NATO,"
            + " emphasizing that such support is in the interest of the United States.";
    assertThat(around(text, "the next US president would maintain support"))
        .doesNotContain("United")
        .containsExactly("Rutte");
  }

  @Test
  void theSmallWordsInsideANameArePartOfIt() {
    // Daily Mail Nigeria: "... president Ursula von der Leyen said in Brussels that NATO ..."
    assertThat(
            around(
                "European Commission president Ursula von der Leyen said in Brussels that NATO"
                    + " will act.",
                "NATO will act"))
        .containsExactly("Ursula von der Leyen");
    assertThat(around("Bashar al Assad said the war was over.", "the war was over"))
        .containsExactly("Bashar al Assad");
    // a small word with no name before it is not taken in
    assertThat(around("Asked by de Volkskrant, Rutte said it was fine.", "it was fine"))
        .containsExactly("Rutte");
  }

  /** "the message conveyed by X": the speaker after "by", past the role before the name. */
  @Test
  void theSpeakerOfAMessageConveyedBySomeone() {
    // Radio Romania: "NATO must stay united – is the message conveyed by NATO secretary general
    // Mark Rutte in the context of the US presidential elections."
    String text =
        "NATO must stay united – is the message conveyed by NATO secretary general Mark Rutte in"
            + " the context of the US presidential elections.";
    assertThat(around(text, "NATO must stay united")).containsExactly("Mark Rutte");
    assertThat(around("Unity matters, a point made by Rutte himself.", "Unity matters"))
        .containsExactly("Rutte");
    assertThat(around("Unity matters, a point made by the allies.", "Unity matters")).isEmpty();
  }

  /** Two names joined by "and" before one verb both speak; a role between them is left out. */
  @Test
  void aSubjectOfTwoNamesGivesBoth() {
    // Radio Romania: "Last week, Rutte and European Commission president Ursula von der Leyen
    // said in Brussels that NATO and the European Union will create an operative group"
    String text =
        "Last week, Rutte and European Commission president Ursula von der Leyen said in Brussels"
            + " that NATO and the European Union will create an operative group.";
    List<String> found = around(text, "NATO and the European Union will create");
    assertThat(found).containsExactly("Rutte and Ursula von der Leyen");
    assertThat(ReportedSpeech.names(found.getFirst()))
        .containsExactly("Rutte", "Ursula von der Leyen");
    assertThat(
            around("Scholz and NATO chief Mark Rutte said allies would act.", "allies would act"))
        .containsExactly("Scholz and Mark Rutte");
    // "and" after other words, or a possessive, joins no one
    assertThat(around("Trump met allies and Rutte said they would act.", "they would act"))
        .containsExactly("Rutte");
    assertThat(around("Trump's team and Rutte said they would act.", "they would act"))
        .containsExactly("Rutte");
  }

  @Test
  void aClauseOfTheNarratorsAfterACommaIsNotWhatTheVerbReports() {
    // Khaleej Times
    String text =
        "Nato will stay united no matter who wins the US election, the alliance's secretary"
            + " general Mark Rutte said in Berlin Monday, as Washington's allies nervously await"
            + " the outcome of the vote.";
    assertThat(around(text, "Washington's allies nervously await the outcome")).isEmpty();
    assertThat(around(text, "Nato will stay united no matter who wins"))
        .containsExactly("Mark Rutte");
    // a comma alone, or "as" without one, keeps the words the speaker's
    assertThat(around("Rutte said, in Berlin, that allies would stay.", "allies would stay"))
        .containsExactly("Rutte");
    assertThat(around("Rutte said the allies would act as one.", "would act as one"))
        .containsExactly("Rutte");
  }

  @Test
  void pronounsTimesAndPossessivesNameNobody() {
    assertThat(around("He said the talks had failed.", "the talks had failed")).isEmpty();
    assertThat(around("Officials said on Monday the talks had failed.", "the talks had failed"))
        .containsExactly("Officials");
    assertThat(around("Rutte's remarks said little: the talks had failed.", "the talks had failed"))
        .isEmpty();
    assertThat(around("The talks had failed, it said Monday.", "The talks had failed")).isEmpty();
    // after "told", "warned" or "insisting" the name is who is spoken to or about
    assertThat(around("The aid will come, he told Scholz.", "The aid will come")).isEmpty();
    assertThat(
            around(
                "But Rutte previously told allies to relax, insisting Trump understood the value"
                    + " of the 32-nation alliance.",
                "the 32-nation alliance"))
        .containsExactly("Rutte");
  }

  @Test
  void onlyTheSentenceHoldingTheWordsCountsAndTheWordsThemselvesAreNotRead() {
    String text =
        "Scholz said the meeting went well. The talks had failed, officials feared. Mr. Rutte"
            + " told allies to stop worrying.";
    assertThat(around(text, "The talks had failed")).isEmpty();
    // the claim's own "Rutte told" is what is checked, not a report of it
    assertThat(around(text, "Mr. Rutte told allies to stop worrying")).isEmpty();
    assertThat(around(text, "allies to stop worrying")).containsExactly("Mr. Rutte");
    assertThat(ReportedSpeech.within(text, 0, text.length()))
        .containsExactly("Scholz", "Mr. Rutte");
  }

  @Test
  void aSpeechVerbFarBeyondTheWordsInASentenceWithNoEndIsNotTheirs() {
    String filler = "and so on ".repeat(100); // 1,000 characters, no full stop
    String text = "Rutte said " + filler + "the talks had failed";
    assertThat(around(text, "the talks had failed")).isEmpty();
    assertThat(
            around("Rutte said " + "and so on ".repeat(10) + "the talks had failed", "the talks"))
        .containsExactly("Rutte");
    // after a run of quote marks (each looks back at most three marks for a full stop)
    String marks = "\"".repeat(200_000) + " Rutte said the talks had failed.";
    assertThat(around(marks, "the talks had failed")).containsExactly("Rutte");
  }

  @Test
  void theNearestSpeakerComesFirst() {
    String text = "Rutte said allies will stay united, while Scholz added aid would come.";
    // Rutte's report ends at ", while": what comes after is Scholz's only
    assertThat(around(text, "aid would come")).containsExactly("Scholz");
    assertThat(around(text, "allies will stay united")).containsExactly("Rutte", "Scholz");
  }
}
