package coveragebot.extract.time;

import coveragebot.corpus.Unread;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every dated event of the coverage in date order, and every sentence whose time could not be
 * resolved, with the reason.
 *
 * @param events all sentences with an expression (resolved or not), in article then text order
 * @param groups events merged across outlets, ordered by start date, wider periods first
 * @param unread articles whose dates were not all read: reading them failed (they have no events
 *     here), or they hold more than an article is read for (their first ones are here)
 */
public record Timeline(List<TemporalEvent> events, List<EventGroup> groups, List<Unread> unread) {
  public Timeline {
    events = List.copyOf(events);
    groups = List.copyOf(groups);
    unread = List.copyOf(unread);
  }

  public List<TemporalEvent> unresolved() {
    return events.stream().filter(e -> !e.resolved()).toList();
  }

  /**
   * The position in {@link #groups()} of each event that belongs to a group (as a telling or an
   * undated match); events in no group are absent. One pass, for exports of large corpora.
   */
  public Map<TemporalEvent, Integer> groupNumbers() {
    Map<TemporalEvent, Integer> out = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      for (TemporalEvent e : groups.get(i).tellings()) {
        out.put(e, i);
      }
      for (TemporalEvent e : groups.get(i).undated()) {
        out.put(e, i);
      }
    }
    return out;
  }
}
