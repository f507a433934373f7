package coveragebot.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import coveragebot.reply.CoverageReply;
import coveragebot.reply.EventsReply;
import coveragebot.reply.TimelineReply;

/**
 * The JSON of the timeline replies (documented in the README). Kept apart from {@link JsonRenderer}
 * so that the timeline's fields are in one place; quoted items use the shared contract (text, file,
 * start, end, source, link, highlights) plus {@code expression}.
 */
final class TimelineJson {
  private final JsonRenderer json;

  TimelineJson(JsonRenderer json) {
    this.json = json;
  }

  void timeline(ObjectNode o, TimelineReply r) {
    o.put("type", "timeline");
    o.put("about", r.about());
    o.put("from", r.from());
    o.put("to", r.to());
    ArrayNode days = o.putArray("days");
    for (TimelineReply.Day d : r.days()) {
      ObjectNode day = days.addObject();
      day.put("value", d.value());
      day.put("granularity", d.granularity());
      ArrayNode events = day.putArray("events");
      for (TimelineReply.Event e : d.events()) {
        ObjectNode event = events.addObject();
        ArrayNode outlets = event.putArray("outlets");
        e.tellings().forEach(t -> outlets.add(t.excerpt().source().outlet()));
        e.undated().forEach(t -> outlets.add(t.excerpt().source().outlet()));
        ArrayNode tellings = event.putArray("tellings");
        e.tellings().forEach(t -> tellings.add(telling(t)));
        ArrayNode undated = event.putArray("undated");
        e.undated().forEach(t -> undated.add(telling(t)));
        event.put("more_tellings", e.moreTellings());
      }
    }
    ArrayNode unresolved = o.putArray("unresolved");
    for (TimelineReply.Statement s : r.unresolved()) {
      unresolved.add(telling(s.telling()).put("reason", s.reason()));
    }
    o.put("unresolved_total", r.unresolvedTotal());
    o.put("note", r.note());
    o.put("more", r.more());
  }

  void coverage(ObjectNode o, CoverageReply r) {
    o.put("type", "coverage");
    ArrayNode outlets = o.putArray("outlets");
    for (CoverageReply.Entry e : r.outlets()) {
      ObjectNode item = outlets.addObject();
      item.put("file", e.source().file());
      item.put("outlet", e.source().outlet());
      item.put("published", e.source().published() == null ? null : e.source().published().iso());
      item.set("source", json.source(e.source()));
      item.put("events", e.events());
      item.put("unresolved", e.unresolved());
    }
  }

  void events(ObjectNode o, EventsReply r, boolean stream) {
    o.put("type", "events");
    o.put("count", r.events().size());
    json.array(o, "events", r.events(), this::event, stream);
  }

  private ObjectNode event(EventsReply.Item i) {
    ObjectNode item = telling(i.telling());
    item.put("value", i.value());
    item.put("granularity", i.granularity());
    item.put("resolved", i.resolved());
    item.put("reason", i.reason());
    item.put("event", i.event());
    return item;
  }

  /** A quoted sentence with {@code expression: {start, end, text}} (file offsets). */
  private ObjectNode telling(TimelineReply.Telling t) {
    ObjectNode item = json.excerpt(t.excerpt());
    item.putObject("expression")
        .put("start", t.expression().start())
        .put("end", t.expression().end())
        .put("text", t.expressionText());
    return item;
  }
}
