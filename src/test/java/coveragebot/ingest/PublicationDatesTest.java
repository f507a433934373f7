package coveragebot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {
  private final PublicationDates dates = new PublicationDates();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Published: Tue 5 Nov 2024, 9:07 AM        | 2024-11-05T09:07
          Published: Tue 5 Nov 2024, 9:07 PM        | 2024-11-05T21:07
          Leyla Cheamil, 05.11.2024, 13:50          | 2024-11-05T13:50
          By AFP - Nov 06,2024 - Last updated at Nov 06,2024 | 2024-11-06
          November 5, 2024                          | 2024-11-05
          5 November 2024                           | 2024-11-05
          Wednesday, 6th November 2024              | 2024-11-06
          2024-11-05T13:50                          | 2024-11-05T13:50
          Updated 2024-11-05                        | 2024-11-05
          """)
  void readsTheFormatsNewsSitesUse(String line, String iso) {
    Optional<PublicationDates.Found> found = dates.find(line, 0, line.length());
    assertThat(found).isPresent();
    assertThat(found.get().published().iso()).isEqualTo(iso);
    assertThat(found.get().span().of(line)).isNotBlank();
  }

  @Test
  void everyMonthIsReadAsItsNumberWrittenInFullOrShort() {
    for (java.time.Month m : java.time.Month.values()) {
      String full = m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
      String iso = String.format("2024-%02d-07", m.getValue());
      for (String name :
          java.util.List.of(full, full.substring(0, 3), full.toUpperCase(java.util.Locale.ROOT))) {
        for (String line : java.util.List.of("7 " + name + " 2024", name + " 7, 2024")) {
          assertThat(dates.find(line, 0, line.length()).map(f -> f.published().iso()))
              .as(line)
              .contains(iso);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          31.02.2024, 10:00
          Rutte said on Monday
          2017-2021 presidency
          """)
  void ignoresImpossibleOrMissingDates(String line) {
    assertThat(dates.find(line, 0, line.length())).isEmpty();
  }

  private static final String[] PIECES = {
    "2024",
    "202",
    "1",
    "05",
    "11",
    "13:50",
    "9:07",
    " ",
    ",",
    ".",
    "-",
    "T",
    ":",
    "AM",
    "pm",
    "Nov",
    "nov",
    "NOV",
    "November",
    "Sept",
    "sept",
    "May",
    "mAr",
    "Dec.",
    "jun",
    "July",
    "Tue",
    "Wednesday",
    "th",
    "st",
    "on",
    "at",
    "x",
    "É",
    "\u212a",
    "\u017f",
    "İ",
    "٢",
    "\u00a0",
    "\t",
    "Published:",
    "Updated",
    "By AFP",
    "Jan",
    "fe",
    "b",
    "O",
    "ct"
  };

  /** The four formats' parts in their orders, each with variants and near misses. */
  private static final String[][][] SHAPES = {
    { // day month year
      {"", "Tue ", "Wednesday, ", "x"},
      {"5", "05", "6th", "1st", "31"},
      {" ", "  ", "\u00a0", ""},
      {"Nov", "November", "nov.", "Sept", "MAY", "fe", "\u212aov"},
      {" ", ", ", ","},
      {"2024", "202", "20245"},
      {"", ", 9:07 AM", " 13:50", " at 9.07 p.m."}
    },
    { // month day, year
      {"", "Tue ", "Published: "},
      {"Nov", "November", "nov.", "Sept", "Dec.", "\u017fep"},
      {" ", "\t", ""},
      {"06", "5", "6th"},
      {",", ", ", " "},
      {"2024", "202"},
      {"", ", 9:07 AM", " 13:50"}
    },
    { // dotted
      {"", "Leyla Cheamil, "},
      {"05", "5", "123"},
      {".", ","},
      {"11", "1"},
      {".", "-"},
      {"2024", "24"},
      {"", ", 13:50", " 13.50"}
    },
    { // ISO
      {"", "Updated "},
      {"2024", "202"},
      {"-", "."},
      {"11", "1"},
      {"-", "/"},
      {"05", "5"},
      {"", "T13:50", " 13:50", "T1350"}
    }
  };

  private static String dateShaped(Random r) {
    StringBuilder b = new StringBuilder();
    for (String[] part : SHAPES[r.nextInt(SHAPES.length)]) {
      // now and then a piece from anywhere instead
      b.append(r.nextInt(8) == 0 ? PIECES[r.nextInt(PIECES.length)] : part[r.nextInt(part.length)]);
    }
    return b.toString();
  }

  /**
   * A format the prefilters skip could not have matched: wherever a pattern finds a date-shaped
   * text in a line, the line has a four-digit year and passes that format's own prefilter.
   */
  @Test
  void thePrefiltersNeverSkipALineAPatternMatches() {
    Random r = new Random(20261127);
    int[] matched = new int[PublicationDates.Kind.values().length];
    for (int i = 0; i < 200_000; i++) {
      String line;
      if (r.nextBoolean()) {
        line = dateShaped(r);
      } else {
        StringBuilder b = new StringBuilder();
        for (int k = r.nextInt(9); k > 0; k--) {
          b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        line = b.toString();
      }
      for (PublicationDates.Kind kind : PublicationDates.Kind.values()) {
        if (kind.pattern.matcher(line).find()) {
          matched[kind.ordinal()]++;
          assertThat(PublicationDates.hasYear(line, 0, line.length())).as("[%s]", line).isTrue();
          assertThat(kind.mayMatch(line, PublicationDates.hasMonth(line)))
              .as("%s [%s]", kind, line)
              .isTrue();
        }
      }
    }
    for (PublicationDates.Kind kind : PublicationDates.Kind.values()) {
      assertThat(matched[kind.ordinal()]).as("lines %s matched", kind).isGreaterThan(250);
    }
  }
}
