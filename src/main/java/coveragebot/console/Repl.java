package coveragebot.console;

import coveragebot.command.CommandSource;
import coveragebot.reply.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive prompt: the same command lines a Discord user types, with history and line
 * editing (JLine). Bad input gets its one-line answer and the prompt stays.
 */
public final class Repl {
  private final CommandSource commands;
  private final Path historyFile;

  public Repl(CommandSource commands, Path historyFile) {
    this.commands = commands;
    this.historyFile = historyFile;
  }

  /**
   * Runs until end of input or {@code exit}; returns the exit code. On a real terminal it offers
   * line editing and history; on a pipe it reads plain lines and prints only the answers.
   */
  public int run(InputStream in, OutputStream out, String banner) throws IOException {
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    print.println(banner);
    if (in == System.in && System.console() != null) {
      return interactive(print);
    }
    TextRenderer text = new TextRenderer(false);
    TypedText.Lines lines = new TypedText.Lines(in);
    for (TypedText.Line line; (line = lines.next()) != null; ) {
      if (line instanceof TypedText.Line.Refused refused) {
        print.print(text.render(refused.error()));
        print.flush();
      } else if (!answer(((TypedText.Line.Text) line).text(), text, print)) {
        break;
      }
    }
    return 0;
  }

  private int interactive(PrintStream print) throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      boolean colours =
          !Terminal.TYPE_DUMB.equals(terminal.getType()) && System.getenv("NO_COLOR") == null;
      TextRenderer text = new TextRenderer(colours);
      LineReader reader = lineReader(terminal, historyFile);
      while (true) {
        String line;
        try {
          line = reader.readLine("coverage-bot> ");
        } catch (UserInterruptException e) {
          continue; // Ctrl-C clears the line, as in a shell
        } catch (EndOfFileException e) {
          return 0;
        }
        if (!answer(line, text, print)) {
          return 0;
        }
      }
    }
  }

  /**
   * Line editing and history on {@code terminal}; a line is read as typed: JLine's shell-like
   * history expansion is off, so a claim ending in "!!" is not replaced by the line before.
   */
  static LineReader lineReader(Terminal terminal, Path historyFile) {
    LineReaderBuilder builder =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("coverage-bot")
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
    if (historyFile != null) {
      builder.variable(LineReader.HISTORY_FILE, historyFile);
    }
    return builder.build();
  }

  /** Answers one line; false when the user asked to leave. */
  private boolean answer(String line, TextRenderer text, PrintStream print) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return true;
    }
    String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("exit")
        || lower.equals("quit")
        || lower.equals("/exit")
        || lower.equals("/quit")) {
      return false;
    }
    Reply reply = commands.current().run(trimmed);
    print.print(text.render(reply));
    print.flush();
    return true;
  }
}
