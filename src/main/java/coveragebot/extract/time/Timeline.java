package coveragebot.extract.time;

import java.util.List;

/**
 * Every dated event of the coverage in date order, and every sentence whose time could not be
 * resolved, with the reason.
 *
 * @param events all sentences with an expression (resolved or not), in article then text order
 * @param groups events merged across outlets, ordered by start date, wider periods first
 */
public record Timeline(List<TemporalEvent> events, List<EventGroup> groups) {
  public Timeline {
    events = List.copyOf(events);
    groups = List.copyOf(groups);
  }

  public List<TemporalEvent> unresolved() {
    return events.stream().filter(e -> !e.resolved()).toList();
  }

  /** The group an event belongs to (as a telling or an undated match), or -1. */
  public int groupOf(TemporalEvent e) {
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).tellings().contains(e) || groups.get(i).undated().contains(e)) {
        return i;
      }
    }
    return -1;
  }
}
