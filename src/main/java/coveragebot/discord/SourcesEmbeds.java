package coveragebot.discord;

import coveragebot.corpus.Skipped;
import coveragebot.corpus.SourceRef;
import coveragebot.reply.SourcesReply;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** {@code /sources} as one embed: a field per article, as many as Discord's limits allow. */
final class SourcesEmbeds {

  /** Room kept for the footer that says how many articles were left out. */
  private static final int FOOTER_ROOM = 120;

  DiscordMessage render(SourcesReply r) {
    EmbedBuilder b = new EmbedBuilder();
    b.setTitle(r.articles().size() + " articles");
    StringBuilder notes = new StringBuilder();
    for (Skipped s : r.skipped()) {
      notes.append("Skipped ").append(s.file()).append(": ").append(s.reason()).append('\n');
    }
    for (String w : r.warnings()) {
      notes.append("Note: ").append(w).append('\n');
    }
    if (!notes.isEmpty()) {
      b.setDescription(Quote.fit(notes.toString().strip(), 1500).shown());
    }
    int shown = 0;
    for (SourcesReply.ArticleInfo a : r.articles()) {
      if (shown == Limits.FIELDS) {
        break;
      }
      String name = Quote.plain(heading(a.source()), Limits.FIELD_NAME);
      String value = value(a);
      if (b.length() + name.length() + value.length() + FOOTER_ROOM > Limits.EMBED_TOTAL) {
        break;
      }
      b.addField(name, value, false);
      shown++;
    }
    if (shown < r.articles().size()) {
      b.setFooter(
          (r.articles().size() - shown)
              + " more articles not shown here; `coverage-bot export articles` lists them all.");
    }
    List<MessageEmbed> embeds = List.of(b.build());
    return new DiscordMessage("", embeds, false);
  }

  private static String heading(SourceRef s) {
    return s.outlet() + (s.published() == null ? " · undated" : " · " + s.published().iso());
  }

  private static String value(SourcesReply.ArticleInfo a) {
    SourceRef s = a.source();
    String title = Quote.fit(s.title() == null ? "(no title)" : s.title(), 300).shown();
    String link = Urls.first(s.url());
    String line = link == null ? title + " (no link known)" : Urls.masked(title, link);
    String rest = "\n" + Quote.fit(s.file(), 200).shown() + " · " + a.passages() + " passages";
    return Quote.plain(line + rest, Limits.FIELD_VALUE);
  }
}
