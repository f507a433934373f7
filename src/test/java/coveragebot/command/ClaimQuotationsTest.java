package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How a claim that quotes someone twice is split into its quotations ({@link Claim#quotations}).
 */
class ClaimQuotationsTest {
  @Test
  void quotationsJoinedByTheSpeakersSayingAreSplit() {
    assertThat(
            Claim.parse("Rutte said \"We are ready,\" adding: \"Allies stay united.\"")
                .quotations())
        .containsExactly("We are ready", "Allies stay united.");
    assertThat(
            Claim.parse("Rutte said “We are ready,” he added, “allies stay united”").quotations())
        .containsExactly("We are ready", "allies stay united");
    assertThat(
            Claim.parse("Rutte said it was \"a bridge,\" adding that it was \"in our interest\"")
                .quotations())
        .containsExactly("a bridge", "in our interest");
  }

  @Test
  void theSpeakerBetweenTwoQuotationsIsTheClaimsSpeaker() {
    Claim c = Claim.parse("\"We are ready,\" Mark Rutte said, adding \"I’m not worried\"");
    assertThat(c.speaker()).isEqualTo("Mark Rutte");
    assertThat(c.quoted()).isTrue();
    assertThat(c.quotations()).containsExactly("We are ready", "I’m not worried");
    Claim added = Claim.parse("\"We are ready,\" Rutte said. \"Allies stay united,\" he added.");
    assertThat(added.speaker()).isEqualTo("Rutte");
    assertThat(added.quotations()).containsExactly("We are ready", "Allies stay united");
    Claim guillemets = Claim.parse("«We are ready», Rutte said.");
    assertThat(guillemets.speaker()).isEqualTo("Rutte");
    assertThat(guillemets.body()).isEqualTo("We are ready");
    assertThat(Claim.parse("„We are ready“, Rutte said.").speaker()).isEqualTo("Rutte");
    Claim after = Claim.parse("\"We are ready,\" said Rutte. \"Allies stay united.\"");
    assertThat(after.speaker()).isEqualTo("Rutte");
    assertThat(after.quotations()).containsExactly("We are ready", "Allies stay united.");
  }

  @Test
  void wordsThatAreNoSayingOrNameSomeoneElseKeepOneQuotation() {
    String toEurope = "Rutte said \"We are ready\" to Europe and \"allies stay united\"";
    assertThat(Claim.parse(toEurope).quotations()).hasSize(1);
    String someoneElse = "Rutte said \"We are ready,\" Scholz added, \"allies stay united\"";
    assertThat(Claim.parse(someoneElse).quotations()).hasSize(1);
    assertThat(Claim.parse("\"We are ready,\" Scholz said, \"allies stay united\"").speaker())
        .isNotEqualTo("Rutte");
    // an apostrophe is no quote mark, and an unquoted claim is its own body
    assertThat(Claim.parse("Rutte said \"I’m ready, we’re ready\"").quotations())
        .containsExactly("I’m ready, we’re ready");
    assertThat(Claim.parse("Rutte said allies are ready, adding they stay").quotations())
        .containsExactly("allies are ready, adding they stay");
  }
}
