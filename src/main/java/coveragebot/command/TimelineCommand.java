package coveragebot.command;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /timeline [about] [from:] [to:] [undated:yes] [view:coverage]}: what happened when, across
 * outlets. Events come from the extracted timeline; {@code about} keeps the events whose sentences
 * hold the words (stemmed as in search).
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
              OptionSpec.text("about", "Only events whose sentences hold these words", false, true),
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

  private final Timeline timeline;
  private final PassageIndex index;
  private final DateBound dates;
  private final CoverageView coverage;

  public TimelineCommand(
      Timeline timeline, PassageIndex index, TemporalRecognizer recognizer, CoverageView coverage) {
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
    // analysed once here, not once per event sentence
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
    LocalDate first = from == null ? LocalDate.MIN : from.first();
    LocalDate last = to == null ? LocalDate.MAX : to.last();
    int limit = request.integer("limit", DEFAULT_LIMIT);
    boolean more = false;
    int shown = 0;
    List<TimelineReply.Day> days = new ArrayList<>();
    for (EventGroup g : timeline.groups()) {
      if (!g.value().overlaps(first, last) || !about(wanted, g)) {
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
    if (request.text("undated").orElse("no").equals("yes")) {
      for (TemporalEvent e : timeline.events()) {
        if (e.resolved() || (wanted != null && index.matches(wanted, e.text()).isEmpty())) {
          continue;
        }
        if (unresolved.size() == limit) {
          more = true;
          break;
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
        more);
  }

  private boolean about(Set<String> wanted, EventGroup g) {
    if (wanted == null) {
      return true;
    }
    return g.tellings().stream().anyMatch(e -> !index.matches(wanted, e.text()).isEmpty())
        || g.undated().stream().anyMatch(e -> !index.matches(wanted, e.text()).isEmpty());
  }
}
