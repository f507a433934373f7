package coveragebot.corpus;

/**
 * A part of one article that start-up could not read because the reading failed on it (a bug, not
 * bad input: bad input is read or skipped on purpose). The article stays in the coverage without
 * that part, and the start reports it instead of failing for every article.
 *
 * @param part what was left out, as a user would name it ("its dates", "its quotations")
 * @param error what failed, for the log
 */
public record Unread(String file, String part, RuntimeException error) {
  /** The line the start prints and {@code /sources} lists. */
  public String warning() {
    return file
        + ": "
        + part
        + " could not be read ("
        + error.getClass().getSimpleName()
        + (error.getMessage() == null ? "" : ": " + error.getMessage())
        + ") and are left out; the log has the details";
  }
}
