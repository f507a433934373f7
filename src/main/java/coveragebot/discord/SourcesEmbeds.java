package coveragebot.discord;

import coveragebot.corpus.Counts;
import coveragebot.corpus.Skipped;
import coveragebot.corpus.SourceRef;
import coveragebot.reply.SourcesReply;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;

/**
 * {@code /sources} as pages of one embed each: a field per article, as many as Discord's limits
 * allow (25 fields, 6000 characters). Page boundaries depend only on the reply, so a stateless
 * button can ask for page n again later.
 */
final class SourcesEmbeds {

  /** Room kept for the footer ("Page 2 of 3 · 60 articles"). */
  private static final int FOOTER_ROOM = 120;

  Optional<DiscordRenderer.Paged> page(SourcesReply r, int page) {
    int from = 0;
    int pages = 0;
    Page wanted = null;
    do {
      Page p = build(r, from);
      if (pages == page) {
        wanted = p;
      }
      pages++;
      from += p.count();
    } while (from < r.articles().size());
    if (wanted == null) {
      return Optional.empty();
    }
    String footer =
        (pages > 1 ? "Page " + (page + 1) + " of " + pages + " · " : "")
            + Counts.of(r.articles().size(), "article");
    wanted.embed().setFooter(footer);
    DiscordMessage m = new DiscordMessage("", List.of(wanted.embed().build()), false);
    return Optional.of(new DiscordRenderer.Paged(m, page, pages));
  }

  private record Page(EmbedBuilder embed, int count) {}

  private static Page build(SourcesReply r, int from) {
    EmbedBuilder b = new EmbedBuilder();
    b.setTitle(Counts.of(r.articles().size(), "article"));
    StringBuilder notes = new StringBuilder();
    for (Skipped s : r.skipped()) {
      notes.append("Skipped ").append(s.shownFile()).append(": ").append(s.reason()).append('\n');
    }
    for (String w : r.warnings()) {
      notes.append("Note: ").append(w).append('\n');
    }
    if (!notes.isEmpty()) {
      b.setDescription(Quote.fit(notes.toString().strip(), 1500).shown());
    }
    int count = 0;
    for (int i = from; i < r.articles().size() && count < Limits.FIELDS; i++) {
      SourcesReply.ArticleInfo a = r.articles().get(i);
      String name = heading(a.source());
      String value = value(a);
      if (count > 0
          && b.length() + name.length() + value.length() + FOOTER_ROOM > Limits.EMBED_TOTAL) {
        break;
      }
      b.addField(name, value, false);
      count++;
    }
    return new Page(b, Math.max(count, 1));
  }

  /**
   * The outlet and date. Discord renders markdown in field names, so the outlet is escaped like any
   * source text, and cut after escaping, on a source character, so that the date always shows.
   */
  private static String heading(SourceRef s) {
    String date = s.published() == null ? " · undated" : " · " + s.published().iso();
    return Quote.fit(s.outlet(), Limits.FIELD_NAME - date.length()).shown() + date;
  }

  private static String value(SourcesReply.ArticleInfo a) {
    SourceRef s = a.source();
    String title = Quote.fit(s.title() == null ? "(no title)" : s.title(), 300).shown();
    String link = Urls.first(s.url());
    String rest =
        "\n" + Quote.fit(s.file(), 200).shown() + " · " + Counts.of(a.passages(), "passage");
    String line = link == null ? title + " (no link known)" : Urls.masked(title, link);
    if (line.length() + rest.length() > Limits.FIELD_VALUE) {
      // A cut inside the address would show the raw "[title](https://..." and lose the file.
      line = title + " (link too long to show)";
    }
    return Quote.cutShown(line + rest, Limits.FIELD_VALUE);
  }
}
