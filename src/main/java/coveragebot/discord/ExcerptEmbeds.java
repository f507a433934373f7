package coveragebot.discord;

import coveragebot.corpus.Published;
import coveragebot.corpus.SourceRef;
import coveragebot.reply.Excerpt;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * One quoted passage as an embed: outlet as author, article title linked to the passage, the
 * verbatim text as description, the date as timestamp, and a footer naming the file and the exact
 * character offsets shown (so anyone can check the quote against the file).
 */
final class ExcerptEmbeds {
  private ExcerptEmbeds() {}

  /**
   * How much room the parts around a quote may take. A crowded message (ten long passages) uses a
   * more compact layout so that the quotes themselves keep enough room.
   *
   * @param headerMax characters of the author (outlet) and of the title
   * @param alsoInMax characters of the "also in" field; 0 leaves it out
   */
  record Layout(int headerMax, int alsoInMax) {
    static final Layout FULL = new Layout(Limits.TITLE, Limits.FIELD_VALUE);
  }

  /**
   * A copy of the shown passage in another article, and how its words differ from the shown one
   * (empty when word for word, or not read).
   */
  record Copy(Excerpt excerpt, List<String> differences) {
    Copy {
      differences = List.copyOf(differences);
    }

    /** Copies whose differences were not read. */
    static List<Copy> of(List<Excerpt> excerpts) {
      return excerpts.stream().map(e -> new Copy(e, List.of())).toList();
    }
  }

  static MessageEmbed build(Excerpt e, List<Copy> alsoIn, int descriptionBudget, Layout layout) {
    SourceRef s = e.source();
    EmbedBuilder b = new EmbedBuilder();
    b.setAuthor(Quote.plain(s.outlet(), layout.headerMax()));
    String title = s.title() == null || s.title().isBlank() ? s.file() : s.title();
    String link = Urls.first(e.link(), s.url());
    b.setTitle(Quote.fit(title, layout.headerMax()).shown(), link);
    Quote q = Quote.fit(e.text(), Math.min(descriptionBudget, Limits.DESCRIPTION));
    b.setDescription(q.shown());
    if (s.published() != null) {
      b.setTimestamp(timestamp(s.published()));
    }
    if (link != null
        && !link.equals(s.url())
        && Urls.usable(s.url())
        && s.url().length() <= Limits.FIELD_VALUE) {
      // A text-fragment link fails silently when the page changed: always offer the plain one
      // (unless it is too long for a field, where a cut URL would be a broken link).
      b.addField("Link", s.url(), false);
    }
    if (!alsoIn.isEmpty() && layout.alsoInMax() > 0) {
      b.addField("Also in", alsoIn(alsoIn, layout.alsoInMax()), false);
    }
    b.setFooter(Quote.plain(footer(e, q), Limits.FOOTER));
    return b.build();
  }

  /**
   * Discord shows the timestamp in each reader's time zone. A date without a time is placed at noon
   * UTC so that it reads as the same day everywhere from UTC-12 to UTC+11; a time without a zone is
   * taken as UTC, and the footer repeats the date as the source gives it.
   */
  static OffsetDateTime timestamp(Published p) {
    LocalTime t = p.time() == null ? LocalTime.NOON : p.time();
    return OffsetDateTime.of(p.date(), t, ZoneOffset.UTC);
  }

  /** {@code file · chars 120–480 (of 120–900) · 2024-11-05}: where the shown text is. */
  static String footer(Excerpt e, Quote q) {
    StringBuilder f = new StringBuilder(e.file());
    f.append(" · chars ").append(e.start()).append('–').append(e.start() + q.length());
    if (q.cut()) {
      f.append(" (cut; passage ").append(e.start()).append('–').append(e.end()).append(')');
    }
    if (e.source().published() != null) {
      f.append(" · ").append(e.source().published().iso());
    }
    return f.toString();
  }

  /**
   * Outlets linked to their passages, each with how its words differ ("Jowhar (differs: "said" →
   * "stated")"), as many as fit in {@code max}, then "+N more".
   */
  static String alsoIn(List<Copy> copies, int max) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < copies.size(); i++) {
      Excerpt c = copies.get(i).excerpt();
      String label = Quote.fit(c.source().outlet(), 100).shown();
      String url = Urls.first(c.link(), c.source().url());
      String item = url == null ? label : Urls.masked(label, url);
      List<String> differs = copies.get(i).differences();
      if (!differs.isEmpty()) {
        item += " (differs: " + Markdown.escaped(String.join("; ", differs)).text() + ")";
      }
      String sep = b.length() == 0 ? "" : " · ";
      String more = " · +" + (copies.size() - i) + " more";
      boolean last = i == copies.size() - 1;
      if (b.length() + sep.length() + item.length() + (last ? 0 : more.length()) > max) {
        String rest = (b.length() == 0 ? "" : " · ") + "+" + (copies.size() - i) + " more";
        return b.length() + rest.length() <= max ? b + rest : Quote.cutShown(b.toString(), max);
      }
      b.append(sep).append(item);
    }
    return b.toString();
  }
}
