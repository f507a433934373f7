package coveragebot.console;

import coveragebot.reply.CheckReply;

/** {@code /check} in the terminal: the verdict, what differs, then the evidence verbatim. */
final class CheckText {
  private CheckText() {}

  static void check(StringBuilder b, CheckReply r) {
    b.append("Verdict: ").append(r.verdict()).append('\n');
    for (CheckReply.Difference d : r.differences()) {
      b.append("  ").append(d.kind()).append(": claim \"").append(d.claim());
      b.append("\" / source \"").append(d.source()).append("\"\n");
    }
    if (r.note() != null) {
      b.append(r.note()).append('\n');
    }
    for (CheckReply.Evidence e : r.evidence()) {
      b.append(e.supports() ? "Evidence" : "Nearest passage (does NOT support the claim)");
      if (e.speaker() != null) {
        b.append(", said by ").append(e.speaker());
      }
      var x = e.excerpt();
      b.append(" — ").append(x.source().outlet());
      if (x.source().published() != null) {
        b.append(", ").append(x.source().published().iso());
      }
      b.append(", ").append(x.file()).append(" [").append(x.start()).append('-').append(x.end());
      b.append("]\n  \"").append(x.text()).append("\"\n");
      if (x.link() != null) {
        b.append("  ").append(x.link()).append('\n');
      }
    }
  }
}
