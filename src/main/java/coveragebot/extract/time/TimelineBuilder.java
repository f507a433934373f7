package coveragebot.extract.time;

import coveragebot.corpus.Article;
import coveragebot.corpus.Unread;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /**
   * A new sentence is compared with this many tellings of an event at most (the first ones): copies
   * of one report resemble its first tellings, and comparing with all of them made building
   * quadratic when thousands of articles report on the same date.
   */
  static final int COMPARED_TELLINGS = 8;

  /**
   * A word more than this many tellings of one date have is not used to find a sentence's
   * candidates (it still counts for the candidates found through its other words): a date told in
   * tens of thousands of different sentences, all with "Rutte", compared each sentence with every
   * earlier one (80,000 sentences: 264 s). The generated 100,000 articles have at most 96 tellings
   * of one date per word; coverage of one story has far fewer.
   */
  static final int COMMON = 1_000;

  private final EventExtractor extractor;

  public TimelineBuilder(EventExtractor extractor) {
    this.extractor = extractor;
  }

  /** One article's events, and what of it was not read (its reading failed, or it has too many). */
  private record Read(List<TemporalEvent> events, Unread unread) {}

  /**
   * The most sentences with a date one article gives the timeline: merging an article's sentences
   * of one date compares each with those before it, and a file of tens of thousands of them (not an
   * article: a dump) took minutes. A long live blog has a few hundred.
   */
  static final int MAX_EVENTS_PER_ARTICLE = 5_000;

  private Read read(Article a) {
    List<TemporalEvent> events;
    try {
      events = extractor.events(a);
    } catch (RuntimeException e) {
      return new Read(List.of(), Unread.failed(a.file(), "its dates", e));
    }
    if (events.size() > MAX_EVENTS_PER_ARTICLE) {
      return new Read(
          List.copyOf(events.subList(0, MAX_EVENTS_PER_ARTICLE)),
          Unread.beyond(a.file(), "sentences with a date", events.size(), MAX_EVENTS_PER_ARTICLE));
    }
    return new Read(events, null);
  }

  /**
   * The coverage's timeline. An article whose reading fails (a bug) has no events in it and is
   * listed in {@link Timeline#unread()}, so that one article cannot stop a start.
   */
  public Timeline build(List<Article> articles) {
    // each article's sentences on all cores, gathered in article order
    List<TemporalEvent> events = new ArrayList<>();
    List<Unread> unread = new ArrayList<>();
    for (Read r : articles.parallelStream().map(this::read).toList()) {
      events.addAll(r.events());
      if (r.unread() != null) {
        unread.add(r.unread());
      }
    }
    List<TemporalEvent> dated =
        events.stream()
            .filter(TemporalEvent::resolved)
            .sorted(TimelineBuilder::chronological)
            .toList();
    // Candidates are found through the words they share, per normalised value, so that building
    // stays near-linear on a large corpus: comparing every sentence with every earlier one of the
    // same date took minutes at 10,000 articles.
    List<Draft> drafts = new ArrayList<>();
    Map<String, Bucket> buckets = new HashMap<>();
    // each sentence's content words on all cores first; the merging below is in order
    SameStory.Vocabulary vocabulary = new SameStory.Vocabulary();
    List<int[]> wordsOf = dated.parallelStream().map(e -> vocabulary.of(e.context())).toList();
    Counts shared = new Counts();
    for (int i = 0; i < dated.size(); i++) {
      TemporalEvent e = dated.get(i);
      int[] words = wordsOf.get(i);
      Bucket bucket = buckets.computeIfAbsent(e.mention().value().iso(), k -> new Bucket());
      Draft home = bucket.firstReporting(e, words, shared);
      if (home == null) {
        home = new Draft(e.mention().value(), bucket.drafts.size());
        drafts.add(home);
        bucket.drafts.add(home);
      }
      bucket.add(home.slot, home.tellings.size(), words);
      home.add(e, words);
    }
    Map<String, List<Draft>> byTimeWords = new HashMap<>();
    for (Draft d : drafts) {
      d.tellings.stream()
          .map(t -> timeWords(t.mention().text()))
          .distinct()
          .forEach(w -> byTimeWords.computeIfAbsent(w, k -> new ArrayList<>()).add(d));
    }
    // the drafts of some time words with their tellings' words, made when an undated sentence
    // first asks for them: comparing each with every draft took minutes for thousands of each
    Map<String, Bucket> byTime = new HashMap<>();
    for (TemporalEvent e : events) {
      if (e.resolved() || e.source().published() != null) {
        continue;
      }
      // An undated article's "on Monday" cannot be dated, but when a dated outlet reports the same
      // thing with the same words for the time, it is listed with that event (and stays
      // unresolved): with the first draft one of whose first tellings shares enough words with it.
      String time = timeWords(e.mention().text());
      List<Draft> said = byTimeWords.get(time);
      if (said == null) {
        continue;
      }
      Bucket bucket = byTime.computeIfAbsent(time, k -> Bucket.of(said));
      Draft d = bucket.firstReporting(e, vocabulary.of(e.context()), shared);
      if (d != null) {
        d.undated(e);
      }
    }
    return new Timeline(
        events,
        drafts.stream().map(d -> new EventGroup(d.value, d.tellings, d.undated)).toList(),
        unread);
  }

  /**
   * Earliest first; from the same first day, the longer span first; then by value, file and place.
   * One method instead of a chain of five library comparators, each a call through a lambda: the
   * events of a large build (millions) are sorted on one thread.
   */
  static int chronological(TemporalEvent a, TemporalEvent b) {
    TimeValue x = a.mention().value();
    TimeValue y = b.mention().value();
    int c = x.first().compareTo(y.first());
    if (c == 0) {
      c = y.last().compareTo(x.last());
    }
    if (c == 0) {
      c = x.iso().compareTo(y.iso());
    }
    if (c == 0) {
      c = a.file().compareTo(b.file());
    }
    return c != 0 ? c : Integer.compare(a.sentence().start(), b.sentence().start());
  }

  private static final java.util.regex.Pattern POSSESSIVE =
      java.util.regex.Pattern.compile("['’]s\\b");
  private static final java.util.regex.Pattern LEADING =
      java.util.regex.Pattern.compile("^(on|in|the)\\s+");

  /**
   * "on Monday", "Monday" and "Monday's" all say Monday. The patterns are compiled once, not by
   * {@code String.replaceAll} for every event.
   */
  static String timeWords(String expression) {
    String lower = expression.toLowerCase(Locale.ROOT);
    return LEADING.matcher(POSSESSIVE.matcher(lower).replaceAll("")).replaceAll("").strip();
  }

  /**
   * The drafts of one normalised value (or, for undated sentences, of the same time words), and
   * which of their tellings use which word: a telling is the number {@code slot * COMPARED_TELLINGS
   * + telling}, slot being the draft's place in {@link #drafts}, so that counting shared words
   * needs neither boxed keys nor a map.
   */
  private static final class Bucket {
    final List<Draft> drafts = new ArrayList<>();
    final Map<Integer, Ints> postings = new HashMap<>();

    /** Per telling (by its number), how many words it has: a bound read without the draft. */
    int[] sizes = new int[8 * COMPARED_TELLINGS];

    /**
     * The drafts {@code drafts} (all made), each with its first tellings: for the undated sentences
     * said with the same words for their time.
     */
    static Bucket of(List<Draft> drafts) {
      Bucket b = new Bucket();
      for (Draft d : drafts) {
        int slot = b.drafts.size();
        b.drafts.add(d);
        for (int t = 0; t < Math.min(COMPARED_TELLINGS, d.words.size()); t++) {
          b.add(slot, t, d.words.get(t));
        }
      }
      return b;
    }

    /**
     * Telling {@code telling} of the draft at {@code slot} in {@link #drafts} has {@code words}.
     */
    void add(int slot, int telling, int[] words) {
      if (telling >= COMPARED_TELLINGS) {
        return; // a new telling is compared with the first few of an event, not with all
      }
      int key = slot * COMPARED_TELLINGS + telling;
      if (key >= sizes.length) {
        sizes = java.util.Arrays.copyOf(sizes, Math.max(key + 1, 2 * sizes.length));
      }
      sizes[key] = words.length;
      for (int w : words) {
        Ints p = postings.computeIfAbsent(w, k -> new Ints());
        if (p.size <= COMMON) { // past it the list is not read: no need to grow it
          p.add(key);
        }
      }
    }

    /** The first draft (in creation order) with a telling that shares enough words, or null. */
    Draft firstReporting(TemporalEvent e, int[] words, Counts shared) {
      if (words.length == 0) {
        return null;
      }
      shared.reset(drafts.size() * COMPARED_TELLINGS);
      int[] common = null; // the words left out of finding candidates, counted for them after
      int commons = 0;
      for (int w : words) {
        Ints p = postings.get(w);
        if (p != null && p.size > COMMON) {
          common = common == null ? new int[words.length] : common;
          common[commons++] = w;
          continue;
        }
        for (int i = 0; p != null && i < p.size; i++) {
          shared.increment(p.values[i]);
        }
      }
      int best = Integer.MAX_VALUE;
      for (int i = 0; i < shared.touched.size; i++) {
        int key = shared.touched.values[i];
        int draft = key / COMPARED_TELLINGS;
        if (draft >= best) {
          continue;
        }
        int smaller = Math.min(words.length, sizes[key]);
        int count = shared.counts[key];
        if ((count + commons) / (double) smaller < SAME_REPORT) {
          continue; // not enough even if it had every common word
        }
        Draft d = drafts.get(draft);
        int[] told = d.words.get(key % COMPARED_TELLINGS);
        for (int k = 0; k < commons; k++) {
          count += java.util.Arrays.binarySearch(told, common[k]) >= 0 ? 1 : 0;
        }
        if (count / (double) smaller >= SAME_REPORT && d.lacks(e.file())) {
          best = draft;
        }
      }
      return best == Integer.MAX_VALUE ? null : drafts.get(best);
    }
  }

  /** A growable list of ints. */
  private static final class Ints {
    int[] values = new int[4];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }

  /** Counts per telling, reused from one sentence to the next: only the touched ones are reset. */
  private static final class Counts {
    int[] counts = new int[0];
    final Ints touched = new Ints();

    void reset(int size) {
      for (int i = 0; i < touched.size; i++) {
        counts[touched.values[i]] = 0;
      }
      touched.size = 0;
      if (counts.length < size) {
        counts = new int[Math.max(size, counts.length * 2)];
      }
    }

    void increment(int key) {
      if (counts[key]++ == 0) {
        touched.add(key);
      }
    }
  }

  private static final class Draft {
    final TimeValue value;
    final List<TemporalEvent> tellings = new ArrayList<>();
    final List<int[]> words = new ArrayList<>();
    final List<TemporalEvent> undated = new ArrayList<>();
    final Set<String> files = new HashSet<>();

    /** Position among the drafts of the same value: earlier drafts win ties. */
    final int slot;

    Draft(TimeValue value, int slot) {
      this.value = value;
      this.slot = slot;
    }

    void add(TemporalEvent e, int[] w) {
      tellings.add(e);
      words.add(w);
      files.add(e.file());
    }

    void undated(TemporalEvent e) {
      undated.add(e);
      files.add(e.file());
    }

    boolean lacks(String file) {
      return !files.contains(file);
    }
  }
}
