package coveragebot.reply;

import coveragebot.corpus.Span;
import java.util.List;

/**
 * What happened when: events in date order, grouped by their normalised date, each told by one or
 * more outlets in their own words; on request, the statements whose time could not be resolved.
 *
 * @param about the words events were filtered by, or null
 * @param from the first date asked for (ISO), or null
 * @param to the last date asked for (ISO), or null
 * @param unresolved statements with a time expression that could not be dated (empty unless asked)
 * @param note a remark for the user (why nothing was found), or null
 * @param more true when more events (or, with undated:yes, statements) match than the limit let
 *     through: the reply holds the first ones in date (or text) order
 * @param unresolvedTotal how many statements that could not be dated match, listed or not (0 unless
 *     asked)
 */
public record TimelineReply(
    String about,
    String from,
    String to,
    List<Day> days,
    List<Statement> unresolved,
    String note,
    boolean more,
    int unresolvedTotal)
    implements Reply {
  public TimelineReply {
    days = List.copyOf(days);
    unresolved = List.copyOf(unresolved);
  }

  /** With every statement that could not be dated listed. */
  public TimelineReply(
      String about,
      String from,
      String to,
      List<Day> days,
      List<Statement> unresolved,
      String note,
      boolean more) {
    this(about, from, to, days, unresolved, note, more, unresolved.size());
  }

  /** One normalised date ({@code 2024-11-04}, {@code 2024-W44}, {@code 2017/2021}). */
  public record Day(String value, String granularity, List<Event> events) {
    public Day {
      events = List.copyOf(events);
    }
  }

  /**
   * One event: the sentences that tell it, one per outlet.
   *
   * @param undated the same report in undated articles, whose own time words ("on Monday") could
   *     not be resolved: shown as further outlets, never used to date the event
   * @param moreTellings how many further tellings (dated or undated) the event has beyond those
   *     listed: a widely copied sentence can be told by thousands of articles
   */
  public record Event(List<Telling> tellings, List<Telling> undated, int moreTellings) {
    public Event {
      tellings = List.copyOf(tellings);
      undated = List.copyOf(undated);
    }

    public Event(List<Telling> tellings, List<Telling> undated) {
      this(tellings, undated, 0);
    }
  }

  /** A sentence quoted verbatim, and where in it the time is said (file offsets). */
  public record Telling(Excerpt excerpt, Span expression, String expressionText) {
    public Telling {
      if (expression.start() < excerpt.start() || expression.end() > excerpt.end()) {
        throw new IllegalArgumentException("the expression lies outside its sentence");
      }
    }
  }

  /** A sentence whose time expression could not be resolved, and why. */
  public record Statement(Telling telling, String reason) {}
}
