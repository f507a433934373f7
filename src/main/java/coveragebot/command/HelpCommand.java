package coveragebot.command;

import coveragebot.reply.HelpReply;
import coveragebot.reply.Reply;
import java.util.List;
import java.util.function.Supplier;

/** {@code /help}: every command with its usage and examples, from the specs themselves. */
public final class HelpCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec("help", "List the commands, with examples", List.of(), List.of("/help"));

  private final Supplier<List<CommandSpec>> specs;

  /** {@code specs} is read at each call, so help always lists what is registered. */
  public HelpCommand(Supplier<List<CommandSpec>> specs) {
    this.specs = specs;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(CommandRequest request) {
    return new HelpReply(
        specs.get().stream()
            .map(s -> new HelpReply.Entry(s.name(), s.description(), s.usage(), s.examples()))
            .toList());
  }
}
