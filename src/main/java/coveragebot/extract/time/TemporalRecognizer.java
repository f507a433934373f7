package coveragebot.extract.time;

import coveragebot.corpus.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

  private static final TemporalRule[] RULES = TemporalRule.values();

  private record Candidate(TemporalRule rule, int start, int end, Outcome outcome) {}

  /** The expressions in {@code text[from, to)}, in text order, none overlapping. */
  public List<TemporalMention> find(String text, int from, int to, LocalDate published) {
    List<Candidate> all = new ArrayList<>();
    Clues clues = new Clues(text, from, to);
    for (TemporalRule rule : RULES) {
      if (!rule.mayMatch.test(clues)) {
        continue;
      }
      rule.matches(
          text,
          from,
          to,
          m -> {
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
    }
    // The longest reading wins ("Tuesday 6 November 2024" over "Tuesday"); on a tie, the rule
    // declared first (a vague "one day" over a one-day duration).
    all.sort(
        Comparator.comparingInt((Candidate c) -> c.start - c.end)
            .thenComparing(Candidate::rule)
            .thenComparingInt(Candidate::start));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : all) {
      if (kept.stream().noneMatch(k -> k.start < c.end && c.start < k.end)) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    List<TemporalMention> out = new ArrayList<>();
    for (Candidate c : kept) {
      out.add(
          new TemporalMention(
              new Span(c.start, c.end),
              text.substring(c.start, c.end),
              c.outcome.value(),
              c.outcome.reason()));
    }
    return out;
  }

  private static String modifierBefore(String text, int from, int start) {
    Matcher m = MODIFIER_BEFORE.matcher(text.substring(Math.max(from, start - 6), start));
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
