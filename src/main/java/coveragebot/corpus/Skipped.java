package coveragebot.corpus;

/** A file in the seeds folder that was not loaded, and why. */
public record Skipped(String file, String reason) {

  /**
   * The file's name for a person to read, on one line: control characters (a newline, ESC) and the
   * invisible characters that reorder text (after U+202E, "fdp.txt" shows as "txt.pdf") written as
   * {@code <U+202E>}. JSON keeps the name exactly.
   */
  public String shownFile() {
    return shown(file);
  }

  /** {@code name} with control and format characters written as {@code <U+XXXX>}. */
  public static String shown(String name) {
    StringBuilder b = null;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (hidden(c)) {
        if (b == null) {
          b = new StringBuilder(name.length() + 16).append(name, 0, i);
        }
        b.append(String.format(java.util.Locale.ROOT, "<U+%04X>", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? name : b.toString();
  }

  /**
   * Whether a file name with {@code c} in it is read wrongly on a screen: a control character, or
   * an invisible format character (Unicode's Cf: direction marks, a zero-width space, a soft
   * hyphen).
   */
  public static boolean hidden(char c) {
    return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
  }
}
