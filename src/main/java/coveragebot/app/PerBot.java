package coveragebot.app;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value worked out once per bot and kept until a reload brings another bot: autocomplete lists,
 * for instance, which would be too slow to build at every keystroke over a large corpus.
 */
final class PerBot<T> {
  private static final Logger log = LoggerFactory.getLogger(PerBot.class);

  private record Entry<T>(Bot bot, T value) {}

  private final Function<Bot, T> compute;
  private final AtomicReference<Entry<T>> last = new AtomicReference<>();

  /** The bot whose value is being worked out in the background, if any ({@link #latest}). */
  private final AtomicReference<Bot> computing = new AtomicReference<>();

  PerBot(Function<Bot, T> compute) {
    this.compute = compute;
  }

  /** The value for {@code bot}, worked out now if it is not known yet. */
  T of(Bot bot) {
    Entry<T> e = last.get();
    if (e == null || e.bot() != bot) {
      e = new Entry<>(bot, compute.apply(bot));
      last.set(e);
    }
    return e.value();
  }

  /**
   * The value for {@code bot} if it is known; otherwise, without waiting, the value of the bot
   * before (after a reload: the lists of the articles before it), or {@code none} if there was
   * none, while {@code bot}'s value is worked out in the background, once. A keystroke must not
   * wait seconds for a list (Discord gives autocomplete 3 s; topics over 100,000 articles take 2-3
   * s).
   */
  T latest(Bot bot, T none) {
    Entry<T> e = last.get();
    if (e != null && e.bot() == bot) {
      return e.value();
    }
    if (computing.getAndSet(bot) != bot) {
      Thread.ofVirtual()
          .name("per-bot-value")
          .start(
              () -> {
                try {
                  of(bot);
                } catch (RuntimeException | Error failure) {
                  log.warn(
                      "working out a list for autocomplete failed; next keystroke retries",
                      failure);
                  computing.compareAndSet(bot, null);
                }
              });
    }
    return e == null ? none : e.value();
  }
}
