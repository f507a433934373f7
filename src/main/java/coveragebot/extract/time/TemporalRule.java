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
      c -> c.has(Clues.DIGIT | Clues.MONTH)) {
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
      c -> c.has(Clues.DIGIT | Clues.MONTH)) {
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
      c -> c.has(Clues.DIGIT | Clues.MONTH)) {
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
      c -> c.has(Clues.DIGIT | Clues.MONTH)) {
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
      c -> c.has(Clues.DIGIT | Clues.MONTH)) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return Outcome.of(
          TimeValue.month(YearMonth.of(Integer.parseInt(m.group(2)), DateWords.month(m.group(1)))));
    }
  },
  /**
   * "mid-October", "early October 2024", "late 2024": the month or year, never a day in it. A month
   * followed by a day ("late October 12") is left to the rules for a day.
   */
  EARLY_MID_LATE(
      "[eEmMlL]",
      "\\b(?i:early|mid|late)(?:-|\\s+)(?:"
          + DateWords.MONTH_FULL
          + "(?:,?\\s+(\\d{4})\\b|\\b(?!,?\\s*\\d))|"
          + DateWords.YEAR_NUMBER
          + "\\b)",
      0,
      c -> c.hasAny(Clues.MONTH | Clues.DIGIT)) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      if (m.group(3) != null) {
        return Outcome.of(TimeValue.year(Integer.parseInt(m.group(3))));
      }
      int month = DateWords.month(m.group(1));
      return m.group(2) == null
          ? a.month(month)
          : Outcome.of(TimeValue.month(YearMonth.of(Integer.parseInt(m.group(2)), month)));
    }
  },
  /** "in February", "last February": a bare month after a preposition or modifier. */
  BARE_MONTH(
      "[JFMASOND]",
      "(?<=\\b(?i:in|since|until|till|by|from|during|before|after|early|late|of|last|next|this)\\s)"
          + DateWords.MONTH_FULL
          + "\\b",
      0,
      c -> c.has(Clues.MONTH)) {
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
      c -> c.has(Clues.DIGIT | Clues.DOT)) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return DateWords.numeric(m.group(1), m.group(2), m.group(3));
    }
  },
  /** "2024-11-04". */
  ISO_DATE(
      "[0-9]",
      "(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])",
      0,
      c -> c.has(Clues.DIGIT | Clues.DASH)) {
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
      c -> c.has(Clues.DIGIT | Clues.SLASH)) {
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
      c -> c.has(Clues.DIGIT)) {
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
      c -> c.has(Clues.DIGIT | Clues.Q)) { // "quarter" or "Q3"
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
      c -> c.has(Clues.DIGIT) && c.hasAny(Clues.HALF | Clues.PART)) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      int h = m.group(1).equalsIgnoreCase("first") ? 1 : 2;
      return Outcome.of(TimeValue.half(Integer.parseInt(m.group(2)), h));
    }
  },
  /** "in 2022". */
  YEAR(
      "[12]",
      // not digits glued to a word: "q1800", "F2024" are names, not years
      "(?<![\\p{L}\\d.,$€£/-])" + DateWords.YEAR_NUMBER,
      0,
      c -> c.has(Clues.DIGIT)) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return Outcome.of(TimeValue.year(Integer.parseInt(m.group(1))));
    }
  },
  /** "yesterday", "today", "tomorrow", "the day before yesterday", "the day after tomorrow". */
  NEAR_DAY(
      "[yt]",
      "\\b(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow)\\b",
      Pattern.CASE_INSENSITIVE,
      c -> c.hasAny(Clues.YESTERDAY | Clues.TODAY | Clues.TOMORROW)) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      int twice = w.startsWith("the") ? 2 : 1;
      return a.relative("day", w.endsWith("yesterday") ? -twice : w.endsWith("today") ? 0 : twice);
    }
  },
  /** "last week", "next year", "earlier this month", "early next year". */
  NEAR_PERIOD(
      "[eltnm]",
      "\\b(?:(earlier|later)\\s+this|(?:(?:early|mid|late)(?:-|\\s+))?(last|this|next))\\s+(week|month|year)\\b",
      Pattern.CASE_INSENSITIVE,
      c -> c.hasAny(Clues.WEEK | Clues.MONTH_WORD | Clues.YEAR)) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      String which = m.group(2) == null ? "this" : m.group(2).toLowerCase(Locale.ROOT);
      int offset = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
      return a.relative(m.group(3).toLowerCase(Locale.ROOT), offset);
    }
  },
  /** "this morning", "tonight": the publication day; "last night": the day before it. */
  PART_OF_DAY(
      "[tl]",
      "\\b(?:this\\s+(?:morning|afternoon|evening)|tonight|(last)\\s+night)\\b",
      Pattern.CASE_INSENSITIVE,
      c -> c.hasAny(Clues.MORNING | Clues.AFTERNOON | Clues.EVENING | Clues.NIGHT)) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return a.relative("day", m.group(1) != null ? -1 : 0);
    }
  },
  /** "last weekend", "this weekend": a Saturday and its Sunday. */
  WEEKEND(
      "[tl]", "\\b(last|this)\\s+weekend\\b", Pattern.CASE_INSENSITIVE, c -> c.has(Clues.WEEK)) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return a.weekend(m.group(1).equalsIgnoreCase("last"));
    }
  },
  /** "two years ago". */
  AGO(
      "[aotfsen0-9]",
      "\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(day|week|month|year)s?\\s+ago\\b",
      Pattern.CASE_INSENSITIVE,
      c -> c.has(Clues.AGO)) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      return a.relative(m.group(2).toLowerCase(Locale.ROOT), -DateWords.count(m.group(1)));
    }
  },
  /**
   * "on Monday", "Tuesday's election", "last Friday": tense decides the direction. "Monday last
   * week", "Friday of next week": the day of that week.
   */
  WEEKDAY(
      "[lLnNtTMWFS]",
      "(?:\\b((?i:last|next|this))\\s+)?\\b"
          + DateWords.WEEKDAY_NAME
          + "\\b(?:\\s+(?:of\\s+)?((?i:last|next|this))\\s+week\\b(?!['\u2019]s\\b))?",
      0,
      c -> c.has(Clues.DAY)) {
    @Override
    Outcome resolve(Matcher m, Anchor a) {
      if (m.group(3) != null) {
        String week = m.group(3).toLowerCase(Locale.ROOT);
        return a.dayOfWeek(
            DateWords.dayOfWeek(m.group(2)),
            week.equals("last") ? -1 : week.equals("next") ? 1 : 0);
      }
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
      c -> c.has(Clues.DAY)) {
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
      c -> c.hasAny(Clues.YEAR | Clues.MONTH_WORD | Clues.WEEK | Clues.ANY_DAY | Clues.DECADE)) {
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
    this.mayMatch = mayMatch;
    Pattern firstChar = Pattern.compile(first, flags);
    this.startsAscii = new boolean[128];
    for (char c = 0; c < 128; c++) {
      startsAscii[c] = firstChar.matcher(String.valueOf(c)).matches();
    }
    // A pattern opening with \b (none has an alternative at its top level) matches only where a
    // word starts: never right after an ASCII letter, digit or underscore, when it starts with one.
    this.atWordStart = regex.startsWith("\\b");
    // a positive look-behind needs the text before the match, which the first characters lack
    this.looksBehind = regex.contains("(?<=");
  }

  private final boolean atWordStart;

  /** Which ASCII characters a match can start with (the pattern's own first test). */
  private final boolean[] startsAscii;

  /**
   * Whether the pattern looks behind for what must come first: its first characters say nothing.
   */
  private final boolean looksBehind;

  /**
   * Whether a match can start with these ASCII characters, as the pattern itself says: a match
   * found, or the end of the characters reached ({@link Matcher#hitEnd}), means more text could
   * make a match. Always true for a pattern that {@link #looksBehind}.
   */
  private boolean mayStartWith(String first) {
    if (looksBehind) {
      return true;
    }
    Matcher m = pattern.matcher(first);
    return m.lookingAt() || m.hitEnd();
  }

  boolean mayStartWith(char first, char second) {
    return (startingWith(first, second) & only()) != 0;
  }

  /** "The" and "This" start no month or weekday, though "Th" may ("Thursday"). */
  boolean mayStartWith(char first, char second, char third) {
    return (startingWith(first, second, third) & only()) != 0;
  }

  /** Set in a rule set of {@link #PAIRS} and {@link #TRIPLES} once it is known. */
  private static final int KNOWN = 1 << 31;

  /**
   * Per pair of ASCII characters ({@code first << 7 | second}), the rules whose matches may start
   * with them ({@link #mayStartWith(String)}), or 0 before the pair is first met. Filled by any
   * thread: each entry is only ever the one answer, and a thread that reads 0 works it out again.
   */
  private static final int[] PAIRS = new int[128 * 128];

  /**
   * As {@link #PAIRS} for three ASCII characters: per pair, an array over the third, made the first
   * time the pair is met with one (two threads may each make one; the answers are the same).
   */
  private static final int[][] TRIPLES = new int[128 * 128][];

  private static int startingWith(char first, char second) {
    int k = first << 7 | second;
    int rules = PAIRS[k];
    if (rules == 0) {
      rules = startingWith(STARTING[first], new String(new char[] {first, second}));
      PAIRS[k] = rules;
    }
    return rules;
  }

  private static int startingWith(char first, char second, char third) {
    int k = first << 7 | second;
    int[] after = TRIPLES[k];
    if (after == null) {
      after = new int[128];
      TRIPLES[k] = after;
    }
    int rules = after[third];
    if (rules == 0) {
      rules =
          startingWith(startingWith(first, second), new String(new char[] {first, second, third}));
      after[third] = rules;
    }
    return rules;
  }

  /** Of the rules in {@code candidates}, those a match may start with {@code first}, and KNOWN. */
  private static int startingWith(int candidates, String first) {
    int rules = KNOWN;
    for (TemporalRule rule : BY_ORDINAL) {
      if ((candidates & rule.only()) != 0 && rule.mayStartWith(first)) {
        rules |= rule.only();
      }
    }
    return rules;
  }

  private static final TemporalRule[] BY_ORDINAL = values();

  /** Per ASCII character, the rules (a bit per ordinal) whose matches can start with it. */
  private static final int[] STARTING = new int[128];

  /** The rules whose pattern opens with \b. */
  private static final int AT_WORD_START;

  static {
    if (BY_ORDINAL.length >= Integer.SIZE) {
      throw new IllegalStateException("a rule set is an int, with KNOWN: at most 31 rules");
    }
    int atWordStart = 0;
    for (TemporalRule rule : BY_ORDINAL) {
      for (char c = 0; c < 128; c++) {
        if (rule.startsAscii[c]) {
          STARTING[c] |= rule.only();
        }
      }
      if (rule.atWordStart) {
        atWordStart |= rule.only();
      }
    }
    AT_WORD_START = atWordStart;
  }

  /** A thread's matcher of every rule's pattern, and where each rule may next match. */
  private static final class Scan {
    final Matcher[] matchers = new Matcher[BY_ORDINAL.length];
    final int[] resume = new int[BY_ORDINAL.length];

    Scan() {
      for (TemporalRule rule : BY_ORDINAL) {
        matchers[rule.ordinal()] = rule.pattern.matcher("").useTransparentBounds(true);
      }
    }
  }

  /**
   * Each thread's matchers, reset for each text: new ones per passage and rule were a needless
   * allocation. Not re-entrant: {@code each} never looks for dates itself.
   */
  private static final ThreadLocal<Scan> SCANS = ThreadLocal.withInitial(Scan::new);

  /** A match of a rule's pattern, read before the next is looked for. */
  interface Found {
    void accept(TemporalRule rule, Matcher m);
  }

  /**
   * The set of rules (for {@link #matches(int, String, int, int, Found)}) holding only this one.
   */
  int only() {
    return 1 << ordinal();
  }

  /**
   * Gives {@code each} the matches in {@code text[from, to)} of the rules in {@code rules} (a bit
   * per ordinal, {@link #only}): per rule the matches {@link Matcher#find} over that region with
   * transparent bounds finds (look-arounds and word boundaries see the text around it), in order.
   * One pass over the text for all the rules, in text order: at each position, only the rules whose
   * first characters (and first two or three, {@link #PAIRS}) fit are tried, each past the end of
   * its last match. No pattern has ^ or $, whose meaning would change with the region's start. A
   * pass per rule read the text up to nineteen times (a tenth of the timeline's build).
   */
  static void matches(int rules, String text, int from, int to, Found each) {
    if (rules == 0) {
      return;
    }
    Scan scan = SCANS.get();
    int[] resume = scan.resume;
    java.util.Arrays.fill(resume, from);
    int reset = 0;
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      int maybe;
      if (c >= 128) {
        maybe = rules; // anything other than ASCII: the patterns judge
      } else {
        maybe = STARTING[c] & rules;
        if (maybe == 0) {
          continue;
        }
        // \b at the start: never right after an ASCII word character, when c is one
        if ((maybe & AT_WORD_START) != 0
            && p > 0
            && asciiWord(c)
            && asciiWord(text.charAt(p - 1))) {
          maybe &= ~AT_WORD_START;
        }
        // the next one or two characters, where ASCII, turn away more
        char d;
        char e;
        if (p + 1 < to && (d = text.charAt(p + 1)) < 128) {
          maybe &= startingWith(c, d);
          if (maybe != 0 && p + 2 < to && (e = text.charAt(p + 2)) < 128) {
            maybe &= startingWith(c, d, e);
          }
        }
      }
      for (; maybe != 0; maybe &= maybe - 1) {
        int r = Integer.numberOfTrailingZeros(maybe);
        if (p < resume[r]) {
          continue;
        }
        TemporalRule rule = BY_ORDINAL[r];
        Matcher m = scan.matchers[r];
        if ((reset & 1 << r) == 0) {
          m.reset(text);
          reset |= 1 << r;
        }
        m.region(p, to);
        if (m.lookingAt()) {
          each.accept(rule, m);
          resume[r] = Math.max(m.end(), p + 1);
        }
      }
    }
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
