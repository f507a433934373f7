package coveragebot.extract.time;

import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Predicate;
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
      "[MTWFSJAOND]",
      DateWords.WD + DateWords.MON + "\\s+" + DateWords.ORD + ",?\\s*(\\d{4})\\b",
      0,
      c -> c.digit() && c.month()) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return DateWords.date(m.group(1), m.group(4), DateWords.month(m.group(2)), m.group(3));
    }
  },
  /** "Tuesday 5 November 2024", "the 1st of October 2024". */
  DAY_MONTH_YEAR(
      "[MTWFSt0-9]",
      DateWords.WD
          + "(?:the\\s+)?"
          + DateWords.ORD
          + "\\s+(?:of\\s+)?"
          + DateWords.MON
          + ",?\\s+(\\d{4})\\b",
      0,
      c -> c.digit() && c.month()) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return DateWords.date(m.group(1), m.group(4), DateWords.month(m.group(3)), m.group(2));
    }
  },
  /** "November 4" without a year. */
  MONTH_DAY(
      "[MTWFSJAOND]",
      DateWords.WD + DateWords.MON + "\\s+" + DateWords.ORD + "\\b(?![,:]?\\s*\\d)",
      0,
      c -> c.digit() && c.month()) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return a.dayOfMonth(DateWords.month(m.group(2)), Integer.parseInt(m.group(3)));
    }
  },
  /** "1st October", "the 5th of November" without a year. */
  DAY_MONTH(
      "[MTWFSt0-9]",
      DateWords.WD
          + "(?:the\\s+)?"
          + DateWords.ORD
          + "\\s+(?:of\\s+)?"
          + DateWords.MON
          + "(?!\\.?,?\\s*\\d)",
      0,
      c -> c.digit() && c.month()) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return a.dayOfMonth(DateWords.month(m.group(3)), Integer.parseInt(m.group(2)));
    }
  },
  /** "October 2024". */
  MONTH_YEAR(
      "[JFMASOND]",
      DateWords.MONTH_FULL + "(?:\\s+of)?\\s+(\\d{4})\\b",
      0,
      c -> c.digit() && c.month()) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return Outcome.of(
          TimeValue.month(YearMonth.of(Integer.parseInt(m.group(2)), DateWords.month(m.group(1)))));
    }
  },
  /** "in February", "last February": a bare month after a preposition or modifier. */
  BARE_MONTH(
      "[JFMASOND]",
      "(?<=\\b(?i:in|since|until|till|by|from|during|before|after|early|late|of|last|next|this)\\s)"
          + DateWords.MONTH_FULL
          + "\\b",
      0,
      Clues::month) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return a.month(DateWords.month(m.group(1)));
    }
  },
  /** "05.11.2024", read day first (the European order of dotted dates). */
  DOTTED(
      "[0-9]",
      "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2,4})(?![\\d.]\\d)",
      0,
      c -> c.digit() && c.has('.')) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return DateWords.numeric(m.group(1), m.group(2), m.group(3));
    }
  },
  /** "2024-11-04". */
  ISO_DATE(
      "[0-9]", "(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])", 0, c -> c.digit() && c.has('-')) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return DateWords.date(null, m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
  },
  /** "5/11/2024": resolved only when one part cannot be a month; otherwise the order is unknown. */
  SLASHED(
      "[0-9]",
      "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{2,4})(?![\\d/])",
      0,
      c -> c.digit() && c.has('/')) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      if (m.group(3).length() != 4) {
        return DateWords.numeric(m.group(1), m.group(2), m.group(3));
      }
      int x = Integer.parseInt(m.group(1));
      int y = Integer.parseInt(m.group(2));
      if (x <= 12 && y <= 12 && x != y) {
        return Outcome.unresolved(
            "ambiguous: day/month or month/day; the outlet's order is unknown");
      }
      return x > 12
          ? DateWords.numeric(m.group(1), m.group(2), m.group(3))
          : DateWords.numeric(m.group(2), m.group(1), m.group(3));
    }
  },
  /** "2017-2021", "from 2017 to 2021", "between 2017 and 2021": an interval, not a duration. */
  YEAR_RANGE(
      "[FfBb0-9]",
      "(?:\\b[Ff]rom\\s+(1[89]\\d{2}|20\\d{2})\\s+(?:to|until|till|through)\\s+|\\b[Bb]etween\\s+(1[89]\\d{2}|20\\d{2})\\s+and\\s+"
          + "|(?<![\\d.])(1[89]\\d{2}|20\\d{2})\\s?[-–]\\s?)(1[89]\\d{2}|20\\d{2}|\\d{2})(?![\\d-])",
      0,
      Clues::digit) {
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
      "[tfsq1-4]",
      "(?:\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+of\\s+|\\bQ([1-4])\\s+)(\\d{4})\\b",
      Pattern.CASE_INSENSITIVE,
      c -> c.digit() && c.lowerHas("q")) { // "quarter" or "Q3"
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      int q = m.group(2) != null ? Integer.parseInt(m.group(2)) : DateWords.ordinal(m.group(1));
      return Outcome.of(TimeValue.quarter(Integer.parseInt(m.group(3)), q));
    }
  },
  /** "the first part of 2024", "the second half of 2023". */
  HALF(
      "[tfsl]",
      "\\b(?:the\\s+)?(first|second|latter)\\s+(?:half|part)\\s+of\\s+(\\d{4})\\b",
      Pattern.CASE_INSENSITIVE,
      c -> c.digit() && c.lowerHas("half", "part")) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      int h = m.group(1).equalsIgnoreCase("first") ? 1 : 2;
      return Outcome.of(TimeValue.half(Integer.parseInt(m.group(2)), h));
    }
  },
  /** "in 2022". */
  YEAR(
      "[12]",
      "(?<![\\d.,$€£/-])(1[89]\\d{2}|20\\d{2})(?![\\d%/-]|[.,]\\d|\\s*(?:troops|people|soldiers|km|euros?|dollars))",
      0,
      Clues::digit) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return Outcome.of(TimeValue.year(Integer.parseInt(m.group(1))));
    }
  },
  /** "yesterday", "today", "tomorrow". */
  NEAR_DAY(
      "[yt]",
      "\\b(yesterday|today|tomorrow)\\b",
      Pattern.CASE_INSENSITIVE,
      c -> c.lowerHas("yesterday", "today", "tomorrow")) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      return a.relative("day", w.equals("yesterday") ? -1 : w.equals("today") ? 0 : 1);
    }
  },
  /** "last week", "next year", "earlier this month". */
  NEAR_PERIOD(
      "[eltn]",
      "\\b(?:(earlier|later)\\s+this|(last|this|next))\\s+(week|month|year)\\b",
      Pattern.CASE_INSENSITIVE,
      c -> c.lowerHas("week", "month", "year")) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      String which = m.group(2) == null ? "this" : m.group(2).toLowerCase(Locale.ROOT);
      int offset = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
      return a.relative(m.group(3).toLowerCase(Locale.ROOT), offset);
    }
  },
  /** "two years ago". */
  AGO(
      "[aotfsen0-9]",
      "\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(day|week|month|year)s?\\s+ago\\b",
      Pattern.CASE_INSENSITIVE,
      c -> c.lowerHas("ago")) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return a.relative(m.group(2).toLowerCase(Locale.ROOT), -DateWords.count(m.group(1)));
    }
  },
  /** "on Monday", "Tuesday's election", "last Friday": tense decides the direction. */
  WEEKDAY(
      "[lLnNtTMWFS]",
      "(?:\\b((?i:last|next|this))\\s+)?\\b" + DateWords.WEEKDAY_NAME + "\\b",
      0,
      c -> c.has("day")) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      Anchor withModifier =
          new Anchor(
              a.published(),
              a.tenseOf(),
              m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT));
      return withModifier.weekday(DateWords.dayOfWeek(m.group(2)));
    }
  },
  /** "one day Ukraine will be a member": says when only loosely. */
  VAGUE(
      "[OoSs]",
      "(?<!\\b(?:for|in|a|per)\\s)\\b(?:[Oo]ne|[Ss]ome)\\s?day\\b(?!\\s+(?:ago|later|earlier|after|before))",
      0,
      c -> c.has("day")) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return Outcome.unresolved("vague: no date is given");
    }
  },
  /** "for four years": a length of time, not a date. */
  DURATION(
      "[aotfsen0-9]",
      "\\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\\d{1,3})\\s+(?:years?|months?|weeks?|days?|decades?)\\b(?!\\s+ago)",
      Pattern.CASE_INSENSITIVE,
      c -> c.lowerHas("year", "month", "week", "day", "decade")) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return Outcome.unresolved("a duration, not a date");
    }
  };

  final Pattern pattern;

  /**
   * What a stretch of text must hold for the pattern to match there (a digit, a month name, a
   * word): checked once per passage, so that most rules never run their regex over text that cannot
   * match. Never false when the pattern could match.
   */
  final Predicate<Clues> mayMatch;

  /**
   * @param first the characters a match can start with: a cheap test, tried first at each position
   *     of the text, before the pattern's costlier word boundaries, look-behinds and alternations
   */
  TemporalRule(String first, String regex, int flags, Predicate<Clues> mayMatch) {
    this.pattern = Pattern.compile("(?=" + first + ")" + regex, flags);
    Pattern compiled = this.pattern;
    this.matcher = ThreadLocal.withInitial(() -> compiled.matcher(""));
    this.mayMatch = mayMatch;
    Pattern firstChar = Pattern.compile(first, flags);
    this.startsAscii = new boolean[128];
    for (char c = 0; c < 128; c++) {
      startsAscii[c] = firstChar.matcher(String.valueOf(c)).matches();
    }
    // A pattern opening with \b (none has an alternative at its top level) matches only where a
    // word starts: never right after an ASCII letter, digit or underscore, when it starts with one.
    this.atWordStart = regex.startsWith("\\b");
    // a positive look-behind needs the text before the match, which the two characters lack
    this.pairs = regex.contains("(?<=") ? null : new byte[128 * 128];
    this.triples = pairs == null ? null : new byte[128 * 128][];
  }

  /**
   * Per pair of ASCII characters, whether a match can start with them: 0 not known yet, 1 yes, 2
   * no. Known from the pattern itself, the first time the pair is met: a match found, or the end of
   * the two characters reached ({@link Matcher#hitEnd}), means more text could make a match. Null
   * for a pattern that looks behind for what must come first. Filled by any thread: each entry is
   * only ever the one answer.
   */
  private final byte[] pairs;

  boolean mayStartWith(char first, char second) {
    if (pairs == null) {
      return true;
    }
    int k = first << 7 | second;
    byte known = pairs[k];
    if (known == 0) {
      Matcher m = pattern.matcher(new String(new char[] {first, second}));
      known = m.lookingAt() || m.hitEnd() ? (byte) 1 : (byte) 2;
      pairs[k] = known;
    }
    return known == 1;
  }

  /**
   * As {@link #pairs}, for three ASCII characters, asked only where the first two may start a match
   * (per such pair, an array over the third character, made the first time the pair is met): "The"
   * and "This" start no month or weekday, though "Th" may ("Thursday"). Null with {@link #pairs}.
   */
  private final byte[][] triples;

  boolean mayStartWith(char first, char second, char third) {
    if (!mayStartWith(first, second)) {
      return false;
    }
    if (triples == null) {
      return true;
    }
    int k = first << 7 | second;
    byte[] after = triples[k];
    if (after == null) {
      after = new byte[128]; // two threads may each make one: the answers are the same
      triples[k] = after;
    }
    byte known = after[third];
    if (known == 0) {
      Matcher m = pattern.matcher(new String(new char[] {first, second, third}));
      known = m.lookingAt() || m.hitEnd() ? (byte) 1 : (byte) 2;
      after[third] = known;
    }
    return known == 1;
  }

  private final boolean atWordStart;

  /**
   * Each thread's matcher of the pattern, reset for each text: a new one per passage and rule was a
   * needless allocation. {@code each} reads a match before the next is looked for, and never runs
   * the same rule again itself.
   */
  private final ThreadLocal<Matcher> matcher;

  /** Which ASCII characters a match can start with (the pattern's own first test). */
  private final boolean[] startsAscii;

  /**
   * Gives {@code each} the matches in {@code text[from, to)} in order, as {@link Matcher#find} over
   * that region with transparent bounds finds them (look-arounds and word boundaries see the text
   * around it), but the positions where a match cannot start are skipped by a plain loop and the
   * pattern is tried only at the others. No pattern has ^ or $, whose meaning would change with the
   * region's start.
   */
  void matches(String text, int from, int to, java.util.function.Consumer<Matcher> each) {
    Matcher m = matcher.get().reset(text);
    m.useTransparentBounds(true);
    for (int p = nextStart(text, from, to); p >= 0; p = nextStart(text, p, to)) {
      m.region(p, to);
      if (m.lookingAt()) {
        each.accept(m);
        p = Math.max(m.end(), p + 1);
      } else {
        p++;
      }
    }
  }

  /**
   * The first position from {@code p} on, before {@code to}, where a match could start, or -1: any
   * character other than ASCII is let through, for the pattern itself to judge.
   */
  private int nextStart(String text, int p, int to) {
    for (; p < to; p++) {
      char c = text.charAt(p);
      if (c >= 128) {
        return p;
      }
      if (startsAscii[c]
          && !(atWordStart && p > 0 && asciiWord(text.charAt(p - 1)) && asciiWord(c))) {
        char d;
        char e;
        if (pairs == null
            || p + 1 >= to
            || (d = text.charAt(p + 1)) >= 128
            || (p + 2 >= to || (e = text.charAt(p + 2)) >= 128
                ? mayStartWith(c, d)
                : mayStartWith(c, d, e))) {
          return p;
        }
      }
    }
    return -1;
  }

  /**
   * A character {@code \w} matches and {@code \b} counts as inside a word, in ASCII ({@link
   * Tense}'s hand reading of its regexes asks it too).
   */
  static boolean asciiWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** The value or reason for a match; null when the match is not a date after all. */
  abstract Outcome resolve(Matcher m, Anchor a);
}
