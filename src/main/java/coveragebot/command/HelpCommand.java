package coveragebot.command;

import coveragebot.reply.ErrorReply;
import coveragebot.reply.HelpReply;
import coveragebot.reply.Reply;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /help [command]}: every command with its usage and examples, from the specs themselves, or
 * one command's.
 */
public final class HelpCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "help",
          "List the commands, with examples",
          List.of(OptionSpec.text("command", "Only this command (search, quote ...)", false, true)),
          List.of("/help", "/help quote"));

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
    List<CommandSpec> all = specs.get();
    String asked = request.text("command").map(c -> c.strip().replaceFirst("^/", "")).orElse(null);
    List<CommandSpec> shown =
        asked == null ? all : all.stream().filter(s -> s.name().equalsIgnoreCase(asked)).toList();
    if (shown.isEmpty()) {
      return new ErrorReply(
          ErrorReply.Kind.USAGE,
          "There is no command /" + CommandLineParser.clip(asked) + ".",
          "The commands: "
              + String.join(", ", all.stream().map(s -> "/" + s.name()).toList())
              + ". /help alone shows them all.");
    }
    return new HelpReply(
        shown.stream()
            .map(s -> new HelpReply.Entry(s.name(), s.description(), s.usage(), s.examples()))
            .toList());
  }
}
