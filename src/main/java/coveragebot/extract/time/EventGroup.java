package coveragebot.extract.time;

import java.util.List;

/**
 * One thing that happened at one time, as told by one or more outlets.
 *
 * @param tellings the resolved sentences, one per outlet at most, in file order
 * @param undated sentences from undated articles that tell the same thing with the same words for
 *     the time ("on Monday") and could not be dated on their own: listed, never used for the date
 */
public record EventGroup(
    TimeValue value, List<TemporalEvent> tellings, List<TemporalEvent> undated) {
  public EventGroup {
    tellings = List.copyOf(tellings);
    undated = List.copyOf(undated);
    if (tellings.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one dated telling");
    }
  }
}
