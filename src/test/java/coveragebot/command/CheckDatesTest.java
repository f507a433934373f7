package coveragebot.command;

import static coveragebot.command.SeedChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CheckReply;
import coveragebot.reply.CheckReply.Difference;
import coveragebot.reply.CheckReply.Evidence;
import org.junit.jupiter.api.Test;

/**
 * /check compares a claim's date with the source's by the day they name, as /timeline reads them:
 * the Jordan Times of 6 November 2024 has "NATO chief Mark Rutte on Wednesday congratulated Donald
 * Trump", and Wednesday is 2024-11-06.
 */
class CheckDatesTest {
  @Test
  void theSameDayWrittenAnotherWaySupportsTheClaim() {
    for (String claim :
        new String[] {
          "Rutte congratulated Trump on November 6", // in other words: the search's passages
          "Rutte congratulated Trump on 6 November 2024",
          "Rutte congratulated Trump on Wednesday, November 6, 2024",
          "Mark Rutte on November 6 congratulated Donald Trump", // lined up with the source
          "Mark Rutte on 2024-11-06 congratulated Donald Trump",
          "Mark Rutte on Nov. 6 congratulated Donald Trump"
        }) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isEqualTo("supported");
      assertThat(r.evidence()).as(claim).isNotEmpty().allMatch(Evidence::supports);
      assertThat(r.differences()).as(claim).noneMatch(d -> d.kind().equals("date"));
      // said once, though both the aligned source and its passage read the day
      assertThat(r.note())
          .as(claim)
          .containsOnlyOnce("is 2024-11-06, the day the source calls “Wednesday”.");
    }
  }

  /**
   * A date in "X said on <date> that ... will ..." is the past one: the tense comes from "said",
   * which the words checked leave out, not from the reported "will".
   */
  @Test
  void aDateBeforeThatIsReadWithTheSpeechVerbNotTheReportedWill() {
    // Khaleej Times (5 November): "Nato will stay united ..., Mark Rutte said in Berlin Monday"
    for (String claim :
        java.util.List.of(
            "Rutte said in Berlin on November 4 that NATO will stay united",
            "Rutte said on November 4 that Nato will stay united")) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isEqualTo("supported");
      assertThat(r.note()).as(claim).contains("the day the source calls “Monday”");
    }
    CheckReply wrong = verdict("Rutte said in Berlin on November 11 that NATO will stay united");
    assertThat(wrong.verdict()).isEqualTo("mismatch");
    assertThat(wrong.differences()).contains(new Difference("date", "November 11", "Monday"));
  }

  /**
   * An undated article's "Monday" is no day: a claim's "November 4" is neither held nor
   * contradicted by it, and the note says why; another weekday still differs.
   */
  @Test
  void anUndatedArticlesWeekdayNeitherHoldsNorContradictsADate() {
    // Daily Mail Nigeria (no publication date): "... during a press conference in Berlin on
    // Monday."
    String words =
        "Rutte reaffirmed the alliance's commitment to unity irrespective of the results of the"
            + " upcoming US elections during a press conference in Berlin on ";
    CheckReply date = verdict(words + "November 4");
    assertThat(date.verdict()).isNotEqualTo("mismatch");
    assertThat(date.differences()).extracting(Difference::kind).doesNotContain("date");
    assertThat(date.note())
        .contains("“November 4” could not be compared with the source's “Monday”")
        .contains("no publication date");
    CheckReply friday = verdict(words + "Friday");
    assertThat(friday.verdict()).isEqualTo("mismatch");
    assertThat(friday.differences()).contains(new Difference("date", "Friday", "Monday"));
  }

  /** A date opening a claim is looked for in the paragraph, not read as a changed name. */
  @Test
  void aDateBeforeTheClauseItDatesIsTheParagraphsDate() {
    // Radio Romania (5 November): "Last month, Mark Rutte met NATO foreign ministers, ..."
    for (String claim :
        java.util.List.of(
            "In October, Rutte met NATO foreign ministers",
            "Rutte met NATO foreign ministers in October")) {
      CheckReply r = verdict(claim);
      assertThat(r.verdict()).as(claim).isEqualTo("supported");
      assertThat(r.note()).as(claim).contains("the time the source calls “Last month”");
    }
    // another month is shown against the paragraph's date, which the evidence then holds
    CheckReply september = verdict("In September, Rutte met NATO foreign ministers");
    assertThat(september.verdict()).isEqualTo("mismatch");
    assertThat(september.differences())
        .containsExactly(new CheckReply.Difference("date", "In September", "Last month"));
    assertThat(september.evidence().getFirst().excerpt().text())
        .isEqualTo("Last month, Mark Rutte met NATO foreign ministers");
  }

  @Test
  void aDateThatHoldsTheDaySupportsTheClaim() {
    CheckReply month = verdict("Rutte congratulated Trump in November");
    assertThat(month.verdict()).isEqualTo("supported");
    assertThat(month.note())
        .isEqualTo("“November” includes 2024-11-06, the day the source calls “Wednesday”.");
    assertThat(verdict("Rutte congratulated Trump in 2024").verdict()).isEqualTo("supported");
  }

  @Test
  void anotherDayWrittenAnotherWayIsADateMismatch() {
    for (String[] c :
        new String[][] {
          {"Rutte congratulated Trump on November 7", "November 7"},
          {"Mark Rutte on November 7 congratulated Donald Trump", "November 7"},
          {"Mark Rutte on 2024-11-05 congratulated Donald Trump", "2024-11-05"},
          {"Rutte congratulated Trump in December", "December"},
          {"Rutte congratulated Trump in 2023", "2023"},
          // Khaleej Times: "under Trump's 2017-2021 presidency": a span ends where it says
          {"The alliance took a hit under Trump's 2017-2022 presidency", null}
        }) {
      CheckReply r = verdict(c[0]);
      assertThat(r.verdict()).as(c[0]).isEqualTo("mismatch");
      if (c[1] != null) {
        assertThat(r.differences()).as(c[0]).contains(new Difference("date", c[1], "Wednesday"));
      } else {
        assertThat(r.differences()).as(c[0]).extracting(Difference::kind).contains("date");
      }
      assertThat(r.evidence()).as(c[0]).isNotEmpty().noneMatch(Evidence::supports);
    }
  }

  @Test
  void aClaimsOwnRelativeDayIsNotReadAgainstTheArticle() {
    // "yesterday" counts from the day the claim is typed: no day to compare with Wednesday
    CheckReply r = verdict("Rutte congratulated Trump yesterday");
    assertThat(r.differences()).noneMatch(d -> d.kind().equals("date"));
    // but the reply says so (before, nothing did: "last week" for Radio Romania's "Last month"
    // was supported without a word; the review of 2026-11-29 01:00 UTC)
    assertThat(r.note())
        .isEqualTo(
            "\"yesterday\" counts from the day the claim is made, so it was not checked against"
                + " the sources' dates.");
    CheckReply week = verdict("Rutte met NATO foreign ministers last week");
    assertThat(week.verdict()).isEqualTo("supported");
    assertThat(week.note()).startsWith("\"last week\" counts from the day the claim is made");
    assertThat(verdict("Rutte congratulated Trump on Wednesday").note()).isNull();
  }
}
