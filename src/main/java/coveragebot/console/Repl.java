package coveragebot.console;

import coveragebot.command.Commands;
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
  private final Commands commands;
  private final Path historyFile;

  public Repl(Commands commands, Path historyFile) {
    this.commands = commands;
    this.historyFile = historyFile;
  }

  /** Runs until end of input or {@code exit}; returns the exit code. */
  public int run(InputStream in, OutputStream out, String banner) throws IOException {
    try (Terminal terminal =
        TerminalBuilder.builder()
            .streams(in, out)
            .system(in == System.in && out == System.out)
            .encoding(StandardCharsets.UTF_8)
            .dumb(true)
            .build()) {
      boolean colours = !"dumb".equals(terminal.getType()) && System.getenv("NO_COLOR") == null;
      TextRenderer text = new TextRenderer(colours);
      LineReaderBuilder builder =
          LineReaderBuilder.builder().terminal(terminal).appName("coverage-bot");
      if (historyFile != null) {
        builder.variable(LineReader.HISTORY_FILE, historyFile);
      }
      LineReader reader = builder.build();
      PrintStream print = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
      print.println(banner);
      while (true) {
        String line;
        try {
          line = reader.readLine("coverage-bot> ");
        } catch (UserInterruptException e) {
          continue; // Ctrl-C clears the line, as in a shell
        } catch (EndOfFileException e) {
          break;
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (trimmed.equals("exit") || trimmed.equals("quit") || trimmed.equals("/exit")) {
          break;
        }
        Reply reply = commands.run(trimmed);
        print.print(text.render(reply));
        print.flush();
      }
      return 0;
    }
  }
}
