package coveragebot.discord;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * A rendered reply, before it is sent. Every message leaves with allowed mentions empty: quoted
 * text may contain "@everyone" or "&lt;@id&gt;", and a news quote must never ping anyone.
 *
 * @param content plain text above the embeds (at most 2000 characters), possibly empty
 * @param ephemeral shown only to the user who asked (errors, "nothing found")
 */
public record DiscordMessage(String content, List<MessageEmbed> embeds, boolean ephemeral) {
  public DiscordMessage {
    embeds = List.copyOf(embeds);
    if (content.length() > Limits.CONTENT || embeds.size() > Limits.EMBEDS) {
      throw new IllegalArgumentException("message over Discord's limits");
    }
    if (content.isEmpty() && embeds.isEmpty()) {
      throw new IllegalArgumentException("an empty message");
    }
  }

  private static final EnumSet<Message.MentionType> NO_MENTIONS =
      EnumSet.noneOf(Message.MentionType.class);

  MessageCreateData toCreateData() {
    return new MessageCreateBuilder()
        .setContent(content)
        .setEmbeds(embeds)
        .setAllowedMentions(NO_MENTIONS)
        .mentionRepliedUser(false)
        .build();
  }

  MessageEditData toEditData() {
    return new MessageEditBuilder()
        .setContent(content)
        .setEmbeds(embeds)
        .setAllowedMentions(NO_MENTIONS)
        .mentionRepliedUser(false)
        .build();
  }
}
