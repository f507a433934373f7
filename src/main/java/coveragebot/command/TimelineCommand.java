package coveragebot.command;

import coveragebot.corpus.Article;
import coveragebot.corpus.Corpus;
import coveragebot.corpus.Passage;
import coveragebot.extract.time.EventGroup;
import coveragebot.extract.time.TemporalEvent;
import coveragebot.extract.time.TemporalRecognizer;
import coveragebot.extract.time.TimeValue;
import coveragebot.extract.time.Timeline;
import coveragebot.index.PassageIndex;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.Reply;
import coveragebot.reply.TimelineReply;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /timeline [about] [from:] [to:] [undated:yes] [view:coverage]}: what happened when, across
 * outlets. Events come from the extracted timeline; {@code about} keeps the events whose sentences
 * stand in a passage with every one of the words (stemmed as in search): "European Union" is not
 * "European defence spending", and "Scholz" is in the paragraph of "Rutte said in Berlin Monday".
 */
public final class TimelineCommand implements Command {

  /**
   * Events shown when no limit is given. A timeline of a large coverage has hundreds of thousands
   * of events: the reply is built for the first ones in date order only, never for all of them.
   */
  public static final int DEFAULT_LIMIT = 50;

  public static final int MAX_LIMIT = 500;

  /** Tellings listed per event (first in file order); the reply counts the others. */
  public static final int MAX_TELLINGS = 10;

  private static final CommandSpec SPEC =
      new CommandSpec(
          "timeline",
          "What happened when: dated events in date order, with every outlet that reports them",
          List.of(
              OptionSpec.text(
                  "about", "Only events whose paragraphs hold all these words", false, true),
              OptionSpec.text("from", "First date, e.g. 2024-10 or 4 November 2024", false, false),
              OptionSpec.text("to", "Last date, e.g. 2024-11-05", false, false),
              choice(
                  "undated",
                  "yes: also show statements whose time cannot be resolved",
                  "yes",
                  "no"),
              choice(
                  "view",
                  "coverage: when each outlet published, instead of events",
                  "events",
                  "coverage"),
              OptionSpec.integer(
                  "limit", "How many events to show, earliest first (default 50)", 1, MAX_LIMIT)),
          List.of(
              "/timeline",
              "/timeline Berlin press conference",
              "/timeline from:2024-11 to:2024-11-06",
              "/timeline undated:yes",
              "/timeline view:coverage"));

  private final Corpus corpus;
  private final Timeline timeline;
  private final PassageIndex index;
  private final DateBound dates;
  private final CoverageView coverage;

  public TimelineCommand(
      Corpus corpus,
      Timeline timeline,
      PassageIndex index,
      TemporalRecognizer recognizer,
      CoverageView coverage) {
    this.corpus = corpus;
    this.timeline = timeline;
    this.index = index;
    this.dates = new DateBound(recognizer);
    this.coverage = coverage;
  }

  private static OptionSpec choice(String name, String description, String... values) {
    return new OptionSpec(
        name, description, OptionSpec.Type.TEXT, false, false, 1, 20, List.of(values));
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(CommandRequest request) {
    if (request.text("view").orElse("events").equals("coverage")) {
      // the coverage view counts every outlet's dated and undated articles: a filter of events
      // would silently not apply, so it is refused
      List<String> filters =
          java.util.stream.Stream.of("about", "from", "to", "undated", "limit")
              .filter(request.options()::containsKey)
              .map(o -> o + ":")
              .toList();
      if (!filters.isEmpty()) {
        return new ErrorReply(
            ErrorReply.Kind.USAGE,
            "view:coverage shows when each outlet published, over the whole coverage; it takes no "
                + String.join(", ", filters)
                + ".",
            "Leave out view:coverage to filter events, for example /timeline from:2024-11-06");
      }
      return coverage.reply();
    }
    String about = request.text("about").orElse(null);
    Set<String> wanted = about == null ? null : new LinkedHashSet<>(index.terms(about));
    if (wanted != null && wanted.isEmpty()) {
      return new ErrorReply(
          ErrorReply.Kind.USAGE,
          "There are no words to look for in \"" + CommandLineParser.clip(about) + "\".",
          "Name a person, place or thing, for example /timeline Berlin");
    }
    TimeValue from;
    TimeValue to;
    try {
      from =
          request.text("from").isPresent() ? dates.read("from", request.text("from").get()) : null;
      to = request.text("to").isPresent() ? dates.read("to", request.text("to").get()) : null;
    } catch (UsageException e) {
      return e.toReply();
    }
    if (from != null && to != null && from.first().isAfter(to.last())) {
      return new ErrorReply(
          ErrorReply.Kind.USAGE,
          "from:" + from.iso() + " is after to:" + to.iso() + ".",
          "Swap them: /timeline from:" + to.iso() + " to:" + from.iso());
    }
    // the passages with every word of the topic, from the index: an event is about it when its
    // sentence stands in one of them
    java.util.BitSet topic = wanted == null ? null : index.passagesWithAll(wanted);
    LocalDate first = from == null ? LocalDate.MIN : from.first();
    LocalDate last = to == null ? LocalDate.MAX : to.last();
    int limit = request.integer("limit", DEFAULT_LIMIT);
    boolean more = false;
    int shown = 0;
    List<TimelineReply.Day> days = new ArrayList<>();
    List<EventGroup> groups = topic != null && topic.isEmpty() ? List.of() : timeline.groups();
    Tellers tellers = topic == null ? null : tellers();
    for (int i = 0; i < groups.size(); i++) {
      EventGroup g = groups.get(i);
      if (!g.value().overlaps(first, last) || (topic != null && !tellers.in(i, topic))) {
        continue;
      }
      if (shown == limit) {
        more = true;
        break;
      }
      shown++;
      List<TimelineReply.Telling> dated =
          g.tellings().stream().limit(MAX_TELLINGS).map(Tellings::of).toList();
      List<TimelineReply.Telling> undated =
          g.undated().stream().limit(MAX_TELLINGS - dated.size()).map(Tellings::of).toList();
      int hidden = g.tellings().size() + g.undated().size() - dated.size() - undated.size();
      TimelineReply.Event event = new TimelineReply.Event(dated, undated, hidden);
      TimelineReply.Day lastDay = days.isEmpty() ? null : days.get(days.size() - 1);
      if (lastDay != null && lastDay.value().equals(g.value().iso())) {
        List<TimelineReply.Event> events = new ArrayList<>(lastDay.events());
        events.add(event);
        days.set(
            days.size() - 1, new TimelineReply.Day(lastDay.value(), lastDay.granularity(), events));
      } else {
        days.add(
            new TimelineReply.Day(
                g.value().iso(),
                g.value().granularity().name().toLowerCase(Locale.ROOT),
                List.of(event)));
      }
    }
    List<TimelineReply.Statement> unresolved = new ArrayList<>();
    int unresolvedTotal = 0; // listed or not
    if (request.text("undated").orElse("no").equals("yes")) {
      for (TemporalEvent e : timeline.events()) {
        if (e.resolved() || (topic != null && !topic.get(passageOf(e)))) {
          continue;
        }
        unresolvedTotal++;
        if (unresolved.size() == limit) {
          more = true;
          continue;
        }
        unresolved.add(new TimelineReply.Statement(Tellings.of(e), e.mention().reason()));
      }
    }
    String note =
        days.isEmpty()
            ? "No dated events"
                + (about == null ? "" : " about \"" + CommandLineParser.clip(about) + "\"")
                + (from == null && to == null ? "" : " in that period")
                + ". Try "
                + (about == null
                    ? "a wider period"
                    : from == null && to == null ? "fewer words" : "fewer words or a wider period")
                + "; /timeline view:coverage shows when each outlet published."
            : null;
    return new TimelineReply(
        about,
        from == null ? null : from.iso(),
        to == null ? null : to.iso(),
        days,
        unresolved,
        note,
        more,
        unresolvedTotal);
  }

  /**
   * The passages of each event group's tellings, dated then undated, flat: group {@code g}'s are
   * {@code ids[from[g]]} to {@code ids[from[g + 1] - 1]} (-1 for none).
   */
  private record Tellers(int[] from, int[] ids) {
    /** Whether a telling of group {@code g} stands in one of {@code passages}. */
    boolean in(int g, java.util.BitSet passages) {
      for (int k = from[g]; k < from[g + 1]; k++) {
        if (ids[k] >= 0 && passages.get(ids[k])) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@link Tellers}, worked out at the first topic asked for. */
  private Tellers tellers() {
    Tellers t = tellers;
    if (t == null) {
      List<EventGroup> groups = timeline.groups();
      int[] from = new int[groups.size() + 1];
      for (int g = 0; g < groups.size(); g++) {
        from[g + 1] = from[g] + groups.get(g).tellings().size() + groups.get(g).undated().size();
      }
      int[] ids = new int[from[groups.size()]];
      int k = 0;
      for (EventGroup g : groups) {
        for (TemporalEvent e : g.tellings()) {
          ids[k++] = passageOf(e);
        }
        for (TemporalEvent e : g.undated()) {
          ids[k++] = passageOf(e);
        }
      }
      t = new Tellers(from, ids);
      tellers = t;
    }
    return t;
  }

  private volatile Tellers tellers;

  /** The id of the passage that holds event {@code e}'s sentence, or -1. */
  private int passageOf(TemporalEvent e) {
    Article a = articles().get(e.file());
    if (a == null) {
      return -1;
    }
    List<Passage> ps = a.passages();
    int at = e.sentence().start();
    int lo = 0;
    int hi = ps.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Passage p = ps.get(mid);
      if (at < p.start()) {
        hi = mid - 1;
      } else if (at >= p.end()) {
        lo = mid + 1;
      } else {
        return p.id();
      }
    }
    return -1;
  }

  /** The articles by file, made at the first topic asked for. */
  private Map<String, Article> articles() {
    Map<String, Article> m = byFile;
    if (m == null) {
      m = new HashMap<>();
      for (Article a : corpus.articles()) {
        m.put(a.file(), a);
      }
      byFile = m;
    }
    return m;
  }

  private volatile Map<String, Article> byFile;
}
