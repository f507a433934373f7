package coveragebot.discord;

import coveragebot.reply.ErrorReply;
import coveragebot.reply.Excerpt;
import coveragebot.reply.HelpReply;
import coveragebot.reply.PassagesReply;
import coveragebot.reply.Reply;
import coveragebot.reply.SearchReply;
import coveragebot.reply.SourcesReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Replies as Discord messages. The switch over the sealed {@link Reply} is exhaustive, so a new
 * reply type does not compile until it is rendered here. Every limit of Discord is respected by
 * construction; quoted text is cut only with an ellipsis outside the verbatim segment.
 */
public final class DiscordRenderer {

  /** One page of a rendered reply, and how many pages the reply has (1 for most). */
  public record Paged(DiscordMessage message, int page, int pages) {}

  /** The first page of a reply. */
  public DiscordMessage render(Reply reply) {
    return render(reply, 0).orElseThrow().message();
  }

  /** Page {@code page} of a reply; empty when the reply has fewer pages (a stale button). */
  public Optional<Paged> render(Reply reply, int page) {
    return switch (reply) {
      case SearchReply r -> single(search(r), page);
      case SourcesReply r -> new SourcesEmbeds().page(r, page);
      case HelpReply r -> single(HelpEmbeds.render(r), page);
      case PassagesReply r -> passages(r, page);
      case ErrorReply r -> single(error(r), page);
      case coveragebot.reply.QuoteReply r -> ExtractEmbeds.quote(r, page);
      case coveragebot.reply.SpeakersReply r -> ExtractEmbeds.speakers(r, page);
      case coveragebot.reply.QuotationsReply r -> ExtractEmbeds.quotations(r, page);
      case coveragebot.reply.TimelineReply r -> ExtractEmbeds.timeline(r, page);
      case coveragebot.reply.CoverageReply r -> ExtractEmbeds.coverage(r, page);
      case coveragebot.reply.EventsReply r -> ExtractEmbeds.events(r, page);
      // check (issue 6)
      case coveragebot.reply.CheckReply r -> CheckEmbeds.check(r, page);
      case coveragebot.reply.CompareReply r -> CheckEmbeds.compare(r, page);
      case coveragebot.reply.ReloadReply r -> single(reload(r), page);
    };
  }

  /** For the admin who asked only: what was loaded, or why the old articles were kept. */
  private static DiscordMessage reload(coveragebot.reply.ReloadReply r) {
    StringBuilder b = new StringBuilder(r.message());
    for (String s : r.skipped()) {
      b.append("\nskipped ").append(s);
    }
    return new DiscordMessage(Quote.fit(b.toString(), Limits.CONTENT).shown(), List.of(), true);
  }

  private static Optional<Paged> single(DiscordMessage m, int page) {
    return page == 0 ? Optional.of(new Paged(m, 0, 1)) : Optional.empty();
  }

  private DiscordMessage search(SearchReply r) {
    if (r.results().isEmpty()) {
      String note = r.note() == null ? "Nothing found." : r.note();
      return new DiscordMessage(Quote.fit(note, Limits.CONTENT).shown(), List.of(), true);
    }
    List<Excerpt> excerpts = new ArrayList<>();
    List<List<ExcerptEmbeds.Copy>> copies = new ArrayList<>();
    for (SearchReply.Result res : r.results()) {
      excerpts.add(res.excerpt());
      List<ExcerptEmbeds.Copy> also = new ArrayList<>();
      for (int k = 0; k < res.alsoIn().size(); k++) {
        also.add(new ExcerptEmbeds.Copy(res.alsoIn().get(k), res.alsoInDifferences().get(k)));
      }
      copies.add(also);
    }
    List<MessageEmbed> embeds = EmbedBudget.excerpts(excerpts, copies);
    String content =
        "Passages for: " + Quote.fit(r.query(), 300).shown() + " (verbatim; cuts marked …)";
    if (embeds.size() < excerpts.size()) {
      content += "\n" + (excerpts.size() - embeds.size()) + " more did not fit in one message.";
    }
    if (r.note() != null) {
      content += "\n" + Quote.fit(r.note(), 600).shown();
    }
    if (r.more()) {
      content += "\n" + r.nextPage();
    }
    return new DiscordMessage(content, embeds, false);
  }

  private Optional<Paged> passages(PassagesReply r, int page) {
    int size = r.passages().size();
    int pages = Math.max(1, (size + Limits.EMBEDS - 1) / Limits.EMBEDS);
    if (page >= pages) {
      return Optional.empty();
    }
    List<Excerpt> slice =
        r.passages().subList(page * Limits.EMBEDS, Math.min(size, (page + 1) * Limits.EMBEDS));
    List<MessageEmbed> embeds =
        slice.isEmpty()
            ? List.of()
            : EmbedBudget.excerpts(
                slice, slice.stream().map(e -> List.<ExcerptEmbeds.Copy>of()).toList());
    int first = page * Limits.EMBEDS;
    String content =
        size == 0
            ? "No passages."
            : "Passages " + (first + 1) + "–" + (first + embeds.size()) + " of " + size + ".";
    return Optional.of(new Paged(new DiscordMessage(content, embeds, false), page, pages));
  }

  private DiscordMessage error(ErrorReply r) {
    String text = r.message() + (r.hint() == null ? "" : "\n" + r.hint());
    return new DiscordMessage(Quote.fit(text, Limits.CONTENT).shown(), List.of(), true);
  }
}
