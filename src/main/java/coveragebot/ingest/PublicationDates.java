package coveragebot.ingest;

import coveragebot.corpus.Published;
import coveragebot.corpus.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date (and time, when given) in a header line, in the formats news sites use:
 * "Tue 5 Nov 2024, 9:07 AM", "05.11.2024, 13:50" (day first), "Nov 06,2024", "November 5, 2024", "5
 * November 2024" and ISO-8601, with or without weekday.
 */
public final class PublicationDates {

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?";
  private static final String TIME =
      "(?:,?\\s+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?:\\s*([AaPp])\\.?[Mm]\\.?)?)?";

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b" + TIME,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*(\\d{4})\\b" + TIME,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DOTTED =
      Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b" + TIME.replace("[:.]", ":"));
  private static final Pattern ISO =
      Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?");

  /** A date found in a line: the value and where it is. */
  public record Found(Published published, Span span) {}

  public Optional<Found> find(String text, int from, int to) {
    // Every format has a four-digit year (\d is ASCII): a line without one runs no regex, and a
    // format runs only on a line that has what it cannot match without (a month name, a dot, a
    // dash). PublicationDatesTest checks that a line a pattern matches always gets through.
    if (!hasYear(text, from, to)) {
      return Optional.empty();
    }
    String line = text.substring(from, to);
    boolean month = hasMonth(line);
    Found best = null;
    for (Kind kind : Kind.values()) {
      if (!kind.mayMatch(line, month)) {
        continue;
      }
      Matcher m = kind.pattern.matcher(line);
      while (m.find()) {
        Published p = kind.read(m);
        if (p != null) {
          if (best == null || m.start() + from < best.span().start()) {
            best = new Found(p, new Span(m.start() + from, m.end() + from));
          }
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Four ASCII digits in a row between {@code from} and {@code to}. */
  static boolean hasYear(String text, int from, int to) {
    int run = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /** The first three letters of a month's name, ASCII letters in any case, as the patterns fold. */
  static boolean hasMonth(String line) {
    int key = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      int lower = c >= 'A' && c <= 'Z' ? c + 32 : c >= 'a' && c <= 'z' ? c : 0;
      key = (key << 8 | lower) & 0xFFFFFF;
      if (lower != 0 && isMonthKey(key)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMonthKey(int key) {
    for (int m : MONTH_KEYS) {
      if (m == key) {
        return true;
      }
    }
    return false;
  }

  /** The months' first three letters, January first: what {@link #MONTH} matches begins so. */
  private static final List<String> MONTH_STARTS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private static final int[] MONTH_KEYS =
      MONTH_STARTS.stream()
          .mapToInt(n -> n.charAt(0) << 16 | n.charAt(1) << 8 | n.charAt(2))
          .toArray();

  /** The formats; package-private for PublicationDatesTest's check of the prefilters. */
  enum Kind {
    DMY(DAY_MONTH_YEAR) {
      @Override
      Published read(Matcher m) {
        return make(m.group(3), month(m.group(2)), m.group(1), m, 4);
      }

      @Override
      boolean mayMatch(String line, boolean month) {
        return month;
      }
    },
    MDY(MONTH_DAY_YEAR) {
      @Override
      Published read(Matcher m) {
        return make(m.group(3), month(m.group(1)), m.group(2), m, 4);
      }

      @Override
      boolean mayMatch(String line, boolean month) {
        return month;
      }
    },
    DOT(DOTTED) {
      @Override
      Published read(Matcher m) {
        return make(m.group(3), Integer.parseInt(m.group(2)), m.group(1), m, 4);
      }

      @Override
      boolean mayMatch(String line, boolean month) {
        return line.indexOf('.') >= 0;
      }
    },
    ISO_DATE(ISO) {
      @Override
      Published read(Matcher m) {
        return make(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m, 4);
      }

      @Override
      boolean mayMatch(String line, boolean month) {
        return line.indexOf('-') >= 0;
      }
    };

    final Pattern pattern;

    Kind(Pattern pattern) {
      this.pattern = pattern;
    }

    abstract Published read(Matcher m);

    /** False when the line lacks something the pattern needs ({@code month}: a month's name). */
    abstract boolean mayMatch(String line, boolean month);
  }

  private static Published make(String year, int month, String day, Matcher m, int timeGroup) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
      LocalTime time = null;
      if (m.groupCount() >= timeGroup + 1 && m.group(timeGroup) != null) {
        int hour = Integer.parseInt(m.group(timeGroup));
        int minute = Integer.parseInt(m.group(timeGroup + 1));
        String ampm = m.groupCount() >= timeGroup + 2 ? m.group(timeGroup + 2) : null;
        if (ampm != null) {
          if (hour < 1 || hour > 12) {
            return new Published(date, null);
          }
          hour = hour % 12 + (ampm.equalsIgnoreCase("p") ? 12 : 0);
        }
        time = LocalTime.of(hour, minute);
      }
      return new Published(date, time);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static int month(String name) {
    int m = MONTH_STARTS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT));
    if (m < 0) {
      throw new IllegalArgumentException(name);
    }
    return m + 1;
  }
}
