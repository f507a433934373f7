package coveragebot.console;

import static org.assertj.core.api.Assertions.assertThat;

import coveragebot.reply.ErrorReply;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Typed command lines that are not UTF-8 are refused in words, never searched as U+FFFD; the lines
 * around a bad one are read as usual.
 */
class TypedTextTest {

  @Test
  void argumentsWithoutAReplacementCharacterAreRun() {
    assertThat(TypedText.ofArguments("/quote Müller about:Zürich", "UTF-8")).isNull();
    assertThat(TypedText.ofArguments("/search NATO", "ANSI_X3.4-1968")).isNull();
  }

  @Test
  void argumentsTheLocaleCouldNotReadNameTheLocale() {
    ErrorReply e = TypedText.ofArguments("/quote M\uFFFD\uFFFDller", "ANSI_X3.4-1968");
    assertThat(e.kind()).isEqualTo(ErrorReply.Kind.USAGE);
    assertThat(e.message()).contains("ANSI_X3.4-1968").contains("nothing was run");
    assertThat(e.hint()).contains("LANG=C.UTF-8");
  }

  @Test
  void argumentsWithBadBytesInAUtf8LocaleSaySo() {
    for (String charset : List.of("UTF-8", "utf8", "UTF_8")) {
      ErrorReply e = TypedText.ofArguments("/search Z\uFFFDrich", charset);
      assertThat(e.kind()).isEqualTo(ErrorReply.Kind.USAGE);
      assertThat(e.message()).contains("not valid UTF-8").doesNotContain("locale");
    }
  }

  private static List<TypedText.Line> lines(byte[] input) throws IOException {
    TypedText.Lines lines = new TypedText.Lines(new ByteArrayInputStream(input));
    List<TypedText.Line> out = new ArrayList<>();
    for (TypedText.Line l; (l = lines.next()) != null; ) {
      out.add(l);
    }
    return out;
  }

  @Test
  void aLineOfBadBytesIsRefusedWithItsPlaceAndTheOthersAreRead() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes("/sources\n".getBytes(StandardCharsets.UTF_8));
    in.writeBytes(
        new byte[] {'/', 's', ' ', 'Z', (byte) 0xFC, 'r', 'i', 'c', 'h', '\n'}); // Latin-1
    in.writeBytes("/quote Müller\r\n\n".getBytes(StandardCharsets.UTF_8));
    in.writeBytes(new byte[] {'/', 'q', ' ', (byte) 0xE2, (byte) 0x80}); // cut short at the end
    in.writeBytes("\nlast".getBytes(StandardCharsets.UTF_8)); // no line end
    List<TypedText.Line> got = lines(in.toByteArray());
    assertThat(got).hasSize(6);
    assertThat(got.get(0)).isEqualTo(new TypedText.Line.Text("/sources"));
    ErrorReply bad = ((TypedText.Line.Refused) got.get(1)).error();
    assertThat(bad.kind()).isEqualTo(ErrorReply.Kind.USAGE);
    assertThat(bad.message())
        .isEqualTo("Line 2 is not valid UTF-8 (byte 5 is 0xFC); it was not run.");
    assertThat(got.get(2)).isEqualTo(new TypedText.Line.Text("/quote Müller"));
    assertThat(got.get(3)).isEqualTo(new TypedText.Line.Text(""));
    assertThat(((TypedText.Line.Refused) got.get(4)).error().message())
        .isEqualTo("Line 5 is not valid UTF-8 (byte 4 is 0xE2); it was not run.");
    assertThat(got.get(5)).isEqualTo(new TypedText.Line.Text("last"));
  }

  @Test
  void aLineWithoutEndIsRefusedWithoutHoldingItAll() throws IOException {
    int n = 3 * TypedText.MAX_LINE_BYTES;
    byte[] input = new byte[n + "\n/help\n".length()];
    java.util.Arrays.fill(input, 0, n, (byte) 'a');
    System.arraycopy("\n/help\n".getBytes(StandardCharsets.UTF_8), 0, input, n, 7);
    List<TypedText.Line> got = lines(input);
    assertThat(got).hasSize(2);
    assertThat(((TypedText.Line.Refused) got.get(0)).error().message())
        .startsWith("Line 1 is " + n + " bytes long");
    assertThat(got.get(1)).isEqualTo(new TypedText.Line.Text("/help"));
  }

  @Test
  void nothingIsNoLine() throws IOException {
    assertThat(lines(new byte[0])).isEmpty();
    assertThat(lines("\n".getBytes(StandardCharsets.UTF_8)))
        .containsExactly(new TypedText.Line.Text(""));
  }
}
