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
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Replies as Discord messages. The switch over the sealed {@link Reply} is exhaustive, so a new
 * reply type does not compile until it is rendered here. Every limit of Discord is respected by
 * construction; quoted text is cut only with an ellipsis outside the verbatim segment.
 */
public final class DiscordRenderer {

  public DiscordMessage render(Reply reply) {
    return switch (reply) {
      case SearchReply r -> search(r);
      case SourcesReply r -> new SourcesEmbeds().render(r);
      case HelpReply r -> HelpEmbeds.render(r);
      case PassagesReply r -> passages(r);
      case ErrorReply r -> error(r);
    };
  }

  private DiscordMessage search(SearchReply r) {
    if (r.results().isEmpty()) {
      String note = r.note() == null ? "Nothing found." : r.note();
      return new DiscordMessage(Quote.fit(note, Limits.CONTENT).shown(), List.of(), true);
    }
    List<Excerpt> excerpts = new ArrayList<>();
    List<List<Excerpt>> copies = new ArrayList<>();
    for (SearchReply.Result res : r.results()) {
      excerpts.add(res.excerpt());
      copies.add(res.alsoIn());
    }
    List<MessageEmbed> embeds = EmbedBudget.excerpts(excerpts, copies);
    String content =
        "Passages for: " + Quote.fit(r.query(), 300).shown() + " (verbatim; cuts marked …)";
    if (embeds.size() < excerpts.size()) {
      content += "\n" + (excerpts.size() - embeds.size()) + " more did not fit in one message.";
    }
    return new DiscordMessage(content, embeds, false);
  }

  private DiscordMessage passages(PassagesReply r) {
    List<Excerpt> first = r.passages().stream().limit(Limits.EMBEDS).toList();
    List<MessageEmbed> embeds =
        first.isEmpty()
            ? List.of()
            : EmbedBudget.excerpts(first, first.stream().map(e -> List.<Excerpt>of()).toList());
    String content =
        r.passages().size()
            + " passages"
            + (embeds.size() < r.passages().size()
                ? "; the first " + embeds.size() + " are shown."
                : ".");
    return new DiscordMessage(content, embeds, false);
  }

  private DiscordMessage error(ErrorReply r) {
    String text = r.message() + (r.hint() == null ? "" : "\n" + r.hint());
    return new DiscordMessage(Quote.fit(text, Limits.CONTENT).shown(), List.of(), true);
  }
}
