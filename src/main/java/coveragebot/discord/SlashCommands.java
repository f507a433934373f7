package coveragebot.discord;

import coveragebot.command.CommandSpec;
import coveragebot.command.OptionSpec;
import java.util.Comparator;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * Slash commands generated from the command layer's specs: a command added there appears in Discord
 * with no Discord code of its own. Discord then enforces types, lengths, ranges and choices in the
 * client; the command layer checks them again, since a client can be bypassed.
 */
final class SlashCommands {
  private SlashCommands() {}

  /** Discord's cap on a string option's max_length. */
  static final int MAX_STRING = 6000;

  static List<SlashCommandData> from(List<CommandSpec> specs, Suggestions suggestions) {
    return specs.stream().map(s -> command(s, suggestions)).toList();
  }

  static SlashCommandData command(CommandSpec spec) {
    return command(spec, Suggestions.none());
  }

  static SlashCommandData command(CommandSpec spec, Suggestions suggestions) {
    SlashCommandData d = Commands.slash(spec.name(), spec.description());
    if (spec.adminOnly()) {
      // Shown only to members who may manage the server (admins can grant it to others in the
      // server's integration settings), and only in servers: a DM has no such permission.
      d.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
      d.setContexts(InteractionContextType.GUILD);
    }
    // Discord requires required options first; values are matched by name, so order is free.
    spec.options().stream()
        .sorted(Comparator.comparing(o -> !o.required()))
        .forEach(o -> d.addOptions(option(o, suggestions.offers(spec.name(), o.name()))));
    return d;
  }

  /** Discord refuses fixed choices and autocomplete together; fixed choices win. */
  static OptionData option(OptionSpec o, boolean autocomplete) {
    return switch (o.type()) {
      case TEXT -> {
        OptionData d = new OptionData(OptionType.STRING, o.name(), o.description(), o.required());
        d.setRequiredLength(Math.max(0, o.min()), Math.min(Math.max(1, o.max()), MAX_STRING));
        o.choices().forEach(c -> d.addChoice(c, c));
        d.setAutoComplete(autocomplete && o.choices().isEmpty());
        yield d;
      }
      case INTEGER -> {
        OptionData d = new OptionData(OptionType.INTEGER, o.name(), o.description(), o.required());
        d.setRequiredRange(o.min(), o.max());
        o.choices().forEach(c -> d.addChoice(c, Long.parseLong(c)));
        yield d;
      }
    };
  }
}
