package coveragebot.command;

import coveragebot.extract.time.TemporalMention;
import coveragebot.extract.time.TemporalRecognizer;
import coveragebot.extract.time.TimeValue;
import java.util.List;

/**
 * Reads the {@code from:} and {@code to:} of {@code /timeline}: ISO forms ({@code 2024-11-04},
 * {@code 2024-11}, {@code 2024}, {@code 2024-W44}, {@code 2024-Q4}, {@code 2024-H2}) or one written
 * date ("4 November 2024", "November 2024"). Relative words ("yesterday") are refused: a command
 * has no publication date to resolve them against.
 */
final class DateBound {
  private final TemporalRecognizer recognizer;

  DateBound(TemporalRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  TimeValue read(String option, String raw) throws UsageException {
    String v = raw.strip();
    var iso = TimeValue.parseIso(v);
    if (iso.isPresent()) {
      return iso.get();
    }
    List<TemporalMention> found = recognizer.find(v, 0, v.length(), null);
    if (found.size() == 1 && found.get(0).text().length() == v.length()) {
      TemporalMention m = found.get(0);
      if (m.resolved()) {
        return m.value();
      }
      throw new UsageException(
          option
              + ":"
              + CommandLineParser.clip(v)
              + " cannot be used as a date ("
              + why(m.reason())
              + ").",
          HINT);
    }
    throw new UsageException(option + ":" + CommandLineParser.clip(v) + " is not a date.", HINT);
  }

  /**
   * The recognizer's reason, in a command's terms: its reasons for relative and year-less dates
   * speak of an article's publication date, which a command line does not have.
   */
  private static String why(String reason) {
    if (reason.equals(TemporalRecognizer.NO_DAY)) {
      return "it counts from a day, and a command has none to count from";
    }
    if (reason.equals(TemporalRecognizer.NO_YEAR)) {
      return "it has no year";
    }
    return reason;
  }

  static final String HINT =
      "Write a date as 2024-11-04, 2024-11, 2024 or 4 November 2024, for example"
          + " /timeline from:2024-10 to:2024-11-05";
}
