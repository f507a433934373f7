package coveragebot.command;

import coveragebot.reply.Reply;

/** One capability of the bot. Knows nothing of Discord or terminals: request in, reply out. */
public interface Command {
  CommandSpec spec();

  /** Answers a request whose options were already checked against {@link #spec()}. */
  Reply handle(CommandRequest request);
}
