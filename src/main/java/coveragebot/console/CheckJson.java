package coveragebot.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import coveragebot.reply.CheckReply;

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
}
