package coveragebot.app;

import coveragebot.command.CommandSource;
import coveragebot.command.Commands;
import coveragebot.corpus.Counts;
import coveragebot.reply.ReloadReply;
import coveragebot.reply.Reply;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot, which {@code /reload} replaces whole. A reload builds a complete new {@link Bot}
 * (config, corpus, index, extraction, commands) beside the old one, then swaps one reference:
 * requests that started before the swap finish on the old bot, later ones use the new one, and none
 * ever sees half of each. When the new bot cannot be built (broken config, missing folder), the old
 * one stays and the reply says why. While both exist the heap holds two indexes.
 */
public final class LiveBot implements CommandSource {
  private static final Logger log = LoggerFactory.getLogger(LiveBot.class);

  /** How a bot is built from settings: {@link Bot#load(Bot.Settings, Supplier)}, or a test's. */
  @FunctionalInterface
  public interface Loader {
    Bot load(Bot.Settings settings, Supplier<Reply> reload) throws Bot.StartupException;
  }

  private final Bot.Settings settings;
  private final Loader loader;
  private final AtomicReference<Bot> current = new AtomicReference<>();
  private final ReentrantLock reloading = new ReentrantLock();

  /**
   * True in the terminal, where the reply of a failed reload is all its user should see: the
   * failure is then logged at INFO (the log file, not stderr). Discord's operator watches stderr.
   */
  private volatile boolean failuresOnlyInTheReply;

  /** Null when the heap has room for a reload, or why it has not ({@link HeapRoom}). */
  private final Supplier<String> room;

  private LiveBot(Bot.Settings settings, Loader loader, Supplier<String> room) {
    this.settings = settings;
    this.loader = loader;
    this.room = room;
  }

  /** Loads the first bot; fails as {@link Bot#load(Bot.Settings)} does. */
  public static LiveBot load(Bot.Settings settings) throws Bot.StartupException {
    return load(settings, Bot::load);
  }

  /** As {@link #load(Bot.Settings)}, building each bot with {@code loader}. */
  public static LiveBot load(Bot.Settings settings, Loader loader) throws Bot.StartupException {
    return load(settings, loader, () -> HeapRoom.ofThisJvm().shortfall());
  }

  /** As {@link #load(Bot.Settings, Loader)}, asking {@code room} before each reload. */
  static LiveBot load(Bot.Settings settings, Loader loader, Supplier<String> room)
      throws Bot.StartupException {
    LiveBot live = new LiveBot(settings, loader, room);
    live.current.set(loader.load(settings, live::reload));
    return live;
  }

  /** For the terminal: a failed reload is told in its reply, not also as a log line on stderr. */
  public LiveBot failuresOnlyInTheReply() {
    failuresOnlyInTheReply = true;
    return this;
  }

  /** The bot answering now. */
  public Bot bot() {
    return current.get();
  }

  @Override
  public Commands current() {
    return current.get().commands();
  }

  /**
   * Builds a new bot from the same folder and config and swaps it in; one reload at a time (a
   * second request while one runs is answered {@code BUSY}, not queued).
   */
  public ReloadReply reload() {
    if (!reloading.tryLock()) {
      return new ReloadReply(
          ReloadReply.Status.BUSY,
          "A reload is already running; the bot answers from the current articles meanwhile.",
          bot().corpus().articles().size(),
          bot().corpus().passages().size(),
          0,
          List.of());
    }
    long t0 = System.nanoTime();
    try {
      Bot next;
      try {
        String shortfall = room.get();
        if (shortfall != null) {
          return keptOld(shortfall, t0);
        }
        next = loader.load(settings, this::reload);
      } catch (Bot.StartupException e) {
        return keptOld(e.getMessage(), t0);
      } catch (OutOfMemoryError e) {
        // the new bot's half-built parts are garbage once this returns; the old bot is whole
        return keptOld(
            "The heap ran out while the new articles were loaded beside the current ones. Restart"
                + " the bot to load them, or give it more memory (COVERAGE_BOT_JAVA_OPTS=-Xmx...).",
            t0);
      }
      int before = bot().corpus().articles().size();
      current.set(next);
      log.info("reloaded: {}", next.summary());
      String empty =
          next.corpus().articles().isEmpty()
              ? " Warning: "
                  + Bot.noArticles(settings.seeds(), next.corpus().skipped().size())
                  + (before == 0
                      ? ""
                      : " The " + Counts.of(before, "article") + " before are gone.")
              : "";
      List<String> skipped =
          next.corpus().skipped().stream().map(s -> s.shownFile() + ": " + s.reason()).toList();
      return new ReloadReply(
          ReloadReply.Status.RELOADED,
          "Reloaded. " + next.summary() + empty,
          next.corpus().articles().size(),
          next.corpus().passages().size(),
          (System.nanoTime() - t0) / 1_000_000,
          skipped);
    } finally {
      reloading.unlock();
    }
  }

  private ReloadReply keptOld(String why, long t0) {
    Bot old = bot();
    if (failuresOnlyInTheReply) {
      log.info("reload failed, keeping the old corpus: {}", why);
    } else {
      log.warn("reload failed, keeping the old corpus: {}", why);
    }
    return new ReloadReply(
        ReloadReply.Status.KEPT_OLD,
        why
            + (why.matches("(?s).*[.!?]\\s*") ? "" : ".")
            + " The bot still answers from the previous "
            + Counts.of(old.corpus().articles().size(), "article")
            + ".",
        old.corpus().articles().size(),
        old.corpus().passages().size(),
        (System.nanoTime() - t0) / 1_000_000,
        List.of());
  }
}
