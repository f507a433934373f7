package coveragebot.command;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.CoverageReply;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.EventsReply;
import coveragebot.reply.Reply;
import coveragebot.reply.TimelineReply;
import coveragebot.testing.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineCommandTest {
  private final Commands commands = Seeds.bot().commands();

  private TimelineReply timeline(String line) {
    Reply r = commands.run(line);
    assertThat(r).isInstanceOf(TimelineReply.class);
    return (TimelineReply) r;
  }

  private ErrorReply error(String line) {
    Reply r = commands.run(line);
    assertThat(r).isInstanceOf(ErrorReply.class);
    ErrorReply e = (ErrorReply) r;
    assertThat(e.kind()).isEqualTo(ErrorReply.Kind.USAGE);
    return e;
  }

  private static List<String> outlets(TimelineReply.Event e) {
    return java.util.stream.Stream.concat(e.tellings().stream(), e.undated().stream())
        .map(t -> t.excerpt().source().outlet())
        .toList();
  }

  @Test
  void daysComeInDateOrderAndEachQuotesTheSentenceAndTheExpressionInside() {
    TimelineReply r = timeline("/timeline");
    assertThat(r.days()).hasSizeGreaterThan(5);
    for (int i = 1; i < r.days().size(); i++) {
      String prev = r.days().get(i - 1).value();
      String cur = r.days().get(i).value();
      assertThat(
              coveragebot.extract.time.TimeValue.parseIso(cur.split("/")[0]).orElseThrow().first())
          .isAfterOrEqualTo(
              coveragebot.extract.time.TimeValue.parseIso(prev.split("/")[0])
                  .orElseThrow()
                  .first());
    }
    r.days().stream()
        .flatMap(d -> d.events().stream())
        .flatMap(e -> e.tellings().stream())
        .forEach(
            t -> {
              String file = Seeds.text(t.excerpt().file());
              assertThat(file.substring(t.expression().start(), t.expression().end()))
                  .isEqualTo(t.expressionText());
            });
    assertThat(r.unresolved()).isEmpty();
  }

  @Test
  void theBerlinPressConferenceIsOneEventToldByThreeOutletsOneOfThemUndated() {
    TimelineReply r = timeline("/timeline Berlin from:2024-11-04 to:2024-11-04");
    assertThat(r.days()).extracting(TimelineReply.Day::value).containsExactly("2024-11-04");
    TimelineReply.Event e = r.days().get(0).events().get(0);
    assertThat(outlets(e))
        .containsExactly("Khaleej Times", "Radio Romania International", "Daily Mail Nigeria");
    assertThat(e.undated()).hasSize(1);
    assertThat(e.undated().get(0).excerpt().source().published()).isNull();
  }

  @Test
  void theAfpCopiesOfThe2017To2021PresidencyMergeAcrossWordings() {
    TimelineReply r = timeline("/timeline presidency");
    TimelineReply.Day interval =
        r.days().stream().filter(d -> d.value().equals("2017/2021")).findFirst().orElseThrow();
    assertThat(interval.granularity()).isEqualTo("interval");
    assertThat(interval.events()).hasSize(1);
    assertThat(interval.events().get(0).tellings())
        .extracting(t -> t.expressionText())
        .containsExactly("2017-2021", "from 2017 to 2021");
  }

  @Test
  void differentThingsInTheSameMonthStaySeparate() {
    TimelineReply r = timeline("/timeline from:2024-10 to:2024-10");
    TimelineReply.Day october =
        r.days().stream().filter(d -> d.value().equals("2024-10")).findFirst().orElseThrow();
    assertThat(october.events()).hasSize(2);
    assertThat(r.days()).extracting(TimelineReply.Day::value).contains("2024-10-01", "2024-W44");
  }

  @Test
  void undatedStatementsAreShownOnlyWhenAskedForWithTheirReasons() {
    TimelineReply r = timeline("/timeline undated:yes");
    assertThat(r.unresolved()).isNotEmpty();
    assertThat(r.unresolved())
        .extracting(TimelineReply.Statement::reason)
        .contains("a duration, not a date", "vague: no date is given");
    assertThat(r.unresolved())
        .extracting(s -> s.telling().expressionText())
        .doesNotContain("2022", "Last week");
  }

  /**
   * With a limit, the undated statements say how many match in all: "/timeline undated:yes limit:1"
   * printed "Not dated (1):" when 6 matched (a QA pass, 2026-11-29).
   */
  @Test
  void aLimitOnUndatedStatementsSaysHowManyMatchInAll() {
    int all = timeline("/timeline undated:yes").unresolved().size();
    assertThat(all).isGreaterThan(1);
    TimelineReply one = timeline("/timeline undated:yes limit:1");
    assertThat(one.unresolved()).hasSize(1);
    assertThat(one.unresolvedTotal()).isEqualTo(all);
    assertThat(one.more()).isTrue();
    assertThat(new coveragebot.console.TextRenderer(false).render(one))
        .contains("Not dated (1 of " + all + "):");
    assertThat(
            new coveragebot.console.TextRenderer(false).render(timeline("/timeline undated:yes")))
        .contains("Not dated (" + all + "):");
  }

  @Test
  void aLimitKeepsTheFirstEventsInDateOrderAndSaysThatMoreMatch() {
    TimelineReply all = timeline("/timeline");
    assertThat(all.more()).isFalse();
    List<TimelineReply.Event> events = events(all);
    assertThat(events).hasSizeGreaterThan(3);
    TimelineReply first = timeline("/timeline limit:3");
    assertThat(events(first)).isEqualTo(events.subList(0, 3));
    assertThat(first.more()).isTrue();
    assertThat(timeline("/timeline limit:" + events.size()).more()).isFalse();
    TimelineReply undated = timeline("/timeline undated:yes limit:1");
    assertThat(undated.unresolved()).hasSize(1);
    assertThat(undated.more()).isTrue();
    assertThat(error("/timeline limit:0").message()).contains("limit");
  }

  private static List<TimelineReply.Event> events(TimelineReply r) {
    return r.days().stream().flatMap(d -> d.events().stream()).toList();
  }

  @Test
  void aWrittenDateWorksAsWellAsIso() {
    assertThat(timeline("/timeline from:4 November 2024 to:November 2024").days())
        .extracting(TimelineReply.Day::value)
        .containsExactly("2024-11-04", "2024-11-05", "2024-11-06");
  }

  /** Every event's first telling's text, in order. */
  private static List<String> texts(TimelineReply r) {
    return r.days().stream()
        .flatMap(d -> d.events().stream())
        .map(e -> e.tellings().getFirst().excerpt().text())
        .toList();
  }

  /**
   * A topic of several words needs them all, in the paragraph of the dated sentence: before, any
   * one word of the sentence did ("European defence spending" for "European Union"), and "Scholz",
   * named in the paragraph of Radio Romania's Monday event but not in its sentence, found nothing.
   */
  @Test
  void aboutNeedsEveryWordInTheEventsParagraph() {
    List<String> eu = texts(timeline("/timeline about:European Union"));
    assertThat(eu).hasSize(1);
    assertThat(eu.getFirst()).contains("Last week").contains("European Union");
    List<String> scholz = texts(timeline("/timeline about:Olaf Scholz"));
    assertThat(scholz).hasSize(1);
    assertThat(scholz.getFirst()).contains("in Berlin Monday");
    // each event shown stands in a passage with every word
    for (String topic : List.of("Trump", "Ukraine", "North Korea", "Rutte Brussels")) {
      TimelineReply r = timeline("/timeline about:" + topic);
      assertThat(r.days()).as(topic).isNotEmpty();
      for (TimelineReply.Day d : r.days()) {
        for (TimelineReply.Event e : d.events()) {
          boolean any = false;
          for (TimelineReply.Telling t : e.tellings()) {
            coveragebot.corpus.Passage p =
                Seeds.bot().corpus().passages().stream()
                    .filter(
                        x ->
                            x.file().equals(t.excerpt().file())
                                && x.start() <= t.excerpt().start()
                                && t.excerpt().start() < x.end())
                    .findFirst()
                    .orElseThrow();
            String lower = p.text().toLowerCase(java.util.Locale.ROOT);
            any |=
                java.util.Arrays.stream(topic.toLowerCase(java.util.Locale.ROOT).split(" "))
                    .allMatch(lower::contains);
          }
          assertThat(any).as(topic + " in " + e).isTrue();
        }
      }
    }
  }

  @Test
  void aboutWordsNotInAnyDatedSentenceExplainThemselves() {
    TimelineReply r = timeline("/timeline zeppelin");
    assertThat(r.days()).isEmpty();
    assertThat(r.note()).contains("No dated events about \"zeppelin\"");
  }

  @Test
  void coverageListsWhenEachOutletPublishedUndatedLast() {
    Reply r = commands.run("/timeline view:coverage");
    assertThat(r).isInstanceOf(CoverageReply.class);
    List<CoverageReply.Entry> outlets = ((CoverageReply) r).outlets();
    assertThat(outlets).hasSize(Seeds.bot().corpus().articles().size());
    assertThat(outlets.get(0).source().published().iso()).isEqualTo("2024-11-05T09:07");
    assertThat(outlets.get(outlets.size() - 1).source().published()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"from:soon", "to:2024-13", "from:31 February 2024", "to:yesterday"})
  void fromAndToThatAreNotDatesAreRefusedWithTheFormat(String option) {
    ErrorReply e = error("/timeline " + option);
    assertThat(e.message()).startsWith(option.substring(0, option.indexOf(':') + 1));
    assertThat(e.hint()).contains("2024-11-04");
  }

  @Test
  void aDateThatCannotBeUsedSaysWhyInTheCommandsTerms() {
    assertThat(error("/timeline to:yesterday").message())
        .isEqualTo(
            "to:yesterday cannot be used as a date (it counts from a day, and a command has none"
                + " to count from).");
    assertThat(error("/timeline from:4 November").message())
        .isEqualTo("from:4 November cannot be used as a date (it has no year).");
    assertThat(error("/timeline from:31 February 2024").message())
        .isEqualTo(
            "from:31 February 2024 cannot be used as a date (no such date: 31 February 2024).");
    assertThat(error("/timeline from:2024-13-45").message())
        .isEqualTo("from:2024-13-45 cannot be used as a date (no such date: month 13).");
  }

  @Test
  void theCoverageViewRefusesTheEventFiltersItWouldNotApply() {
    assertThat(error("/timeline view:coverage about:Trump from:2024-11-06").message())
        .isEqualTo(
            "view:coverage shows when each outlet published, over the whole coverage; it takes"
                + " no about:, from:.");
    assertThat(commands.run("/timeline view:coverage")).isNotInstanceOf(ErrorReply.class);
  }

  @Test
  void aMonthWeekQuarterOrHalfThatDoesNotExistIsNamedAndLowerCaseIsRead() {
    assertThat(error("/timeline from:2024-W53").message())
        .isEqualTo("from:2024-W53 cannot be used as a date (no week 53: 2024 has weeks 1 to 52).");
    assertThat(error("/timeline from:2020-w54").message())
        .isEqualTo("from:2020-w54 cannot be used as a date (no week 54: 2020 has weeks 1 to 53).");
    assertThat(error("/timeline to:2024-13").message())
        .isEqualTo("to:2024-13 cannot be used as a date (no month 13: write a month as 01 to 12).");
    assertThat(error("/timeline to:2024-Q5").message())
        .isEqualTo(
            "to:2024-Q5 cannot be used as a date (no quarter 5: a year has quarters Q1 to Q4).");
    assertThat(error("/timeline to:2024-h3").message())
        .isEqualTo("to:2024-h3 cannot be used as a date (no half 3: a year has halves H1 and H2).");
    assertThat(error("/timeline from:2024-1").message())
        .isEqualTo("from:2024-1 cannot be used as a date (write it with two digits, as 2024-01).");
    assertThat(error("/timeline from:2024-w5").message())
        .isEqualTo(
            "from:2024-w5 cannot be used as a date (write it with two digits, as 2024-W05).");
    // 2020 had a week 53; lower-case letters read as the ISO forms
    assertThat(commands.run("/timeline from:2020-w53 to:2024-q4"))
        .isInstanceOf(TimelineReply.class);
    assertThat(commands.run("/timeline from:2024-w45 to:2024-h2"))
        .isInstanceOf(TimelineReply.class);
  }

  @Test
  void fromAfterToIsRefusedAndTheSwapSuggested() {
    ErrorReply e = error("/timeline from:2024-12 to:2024-11-06");
    assertThat(e.message()).isEqualTo("from:2024-12 is after to:2024-11-06.");
    assertThat(e.hint()).contains("from:2024-11-06 to:2024-12");
    // a day inside the month it is compared with is not "after" it
    assertThat(commands.run("/timeline from:2024-11-06 to:2024-11"))
        .isInstanceOf(TimelineReply.class);
  }

  @Test
  void emptyOptionsAreRefusedNotIgnored() {
    assertThat(error("/timeline about:").message()).isEqualTo("about: is empty.");
    assertThat(error("/timeline from:").message()).isEqualTo("from: is empty.");
    assertThat(error("/timeline the of").message()).contains("no words to look for");
  }

  @Test
  void anUnknownViewIsNamed() {
    assertThat(error("/timeline view:calendar").message()).contains("events, coverage");
  }

  @Test
  void exportedEventsAreVerbatimForEverySeedAndKeepUnresolvedOnesWithReasons() {
    EventsReply all = Seeds.bot().events().events();
    assertThat(all.events())
        .extracting(i -> i.telling().excerpt().file())
        .containsAll(Seeds.bot().corpus().articles().stream().map(a -> a.file()).toList());
    for (EventsReply.Item i : all.events()) {
      String file = Seeds.text(i.telling().excerpt().file());
      assertThat(file.substring(i.telling().excerpt().start(), i.telling().excerpt().end()))
          .isEqualTo(i.telling().excerpt().text());
      assertThat(file.substring(i.telling().expression().start(), i.telling().expression().end()))
          .isEqualTo(i.telling().expressionText());
      assertThat(i.resolved()).isEqualTo(i.value() != null).isEqualTo(i.reason() == null);
      assertThat(i.resolved()).isEqualTo(i.granularity() != null);
    }
  }

  /**
   * The hint for an empty timeline names only what the request had: a period alone is not told to
   * use "fewer words" (it was, for "/timeline from:2025").
   */
  @Test
  void theHintForNothingFoundNamesWhatWasAsked() {
    String tail = "; /timeline view:coverage shows when each outlet published.";
    assertThat(((coveragebot.reply.TimelineReply) commands.run("/timeline from:2025")).note())
        .isEqualTo("No dated events in that period. Try a wider period" + tail);
    assertThat(((coveragebot.reply.TimelineReply) commands.run("/timeline zzyzx")).note())
        .isEqualTo("No dated events about \"zzyzx\". Try fewer words" + tail);
    assertThat(((coveragebot.reply.TimelineReply) commands.run("/timeline zzyzx from:2025")).note())
        .isEqualTo(
            "No dated events about \"zzyzx\" in that period. Try fewer words or a wider period"
                + tail);
  }
}
