package coveragebot.testing;

import coveragebot.app.Bot;
import coveragebot.ingest.CorpusLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real seeds and config of the project, as the tests read them (working dir = project root).
 */
public final class Seeds {
  private Seeds() {}

  public static final Path DIR = Path.of("seeds");
  public static final Path CONFIG = Path.of("config", "sources.json");

  private static Bot bot;

  /** One bot over the real seeds, shared by the tests of a JVM (it is immutable). */
  public static synchronized Bot bot() {
    if (bot == null) {
      try {
        bot = Bot.load(new Bot.Settings(DIR, CONFIG, true, CorpusLoader.Limits.DEFAULT));
      } catch (Bot.StartupException e) {
        throw new IllegalStateException(e);
      }
    }
    return bot;
  }

  /** The file's text read straight from disk, independently of the loader. */
  public static String text(String file) {
    try {
      return new String(Files.readAllBytes(DIR.resolve(file)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
