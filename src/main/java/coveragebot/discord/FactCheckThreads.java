package coveragebot.discord;

import coveragebot.reply.CheckReply;
import coveragebot.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Team fact-checking: a public {@code /check} answer (or "Fact-check quote" on a message) gets a
 * thread, opened on the answer, with one message per source holding that source's passage verbatim,
 * so the team can discuss each piece of evidence where it is. Where no thread can be opened (a DM,
 * a thread already, a missing permission) the answer stands alone and the log says why.
 */
final class FactCheckThreads {
  private static final Logger log = LoggerFactory.getLogger(FactCheckThreads.class);

  /** The message context menu's name, as Discord shows it. */
  static final String MENU = "Fact-check quote";

  /** Discord's limit on a thread name. */
  static final int NAME = 100;

  /** The menu, registered beside the slash commands; like them, usable by everyone. */
  static CommandData menu() {
    return Commands.message(MENU);
  }

  /** After a direct reply: fetch the message the reply became, then open the thread on it. */
  void afterDirectAnswer(InteractionHook hook, Reply reply, DiscordMessage sent) {
    if (wanted(reply, sent)) {
      hook.retrieveOriginal()
          .queue(
              m -> open(m, (CheckReply) reply),
              e -> log.warn("could not fetch the /check answer for its thread: {}", e.toString()));
    }
  }

  /** After a deferred reply was edited into the answer. */
  void afterAnswer(Message message, Reply reply, DiscordMessage sent) {
    if (wanted(reply, sent)) {
      open(message, (CheckReply) reply);
    }
  }

  private static boolean wanted(Reply reply, DiscordMessage sent) {
    return reply instanceof CheckReply c && !sent.ephemeral() && !c.evidence().isEmpty();
  }

  private void open(Message answer, CheckReply reply) {
    if (!answer.isFromGuild() || answer.getChannelType().isThread()) {
      log.debug("no thread for a /check answer in a {}", answer.getChannelType());
      return;
    }
    if (answer.getChannelType() != ChannelType.TEXT
        && answer.getChannelType() != ChannelType.NEWS) {
      log.debug("no thread for a /check answer in a {}", answer.getChannelType());
      return;
    }
    try {
      answer
          .createThreadChannel(name(reply.claim()))
          .queue(
              thread -> post(thread, messages(reply), 0),
              e -> log.warn("could not open a fact-check thread: {}", e.toString()));
    } catch (InsufficientPermissionException e) {
      log.warn(
          "no fact-check thread: the bot lacks {} in #{}",
          e.getPermission().getName(),
          answer.getChannel().getName());
    }
  }

  /** One message at a time, in order, so the thread reads source 1, 2, 3... */
  private void post(ThreadChannel thread, List<DiscordMessage> messages, int i) {
    if (i >= messages.size()) {
      return;
    }
    try {
      thread
          .sendMessage(messages.get(i).toCreateData())
          .queue(
              ok -> post(thread, messages, i + 1),
              e -> log.warn("could not post evidence {} in the thread: {}", i + 1, e.toString()));
    } catch (InsufficientPermissionException e) {
      log.warn("no evidence in the thread: the bot lacks {}", e.getPermission().getName());
    }
  }

  /** "Fact-check: <claim>", cut to Discord's 100 characters; names show no markdown. */
  static String name(String claim) {
    String oneLine = claim.replaceAll("\\s+", " ").strip();
    return Quote.plain("Fact-check: " + oneLine, NAME);
  }

  /**
   * One message per source: what the source says about the claim, then its passage as an embed,
   * verbatim (cut only with an ellipsis outside the quoted text when over Discord's limits).
   */
  static List<DiscordMessage> messages(CheckReply r) {
    List<DiscordMessage> out = new ArrayList<>();
    int n = r.evidence().size();
    for (int i = 0; i < n; i++) {
      CheckReply.Evidence e = r.evidence().get(i);
      String head =
          "Source "
              + (i + 1)
              + " of "
              + n
              + " · "
              + e.excerpt().source().outlet()
              + " · "
              + (e.supports() ? "supports the claim" : "does NOT support the claim")
              + (e.speaker() == null ? "" : " · said by " + e.speaker());
      out.add(
          new DiscordMessage(
              Quote.fit(head, 300).shown(),
              List.of(
                  ExcerptEmbeds.build(
                      e.excerpt(), List.of(), Limits.DESCRIPTION, ExcerptEmbeds.Layout.FULL)),
              false));
    }
    return out;
  }
}
