package coveragebot.reply;

/**
 * Input the bot cannot answer, explained in one line.
 *
 * @param hint the closest valid input or where to look next, or null
 */
public record ErrorReply(Kind kind, String message, String hint) implements Reply {

  /** What went wrong, so that front ends can choose an exit code or an ephemeral reply. */
  public enum Kind {
    /** The command line is malformed: empty, too long, a bad option or value. */
    USAGE,
    /** No such command. */
    UNKNOWN_COMMAND,
    /** The bot failed; details are in the log, never in the reply. */
    INTERNAL,
    /**
     * The bot could not start: a missing or unreadable articles folder, a broken config, a bad
     * global option (the terminal's {@code ask} and {@code export} with {@code --json}).
     */
    STARTUP
  }
}
