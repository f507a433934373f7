package coveragebot.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A normalised date: its ISO-8601 form at its own granularity ({@code 2024-11-04}, {@code
 * 2024-W44}, {@code 2024-10}, {@code 2024-Q3}, {@code 2024-H1}, {@code 2022}, {@code 2017/2021})
 * and the days it covers, so that values of different granularity can be ordered and filtered.
 */
public record TimeValue(Granularity granularity, String iso, LocalDate first, LocalDate last) {
  public TimeValue {
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("a time value cannot end before it starts: " + iso);
    }
  }

  /**
   * One instance per distinct value: a large coverage names the same few days tens of thousands of
   * times.
   */
  private static final java.util.concurrent.ConcurrentHashMap<TimeValue, TimeValue> CANONICAL =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The one kept instance equal to {@code v} (the set of distinct values stays small: dates). */
  static TimeValue canonical(TimeValue v) {
    TimeValue kept = CANONICAL.putIfAbsent(v, v);
    return kept == null ? v : kept;
  }

  public static TimeValue day(LocalDate d) {
    return new TimeValue(Granularity.DAY, d.toString(), d, d);
  }

  /** The ISO week (Monday to Sunday) that holds {@code d}; ISO week years differ near 1 January. */
  public static TimeValue week(LocalDate d) {
    LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    String iso =
        String.format(
            "%d-W%02d",
            monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return new TimeValue(Granularity.WEEK, iso, monday, monday.plusDays(6));
  }

  public static TimeValue month(YearMonth m) {
    return new TimeValue(Granularity.MONTH, m.toString(), m.atDay(1), m.atEndOfMonth());
  }

  public static TimeValue quarter(int year, int q) {
    LocalDate first = LocalDate.of(year, 3 * q - 2, 1);
    return new TimeValue(
        Granularity.QUARTER, year + "-Q" + q, first, first.plusMonths(3).minusDays(1));
  }

  public static TimeValue half(int year, int h) {
    LocalDate first = LocalDate.of(year, 6 * h - 5, 1);
    return new TimeValue(
        Granularity.HALF, year + "-H" + h, first, first.plusMonths(6).minusDays(1));
  }

  public static TimeValue year(int year) {
    return new TimeValue(
        Granularity.YEAR,
        String.valueOf(year),
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31));
  }

  /** {@code 2017/2021}: from the start of the first value to the end of the second. */
  public static TimeValue interval(TimeValue from, TimeValue to) {
    return new TimeValue(Granularity.INTERVAL, from.iso + "/" + to.iso, from.first, to.last);
  }

  public boolean overlaps(LocalDate from, LocalDate to) {
    return !last.isBefore(from) && !first.isAfter(to);
  }

  private static final Pattern ISO =
      Pattern.compile("(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|W(\\d{2})|Q([1-4])|H([12])))?");

  /**
   * Reads the ISO forms this record writes (not intervals): {@code 2024}, {@code 2024-11}, {@code
   * 2024-11-04}, {@code 2024-W44}, {@code 2024-Q4}, {@code 2024-H2}. Empty when not a real date.
   */
  public static Optional<TimeValue> parseIso(String s) {
    Matcher m = ISO.matcher(s.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        return Optional.of(
            day(LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
      }
      if (m.group(2) != null) {
        return Optional.of(month(YearMonth.of(y, Integer.parseInt(m.group(2)))));
      }
      if (m.group(4) != null) {
        int w = Integer.parseInt(m.group(4));
        LocalDate d =
            LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w).with(DayOfWeek.MONDAY);
        TimeValue week = week(d);
        return week.iso.equals(String.format("%d-W%02d", y, w))
            ? Optional.of(week)
            : Optional.empty();
      }
      if (m.group(5) != null) {
        return Optional.of(quarter(y, Integer.parseInt(m.group(5))));
      }
      if (m.group(6) != null) {
        return Optional.of(half(y, Integer.parseInt(m.group(6))));
      }
      return Optional.of(year(y));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
