package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CheckReply.Difference;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferencesTest {
  private static List<Difference> between(String claim, String source) {
    return Differences.between(claim, Words.of(claim), source, Words.of(source));
  }

  @Test
  void anotherNameIsANameChangeAnotherFormOfTheSameNameIsWording() {
    assertThat(between("Rutte met Scholz in Paris", "Rutte met Scholz in Berlin"))
        .extracting(Difference::kind)
        .containsExactly("name");
    assertThat(between("he would allow Russia to act", "he would encourage the Russians to act"))
        .extracting(Difference::kind)
        .containsExactly("wording");
    assertThat(between("aid for Ukrainian forces", "aid for Ukraine forces"))
        .extracting(Difference::kind)
        .containsExactly("wording");
    assertThat(between("troops from Austria", "troops from Australia"))
        .extracting(Difference::kind)
        .containsExactly("name");
  }

  @Test
  void anotherDayInThePossessiveIsADateChange() {
    assertThat(between("after Wednesday's vote", "after Tuesday's vote"))
        .extracting(Difference::kind)
        .containsExactly("date");
  }

  @Test
  void aNumberInDigitsForTheSameNumberInWordsIsWordingAnotherNumberIsANumber() {
    assertThat(between("I worked for 4 years", "I worked for four years"))
        .extracting(Difference::kind)
        .containsExactly("wording");
    assertThat(between("I worked for 5 years", "I worked for four years"))
        .extracting(Difference::kind)
        .containsExactly("number");
    assertThat(between("the 30-member alliance", "the 32-member alliance"))
        .extracting(Difference::kind)
        .containsExactly("number");
  }
}
