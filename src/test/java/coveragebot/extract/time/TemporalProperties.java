package coveragebot.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any run of numbers (impossible months and days among them), month and weekday names,
 * separators and modifiers, the date rules never throw and never hang, and every expression they
 * find is the exact text at its offsets. An article is read by these rules at start-up, so one that
 * throws stops the bot from starting. The {@code @Example}s replay inputs that once failed.
 */
public class TemporalProperties {
  /** Also the raw material of BotProperties' articles. */
  public static final List<String> PIECES =
      List.of(
          "0",
          "00",
          "1",
          "01",
          "12",
          "13",
          "29",
          "30",
          "31",
          "32",
          "45",
          "99",
          "2023",
          "2024",
          "2025",
          "0000",
          "9999",
          "-",
          "-",
          "/",
          "/",
          ".",
          ".",
          ",",
          " ",
          " ",
          " ",
          " ",
          "st",
          "th",
          "on ",
          "in ",
          "last ",
          "next ",
          "this ",
          "since ",
          "of ",
          "February",
          "Feb",
          "Feb.",
          "October",
          "Sept",
          "Monday",
          "Tuesday",
          "week",
          "month",
          "year",
          "ago",
          "yesterday",
          "earlier this ",
          "two ",
          "the ",
          "\n");

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(p -> String.join("", p));
  }

  @Provide
  Arbitrary<LocalDate> published() {
    return Arbitraries.of(
        LocalDate.of(2024, 11, 5), // a Tuesday
        LocalDate.of(2024, 2, 29),
        LocalDate.of(2023, 12, 31),
        LocalDate.of(2025, 1, 1));
  }

  @Property(tries = 1500)
  void neverThrowsAndEveryExpressionIsExact(
      @ForAll("text") String text, @ForAll("published") LocalDate published) {
    assertSound(text, published);
    assertSound(text, null);
  }

  /** 2024-13-45: an ISO date with no such month threw while wording why it was not resolved. */
  @Example
  void anIsoDateWithNoSuchMonth() {
    assertSound("The report dated 2024-13-45 and 2024-00-12 was wrong.", null);
    assertThat(read("dated 2024-13-45.", null))
        .containsExactly("2024-13-45!no such date: month 13");
  }

  /** "0 October": a day 0 made the search for a year with such a day run for ever. */
  @Example
  void dayZeroOfAMonth() {
    assertSound("It happened on 0 October and on 00 February.", LocalDate.of(2024, 11, 5));
  }

  private static final TemporalRecognizer RECOGNIZER = new TemporalRecognizer();

  private static List<String> read(String text, LocalDate published) {
    return RECOGNIZER.find(text, 0, text.length(), published).stream()
        .map(m -> m.resolved() ? m.text() + "=" + m.value().iso() : m.text() + "!" + m.reason())
        .toList();
  }

  private static void assertSound(String text, LocalDate published) {
    List<TemporalMention> found =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> RECOGNIZER.find(text, 0, text.length(), published));
    int end = 0;
    for (TemporalMention m : found) {
      assertThat(m.span().start()).isGreaterThanOrEqualTo(end);
      assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
      end = m.span().end();
    }
  }
}
