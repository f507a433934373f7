package coveragebot.console;

import coveragebot.reply.CoverageReply;
import coveragebot.reply.EventsReply;
import coveragebot.reply.TimelineReply;

/** The timeline replies as terminal text: dates as headings, each outlet's sentence verbatim. */
final class TimelineText {
  private TimelineText() {}

  static void timeline(StringBuilder b, TimelineReply r) {
    if (r.days().isEmpty()) {
      b.append(r.note()).append('\n');
    }
    for (TimelineReply.Day d : r.days()) {
      b.append(d.value()).append(" (").append(d.granularity()).append(")\n");
      for (TimelineReply.Event e : d.events()) {
        String bullet = "  * ";
        for (TimelineReply.Telling t : e.tellings()) {
          telling(b, bullet, t, "");
          bullet = "    also ";
        }
        for (TimelineReply.Telling t : e.undated()) {
          telling(b, "    also (undated article) ", t, "");
        }
        if (e.moreTellings() > 0) {
          b.append("    and ").append(e.moreTellings()).append(" more articles\n");
        }
      }
      b.append('\n');
    }
    if (!r.unresolved().isEmpty()) {
      b.append("Not dated (").append(r.unresolved().size());
      if (r.unresolvedTotal() > r.unresolved().size()) {
        b.append(" of ").append(r.unresolvedTotal()); // the limit's first ones
      }
      b.append("):\n");
      for (TimelineReply.Statement s : r.unresolved()) {
        telling(b, "  - ", s.telling(), " [" + s.reason() + "]");
      }
    }
    if (r.more()) {
      b.append(MORE).append('\n');
    }
  }

  static final String MORE =
      "More match than shown: narrow with about:, from: or to:, or raise limit:.";

  private static void telling(
      StringBuilder b, String prefix, TimelineReply.Telling t, String tail) {
    b.append(prefix)
        .append(t.excerpt().source().outlet())
        .append(" (\"")
        .append(t.expressionText())
        .append("\")")
        .append(tail)
        .append(": ")
        .append(t.excerpt().text())
        .append('\n');
    b.append("      ").append(TextRenderer.where(t.excerpt())).append('\n');
  }

  static void coverage(StringBuilder b, CoverageReply r) {
    b.append("When each outlet published:\n");
    for (CoverageReply.Entry e : r.outlets()) {
      b.append("  ")
          .append(TextRenderer.date(e.source().published()))
          .append("  ")
          .append(e.source().outlet())
          .append(" · ")
          .append(e.source().file())
          .append(" · ")
          .append(e.events())
          .append(" dated, ")
          .append(e.unresolved())
          .append(" not dated\n");
    }
  }

  static void events(StringBuilder b, EventsReply r) {
    for (EventsReply.Item i : r.events()) {
      var e = i.telling().excerpt();
      b.append(e.file()).append(" [").append(e.start()).append('-').append(e.end()).append("] ");
      b.append(i.resolved() ? i.value() : "unresolved: " + i.reason());
      b.append(" · \"").append(i.telling().expressionText()).append("\" · ");
      b.append(e.text()).append('\n');
    }
  }
}
