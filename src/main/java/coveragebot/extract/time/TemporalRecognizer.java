package coveragebot.extract.time;

import coveragebot.corpus.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions in a range of text and normalises them against a publication date
 * (null for an undated article). It sees only the range it is given: callers pass story passages,
 * never boilerplate, so a site's header clock or a teaser's date cannot become an event.
 */
public final class TemporalRecognizer {

  private static final Pattern MODIFIER_BEFORE =
      Pattern.compile("\\b(last|next|this)\\s+$", Pattern.CASE_INSENSITIVE);

  /** The reason of an expression relative to a day ("yesterday") with no day to count from. */
  public static final String NO_DAY = Anchor.UNDATED;

  /** The reason of a date without a year ("4 November") with no year to take it from. */
  public static final String NO_YEAR = Anchor.NO_YEAR;

  private static final TemporalRule[] RULES = TemporalRule.values();

  record Candidate(TemporalRule rule, int start, int end, Outcome outcome) {}

  /** The expressions in {@code text[from, to)}, in text order, none overlapping. */
  public List<TemporalMention> find(String text, int from, int to, LocalDate published) {
    List<Candidate> all = new ArrayList<>();
    Clues clues = new Clues(text, from, to);
    int rules = 0;
    for (TemporalRule rule : RULES) {
      if (rule.mayMatch.test(clues)) {
        rules |= rule.only();
      }
    }
    TemporalRule.matches(
        rules,
        text,
        from,
        to,
        (rule, m) -> {
          int start = m.start();
          int end = m.end();
          Tense[] read = new Tense[1]; // read once, when a rule first asks
          Anchor anchor =
              new Anchor(
                  published,
                  () ->
                      read[0] != null
                          ? read[0]
                          : (read[0] = Tense.around(text, from, to, start, end)),
                  modifierBefore(text, from, start));
          Outcome outcome = rule.resolve(m, anchor);
          if (outcome != null) {
            all.add(new Candidate(rule, start, end, outcome));
          }
        });
    List<TemporalMention> out = new ArrayList<>();
    for (Candidate c : kept(all)) {
      out.add(
          new TemporalMention(
              new Span(c.start, c.end),
              text.substring(c.start, c.end),
              c.outcome.value(),
              c.outcome.reason()));
    }
    return out;
  }

  /**
   * The candidates that win, in text order, none overlapping: the longest reading wins ("Tuesday 6
   * November 2024" over "Tuesday"); on a tie, the rule declared first (a vague "one day" over a
   * one-day duration), then the earlier start. Sorts {@code all} in that order.
   */
  static List<Candidate> kept(List<Candidate> all) {
    // Sorted and kept by hand, quadratic in the worst case: the text read is a passage (at most
    // 900 characters) or a command's option (at most 1,000), with a few candidates. Through the
    // library's shared sort and comparators the JIT compiled find five times over a large corpus
    // (docs/performance-log.md).
    for (int i = 1; i < all.size(); i++) {
      Candidate c = all.get(i);
      int j = i;
      while (j > 0 && readsBefore(c, all.get(j - 1))) {
        all.set(j, all.get(j - 1));
        j--;
      }
      all.set(j, c);
    }
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : all) {
      int at = kept.size();
      while (at > 0 && kept.get(at - 1).start >= c.end) {
        at--;
      }
      if (at == 0 || kept.get(at - 1).end <= c.start) {
        kept.add(at, c);
      }
    }
    return kept;
  }

  /** Whether {@code a} wins over {@code b}: longer, or as long from an earlier rule or start. */
  private static boolean readsBefore(Candidate a, Candidate b) {
    int lengths = (b.end - b.start) - (a.end - a.start);
    if (lengths != 0) {
      return lengths < 0;
    }
    return a.rule != b.rule ? a.rule.ordinal() < b.rule.ordinal() : a.start < b.start;
  }

  private static String modifierBefore(String text, int from, int start) {
    Matcher m = MODIFIER_BEFORE.matcher(text.substring(Math.max(from, start - 6), start));
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
