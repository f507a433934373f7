package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose verb follows a name that ends a relative clause ({@link Clauses#governing}). */
class ClausesTest {
  /** The subject {@link Clauses#governing} gives for the name {@code name} of {@code text}. */
  private static String subject(String text, String name) {
    int[] s = Clauses.governing(text, text.indexOf(name));
    return s == null ? null : text.substring(s[0], s[1]);
  }

  @Test
  void aNameThatClosesAClauseAboutSomeoneElseIsNotTheSubject() {
    String jordan =
        "Trump, who sealed a dramatic comeback to power after sweeping to victory against"
            + " Democrat Kamala Harris, rattled NATO during the electoral campaign.";
    assertThat(subject(jordan, "Harris")).isEqualTo("Trump");
    assertThat(subject(jordan, "Kamala")).isEqualTo("Trump");
    assertThat(subject("He said Mark Rutte, who worked with Jens Stoltenberg, met Scholz.", "Jens"))
        .isEqualTo("Mark Rutte");
    assertThat(
            subject("NATO, which Germany joined in 1955 with France, said it was ready.", "France"))
        .isEqualTo("NATO");
  }

  @Test
  void aNameStandingOnItsOwnHasItsOwnVerb() {
    // the name's own verb, no comma after it, an appositive, another sentence, a quotation
    assertThat(subject("Harris, who lost to Trump, said she was proud.", "Harris")).isNull();
    assertThat(subject("Trump, who beat Harris in November, rattled NATO.", "Harris")).isNull();
    assertThat(subject("Rutte, a former prime minister of Norway, met Scholz.", "Norway")).isNull();
    assertThat(subject("Trump met them. Who praised Harris, said nothing.", "Harris")).isNull();
    assertThat(subject("Rutte, who said \"we back Harris\", met Scholz.", "Harris")).isNull();
    assertThat(subject("Trump, after he beat Harris, rattled NATO.", "Harris")).isNull();
    // "Harris, Rutte said" is no clause: a capital follows the comma
    assertThat(subject("Trump, who spoke of Harris, Rutte said, was calm.", "Harris")).isNull();
  }
}
