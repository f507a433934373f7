package coveragebot.command;

import coveragebot.reply.Reply;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /reload}: re-reads the articles folder and config without a restart. The work is done by
 * whoever owns the bot (it swaps the whole bot at once); this command only asks for it. On Discord
 * it is shown by default only to members who may manage the server.
 */
public final class ReloadCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "reload",
          "Re-read the articles and config without a restart (admins)",
          List.of(),
          List.of("/reload"),
          true);

  private final Supplier<Reply> reload;

  public ReloadCommand(Supplier<Reply> reload) {
    this.reload = reload;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(CommandRequest request) {
    return reload.get();
  }
}
