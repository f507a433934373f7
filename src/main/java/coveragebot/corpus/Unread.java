package coveragebot.corpus;

/**
 * A part of one article that start-up did not read: because reading it failed (a bug, not bad
 * input: bad input is read or skipped on purpose), or because the article holds more of something
 * than an article is read for (tens of thousands of quotations in one file). The article stays in
 * the coverage without that part, and the start reports it instead of failing or stalling.
 *
 * @param part what was left out, as a user would name it ("its dates", "58,000 of its 60,000
 *     quotations")
 * @param reason why, for the user
 * @param error what failed, for the log; null when nothing failed
 */
public record Unread(String file, String part, String reason, RuntimeException error) {
  /** Reading {@code part} of {@code file} failed with {@code error}. */
  public static Unread failed(String file, String part, RuntimeException error) {
    return new Unread(
        file,
        part,
        "reading them failed: "
            + error.getClass().getSimpleName()
            + (error.getMessage() == null ? "" : ": " + error.getMessage())
            + "; the log has the details",
        error);
  }

  /**
   * {@code file} holds {@code found} of something ({@code what}, plural), more than the {@code
   * limit} an article is read for: the first {@code limit} are read.
   */
  public static Unread beyond(String file, String what, int found, int limit) {
    return new Unread(
        file,
        String.format(java.util.Locale.ROOT, "%,d of its %,d %s", found - limit, found, what),
        String.format(
            java.util.Locale.ROOT, "an article is read for its first %,d %s", limit, what),
        null);
  }

  /** The line the start prints and {@code /sources} lists. */
  public String warning() {
    return file + ": " + part + " not read (" + reason + ")";
  }
}
