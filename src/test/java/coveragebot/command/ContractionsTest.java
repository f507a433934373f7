package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CheckReply;
import coveragebot.reply.CheckReply.Difference;
import coveragebot.testing.Seeds;
import org.junit.jupiter.api.Test;

class ContractionsTest {
  @Test
  void eachFormIsWrittenTheOtherWayKeepingACapitalAndTheChangesAreNamed() {
    Contractions.Other o = Contractions.of("I am sure we won’t and it's clear they can not");
    assertThat(o.text()).isEqualTo("I'm sure we will not and it is clear they can't");
    assertThat(o.changes())
        .extracting(Difference::claim)
        .containsExactly("I am", "won’t", "it's", "can not");
    assertThat(Contractions.of("can't")).extracting(Contractions.Other::text).isEqualTo("cannot");
    // within other words, nothing changes
    assertThat(Contractions.of("Ami amiss; this island is nothing")).isNull();
  }

  @Test
  void aQuotationPrintedWithTheContractionIsAVariantNamingIt() {
    // Jowhar prints Rutte's "“I’m not worried.”"
    CheckReply r =
        (CheckReply) Seeds.bot().commands().run("/check Rutte said \"I am not worried\"");
    assertThat(r.verdict()).isEqualTo("variant");
    // the source's side as the file writes it, with its curly apostrophe (the contract)
    assertThat(r.differences()).containsExactly(new Difference("wording", "I am", "I’m"));
    assertThat(r.evidence()).isNotEmpty().allMatch(e -> e.excerpt().text().contains("I’m"));
    for (var e : VerbatimInvariantTest.excerpts(r)) {
      VerbatimInvariantTest.assertVerbatim(e);
    }
    CheckReply other =
        (CheckReply) Seeds.bot().commands().run("/check Stoltenberg said \"I am not worried\"");
    assertThat(other.verdict()).isEqualTo("mismatch");
  }
}
