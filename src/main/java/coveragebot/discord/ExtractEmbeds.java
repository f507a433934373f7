package coveragebot.discord;

import coveragebot.corpus.Counts;
import coveragebot.discord.DiscordRenderer.Paged;
import coveragebot.reply.CoverageReply;
import coveragebot.reply.EventsReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.QuotationsReply;
import coveragebot.reply.QuoteItem;
import coveragebot.reply.QuoteReply;
import coveragebot.reply.SpeakersReply;
import coveragebot.reply.TimelineReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Quotes and timelines as Discord messages: up to ten verbatim excerpts a page (one embed each,
 * other outlets' copies under "also in"), with a plain-text header that says what each embed is
 * (the speaker, or the event's date). Lists without source text (speakers, coverage) are content.
 */
final class ExtractEmbeds {
  private ExtractEmbeds() {}

  /** One excerpt to show, its copies in other outlets, and a short label for the header. */
  // check (issue 6): package-private so CheckEmbeds lays out its pages the same way
  record Item(Excerpt excerpt, List<Excerpt> copies, String label) {}

  static Optional<Paged> quote(QuoteReply r, int page) {
    if (r.groups().isEmpty()) {
      String note = r.note() == null ? "No quotes found." : r.note();
      return single(
          new DiscordMessage(Quote.fit(note, Limits.CONTENT).shown(), List.of(), true), page);
    }
    List<Item> items = new ArrayList<>();
    for (QuoteReply.Group g : r.groups()) {
      String label = speaker(g.quote()) + " · " + Counts.of(g.outlets(), "outlet");
      if (g.quote().headline()) {
        label += " · in the headline";
      }
      if (!g.variants().isEmpty()) {
        label += " · copies differ: " + String.join("; ", g.variants().getFirst().differences());
      }
      items.add(
          new Item(
              g.quote().excerpt(), g.alsoIn().stream().map(QuoteItem::excerpt).toList(), label));
    }
    String title = r.speaker() == null ? "Quotes" : "Quotes of " + r.speaker();
    if (r.matchedAs() != null) {
      title += " (" + r.matchedAs() + ")";
    }
    title += r.more() ? ", verbatim (the first ones; limit: shows more):" : ", verbatim:";
    return pages(title, items, page);
  }

  static Optional<Paged> quotations(QuotationsReply r, int page) {
    List<Item> items =
        r.quotes().stream().map(q -> new Item(q.excerpt(), List.of(), speaker(q))).toList();
    return pages(Counts.of(r.quotes().size(), "quotation") + ":", items, page);
  }

  static Optional<Paged> timeline(TimelineReply r, int page) {
    List<Item> items = new ArrayList<>();
    for (TimelineReply.Day d : r.days()) {
      for (TimelineReply.Event e : d.events()) {
        List<Excerpt> copies = new ArrayList<>();
        e.tellings().stream().skip(1).forEach(t -> copies.add(t.excerpt()));
        e.undated().forEach(t -> copies.add(t.excerpt()));
        TimelineReply.Telling first = e.tellings().getFirst();
        String label = d.value() + " (\"" + first.expressionText() + "\")";
        if (e.moreTellings() > 0) {
          label += ", and " + e.moreTellings() + " more articles";
        }
        items.add(new Item(first.excerpt(), copies, label));
      }
    }
    for (TimelineReply.Statement s : r.unresolved()) {
      items.add(new Item(s.telling().excerpt(), List.of(), "undated: " + s.reason()));
    }
    if (items.isEmpty()) {
      String note = r.note() == null ? "No dated events found." : r.note();
      return single(
          new DiscordMessage(Quote.fit(note, Limits.CONTENT).shown(), List.of(), true), page);
    }
    return pages(
        r.more()
            ? "Timeline, in date order (the first ones; narrow with about:, from: or to:):"
            : "Timeline, in date order:",
        items,
        page);
  }

  static Optional<Paged> events(EventsReply r, int page) {
    List<Item> items =
        r.events().stream()
            .map(i -> new Item(i.telling().excerpt(), List.of(), i.telling().expressionText()))
            .toList();
    return pages(r.events().size() + " time expressions:", items, page);
  }

  static Optional<Paged> speakers(SpeakersReply r, int page) {
    List<String> lines = new ArrayList<>();
    for (SpeakersReply.Speaker s : r.speakers()) {
      lines.add(
          "- "
              + Markdown.escaped(s.name()).text()
              + ": "
              + Counts.of(s.quotes(), "quote")
              + " in "
              + Markdown.escaped(String.join(", ", s.outlets())).text()
              + (s.roles().isEmpty()
                  ? ""
                  : " · quoted as " + Markdown.escaped(String.join(", ", s.roles())).text()));
    }
    if (!r.unnamed().isEmpty()) {
      lines.add(r.unnamed().size() + " unnamed speakers.");
    }
    return lines("Everyone quoted", lines, page);
  }

  static Optional<Paged> coverage(CoverageReply r, int page) {
    List<String> lines = new ArrayList<>();
    for (CoverageReply.Entry e : r.outlets()) {
      lines.add(
          "- "
              + Markdown.escaped(e.source().outlet()).text()
              + ": "
              + (e.source().published() == null ? "undated" : e.source().published().iso())
              + " · "
              + e.events()
              + " dated events");
    }
    return lines("When each outlet published", lines, page);
  }

  /**
   * Lines under a title, as many to a page as fit in one message's content: a long list is paged
   * (Previous/Next), never cut without a word. A line too long for a page alone is cut with "…".
   */
  static Optional<Paged> lines(String title, List<String> lines, int page) {
    // room for the title, its "(page 99 of 99)" and the colon and line end after it
    int room = Limits.CONTENT - title.length() - " (page 999 of 999):\n".length();
    List<List<String>> pages = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int used = 0;
    for (String raw : lines) {
      String line = Quote.cutShown(raw, room - 1);
      if (!current.isEmpty() && used + line.length() + 1 > room) {
        pages.add(current);
        current = new ArrayList<>();
        used = 0;
      }
      current.add(line);
      used += line.length() + 1;
    }
    pages.add(current);
    if (page >= pages.size()) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(title);
    if (pages.size() > 1) {
      b.append(" (page ").append(page + 1).append(" of ").append(pages.size()).append(')');
    }
    b.append(":\n");
    for (String line : pages.get(page)) {
      b.append(line).append('\n');
    }
    return Optional.of(
        new Paged(new DiscordMessage(b.toString(), List.of(), false), page, pages.size()));
  }

  private static String speaker(QuoteItem q) {
    if (q.speaker() != null) {
      return q.speaker();
    }
    if (q.ambiguous()) {
      return "ambiguous: " + String.join(" or ", q.candidates());
    }
    return q.speakerText() == null ? "speaker unknown" : q.speakerText();
  }

  /** Ten items a page; the header numbers them so each embed has its label. */
  static Optional<Paged> pages(String title, List<Item> items, int page) {
    int pages = Math.max(1, (items.size() + Limits.EMBEDS - 1) / Limits.EMBEDS);
    if (page >= pages) {
      return Optional.empty();
    }
    int from = page * Limits.EMBEDS;
    List<Item> slice = items.subList(from, Math.min(items.size(), from + Limits.EMBEDS));
    List<MessageEmbed> embeds =
        EmbedBudget.excerpts(
            slice.stream().map(Item::excerpt).toList(),
            slice.stream().map(i -> ExcerptEmbeds.Copy.of(i.copies())).toList());
    StringBuilder header = new StringBuilder(Markdown.escaped(title).text());
    if (pages > 1) {
      header.append(" (page ").append(page + 1).append(" of ").append(pages).append(')');
    }
    for (int i = 0; i < embeds.size(); i++) {
      header.append('\n').append(from + i + 1).append(". ");
      header.append(Markdown.escaped(slice.get(i).label()).text());
    }
    return Optional.of(
        new Paged(
            new DiscordMessage(Quote.cutShown(header.toString(), Limits.CONTENT), embeds, false),
            page,
            pages));
  }

  static Optional<Paged> single(DiscordMessage m, int page) {
    return page == 0 ? Optional.of(new Paged(m, 0, 1)) : Optional.empty();
  }
}
