package coveragebot.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalRecognizerTest {
  private final TemporalRecognizer recognizer = new TemporalRecognizer();

  /** "text=value" or "text!reason" for each mention, in text order. */
  private List<String> read(String text, LocalDate published) {
    return recognizer.find(text, 0, text.length(), published).stream()
        .map(
            m -> {
              assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
              return m.resolved() ? m.text() + "=" + m.value().iso() : m.text() + "!" + m.reason();
            })
        .toList();
  }

  private static final LocalDate TUE_5_NOV_2024 = LocalDate.of(2024, 11, 5);

  @Test
  void absoluteDatesInEveryWrittenOrderKeepTheirGranularity() {
    assertThat(
            read(
                "It began on November 4, 2024, met 5 November 2024, in October 2024, in 2022,"
                    + " and 2024-11-03.",
                null))
        .containsExactly(
            "November 4, 2024=2024-11-04",
            "5 November 2024=2024-11-05",
            "October 2024=2024-10",
            "2022=2022",
            "2024-11-03=2024-11-03");
  }

  @Test
  void digitsGluedToAWordAreNoYear() {
    // QA: 'Rutte said "q1800".' was an event of the year 1800
    assertThat(read("Rutte said \"q1800\" and flew an F2024 in 2022.", null))
        .containsExactly("2022=2022");
  }

  @Test
  void rangesAreIntervalsNotDurations() {
    assertThat(read("Under the 2017-2021 presidency, from 2017 to 2021, and 2009–13.", null))
        .containsExactly("2017-2021=2017/2021", "from 2017 to 2021=2017/2021", "2009–13=2009/2013");
  }

  @Test
  void bareMonthIsTheMostRecentOneUnlessTheVerbPointsAhead() {
    assertThat(read("Trump warned in February that he would act.", TUE_5_NOV_2024))
        .containsExactly("February=2024-02");
    assertThat(read("The summit will be held in February.", TUE_5_NOV_2024))
        .containsExactly("February=2025-02");
    assertThat(read("He took office on 1st October.", TUE_5_NOV_2024))
        .containsExactly("1st October=2024-10-01");
  }

  @Test
  void weekdaysFollowTheTenseAndTheSameDayIsThePublicationDay() {
    assertThat(read("Rutte said in Berlin Monday.", TUE_5_NOV_2024))
        .containsExactly("Monday=2024-11-04");
    assertThat(read("Leaders will meet on Monday.", TUE_5_NOV_2024))
        .containsExactly("Monday=2024-11-11");
    assertThat(read("If Trump wins Tuesday's election.", TUE_5_NOV_2024))
        .containsExactly("Tuesday=2024-11-05");
    assertThat(read("Nato will stay united, Rutte said on Friday.", TUE_5_NOV_2024))
        .containsExactly("Friday=2024-11-01");
    // the date belongs to "said", not to the reported "will"
    assertThat(read("Rutte said on Friday that NATO will stay united.", TUE_5_NOV_2024))
        .containsExactly("Friday=2024-11-01");
  }

  @Test
  void aFutureVerbInsideAQuotationDoesNotDateTheReportedEvent() {
    // the date belongs to the clause that holds it ("said ... on Monday"), not to the quotation
    for (String quoted :
        List.of(
            "Mark Rutte said \"we will stay united\" on Monday.",
            "Mark Rutte said on Monday that \"we will stay united\".",
            "Mark Rutte said \u201Cwe will stay united\u201D on Monday.",
            "Mark Rutte said 'we will stay united' on Monday.",
            "Mark Rutte said \u2018we\u2019ll stay united\u2019 on Monday.",
            "Rutte said \"we won't give up, we'll stay united\" in Berlin on Monday.",
            "\u201CWe will stay united,\u201D Rutte said in Berlin on Monday.",
            "Nato will stay united.\" Rutte said this on Monday.")) {
      assertThat(read(quoted, TUE_5_NOV_2024)).as(quoted).containsExactly("Monday=2024-11-04");
    }
    // a future verb outside the quotation, or the date inside it, still points ahead
    for (String ahead :
        List.of(
            "Rutte will speak on Monday.",
            "Rutte will speak on Monday, he \"said\".",
            "Rutte will say \"we stayed united\" on Monday.",
            "\"We will meet on Monday,\" Rutte said.",
            "\u201COn Monday, we will stay united,\u201D Rutte said.",
            "Rutte's team will meet on Monday.")) {
      assertThat(read(ahead, TUE_5_NOV_2024)).as(ahead).containsExactly("Monday=2024-11-11");
    }
  }

  @Test
  void expectedScheduledAndHopedForPointAhead() {
    // QA: the "-ed" of "expected" and "scheduled" read as past verbs, so what was announced for
    // Thursday went on the timeline the Thursday before publication
    for (String ahead :
        List.of(
            "Rutte is expected to meet Trump on Thursday.",
            "Results are expected on Thursday.",
            "The summit is scheduled for Thursday.",
            "The summit, scheduled for Thursday, will discuss Ukraine.",
            "Rutte hopes to meet Trump on Thursday.")) {
      assertThat(read(ahead, TUE_5_NOV_2024)).as(ahead).containsExactly("Thursday=2024-11-07");
    }
    // with a past verb of their own they still point back
    for (String back :
        List.of("The result was expected on Thursday.", "As expected, Trump won on Thursday.")) {
      assertThat(read(back, TUE_5_NOV_2024)).as(back).containsExactly("Thursday=2024-10-31");
    }
  }

  @Test
  void modalsAndTheSimplePresentOfAScheduledEventPointAhead() {
    // QA: "could meet on Thursday" and "NATO leaders meet on Thursday" went on the timeline the
    // Thursday before publication
    for (String ahead :
        List.of(
            "Leaders could meet on Thursday.",
            "Rutte said leaders could meet on Thursday.",
            "Trump may visit Kyiv on Thursday.",
            "Trump might not attend on Thursday.",
            "The vote could be held on Thursday.",
            "NATO leaders meet on Thursday.",
            "Rutte meets Trump on Thursday.",
            "Talks begin on Thursday, Rutte said.",
            "Rutte, who meets Trump on Thursday, was in Berlin.",
            "Americans go to the polls on Thursday.")) {
      assertThat(read(ahead, TUE_5_NOV_2024)).as(ahead).containsExactly("Thursday=2024-11-07");
    }
    for (String back :
        List.of(
            "Rutte said on Thursday.",
            "Rutte said on Thursday that leaders could meet soon.",
            "Leaders could have met on Thursday.",
            "Rutte could not be reached for comment on Thursday.",
            "Rutte went to Brussels to meet Stoltenberg on Thursday.",
            "Rutte did not meet Trump on Thursday.",
            "Rutte didn\u2019t meet Trump on Thursday.",
            "Rutte met Trump on Thursday in May.")) {
      assertThat(read(back, TUE_5_NOV_2024)).as(back).contains("Thursday=2024-10-31");
    }
    assertThat(read("Rutte said on Monday that leaders meet on Thursday.", TUE_5_NOV_2024))
        .containsExactly("Monday=2024-11-04", "Thursday=2024-11-07");
  }

  @Test
  void anUpcomingElectionDoesNotMoveAPastPressConferenceAhead() {
    // QA: Daily Mail Nigeria's lead, dated, put the Berlin press conference on the Monday after
    // publication: the adjective "upcoming" was nearer to "Monday" than the verb "reaffirmed"
    String lead =
        "NATO Secretary General Mark Rutte, reaffirmed the alliance’s commitment to unity"
            + " irrespective of the results of the upcoming US elections during a press conference"
            + " in Berlin on Monday.";
    assertThat(read(lead, TUE_5_NOV_2024)).containsExactly("Monday=2024-11-04");
    assertThat(read("Rutte spoke about the upcoming election in Berlin on Monday.", TUE_5_NOV_2024))
        .containsExactly("Monday=2024-11-04");
    // with no verb to go by, an upcoming or forthcoming event is still ahead
    assertThat(read("The upcoming summit on Thursday.", TUE_5_NOV_2024))
        .containsExactly("Thursday=2024-11-07");
    assertThat(read("Leaders gather for the forthcoming summit on Thursday.", TUE_5_NOV_2024))
        .containsExactly("Thursday=2024-11-07");
    assertThat(read("The upcoming summit on Thursday, Rutte said, is key.", TUE_5_NOV_2024))
        .containsExactly("Thursday=2024-11-07");
  }

  @Test
  void quotationsAreToldFromApostrophes() {
    String text =
        "Rutte's \"we'll stay\" and the leaders' 'own' plan in the '90s, \u2018yes\u2019.";
    int[] q = Tense.quotations(text, 0, text.length());
    List<String> quoted = new java.util.ArrayList<>();
    for (int k = 0; k < q.length; k += 2) {
      quoted.add(text.substring(q[k], q[k + 1]));
    }
    assertThat(quoted).containsExactly("we'll stay", "own", "yes");
    String opened = "he said. We will stay united,\" Rutte said";
    int[] before = Tense.quotations(opened, 9, opened.length());
    assertThat(opened.substring(before[0], before[1])).isEqualTo("We will stay united,");
  }

  @Test
  void relativeExpressionsAroundAYearBoundary() {
    LocalDate newYear = LocalDate.of(2025, 1, 1);
    assertThat(
            read(
                "Yesterday the talks ended. Last week they began. Last month was tense."
                    + " Next year will tell. Earlier this month, nothing. Two years ago, war.",
                newYear))
        .containsExactly(
            "Yesterday=2024-12-31",
            "Last week=2024-W52",
            "Last month=2024-12",
            "Next year=2026",
            "Earlier this month=2025-01",
            "Two years ago=2023");
    // 29 December 2024 is a Sunday in ISO week 2024-W52; a week later is 2025-W01.
    assertThat(read("Last week was quiet.", LocalDate.of(2025, 1, 6)))
        .containsExactly("Last week=2025-W01");
  }

  @Test
  void theDayBeforeYesterdayIsTwoDaysBackNotYesterday() {
    // QA: "the day before yesterday" was read as "yesterday", a day late on the timeline
    assertThat(read("The meeting was held the day before yesterday.", TUE_5_NOV_2024))
        .containsExactly("the day before yesterday=2024-11-03");
    assertThat(read("The results will be known the day after tomorrow.", TUE_5_NOV_2024))
        .containsExactly("the day after tomorrow=2024-11-07");
    assertThat(read("The Day before yesterday, nothing.", null))
        .containsExactly(
            "The Day before yesterday!relative to the publication date, but the article is"
                + " undated");
  }

  @Test
  void partsOfThePublicationDayAndWeekendsAreReadFromIt() {
    // QA: "this morning", "last night", "last weekend" were not read at all
    assertThat(
            read(
                "Rutte met Scholz this morning. They spoke last night. Talks went on this"
                    + " afternoon and this evening. Leaders meet tonight. Protests took place last"
                    + " weekend. Earlier this week, Rutte was in Berlin.",
                TUE_5_NOV_2024))
        .containsExactly(
            "this morning=2024-11-05",
            "last night=2024-11-04",
            "this afternoon=2024-11-05",
            "this evening=2024-11-05",
            "tonight=2024-11-05",
            "last weekend=2024-11-02/2024-11-03",
            "Earlier this week=2024-W45");
    // a weekend is Saturday and Sunday: "last weekend" is the one before the publication's
    // week-end, "this weekend" the publication's own, or the one just gone when the verb points
    // back from a weekday
    LocalDate sunday = LocalDate.of(2024, 11, 10);
    assertThat(read("Protests took place last weekend.", sunday))
        .containsExactly("last weekend=2024-11-02/2024-11-03");
    assertThat(read("Protests took place this weekend.", sunday))
        .containsExactly("this weekend=2024-11-09/2024-11-10");
    assertThat(read("Leaders will meet this weekend.", TUE_5_NOV_2024))
        .containsExactly("this weekend=2024-11-09/2024-11-10");
    assertThat(read("Protesters marched this weekend.", TUE_5_NOV_2024))
        .containsExactly("this weekend=2024-11-02/2024-11-03");
    // an undated article invents no day, and a "night" or "weekend" on its own says no date
    assertThat(read("They spoke last night and met last weekend.", null))
        .containsExactly(
            "last night!relative to the publication date, but the article is undated",
            "last weekend!relative to the publication date, but the article is undated");
    assertThat(read("Every night and every weekend, the night shift works.", TUE_5_NOV_2024))
        .isEmpty();
  }

  @Test
  void earlyMidAndLateKeepTheMonthOrYearTheyQualify() {
    // QA: "mid-October" and "mid-2025" were not read; "early October" lost its "early"
    assertThat(
            read(
                "Rutte took office in mid-October and met Scholz in late October.", TUE_5_NOV_2024))
        .containsExactly("mid-October=2024-10", "late October=2024-10");
    assertThat(read("The summit will be held in mid-February.", TUE_5_NOV_2024))
        .containsExactly("mid-February=2025-02");
    assertThat(read("Early October 2023, mid-2025, by late 2024, in the mid-1990s.", null))
        .containsExactly("Early October 2023=2023-10", "mid-2025=2025", "late 2024=2024");
    assertThat(read("Talks resume early next year; they began late last month.", TUE_5_NOV_2024))
        .containsExactly("early next year=2025", "late last month=2024-10");
    // an undated article invents no year
    assertThat(read("It happened in mid-October.", null))
        .containsExactly("mid-October!no year given, and the article is undated");
    assertThat(read("Early voting, a mid-air turn and late 2000 troops.", TUE_5_NOV_2024))
        .isEmpty();
  }

  @Test
  void aDayAndItsMonthWrittenTogetherAreOneDayAndADayAloneIsNone() {
    // QA asked for "on 1st October" as one day: it is, in every order
    assertThat(
            read(
                "He took office on 1st October, on October 1st, on the 1st of October and on 1"
                    + " October.",
                TUE_5_NOV_2024))
        .containsExactly(
            "1st October=2024-10-01",
            "October 1st=2024-10-01",
            "the 1st of October=2024-10-01",
            "1 October=2024-10-01");
    // a day apart from its month is not read with it: the month stays a month, no day is made up
    assertThat(read("Rutte took office in October, on the 1st.", TUE_5_NOV_2024))
        .containsExactly("October=2024-10");
    assertThat(read("He took office on the 1st.", TUE_5_NOV_2024)).isEmpty();
  }

  @Test
  void aWeekdayOfLastOrNextWeekIsInThatWeek() {
    // QA: "on Monday last week" was this week's Monday plus a separate "last week"
    assertThat(read("Rutte met Scholz on Monday last week.", TUE_5_NOV_2024))
        .containsExactly("Monday last week=2024-10-28");
    assertThat(read("Rutte will meet Scholz on Friday of next week.", TUE_5_NOV_2024))
        .containsExactly("Friday of next week=2024-11-15");
    assertThat(read("Rutte met Scholz on Thursday this week.", LocalDate.of(2024, 11, 8)))
        .containsExactly("Thursday this week=2024-11-07");
    // a week's possessive belongs to what follows it, not to the weekday
    assertThat(read("Rutte said on Monday last week's talks went well.", TUE_5_NOV_2024))
        .containsExactly("Monday=2024-11-04", "last week=2024-W44");
  }

  @Test
  void halvesAndQuarters() {
    assertThat(read("Almost 21 billion in the first part of 2024 and Q3 2023.", null))
        .containsExactly("the first part of 2024=2024-H1", "Q3 2023=2023-Q3");
  }

  @Test
  void unresolvableExpressionsKeepTheirReason() {
    assertThat(
            read(
                "He met them on Monday. One day Ukraine will join. He worked for four years.",
                null))
        .containsExactly(
            "Monday!relative to the publication date, but the article is undated",
            "One day!vague: no date is given",
            "four years!a duration, not a date");
  }

  @Test
  void impossibleAmbiguousAndContradictoryDatesAreReportedNotGuessed() {
    assertThat(
            read(
                "On 31 February 2024, on 5/11/24, on 5/11/2024, on 13/11/2024 and on"
                    + " Tuesday 6 November 2024.",
                null))
        .containsExactly(
            "31 February 2024!no such date: 31 February 2024",
            "5/11/24!two-digit year: the century is not stated",
            "5/11/2024!ambiguous: day/month or month/day; the outlet's order is unknown",
            "13/11/2024=2024-11-13",
            "Tuesday 6 November 2024!contradiction: 2024-11-06 is a Wednesday, not a Tuesday");
  }

  @Test
  void dottedDatesAreDayFirst() {
    assertThat(read("Updated 05.11.2024, 13:50", null)).containsExactly("05.11.2024=2024-11-05");
  }

  @Test
  void anExpressionAtTheVeryEndOfTheTextIsFound() {
    assertThat(read("It happened in 2022", null)).containsExactly("2022=2022");
    assertThat(read("See you on Monday", TUE_5_NOV_2024)).hasSize(1);
    assertThat(read("Monday", TUE_5_NOV_2024)).containsExactly("Monday=2024-11-04");
  }

  @Test
  void theVerbMayAndNumbersThatAreNotYearsAreNotDates() {
    assertThat(
            read(
                "Whoever that person may be, 2000 troops and 40 billion euros in the 32-nation"
                    + " alliance.",
                TUE_5_NOV_2024))
        .isEmpty();
  }
}
