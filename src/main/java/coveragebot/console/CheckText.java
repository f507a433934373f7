package coveragebot.console;

import coveragebot.reply.CheckReply;
import coveragebot.reply.CompareReply;

/** {@code /check} in the terminal: the verdict, what differs, then the evidence verbatim. */
final class CheckText {
  private CheckText() {}

  static void check(StringBuilder b, CheckReply r) {
    b.append("Verdict: ").append(r.verdict()).append('\n');
    for (CheckReply.Difference d : r.differences()) {
      b.append("  ").append(d.shown(" / ")).append('\n');
    }
    if (r.note() != null) {
      b.append(r.note()).append('\n');
    }
    for (CheckReply.Evidence e : r.evidence()) {
      b.append(
          e.supports()
              ? "Evidence"
              : r.verdict().equals("mismatch")
                  ? "Source (does NOT support the claim as made)"
                  : "Nearest passage (does NOT support the claim)");
      if (e.speaker() != null) {
        b.append(", said by ").append(e.speaker());
      }
      var x = e.excerpt();
      b.append(" — ").append(x.source().outlet());
      if (x.source().published() != null) {
        b.append(", ").append(TextRenderer.date(x.source().published()));
      }
      b.append(", ").append(x.file()).append(" [").append(x.start()).append('-').append(x.end());
      b.append("]\n  \"").append(x.text()).append("\"\n");
      if (x.link() != null) {
        b.append("  ").append(x.link()).append('\n');
      }
    }
  }

  static void compare(StringBuilder b, CompareReply r) {
    if (r.note() != null) {
      b.append(r.note()).append('\n');
    }
    for (CompareReply.Carried c : r.carried()) {
      var x = c.evidence().excerpt();
      b.append(x.source().outlet());
      if (x.source().published() != null) {
        b.append(", ").append(TextRenderer.date(x.source().published()));
      }
      b.append(" (").append(c.change()).append(") ").append(x.file());
      b.append(" [").append(x.start()).append('-').append(x.end()).append("]\n  \"");
      b.append(x.text()).append("\"\n");
      if (x.link() != null) {
        b.append("  ").append(x.link()).append('\n');
      }
      for (CheckReply.Difference d : c.differences()) {
        b.append("  ").append(d.kind()).append(": first \"").append(d.source());
        b.append("\" / here \"").append(d.claim()).append("\"\n");
      }
    }
    if (r.moreCarried() > 0) {
      b.append("And ").append(r.moreCarried()).append(" later versions.\n");
    }
    for (CompareReply.Missing m : r.missing()) {
      b.append("Not carried by ").append(m.outlet()).append(" (").append(m.file()).append(")\n");
    }
    if (r.moreMissing() > 0) {
      b.append("Nor by ").append(r.moreMissing()).append(" more articles.\n");
    }
  }
}
