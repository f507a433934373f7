package coveragebot.extract.time;

import coveragebot.corpus.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the timeline: extracts every article's dated sentences and merges the ones that report the
 * same thing at the same time from different outlets (AFP copies, rewrites of one press
 * conference). Merging needs the same normalised value and enough shared content words; a sentence
 * is never merged with another from its own article.
 */
public final class TimelineBuilder {

  /** Share of content words above which two outlets' sentences count as one report. */
  public static final double SAME_REPORT = 0.3;

  private final EventExtractor extractor;

  public TimelineBuilder(EventExtractor extractor) {
    this.extractor = extractor;
  }

  public Timeline build(List<Article> articles) {
    List<TemporalEvent> events = new ArrayList<>();
    articles.forEach(a -> events.addAll(extractor.events(a)));
    List<TemporalEvent> dated =
        events.stream()
            .filter(TemporalEvent::resolved)
            .sorted(
                Comparator.comparing((TemporalEvent e) -> e.mention().value().first())
                    .thenComparing(e -> e.mention().value().last(), Comparator.reverseOrder())
                    .thenComparing(e -> e.mention().value().iso())
                    .thenComparing(TemporalEvent::file)
                    .thenComparingInt(e -> e.sentence().start()))
            .toList();
    List<Draft> drafts = new ArrayList<>();
    for (TemporalEvent e : dated) {
      Set<String> words = SameStory.words(e.context());
      Draft home =
          drafts.stream()
              .filter(d -> d.iso().equals(e.mention().value().iso()) && d.lacks(e.file()))
              .filter(d -> SameStory.best(words, d.tellings) >= SAME_REPORT)
              .findFirst()
              .orElse(null);
      if (home == null) {
        home = new Draft(e.mention().value());
        drafts.add(home);
      }
      home.tellings.add(e);
    }
    for (TemporalEvent e : events) {
      if (e.resolved() || e.source().published() != null) {
        continue;
      }
      // An undated article's "on Monday" cannot be dated, but when a dated outlet reports the same
      // thing with the same words for the time, it is listed with that event (and stays
      // unresolved).
      Set<String> words = SameStory.words(e.context());
      String said = timeWords(e.mention().text());
      drafts.stream()
          .filter(d -> d.lacks(e.file()))
          .filter(
              d ->
                  d.tellings.stream().anyMatch(t -> timeWords(t.mention().text()).equals(said))
                      && SameStory.best(words, d.tellings) >= SAME_REPORT)
          .findFirst()
          .ifPresent(d -> d.undated.add(e));
    }
    return new Timeline(
        events, drafts.stream().map(d -> new EventGroup(d.value, d.tellings, d.undated)).toList());
  }

  /** "on Monday", "Monday" and "Monday's" all say Monday. */
  static String timeWords(String expression) {
    return expression
        .toLowerCase(Locale.ROOT)
        .replaceAll("['’]s\\b", "")
        .replaceAll("^(on|in|the)\\s+", "")
        .strip();
  }

  private static final class Draft {
    final TimeValue value;
    final List<TemporalEvent> tellings = new ArrayList<>();
    final List<TemporalEvent> undated = new ArrayList<>();

    Draft(TimeValue value) {
      this.value = value;
    }

    String iso() {
      return value.iso();
    }

    boolean lacks(String file) {
      return tellings.stream().noneMatch(t -> t.file().equals(file))
          && undated.stream().noneMatch(t -> t.file().equals(file));
    }
  }
}
