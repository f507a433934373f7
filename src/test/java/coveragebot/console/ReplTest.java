package coveragebot.console;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.testing.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReplTest {

  private static String session(String input) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        new Repl(Seeds.bot().commands(), null)
            .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, "hello");
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void answersEachLineAndSurvivesBadInput() throws Exception {
    String out =
        session("/bogus\n/search\n\n/search who will NATO work with\n/sources\nexit\n/help\n");
    assertThat(out).startsWith("hello");
    assertThat(out).contains("Unknown command /bogus. /help lists the commands.");
    assertThat(out).contains("/search needs a question.");
    assertThat(out).contains("we will work with Kamala Harris");
    assertThat(out).contains("5 articles");
    assertThat(out).doesNotContain("Commands (type them"); // /help came after exit
  }

  /** A line of bytes that are not UTF-8 (Latin-1 "Zürich") is refused; the next is answered. */
  @Test
  void aLineThatIsNotUtf8IsRefusedAndTheNextAnswered() throws Exception {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(new byte[] {'/', 's', 'e', 'a', 'r', 'c', 'h', ' ', 'Z', (byte) 0xFC, 'r'});
    input.writeBytes("\n/sources\n".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Repl(Seeds.bot().commands(), null)
        .run(new ByteArrayInputStream(input.toByteArray()), out, "hello");
    String said = out.toString(StandardCharsets.UTF_8);
    assertThat(said).contains("Line 1 is not valid UTF-8 (byte 10 is 0xFC); it was not run.");
    assertThat(said).doesNotContain("\uFFFD");
    assertThat(said).contains("5 articles");
  }

  @Test
  void exitInAnyCaseLeaves() throws Exception {
    assertThat(session("EXIT\n/help\n")).doesNotContain("Commands (type them", "Unknown command");
    assertThat(session("Quit\n/help\n")).doesNotContain("Commands (type them");
    assertThat(session("/quit\n/help\n")).doesNotContain("Commands (type them", "Unknown command");
  }

  @Test
  void aLineWithExclamationMarksIsReadAsTyped() throws Exception {
    byte[] typed =
        "/quote Rutte limit:1\n/check Trump said \"whatever the hell they want!!\"\n"
            .getBytes(StandardCharsets.UTF_8);
    try (org.jline.terminal.Terminal terminal =
        org.jline.terminal.TerminalBuilder.builder()
            .streams(new ByteArrayInputStream(typed), new ByteArrayOutputStream())
            .dumb(true)
            .build()) {
      org.jline.reader.LineReader reader = Repl.lineReader(terminal, null);
      assertThat(reader.readLine("> ")).isEqualTo("/quote Rutte limit:1");
      // with history expansion on, "!!" would become the line before
      assertThat(reader.readLine("> "))
          .isEqualTo("/check Trump said \"whatever the hell they want!!\"");
    }
  }

  @Test
  void endOfInputEndsTheSession() throws Exception {
    assertThat(session("/help")).contains("/search <question> [limit:1-10]");
  }
}
