package coveragebot.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/** The words and numbers dates are written with, and the checks every full date goes through. */
final class DateWords {
  private DateWords() {}

  static final String MONTH_FULL =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  // Full names first; an abbreviation may take a dot, a full name may not (it ends a sentence).
  static final String MON =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)";
  static final String WEEKDAY_NAME = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  static final String WD = "\\b(?:" + WEEKDAY_NAME + ",?\\s+)?";
  static final String ORD = "(\\d{1,2})(?:st|nd|rd|th)?";

  /** A year of four digits, not an amount ("2000 troops", "2024%") nor part of a longer number. */
  static final String YEAR_NUMBER =
      "(1[89]\\d{2}|20\\d{2})(?![\\d%/-]|[.,]\\d|\\s*(?:troops|people|soldiers|km|euros?|dollars))";

  /** A full date, checking that it exists and that a stated weekday agrees with it. */
  static Outcome date(String weekday, String year, int month, String day) {
    if (month < 1 || month > 12) {
      return Outcome.unresolved("no such date: month " + month);
    }
    LocalDate d;
    try {
      d = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return Outcome.unresolved(
          "no such date: " + day + " " + Anchor.monthName(month) + " " + year);
    }
    if (weekday != null && dayOfWeek(weekday) != d.getDayOfWeek()) {
      return Outcome.unresolved(
          "contradiction: " + d + " is a " + name(d.getDayOfWeek()) + ", not a " + weekday);
    }
    return Outcome.of(TimeValue.day(d));
  }

  /** A numeric date, day first; a two-digit year is not guessed. */
  static Outcome numeric(String day, String month, String year) {
    if (year.length() != 4) {
      return Outcome.unresolved("two-digit year: the century is not stated");
    }
    return date(null, year, Integer.parseInt(month), day);
  }

  static int month(String name) {
    return switch (name.substring(0, 3)) {
      case "Jan" -> 1;
      case "Feb" -> 2;
      case "Mar" -> 3;
      case "Apr" -> 4;
      case "May" -> 5;
      case "Jun" -> 6;
      case "Jul" -> 7;
      case "Aug" -> 8;
      case "Sep" -> 9;
      case "Oct" -> 10;
      case "Nov" -> 11;
      default -> 12;
    };
  }

  static DayOfWeek dayOfWeek(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  static String name(DayOfWeek d) {
    return d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
  }

  static int ordinal(String w) {
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      default -> 4;
    };
  }

  static int count(String w) {
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "a", "an", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven" -> 7;
      case "eight" -> 8;
      case "nine" -> 9;
      case "ten" -> 10;
      default -> Integer.parseInt(w);
    };
  }
}
