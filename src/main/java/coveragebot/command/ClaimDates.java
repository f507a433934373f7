package coveragebot.command;

import coveragebot.corpus.SourceRef;
import coveragebot.extract.time.Granularity;
import coveragebot.extract.time.TemporalMention;
import coveragebot.extract.time.TemporalRecognizer;
import coveragebot.extract.time.TimeValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The dates of a claim and of a source, read as days (or weeks, months, years), so that one date
 * written two ways is one fact: "on November 6" in a claim and "on Wednesday" in an article of 6
 * November 2024 are the same day; "on November 7" is another. A source's dates are read as {@code
 * /timeline} reads them ({@link TemporalRecognizer}, within the passage, against its article's
 * publication date); a claim's against the same date, and only those that name their day, month or
 * year: "yesterday" or "last week" in a claim counts from the day it is typed, not from the
 * article's.
 */
final class ClaimDates {
  private static final TemporalRecognizer RECOGNIZER = new TemporalRecognizer();

  /** Words that count a claim's date from the day the claim is typed. */
  private static final Set<String> RELATIVE =
      Set.of(
          "last",
          "next",
          "this",
          "ago",
          "yesterday",
          "today",
          "tomorrow",
          "tonight",
          "coming",
          "past",
          "later",
          "earlier",
          "previous",
          "following");

  private ClaimDates() {}

  /** The day an article was published, or null. */
  static LocalDate published(SourceRef source) {
    return source.published() == null ? null : source.published().date();
  }

  /**
   * The dates of {@code claim} that name their day, month or year, as of an article published on
   * {@code published}: the resolved ones only (without a publication date, "November 6" has no year
   * and is left out).
   */
  static List<TemporalMention> claimed(String claim, LocalDate published) {
    return claimed("", claim, published);
  }

  /**
   * As {@link #claimed(String, LocalDate)}, read after {@code lead}, the words of the claim before
   * it ("Rutte said "), which give its tense: in "Rutte said in Berlin on November 4 that NATO will
   * stay united" the date is the past November 4 though the words checked start at "in Berlin".
   * Offsets are into {@code claim}; a date inside {@code lead} is left out.
   */
  static List<TemporalMention> claimed(String lead, String claim, LocalDate published) {
    String text = lead + claim;
    int shift = lead.length();
    return RECOGNIZER.find(text, 0, text.length(), published).stream()
        .filter(TemporalMention::resolved)
        .filter(m -> named(m.text()))
        .filter(m -> m.span().start() >= shift)
        .map(
            m ->
                shift == 0
                    ? m
                    : new TemporalMention(
                        new coveragebot.corpus.Span(
                            m.span().start() - shift, m.span().end() - shift),
                        m.text(),
                        m.value(),
                        m.reason()))
        .toList();
  }

  /** Whether a claim has a date {@link #claimed} could read, whatever the article's date. */
  static boolean anyIn(String claim) {
    return RECOGNIZER.find(claim, 0, claim.length(), LocalDate.of(2000, 1, 1)).stream()
        .anyMatch(m -> m.resolved() && named(m.text()));
  }

  /**
   * A note naming the claim's dates that count from the day it is typed ("last week", "yesterday"),
   * which are not checked against the sources' dates; null when it has none.
   */
  static String unreadNote(String claim) {
    List<String> relative =
        RECOGNIZER.find(claim, 0, claim.length(), LocalDate.of(2000, 1, 1)).stream()
            .map(TemporalMention::text)
            .filter(t -> Words.of(t).stream().anyMatch(w -> RELATIVE.contains(w.norm())))
            .distinct()
            .toList();
    if (relative.isEmpty()) {
      return null;
    }
    return "\""
        + String.join("\", \"", relative)
        + "\" counts from the day the claim is made, so it was not checked against the sources'"
        + " dates.";
  }

  /** The resolved dates of a source text {@code [from, to)}, as {@code /timeline} reads them. */
  static List<TemporalMention> stated(String text, int from, int to, LocalDate published) {
    return RECOGNIZER.find(text, from, to, published).stream()
        .filter(TemporalMention::resolved)
        .toList();
  }

  /**
   * Whether a claim's date names its day, month or year (digits, a month, a weekday: {@link
   * Differences#factKind}) and none of its words counts from the day the claim is typed.
   */
  private static boolean named(String text) {
    List<Words.Word> words = Words.of(text);
    return words.stream()
            .anyMatch(
                w ->
                    w.norm().chars().anyMatch(Character::isDigit)
                        || "date".equals(Differences.factKind(w)))
        && words.stream().noneMatch(w -> RELATIVE.contains(w.norm()));
  }

  /**
   * Whether the claim's date holds for the source's: the source's day lies within it ("in November"
   * holds for "on Wednesday" in November; "on November 6" does not hold for "in November", which
   * says less).
   */
  static boolean holds(TemporalMention claimed, TemporalMention stated) {
    if (claimed.text().equalsIgnoreCase(stated.text())) {
      return true; // the same words: "Monday" is the source's Monday, whatever tense is around it
    }
    TimeValue c = claimed.value();
    TimeValue s = stated.value();
    if (c.granularity() == Granularity.INTERVAL || s.granularity() == Granularity.INTERVAL) {
      // a span says where it starts and ends: "2017-2022" is not "2017-2021"
      return c.iso().equals(s.iso());
    }
    return !c.first().isAfter(s.first()) && !s.last().isAfter(c.last());
  }

  /** Whether the mention {@code m} holds the text {@code [start, end)} (offsets of its text). */
  static boolean covers(TemporalMention m, int start, int end) {
    return m.span().start() <= start && end <= m.span().end();
  }

  /**
   * What a reply says of a claim's date the source writes another way: "“November 6” is 2024-11-06,
   * the day the source calls “Wednesday”."; "“2024” includes ...".
   */
  static String note(TemporalMention claimed, TemporalMention stated) {
    boolean same = claimed.value().iso().equals(stated.value().iso());
    boolean day = stated.value().granularity() == Granularity.DAY;
    return "“"
        + claimed.text()
        + "” "
        + (same ? "is " : "includes ")
        + stated.value().iso()
        + (day ? ", the day" : ", the time")
        + " the source calls “"
        + stated.text()
        + "”.";
  }
}
