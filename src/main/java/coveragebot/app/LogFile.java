package coveragebot.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Whether the log file could be opened. logback.xml silences logback's own status output (which
 * went to stdout, with a stack trace, and broke {@code --json}); this says a log file that could
 * not be opened in one line instead, for stderr.
 */
final class LogFile {
  private LogFile() {}

  /** What keeps the log file shut, in one line, or null when it is open (or there is none). */
  static String problem() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return null;
    }
    Appender<?> appender = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
    if (!(appender instanceof FileAppender<?> file) || file.isStarted()) {
      return null;
    }
    Path path = Path.of(file.getFile()).toAbsolutePath();
    return "coverage-bot: cannot write the log "
        + path
        + " ("
        + why(path)
        + "); warnings and errors go to stderr only.";
  }

  /** Why a file cannot be opened for writing, from what is on the disk. */
  static String why(Path file) {
    Path folder = file.getParent();
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return "no such folder";
    }
    if (!Files.isDirectory(existing)) {
      return existing + " is a file, not a folder";
    }
    if (!existing.equals(folder)) {
      return "cannot create the folder in " + existing;
    }
    if (Files.isDirectory(file)) {
      return "it is a folder";
    }
    return "no permission to write it";
  }
}
