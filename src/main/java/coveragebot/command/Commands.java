package coveragebot.command;

import coveragebot.reply.ErrorReply;
import coveragebot.reply.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry every front end talks to: looks commands up, checks option values against their
 * specs and runs them. Bad input becomes an {@link ErrorReply}; so does a bug, with the stack trace
 * in the log and never in the reply.
 */
public final class Commands implements CommandSource {
  private static final Logger log = LoggerFactory.getLogger(Commands.class);

  private final Map<String, Command> byName = new LinkedHashMap<>();
  private final CommandLineParser parser;
  private final String version;

  public Commands(List<Command> commands) {
    this(commands, "0");
  }

  /**
   * {@code version} names the corpus these commands answer from (it changes when a reload brings
   * different articles), so that a page button made by an older corpus can tell it is stale.
   */
  public Commands(List<Command> commands, String version) {
    this.version = version;
    for (Command c : commands) {
      if (byName.putIfAbsent(c.spec().name(), c) != null) {
        throw new IllegalArgumentException("two commands named " + c.spec().name());
      }
    }
    this.parser =
        new CommandLineParser(
            n -> Optional.ofNullable(byName.get(n)).map(Command::spec), this::suggest);
  }

  @Override
  public Commands current() {
    return this;
  }

  /** The corpus version these commands answer from; short, letters and digits only. */
  public String version() {
    return version;
  }

  public List<CommandSpec> specs() {
    return byName.values().stream().map(Command::spec).toList();
  }

  /** Runs a command line as typed: {@code /search who will NATO work with}. */
  public Reply run(String line) {
    Reply reply;
    try {
      CommandLineParser.Parsed parsed = parser.parse(line);
      reply = execute(parsed.spec().name(), parsed.values());
    } catch (UsageException e) {
      reply = e.toReply();
    }
    return ReplyLog.logged(line, reply);
  }

  /**
   * Runs a command from raw option values (as Discord delivers them): checks presence, types,
   * lengths and ranges first.
   */
  public Reply run(String name, Map<String, String> rawOptions) {
    Reply reply = execute(name, rawOptions);
    if (ReplyLog.on()) {
      ReplyLog.write("/" + name + " " + rawOptions, reply);
    }
    return reply;
  }

  private Reply execute(String name, Map<String, String> rawOptions) {
    Command command = byName.get(name);
    if (command == null) {
      return new ErrorReply(
          ErrorReply.Kind.UNKNOWN_COMMAND,
          "Unknown command /" + CommandLineParser.clip(name) + ".",
          suggest(name));
    }
    try {
      CommandRequest request = OptionValues.check(command.spec(), rawOptions);
      return command.handle(request);
    } catch (UsageException e) {
      return e.toReply();
    } catch (RuntimeException e) {
      log.error("/{} failed", name, e);
      return new ErrorReply(
          ErrorReply.Kind.INTERNAL,
          "Sorry, /" + name + " failed on this input. The details are in the bot's log.",
          null);
    }
  }

  /** "Did you mean /search?" for a mistyped command; always ends with where to look. */
  String suggest(String typed) {
    String t = typed.toLowerCase(Locale.ROOT).replaceFirst("^/", "");
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String n : byName.keySet()) {
      int d = n.startsWith(t) && !t.isEmpty() ? 0 : coveragebot.extract.EditDistance.of(t, n);
      if (d < bestDistance) {
        bestDistance = d;
        best = n;
      }
    }
    if (best != null && bestDistance <= 2) {
      return "Did you mean /" + best + "? /help lists the commands.";
    }
    return "/help lists the commands.";
  }
}
