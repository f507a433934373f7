package coveragebot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
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
}
