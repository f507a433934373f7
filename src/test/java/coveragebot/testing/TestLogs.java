package coveragebot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the test run keeps its logs ({@code target/test-logs}, set by the pom): each test JVM's log
 * (logback-test.xml) and the logs and output of the bot processes the *IT tests start. {@code
 * TokenScanIT} reads everything under it.
 */
public final class TestLogs {
  private TestLogs() {}

  public static Path dir() {
    return Path.of(System.getProperty("coveragebot.testLogs", "target/test-logs"));
  }

  /** A sub-folder for one process test, created if needed. */
  public static Path dir(String name) {
    Path d = dir().resolve(name);
    try {
      return Files.createDirectories(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
