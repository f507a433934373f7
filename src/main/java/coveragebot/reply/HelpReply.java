package coveragebot.reply;

import java.util.List;

/** The commands, each with its usage and examples. */
public record HelpReply(List<Entry> commands) implements Reply {
  public HelpReply {
    commands = List.copyOf(commands);
  }

  /** One command as a user types it. */
  public record Entry(String name, String description, String usage, List<String> examples) {
    public Entry {
      examples = List.copyOf(examples);
    }
  }
}
