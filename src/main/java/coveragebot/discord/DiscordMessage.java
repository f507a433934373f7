package coveragebot.discord;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
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
 * @param buttons one row of buttons (pagination), possibly empty
 * @param more a second row: "More" for each passage shown cut, possibly empty
 */
public record DiscordMessage(
    String content,
    List<MessageEmbed> embeds,
    boolean ephemeral,
    List<Button> buttons,
    List<Button> more) {
  public DiscordMessage {
    embeds = List.copyOf(embeds);
    buttons = List.copyOf(buttons);
    more = List.copyOf(more);
    if (buttons.size() > 5 || more.size() > 5) {
      throw new IllegalArgumentException("one action row holds at most 5 buttons");
    }
    if (content.length() > Limits.CONTENT || embeds.size() > Limits.EMBEDS) {
      throw new IllegalArgumentException("message over Discord's limits");
    }
    if (content.isEmpty() && embeds.isEmpty()) {
      throw new IllegalArgumentException("an empty message");
    }
  }

  public DiscordMessage(String content, List<MessageEmbed> embeds, boolean ephemeral) {
    this(content, embeds, ephemeral, List.of(), List.of());
  }

  DiscordMessage withButtons(List<Button> row) {
    return new DiscordMessage(content, embeds, ephemeral, row, more);
  }

  /** Adds "More" for every passage this message shows cut (see {@link MoreIds}). */
  DiscordMessage withMore(String version) {
    return new DiscordMessage(content, embeds, ephemeral, buttons, MoreIds.row(version, embeds));
  }

  private List<ActionRow> rows() {
    List<ActionRow> rows = new java.util.ArrayList<>();
    if (!buttons.isEmpty()) {
      rows.add(ActionRow.of(buttons));
    }
    if (!more.isEmpty()) {
      rows.add(ActionRow.of(more));
    }
    return rows;
  }

  private static final EnumSet<Message.MentionType> NO_MENTIONS =
      EnumSet.noneOf(Message.MentionType.class);

  MessageCreateData toCreateData() {
    return new MessageCreateBuilder()
        .setContent(content)
        .setEmbeds(embeds)
        .setComponents(rows())
        .setAllowedMentions(NO_MENTIONS)
        .mentionRepliedUser(false)
        .build();
  }

  MessageEditData toEditData() {
    return new MessageEditBuilder()
        .setContent(content)
        .setEmbeds(embeds)
        .setComponents(rows())
        .setAllowedMentions(NO_MENTIONS)
        .mentionRepliedUser(false)
        .build();
  }
}
