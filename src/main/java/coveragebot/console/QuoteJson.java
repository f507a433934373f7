package coveragebot.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import coveragebot.reply.QuotationsReply;
import coveragebot.reply.QuoteItem;
import coveragebot.reply.QuoteReply;
import coveragebot.reply.SpeakersReply;

/**
 * The JSON contract of the quotation replies (issue 4), kept apart from {@link JsonRenderer} so
 * that the shared renderer only gains three delegating cases. Field names are the documented ones.
 */
final class QuoteJson {
  private final JsonRenderer json;

  QuoteJson(JsonRenderer json) {
    this.json = json;
  }

  void quote(ObjectNode o, QuoteReply r) {
    o.put("type", "quote");
    o.put("speaker", r.speaker());
    o.put("query", r.query());
    o.put("matched_as", r.matchedAs());
    ArrayNode results = o.putArray("results");
    for (QuoteReply.Group g : r.groups()) {
      ObjectNode item = item(g.quote());
      item.put("outlets", g.outlets());
      ArrayNode also = item.putArray("also_in");
      g.alsoIn().forEach(c -> also.add(item(c)));
      item.put("more_copies", g.moreCopies());
      ArrayNode variants = item.putArray("variants");
      for (QuoteReply.Variant v : g.variants()) {
        ObjectNode x = variants.addObject().put("file", v.file()).put("outlet", v.outlet());
        ArrayNode d = x.putArray("differences");
        v.differences().forEach(d::add);
      }
      results.add(item);
    }
    o.put("note", r.note());
    o.put("more", r.more());
  }

  void speakers(ObjectNode o, SpeakersReply r) {
    o.put("type", "speakers");
    ArrayNode speakers = o.putArray("speakers");
    r.speakers().forEach(s -> speakers.add(speaker(o, s)));
    ArrayNode unnamed = o.putArray("unnamed");
    r.unnamed().forEach(s -> unnamed.add(speaker(o, s)));
    ArrayNode aliases = o.putArray("aliases");
    for (SpeakersReply.Alias a : r.aliases()) {
      aliases
          .addObject()
          .put("alias", a.alias())
          .put("canonical", a.canonical())
          .put("reason", a.reason());
    }
  }

  void quotations(ObjectNode o, QuotationsReply r, boolean stream) {
    o.put("type", "quotes");
    o.put("count", r.quotes().size());
    json.array(o, "quotes", r.quotes(), this::item, stream);
  }

  /**
   * An excerpt (text, file, start, end, source, link, highlights: the contract's quoted item) plus
   * who said it and why.
   */
  ObjectNode item(QuoteItem q) {
    ObjectNode o = json.excerpt(q.excerpt());
    o.put("kind", q.kind());
    o.put("speaker", q.speaker());
    o.put("speaker_text", q.speakerText());
    o.put("speaker_start", q.speakerSpan() == null ? null : q.speakerSpan().start());
    o.put("speaker_end", q.speakerSpan() == null ? null : q.speakerSpan().end());
    o.put("confidence", q.confidence());
    o.put("ambiguous", q.ambiguous());
    ArrayNode c = o.putArray("candidates");
    q.candidates().forEach(c::add);
    o.put("cue", q.cue());
    o.put("closed", q.closed());
    o.put("headline", q.headline());
    o.putObject("marks").put("start", q.marks().start()).put("end", q.marks().end());
    return o;
  }

  private static ObjectNode speaker(ObjectNode parent, SpeakersReply.Speaker s) {
    ObjectNode o = parent.objectNode();
    o.put("name", s.name());
    o.put("quotes", s.quotes());
    ArrayNode outlets = o.putArray("outlets");
    s.outlets().forEach(outlets::add);
    ArrayNode aliases = o.putArray("aliases");
    s.aliases().forEach(aliases::add);
    ArrayNode roles = o.putArray("roles");
    s.roles().forEach(roles::add);
    return o;
  }
}
