package coveragebot.discord;

import coveragebot.reply.HelpReply;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;

/** {@code /help}: a field per command, with its usage and examples. */
final class HelpEmbeds {
  private HelpEmbeds() {}

  static DiscordMessage render(HelpReply r) {
    EmbedBuilder b = new EmbedBuilder();
    b.setTitle("Commands");
    b.setDescription(
        "Answers quote the coverage verbatim, with outlet, date and link. To fact-check someone's"
            + " message, right-click it (or long-press) and pick Apps → "
            + FactCheckThreads.MENU
            + "; /check and the menu open a thread with the evidence, one message per source.");
    for (HelpReply.Entry e : r.commands()) {
      if (b.getFields().size() == Limits.FIELDS) {
        break;
      }
      StringBuilder v = new StringBuilder(Quote.fit(e.description(), 300).shown());
      for (String ex : e.examples()) {
        // Inline code shows examples exactly as typed; a backtick inside would end it early.
        String shown = ex.contains("`") ? Quote.fit(ex, 200).shown() : "`" + ex + "`";
        if (v.length() + shown.length() + 1 > Limits.FIELD_VALUE) {
          break;
        }
        v.append('\n').append(shown);
      }
      String name = Quote.plain(e.usage(), Limits.FIELD_NAME);
      if (b.length() + name.length() + v.length() > Limits.EMBED_TOTAL) {
        break;
      }
      b.addField(name, v.toString(), false);
    }
    return new DiscordMessage("", List.of(b.build()), false);
  }
}
