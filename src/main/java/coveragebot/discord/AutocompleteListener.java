package coveragebot.discord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers autocomplete requests from {@link Suggestions}. Discord allows 25 choices whose name and
 * value are 1-100 characters; a longer value is left out rather than cut, since a cut value would
 * not be a real speaker or outlet. A failing source answers with no choices, never an error.
 */
final class AutocompleteListener extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(AutocompleteListener.class);

  static final int MAX_CHOICES = 25;
  static final int MAX_CHOICE = 100;

  private final Suggestions suggestions;

  AutocompleteListener(Suggestions suggestions) {
    this.suggestions = suggestions;
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    List<Command.Choice> choices;
    try {
      choices =
          choices(
              suggestions.suggest(
                  event.getName(),
                  event.getFocusedOption().getName(),
                  event.getFocusedOption().getValue()));
    } catch (RuntimeException e) {
      log.warn("autocomplete for /{} failed", event.getName(), e);
      choices = List.of();
    }
    event
        .replyChoices(choices)
        .queue(null, e -> log.debug("autocomplete not sent: {}", e.toString()));
  }

  /** Whether {@code v} shows something: not only spaces and format characters (U+200B). */
  private static boolean visible(String v) {
    return v.codePoints()
        .anyMatch(
            c ->
                !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT);
  }

  static List<Command.Choice> choices(List<String> values) {
    Set<String> seen = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && visible(v) && v.length() <= MAX_CHOICE) {
        seen.add(v);
      }
      if (seen.size() == MAX_CHOICES) {
        break;
      }
    }
    List<Command.Choice> out = new ArrayList<>();
    seen.forEach(v -> out.add(new Command.Choice(v, v)));
    return out;
  }
}
