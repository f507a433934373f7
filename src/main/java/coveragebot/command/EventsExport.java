package coveragebot.command;

import coveragebot.extract.time.TemporalEvent;
import coveragebot.extract.time.Timeline;
import coveragebot.reply.EventsReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code export events}: every sentence with a time expression, resolved or not, in file order. */
public final class EventsExport {
  private final Timeline timeline;

  public EventsExport(Timeline timeline) {
    this.timeline = timeline;
  }

  public EventsReply events() {
    List<EventsReply.Item> items = new ArrayList<>();
    Map<TemporalEvent, Integer> groups = timeline.groupNumbers();
    for (TemporalEvent e : timeline.events()) {
      Integer group = groups.get(e);
      var m = e.mention();
      items.add(
          new EventsReply.Item(
              Tellings.of(e),
              m.resolved() ? m.value().iso() : null,
              m.resolved() ? m.value().granularity().name().toLowerCase(Locale.ROOT) : null,
              m.resolved(),
              m.reason(),
              group == null ? null : group + 1));
    }
    return ReplyLog.logged("export events", new EventsReply(items));
  }
}
