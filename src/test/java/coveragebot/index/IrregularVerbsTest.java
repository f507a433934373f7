package coveragebot.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The one table of irregular verbs serves the stemmed analysis (past forms and participles to the
 * base form) and /check's reading of a claim's past verb (simple past forms only).
 */
class IrregularVerbsTest {
  @Test
  void pastFormsAndParticiplesLeadToTheBaseForm() {
    assertThat(IrregularVerbs.PAST_TO_BASE.get("took")).isEqualTo("take");
    assertThat(IrregularVerbs.PAST_TO_BASE.get("taken")).isEqualTo("take");
    assertThat(IrregularVerbs.PAST_TO_BASE.get("beaten")).isEqualTo("beat");
    assertThat(IrregularVerbs.PAST_TO_BASE.get("went")).isEqualTo("go");
    // a verb that is its own past maps to nothing: the analysis leaves it as it is
    assertThat(IrregularVerbs.PAST_TO_BASE.containsKey("put")).isFalse();
    assertThat(IrregularVerbs.PAST_TO_BASE.containsKey("beat")).isFalse();
    assertThat(PassageIndex.irregularForm("won")).isTrue();
    assertThat(PassageIndex.irregularForm("win")).isFalse();
  }

  @Test
  void simplePastFormsAreNotParticiples() {
    assertThat(PassageIndex.irregularPast("took")).isTrue();
    assertThat(PassageIndex.irregularPast("said")).isTrue();
    assertThat(PassageIndex.irregularPast("put")).isTrue();
    assertThat(PassageIndex.irregularPast("taken")).isFalse();
    assertThat(PassageIndex.irregularPast("known")).isFalse();
    assertThat(PassageIndex.irregularPast("beat")).isFalse();
    assertThat(PassageIndex.irregularPast("take")).isFalse();
  }

  @Test
  void everyPastFormTheAnalysisKnowsIsASimplePastOrAParticiple() {
    // each simple past form other than the base form is one the analysis reads as its verb
    for (String past : IrregularVerbs.SIMPLE_PAST) {
      if (!past.equals("put") && !past.equals("set")) {
        assertThat(IrregularVerbs.PAST_TO_BASE.containsKey(past)).as(past).isTrue();
      }
    }
  }
}
