package coveragebot.console;

import coveragebot.corpus.Boilerplate;
import coveragebot.corpus.Counts;
import coveragebot.corpus.Published;
import coveragebot.corpus.Skipped;
import coveragebot.corpus.SourceRef;
import coveragebot.corpus.Span;
import coveragebot.reply.CoverageReply;
import coveragebot.reply.ErrorReply;
import coveragebot.reply.EventsReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.HelpReply;
import coveragebot.reply.PassagesReply;
import coveragebot.reply.QuotationsReply;
import coveragebot.reply.QuoteReply;
import coveragebot.reply.Reply;
import coveragebot.reply.SearchReply;
import coveragebot.reply.SourcesReply;
import coveragebot.reply.SpeakersReply;
import coveragebot.reply.TimelineReply;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Replies as plain text for a terminal; matched words in bold when the terminal has colours. */
public final class TextRenderer {
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final boolean ansi;

  public TextRenderer(boolean ansi) {
    this.ansi = ansi;
  }

  public String render(Reply reply) {
    StringBuilder b = new StringBuilder();
    switch (reply) {
      case SearchReply r -> search(b, r);
      case SourcesReply r -> sources(b, r);
      case HelpReply r -> help(b, r);
      case PassagesReply r -> passages(b, r);
      case ErrorReply r -> {
        b.append(r.message());
        if (r.hint() != null) {
          b.append(' ').append(r.hint());
        }
        b.append('\n');
      }
      // timeline (issue 5)
      case TimelineReply r -> TimelineText.timeline(b, r);
      case CoverageReply r -> TimelineText.coverage(b, r);
      case EventsReply r -> TimelineText.events(b, r);
      // quotations (issue 4)
      case QuoteReply r -> QuoteText.quote(b, r);
      case SpeakersReply r -> QuoteText.speakers(b, r);
      case QuotationsReply r -> QuoteText.quotations(b, r);
      // check (issue 6)
      case coveragebot.reply.CheckReply r -> CheckText.check(b, r);
      case coveragebot.reply.CompareReply r -> CheckText.compare(b, r);
      case coveragebot.reply.ReloadReply r -> {
        b.append(r.message()).append('\n');
        r.skipped().forEach(s -> b.append("skipped ").append(s).append('\n'));
      }
    }
    return visible(b);
  }

  /**
   * The text with every control character but line breaks and tabs shown as its symbol ({@code ␛}
   * for ESC, U+2400 on; C1 controls as U+FFFD), so that neither a file nor a typed line can move
   * the cursor, recolour or clear the terminal; the bot's own bold is kept. JSON output gives the
   * characters exactly.
   */
  private String visible(CharSequence b) {
    StringBuilder out = null;
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c < 0xa0);
      if (!control || c == '\n' || c == '\t' || (c == '\r' && next(b, i) == '\n')) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (ansi && c == '\u001b' && (startsAt(b, i, BOLD) || startsAt(b, i, RESET))) {
        if (out != null) {
          out.append(b, i, i + BOLD.length());
        }
        i += BOLD.length() - 1;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(b.length() + 16).append(b, 0, i);
      }
      out.append(c < 0x20 ? (char) (0x2400 + c) : c == 0x7f ? '\u2421' : '\ufffd');
    }
    return out == null ? b.toString() : out.toString();
  }

  private static char next(CharSequence b, int i) {
    return i + 1 < b.length() ? b.charAt(i + 1) : 0;
  }

  private static boolean startsAt(CharSequence b, int i, String s) {
    return i + s.length() <= b.length() && s.contentEquals(b.subSequence(i, i + s.length()));
  }

  /**
   * {@link #render} printed to {@code out}; the export of every passage (270 MB of text at 100,000
   * articles) a passage at a time instead of as one string.
   */
  public void write(Reply reply, java.io.PrintStream out) {
    if (reply instanceof PassagesReply r && r.passages().size() > 1) {
      StringBuilder b = new StringBuilder();
      for (Excerpt e : r.passages()) {
        passage(b, e);
        if (b.length() > 1 << 16) {
          out.append(visible(b));
          b.setLength(0);
        }
      }
      out.append(visible(b));
    } else {
      out.print(render(reply));
    }
  }

  /**
   * One passage (/passage) as the other commands show one: outlet, date and title, the text, then
   * file, offsets and links; several (the export) a line each, file and offsets first.
   */
  private void passages(StringBuilder b, PassagesReply r) {
    if (r.passages().size() == 1) {
      Excerpt e = r.passages().getFirst();
      b.append(heading(e.source())).append('\n');
      b.append("  ").append(quote(e)).append('\n');
      b.append("  ").append(where(e)).append('\n');
      return;
    }
    r.passages().forEach(e -> passage(b, e));
  }

  private static void passage(StringBuilder b, Excerpt e) {
    b.append(e.file()).append(" [").append(e.start()).append('-').append(e.end()).append("] ");
    b.append(e.text()).append('\n');
  }

  private void search(StringBuilder b, SearchReply r) {
    if (r.results().isEmpty()) {
      b.append(r.note() == null ? "Nothing found." : r.note()).append('\n');
      return;
    }
    int n = (r.page() - 1) * r.limit() + 1; // the rank over all pages
    for (SearchReply.Result res : r.results()) {
      Excerpt e = res.excerpt();
      b.append(n++).append(". ").append(heading(e.source())).append('\n');
      b.append("   ").append(quote(e)).append('\n');
      b.append("   ").append(where(e)).append('\n');
      if (!res.alsoIn().isEmpty()) {
        b.append("   also in: ");
        String sep = "";
        for (int k = 0; k < res.alsoIn().size(); k++) {
          Excerpt c = res.alsoIn().get(k);
          b.append(sep).append(c.source().outlet()).append(" (").append(where(c)).append(')');
          List<String> differs = res.alsoInDifferences().get(k);
          if (!differs.isEmpty()) {
            b.append(", differs: ").append(String.join("; ", differs));
          }
          sep = "; ";
        }
        b.append('\n');
      }
      b.append('\n');
    }
    if (r.note() != null) {
      b.append(r.note()).append('\n');
    }
    if (r.more()) {
      b.append(r.nextPage()).append('\n');
    }
  }

  private void sources(StringBuilder b, SourcesReply r) {
    b.append(Counts.of(r.articles().size(), "article"));
    if (!r.skipped().isEmpty()) {
      b.append(", ").append(Counts.of(r.skipped().size(), "file")).append(" skipped");
    }
    b.append(":\n\n");
    for (SourcesReply.ArticleInfo a : r.articles()) {
      SourceRef s = a.source();
      b.append("- ")
          .append(s.outlet())
          .append(": ")
          .append(s.title() == null ? "(no title)" : s.title())
          .append('\n');
      b.append("  ").append(s.file()).append(" · ").append(date(s.published()));
      b.append(" · by ").append(s.byline() == null ? "(unknown)" : s.byline());
      b.append(" · ").append(Counts.of(a.passages(), "passage")).append('\n');
      b.append("  ").append(s.url() == null ? "no link known" : s.url()).append('\n');
      if (!a.unknown().isEmpty()) {
        b.append("  unknown: ").append(String.join(", ", a.unknown())).append('\n');
      }
      if (!a.boilerplate().isEmpty()) {
        Map<Boilerplate.Kind, Integer> counts = new EnumMap<>(Boilerplate.Kind.class);
        a.boilerplate().forEach(x -> counts.merge(x.kind(), 1, Integer::sum));
        b.append("  set aside: ");
        String sep = "";
        for (var c : counts.entrySet()) {
          b.append(sep)
              .append(c.getValue())
              .append(' ')
              .append(c.getKey().name().toLowerCase().replace('_', ' '));
          sep = ", ";
        }
        b.append('\n');
      }
    }
    for (Skipped s : r.skipped()) {
      b.append("skipped ").append(s.shownFile()).append(": ").append(s.reason()).append('\n');
    }
    for (String w : r.warnings()) {
      b.append("note: ").append(w).append('\n');
    }
  }

  private void help(StringBuilder b, HelpReply r) {
    b.append("Commands (type them as in Discord; options are name:value):\n");
    for (HelpReply.Entry e : r.commands()) {
      b.append("\n  ").append(e.usage()).append("\n    ").append(e.description()).append('\n');
      for (String ex : e.examples()) {
        b.append("    e.g. ").append(ex).append('\n');
      }
    }
    b.append("\nIn the terminal: 'exit' or Ctrl-D leaves.\n");
  }

  static String heading(SourceRef s) {
    StringBuilder b = new StringBuilder(s.outlet());
    b.append(" · ").append(date(s.published()));
    if (s.title() != null) {
      b.append(" · ").append(s.title());
    }
    return b.toString();
  }

  static String date(Published p) {
    if (p == null) {
      return "undated";
    }
    return p.time() == null ? p.date().toString() : p.date() + " " + p.time();
  }

  /** File and offsets, then the page and the deep link (a changed page breaks the latter). */
  static String where(Excerpt e) {
    String at = e.file() + " [" + e.start() + "-" + e.end() + "]";
    if (e.source().url() == null) {
      return at + " · no link known";
    }
    return at + " · " + e.source().url() + (e.link() == null ? "" : " · passage: " + e.link());
  }

  /** The passage, with highlights in bold when colours are on; the characters are unchanged. */
  private String quote(Excerpt e) {
    if (!ansi || e.highlights().isEmpty()) {
      return e.text();
    }
    StringBuilder b = new StringBuilder();
    int at = e.start();
    for (Span h : e.highlights()) {
      if (h.start() < at) {
        continue;
      }
      b.append(e.text(), at - e.start(), h.start() - e.start());
      b.append(BOLD).append(e.text(), h.start() - e.start(), h.end() - e.start()).append(RESET);
      at = h.end();
    }
    b.append(e.text(), at - e.start(), e.text().length());
    return b.toString();
  }
}
