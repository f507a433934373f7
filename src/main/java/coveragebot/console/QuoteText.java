package coveragebot.console;

import coveragebot.command.QuoteCommand;
import coveragebot.corpus.Counts;
import coveragebot.reply.Excerpt;
import coveragebot.reply.QuotationsReply;
import coveragebot.reply.QuoteItem;
import coveragebot.reply.QuoteReply;
import coveragebot.reply.SpeakersReply;

/** The terminal view of the quotation replies (issue 4); quoted text is printed unchanged. */
final class QuoteText {
  private QuoteText() {}

  static void quote(StringBuilder b, QuoteReply r) {
    if (r.speaker() != null) {
      b.append("Quotes by ").append(r.speaker());
      if (r.matchedAs() != null) {
        b.append(" (").append(r.matchedAs()).append(')');
      }
      b.append(r.query() == null ? "" : ", matching \"" + r.query() + "\"").append(":\n\n");
    } else {
      b.append("Who said \"").append(r.query()).append("\":\n\n");
    }
    if (r.groups().isEmpty()) {
      b.append(r.note() == null ? "Nothing found." : r.note()).append('\n');
      return;
    }
    int n = 1;
    for (QuoteReply.Group g : r.groups()) {
      QuoteItem q = g.quote();
      b.append(n++).append(". “").append(q.excerpt().text()).append("”\n");
      b.append("   ").append(who(q)).append('\n');
      b.append("   ").append(TextRenderer.heading(q.excerpt().source())).append('\n');
      b.append("   ").append(where(q.excerpt())).append('\n');
      if (!g.alsoIn().isEmpty()) {
        // the count is of every outlet with the quotation, the one shown first included
        b.append("   in ").append(Counts.of(g.outlets(), "outlet")).append("; also in: ");
        String sep = "";
        for (QuoteItem c : g.alsoIn()) {
          b.append(sep)
              .append(c.excerpt().source().outlet())
              .append(" (")
              .append(where(c.excerpt()))
              .append(')');
          sep = "; ";
        }
        if (g.moreCopies() > 0) {
          b.append(sep).append("and ").append(g.moreCopies()).append(" more copies");
        }
        b.append('\n');
      }
      // copies with the same changes in one outlet (an agency's edit it printed several times)
      // make one line
      record Change(String outlet, String changes) {}
      java.util.Map<Change, Integer> copies = new java.util.LinkedHashMap<>();
      for (QuoteReply.Variant v : g.variants()) {
        copies.merge(new Change(v.outlet(), String.join("; ", v.differences())), 1, Integer::sum);
      }
      copies.forEach(
          (change, count) -> {
            b.append("   differs in ").append(change.outlet());
            if (count > 1) {
              b.append(" (").append(count).append(" copies)");
            }
            b.append(": ").append(change.changes()).append('\n');
          });
      b.append('\n');
    }
    if (r.more()) {
      b.append(
              r.groups().size() < QuoteCommand.MAX_LIMIT
                  ? "More quotes match than shown: raise limit: (up to "
                      + QuoteCommand.MAX_LIMIT
                      + "), or narrow with about:, text: or outlet:."
                  : "More quotes match than shown: narrow with about:, text: or outlet:.")
          .append('\n');
    }
  }

  static void speakers(StringBuilder b, SpeakersReply r) {
    b.append(r.speakers().size()).append(" people quoted:\n");
    for (SpeakersReply.Speaker s : r.speakers()) {
      b.append("- ").append(s.name()).append(": ").append(Counts.of(s.quotes(), "quote"));
      b.append(" in ").append(String.join(", ", s.outlets()));
      java.util.List<String> also = new java.util.ArrayList<>();
      if (!s.aliases().isEmpty()) {
        also.add("also named " + String.join(", ", s.aliases()));
      }
      if (!s.roles().isEmpty()) {
        also.add(
            "quoted as "
                + String.join(", ", s.roles().stream().map(role -> "\"" + role + "\"").toList()));
      }
      if (!also.isEmpty()) {
        b.append(" (").append(String.join("; ", also)).append(')');
      }
      b.append('\n');
    }
    if (!r.unnamed().isEmpty()) {
      b.append("Unnamed speakers:\n");
      for (SpeakersReply.Speaker s : r.unnamed()) {
        b.append("- ")
            .append(s.name())
            .append(": ")
            .append(s.quotes())
            .append(" in ")
            .append(String.join(", ", s.outlets()))
            .append('\n');
      }
    }
    if (!r.aliases().isEmpty()) {
      b.append("Names mapped:\n");
      for (SpeakersReply.Alias a : r.aliases()) {
        b.append("- ")
            .append(a.alias())
            .append(" -> ")
            .append(a.canonical())
            .append(" (")
            .append(a.reason())
            .append(")\n");
      }
    }
  }

  static void quotations(StringBuilder b, QuotationsReply r) {
    for (QuoteItem q : r.quotes()) {
      Excerpt e = q.excerpt();
      b.append(e.file()).append(" [").append(e.start()).append('-').append(e.end()).append("] ");
      b.append(q.kind()).append(' ').append(q.speaker() == null ? "-" : q.speaker()).append(": ");
      b.append(e.text()).append('\n');
    }
  }

  private static String who(QuoteItem q) {
    String name =
        q.ambiguous()
            ? "ambiguous: " + String.join(" or ", q.candidates())
            : q.speaker() != null
                ? q.speaker()
                : q.speakerText() != null ? q.speakerText() + " (unnamed)" : "speaker unknown";
    return "— "
        + name
        + " · "
        + q.kind()
        + " · "
        + q.cue()
        + " · confidence "
        + q.confidence()
        + (q.headline() ? " · in the headline" : "")
        + (q.closed() ? "" : " · no closing quote mark");
  }

  private static String where(Excerpt e) {
    String at = e.file() + " [" + e.start() + "-" + e.end() + "]";
    return e.link() == null ? at + " · no link known" : at + " · " + e.link();
  }
}
