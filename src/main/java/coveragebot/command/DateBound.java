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
    String upper = v.toUpperCase(java.util.Locale.ROOT); // 2024-w45 as 2024-W45
    var iso = TimeValue.parseIso(upper);
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
    String range = outOfRange(upper);
    if (range != null) {
      throw new UsageException(
          option + ":" + CommandLineParser.clip(v) + " cannot be used as a date (" + range + ").",
          HINT);
    }
    throw new UsageException(option + ":" + CommandLineParser.clip(v) + " is not a date.", HINT);
  }

  private static final java.util.regex.Pattern ISO_PART =
      java.util.regex.Pattern.compile("(\\d{4})-([WQH]?)(\\d{1,2})");

  /**
   * Why an ISO month, week, quarter or half that {@link TimeValue#parseIso} refused cannot be read
   * ("2024 has weeks 1 to 52", or one digit where it takes two), or null when {@code iso} is not of
   * that form.
   */
  static String outOfRange(String iso) {
    java.util.regex.Matcher m = ISO_PART.matcher(iso);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    int n = Integer.parseInt(m.group(3));
    String kind = m.group(2);
    long last =
        switch (kind) {
          case "W" ->
              java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR
                  .rangeRefinedBy(java.time.LocalDate.of(year, 6, 1))
                  .getMaximum();
          case "Q" -> 4;
          case "H" -> 2;
          default -> 12;
        };
    if (n >= 1 && n <= last) {
      return "write it with two digits, as " + String.format("%d-%s%02d", year, kind, n);
    }
    return switch (kind) {
      case "W" -> "no week " + n + ": " + year + " has weeks 1 to " + last;
      case "Q" -> "no quarter " + n + ": a year has quarters Q1 to Q4";
      case "H" -> "no half " + n + ": a year has halves H1 and H2";
      default -> "no month " + n + ": write a month as 01 to 12";
    };
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
