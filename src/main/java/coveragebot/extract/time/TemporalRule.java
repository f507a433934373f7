package coveragebot.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expressions recognised, one pattern each. Month and weekday names must be capitalised ("may"
 * is a verb). Where matches overlap, the recogniser keeps the longest, so "Tuesday 6 November 2024"
 * is one date and not a weekday plus a date.
 */
enum TemporalRule {
  /** "Monday, November 4, 2024", "Nov. 4, 2024". */
  MONTH_DAY_YEAR(
      TemporalRule.WD + TemporalRule.MON + "\\s+" + TemporalRule.ORD + ",?\\s*(\\d{4})\\b", 0) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return TemporalRule.date(m.group(1), m.group(4), month(m.group(2)), m.group(3));
    }
  },
  /** "Tuesday 5 November 2024", "the 1st of October 2024". */
  DAY_MONTH_YEAR(
      TemporalRule.WD
          + "(?:the\\s+)?"
          + TemporalRule.ORD
          + "\\s+(?:of\\s+)?"
          + TemporalRule.MON
          + ",?\\s+(\\d{4})\\b",
      0) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return TemporalRule.date(m.group(1), m.group(4), month(m.group(3)), m.group(2));
    }
  },
  /** "November 4" without a year. */
  MONTH_DAY(
      TemporalRule.WD + TemporalRule.MON + "\\s+" + TemporalRule.ORD + "\\b(?![,:]?\\s*\\d)", 0) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return a.dayOfMonth(month(m.group(2)), Integer.parseInt(m.group(3)));
    }
  },
  /** "1st October", "the 5th of November" without a year. */
  DAY_MONTH(
      TemporalRule.WD
          + "(?:the\\s+)?"
          + TemporalRule.ORD
          + "\\s+(?:of\\s+)?"
          + TemporalRule.MON
          + "(?!\\.?,?\\s*\\d)",
      0) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return a.dayOfMonth(month(m.group(3)), Integer.parseInt(m.group(2)));
    }
  },
  /** "October 2024". */
  MONTH_YEAR(TemporalRule.MONTH_FULL + "(?:\\s+of)?\\s+(\\d{4})\\b", 0) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return Outcome.of(
          TimeValue.month(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)))));
    }
  },
  /** "in February", "last February": a bare month after a preposition or modifier. */
  BARE_MONTH(
      "(?<=\\b(?i:in|since|until|till|by|from|during|before|after|early|late|of|last|next|this)\\s)"
          + TemporalRule.MONTH_FULL
          + "\\b",
      0) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return a.month(month(m.group(1)));
    }
  },
  /** "05.11.2024", read day first (the European order of dotted dates). */
  DOTTED("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2,4})(?![\\d.]\\d)", 0) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return numeric(m.group(1), m.group(2), m.group(3));
    }
  },
  /** "2024-11-04". */
  ISO_DATE("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])", 0) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return TemporalRule.date(null, m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
  },
  /** "5/11/2024": resolved only when one part cannot be a month; otherwise the order is unknown. */
  SLASHED("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{2,4})(?![\\d/])", 0) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      if (m.group(3).length() != 4) {
        return numeric(m.group(1), m.group(2), m.group(3));
      }
      int x = Integer.parseInt(m.group(1));
      int y = Integer.parseInt(m.group(2));
      if (x <= 12 && y <= 12 && x != y) {
        return Outcome.unresolved(
            "ambiguous: day/month or month/day; the outlet's order is unknown");
      }
      return x > 12
          ? numeric(m.group(1), m.group(2), m.group(3))
          : numeric(m.group(2), m.group(1), m.group(3));
    }
  },
  /** "2017-2021", "from 2017 to 2021", "between 2017 and 2021": an interval, not a duration. */
  YEAR_RANGE(
      "(?:\\b[Ff]rom\\s+(1[89]\\d{2}|20\\d{2})\\s+(?:to|until|till|through)\\s+|\\b[Bb]etween\\s+(1[89]\\d{2}|20\\d{2})\\s+and\\s+"
          + "|(?<![\\d.])(1[89]\\d{2}|20\\d{2})\\s?[-–]\\s?)(1[89]\\d{2}|20\\d{2}|\\d{2})(?![\\d-])",
      0) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      String first = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      int from = Integer.parseInt(first);
      int to = Integer.parseInt(m.group(4));
      if (m.group(4).length() == 2) {
        to += from / 100 * 100;
      }
      if (to <= from) {
        return null;
      }
      return Outcome.of(TimeValue.interval(TimeValue.year(from), TimeValue.year(to)));
    }
  },
  /** "the third quarter of 2024", "Q3 2024". */
  QUARTER(
      "(?:\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+of\\s+|\\bQ([1-4])\\s+)(\\d{4})\\b",
      Pattern.CASE_INSENSITIVE) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      int q = m.group(2) != null ? Integer.parseInt(m.group(2)) : ordinal(m.group(1));
      return Outcome.of(TimeValue.quarter(Integer.parseInt(m.group(3)), q));
    }
  },
  /** "the first part of 2024", "the second half of 2023". */
  HALF(
      "\\b(?:the\\s+)?(first|second|latter)\\s+(?:half|part)\\s+of\\s+(\\d{4})\\b",
      Pattern.CASE_INSENSITIVE) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      int h = m.group(1).equalsIgnoreCase("first") ? 1 : 2;
      return Outcome.of(TimeValue.half(Integer.parseInt(m.group(2)), h));
    }
  },
  /** "in 2022". */
  YEAR(
      "(?<![\\d.,$€£/-])(1[89]\\d{2}|20\\d{2})(?![\\d%/-]|[.,]\\d|\\s*(?:troops|people|soldiers|km|euros?|dollars))",
      0) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return Outcome.of(TimeValue.year(Integer.parseInt(m.group(1))));
    }
  },
  /** "yesterday", "today", "tomorrow". */
  NEAR_DAY("\\b(yesterday|today|tomorrow)\\b", Pattern.CASE_INSENSITIVE) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      return a.relative("day", w.equals("yesterday") ? -1 : w.equals("today") ? 0 : 1);
    }
  },
  /** "last week", "next year", "earlier this month". */
  NEAR_PERIOD(
      "\\b(?:(earlier|later)\\s+this|(last|this|next))\\s+(week|month|year)\\b",
      Pattern.CASE_INSENSITIVE) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      String which = m.group(2) == null ? "this" : m.group(2).toLowerCase(Locale.ROOT);
      int offset = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
      return a.relative(m.group(3).toLowerCase(Locale.ROOT), offset);
    }
  },
  /** "two years ago". */
  AGO(
      "\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(day|week|month|year)s?\\s+ago\\b",
      Pattern.CASE_INSENSITIVE) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return a.relative(m.group(2).toLowerCase(Locale.ROOT), -TemporalRule.count(m.group(1)));
    }
  },
  /** "on Monday", "Tuesday's election", "last Friday": tense decides the direction. */
  WEEKDAY("(?:\\b((?i:last|next|this))\\s+)?\\b" + TemporalRule.WEEKDAY_NAME + "\\b", 0) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      Anchor withModifier =
          new Anchor(
              a.published(),
              a.tense(),
              m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT));
      return withModifier.weekday(TemporalRule.dayOfWeek(m.group(2)));
    }
  },
  /** "one day Ukraine will be a member": says when only loosely. */
  VAGUE(
      "(?<!\\b(?:for|in|a|per)\\s)\\b(?:[Oo]ne|[Ss]ome)\\s?day\\b(?!\\s+(?:ago|later|earlier|after|before))",
      0) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return Outcome.unresolved("vague: no date is given");
    }
  },
  /** "for four years": a length of time, not a date. */
  DURATION(
      "\\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\\d{1,3})\\s+(?:years?|months?|weeks?|days?|decades?)\\b(?!\\s+ago)",
      Pattern.CASE_INSENSITIVE) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return Outcome.unresolved("a duration, not a date");
    }
  };

  static final String MONTH_FULL =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  // Full names first; an abbreviation may take a dot, a full name may not (it ends a sentence).
  static final String MON =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)";
  static final String WEEKDAY_NAME = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  static final String WD = "\\b(?:" + WEEKDAY_NAME + ",?\\s+)?";
  static final String ORD = "(\\d{1,2})(?:st|nd|rd|th)?";

  final Pattern pattern;

  TemporalRule(String regex, int flags) {
    this.pattern = Pattern.compile(regex, flags);
  }

  /** The value or reason for a match; null when the match is not a date after all. */
  abstract Outcome resolve(Matcher m, Anchor a);

  /** A full date, checking that it exists and that a stated weekday agrees with it. */
  static Outcome date(String weekday, String year, int month, String day) {
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
    int mm = Integer.parseInt(month);
    if (mm < 1 || mm > 12) {
      return Outcome.unresolved("no such date: month " + mm);
    }
    return date(null, year, mm, day);
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
