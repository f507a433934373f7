package coveragebot.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import coveragebot.reply.CheckReply;
import coveragebot.reply.CompareReply;

/** {@code /check} as JSON: type, claim, verdict, differences and evidence (issue 6). */
final class CheckJson {
  private final JsonRenderer json;

  CheckJson(JsonRenderer json) {
    this.json = json;
  }

  void check(ObjectNode o, CheckReply r) {
    o.put("type", "check");
    o.put("claim", r.claim());
    o.put("verdict", r.verdict());
    o.put("speaker", r.speaker());
    ArrayNode diffs = o.putArray("differences");
    for (CheckReply.Difference d : r.differences()) {
      diffs.addObject().put("kind", d.kind()).put("claim", d.claim()).put("source", d.source());
    }
    ArrayNode evidence = o.putArray("evidence");
    for (CheckReply.Evidence e : r.evidence()) {
      ObjectNode item = json.excerpt(e.excerpt());
      item.put("speaker", e.speaker());
      item.put("supports", e.supports());
      evidence.add(item);
    }
    o.put("note", r.note());
  }

  void compare(ObjectNode o, CompareReply r) {
    o.put("type", "compare");
    o.put("query", r.query());
    ArrayNode carried = o.putArray("carried");
    for (CompareReply.Carried c : r.carried()) {
      ObjectNode item = json.excerpt(c.evidence().excerpt());
      item.put("speaker", c.evidence().speaker());
      item.put("change", c.change());
      ArrayNode diffs = item.putArray("differences");
      for (CheckReply.Difference d : c.differences()) {
        diffs.addObject().put("kind", d.kind()).put("text", d.claim()).put("first", d.source());
      }
      carried.add(item);
    }
    ArrayNode missing = o.putArray("missing");
    r.missing().forEach(m -> missing.addObject().put("file", m.file()).put("outlet", m.outlet()));
    o.put("more_carried", r.moreCarried());
    o.put("more_missing", r.moreMissing());
    o.put("note", r.note());
  }
}
