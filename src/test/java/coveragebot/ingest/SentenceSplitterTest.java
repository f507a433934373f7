package coveragebot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void splitsAtFullStopsQuestionAndExclamationMarks() {
    assertThat(split("One thing. Two things? Three! Four"))
        .containsExactly("One thing.", "Two things?", "Three!", "Four");
  }

  @Test
  void titlesInitialsAndDottedAcronymsDoNotEndASentence() {
    assertThat(split("Mr. Rutte met Gen. Smith and J. Biden in the U.S. on Monday. Then he left."))
        .containsExactly(
            "Mr. Rutte met Gen. Smith and J. Biden in the U.S. on Monday.", "Then he left.");
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(
            split("“We will work with him,” he said. “NATO will be in safe hands.” Then nothing."))
        .containsExactly(
            "“We will work with him,” he said.", "“NATO will be in safe hands.”", "Then nothing.");
  }

  @Test
  void aLowerCaseWordAfterAFullStopDoesNotStartASentence() {
    assertThat(split("It cost 3.5 billion euros. e.g. not here")).hasSize(1);
  }
}
