package coveragebot.discord;

import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/**
 * The invite URL the bot logs at start-up, with exactly the scopes and permissions it needs.
 * Replies to slash commands go through the interaction webhook and need no channel permission; the
 * permissions below are for the messages the bot posts itself (threads for fact-checking).
 */
final class Invite {
  private Invite() {}

  /**
   * View Channel: to see the channel where it opens a thread. Embed Links: its own posts (evidence
   * in a thread) are embeds. Create Public Threads: /check opens a thread on its answer. Send
   * Messages in Threads: the evidence, one message per source, goes into that thread.
   */
  static final Set<Permission> PERMISSIONS =
      EnumSet.of(
          Permission.VIEW_CHANNEL,
          Permission.MESSAGE_EMBED_LINKS,
          Permission.CREATE_PUBLIC_THREADS,
          Permission.MESSAGE_SEND_IN_THREADS);

  static String url(long applicationId) {
    return "https://discord.com/oauth2/authorize?client_id="
        + Long.toUnsignedString(applicationId)
        + "&scope=bot%20applications.commands&permissions="
        + Permission.getRaw(PERMISSIONS);
  }
}
