package coveragebot.discord;

import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands (and the "Fact-check quote" message menu) once the bot is ready: per
 * guild when guild ids are configured (updates show at once, handy while developing), globally
 * otherwise. The whole list is replaced each time, so a command removed from the code disappears
 * from Discord too.
 */
final class CommandRegistrar extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

  private final List<CommandData> commands;
  private final List<Long> guildIds;

  CommandRegistrar(List<? extends CommandData> commands, List<Long> guildIds) {
    this.commands = List.copyOf(commands);
    this.guildIds = List.copyOf(guildIds);
  }

  @Override
  public void onReady(ReadyEvent event) {
    JDA jda = event.getJDA();
    log.info("Invite the bot with: {}", Invite.url(jda.getSelfUser().getApplicationIdLong()));
    if (guildIds.isEmpty()) {
      jda.updateCommands()
          .addCommands(commands)
          .queue(
              ok -> log.info("Registered {} global commands", ok.size()),
              e -> log.warn("Could not register the global commands: {}", e.toString()));
      return;
    }
    for (long id : guildIds) {
      Guild guild = jda.getGuildById(id);
      if (guild == null) {
        log.warn(
            "Guild {} from {} does not have the bot; invite it there first.",
            Long.toUnsignedString(id),
            DiscordSettings.GUILD_IDS);
        continue;
      }
      guild
          .updateCommands()
          .addCommands(commands)
          .queue(
              ok -> log.info("Registered {} commands in guild {}", ok.size(), guild.getName()),
              e ->
                  log.warn(
                      "Could not register the commands in {}: {}", guild.getName(), e.toString()));
    }
  }
}
