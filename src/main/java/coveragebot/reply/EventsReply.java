package coveragebot.reply;

import java.util.List;

/** Every sentence with a time expression, resolved or not: the {@code export events} view. */
public record EventsReply(List<Item> events) implements Reply {
  public EventsReply {
    events = List.copyOf(events);
  }

  /**
   * One sentence and its time expression.
   *
   * @param value ISO-8601 at the expression's granularity, or null when unresolved
   * @param granularity {@code day}, {@code week}, {@code month}, {@code quarter}, {@code half},
   *     {@code year}, {@code interval}, or null when unresolved
   * @param reason why the expression could not be resolved, or null
   * @param event the merged event (the same number for every outlet telling it), or null
   */
  public record Item(
      TimelineReply.Telling telling,
      String value,
      String granularity,
      boolean resolved,
      String reason,
      Integer event) {}
}
