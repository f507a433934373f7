package coveragebot.console;

import coveragebot.reply.ErrorReply;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Command lines typed in the terminal, read as UTF-8 or refused in words: bytes that are not UTF-8
 * would otherwise reach the commands as U+FFFD ("Z\uFFFDrich" searched as "z" and "rich") and find
 * something else without a word said.
 */
public final class TypedText {
  private TypedText() {}

  /** U+FFFD, what a decoder puts where bytes were not text. */
  private static final char REPLACEMENT = '\uFFFD';

  /**
   * Longest line kept, in bytes: far above any command line the parser takes (4,000 characters of
   * at most 4 bytes), so a line without end on a pipe does not fill the heap.
   */
  static final int MAX_LINE_BYTES = 1 << 16;

  /**
   * Why a command line given as arguments cannot be run, or null when it can: the JVM decoded the
   * arguments with {@code charset} (the locale's character set, {@code sun.jnu.encoding}), and a
   * U+FFFD in them is where bytes did not decode.
   */
  public static ErrorReply ofArguments(String line, String charset) {
    if (line.indexOf(REPLACEMENT) < 0) {
      return null;
    }
    if (charset != null && !isUtf8(charset)) {
      return new ErrorReply(
          ErrorReply.Kind.USAGE,
          "The command line was read as "
              + charset
              + " (the locale's character set), so its letters beyond ASCII were lost (shown as"
              + " \uFFFD); nothing was run.",
          "Run it in a UTF-8 locale, for example LANG=C.UTF-8 (bin/coverage-bot sets one itself"
              + " when the system has it).");
    }
    return new ErrorReply(
        ErrorReply.Kind.USAGE,
        "The command line holds \uFFFD (U+FFFD), the mark of bytes that were not valid UTF-8;"
            + " nothing was run.",
        "Type it again as UTF-8 text.");
  }

  private static boolean isUtf8(String charset) {
    String c = charset.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
    return c.equals("utf8");
  }

  /** One line of input: its text, or why it has none. */
  sealed interface Line {
    /** A line of valid UTF-8, without its line end. */
    record Text(String text) implements Line {}

    /** A line that cannot be run, said as the error its answer is. */
    record Refused(ErrorReply error) implements Line {}
  }

  /**
   * Lines of UTF-8 from a stream, ended by "\n" or "\r\n": each decoded on its own, so that one
   * line of bad bytes is refused and the next is read as usual.
   */
  static final class Lines {
    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private int number;
    private byte[] line = new byte[256];

    Lines(InputStream in) {
      this.in = in;
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
      int length = 0;
      long total = 0;
      boolean ended = false;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            break;
          }
        }
        byte b = buffer[position++];
        if (b == '\n') {
          ended = true;
          break;
        }
        total++;
        if (length < MAX_LINE_BYTES) {
          if (length == line.length) {
            line = java.util.Arrays.copyOf(line, Math.min(2 * line.length, MAX_LINE_BYTES));
          }
          line[length++] = b;
        }
      }
      if (!ended && total == 0) {
        return null;
      }
      number++;
      if (total > MAX_LINE_BYTES) {
        return new Line.Refused(
            new ErrorReply(
                ErrorReply.Kind.USAGE,
                "Line "
                    + number
                    + " is "
                    + total
                    + " bytes long; a command line may have at most "
                    + MAX_LINE_BYTES
                    + ". It was not run.",
                "Ask about one thing at a time."));
      }
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      return decode(number, line, length);
    }
  }

  /** {@code bytes[0, length)} as UTF-8, or refused with the place of the first bad byte. */
  static Line decode(int number, byte[] bytes, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports bad bytes
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      return new Line.Refused(
          new ErrorReply(
              ErrorReply.Kind.USAGE,
              String.format(
                  "Line %d is not valid UTF-8 (byte %d is 0x%02X); it was not run.",
                  number, in.position() + 1, bytes[in.position()] & 0xFF),
              "Type it again as UTF-8 text."));
    }
    return new Line.Text(out.flip().toString());
  }
}
