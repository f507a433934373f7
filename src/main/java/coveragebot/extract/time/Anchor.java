package coveragebot.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * What a relative or year-less expression is resolved against: the article's publication date (null
 * when the article is undated), the tense around the expression and an explicit modifier ("last",
 * "next", "this") that overrides the tense. The tense is read from the sentence only when a rule
 * asks for it: most expressions (a full date, a year) do not need it.
 */
record Anchor(LocalDate published, java.util.function.Supplier<Tense> tenseOf, String modifier) {

  Tense tense() {
    return tenseOf.get();
  }

  static final String UNDATED = "relative to the publication date, but the article is undated";
  static final String NO_YEAR = "no year given, and the article is undated";

  private boolean back() {
    if ("last".equals(modifier)) {
      return true;
    }
    return !"next".equals(modifier) && tense() == Tense.PAST;
  }

  /** "Monday": the publication day itself when it is a Monday, else the one the tense points to. */
  Outcome weekday(DayOfWeek day) {
    if (published == null) {
      return Outcome.unresolved(UNDATED);
    }
    if (published.getDayOfWeek() == day && modifier == null) {
      return Outcome.of(TimeValue.day(published));
    }
    return Outcome.of(
        TimeValue.day(
            published.with(
                back() ? TemporalAdjusters.previous(day) : TemporalAdjusters.next(day))));
  }

  /** "Monday last week": that day of the ISO week {@code weeks} from the publication's. */
  Outcome dayOfWeek(DayOfWeek day, int weeks) {
    if (published == null) {
      return Outcome.unresolved(UNDATED);
    }
    return Outcome.of(TimeValue.day(published.plusWeeks(weeks).with(day)));
  }

  /** "in February": the most recent February on or before publication, unless told otherwise. */
  Outcome month(int month) {
    if (published == null) {
      return Outcome.unresolved(NO_YEAR);
    }
    int now = published.getMonthValue();
    int year = published.getYear();
    if ("last".equals(modifier)) {
      year = month < now ? year : year - 1;
    } else if ("next".equals(modifier)) {
      year = month > now ? year : year + 1;
    } else if (back()) {
      year = month <= now ? year : year - 1;
    } else {
      year = month >= now ? year : year + 1;
    }
    return Outcome.of(TimeValue.month(YearMonth.of(year, month)));
  }

  /** "on 1st October": the year comes from the publication date and the tense. */
  Outcome dayOfMonth(int month, int day) {
    if (published == null) {
      return Outcome.unresolved(NO_YEAR);
    }
    int year = published.getYear();
    if (day < 1 || day > java.time.Month.of(month).maxLength()) {
      return Outcome.unresolved("no such date: " + day + " " + monthName(month));
    }
    // 29 February exists only in leap years: step to the nearest year that has it.
    LocalDate candidate = validOr(year, month, day);
    if (back()) {
      for (int y = year - 1; candidate == null || candidate.isAfter(published); y--) {
        candidate = validOr(y, month, day);
      }
    } else {
      for (int y = year + 1; candidate == null || candidate.isBefore(published); y++) {
        candidate = validOr(y, month, day);
      }
    }
    return Outcome.of(TimeValue.day(candidate));
  }

  private static LocalDate validOr(int year, int month, int day) {
    return YearMonth.of(year, month).isValidDay(day) ? LocalDate.of(year, month, day) : null;
  }

  /** "yesterday", "last week", "next year", "earlier this month", "two years ago". */
  Outcome relative(String unit, int offset) {
    if (published == null) {
      return Outcome.unresolved(UNDATED);
    }
    return Outcome.of(
        switch (unit) {
          case "day" -> TimeValue.day(published.plusDays(offset));
          case "week" -> TimeValue.week(published.plusWeeks(offset));
          case "month" -> TimeValue.month(YearMonth.from(published).plusMonths(offset));
          default -> TimeValue.year(published.getYear() + offset);
        });
  }

  /**
   * "last weekend": the Saturday and Sunday before the publication's week-end (the ISO week ends on
   * Sunday); "this weekend": the publication's own, or the one just gone when the verb points back
   * from a weekday ("Protesters marched this weekend" in a Tuesday article).
   */
  Outcome weekend(boolean last) {
    if (published == null) {
      return Outcome.unresolved(UNDATED);
    }
    LocalDate sunday = published.with(DayOfWeek.SUNDAY);
    boolean onTheWeekend = published.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
    if (last || (!onTheWeekend && tense() == Tense.PAST)) {
      sunday = sunday.minusWeeks(1);
    }
    return Outcome.of(
        TimeValue.interval(TimeValue.day(sunday.minusDays(1)), TimeValue.day(sunday)));
  }

  static String monthName(int month) {
    return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
